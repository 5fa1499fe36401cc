// A k-means worker thread of the CLI (threads.ts): registers tsx (the CLI runs TypeScript
// directly; a worker does not inherit the loader) and loads the task handler.
import { register } from 'tsx/esm/api';

register();
await import('./kmeans-thread.ts');

/** The body of a CLI k-means thread (started by threads.ts through kmeans-thread.mjs). */
import { parentPort } from 'node:worker_threads';
import { taskHandler, transferOf, type TaskRequest } from '../core/cluster/tasks.ts';

const port = parentPort;
if (!port) throw new Error('kmeans-thread.ts runs as a worker thread');
const handle = taskHandler((reply) => port.postMessage(reply, transferOf(reply)));
port.on('message', (m: TaskRequest) => handle(m));

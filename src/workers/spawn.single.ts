/**
 * `spawn.ts` for the one-file build (`npm run build:single`): each worker's bundle is inlined in
 * the page as a string and started from a blob URL (Vite's `?worker&inline`; classic workers there, see
 * scripts/vite-single-file.ts), so the page opened
 * from disk makes no request for it. The CSP allows `worker-src blob:`.
 */
import ReadWorker from './read.worker.ts?worker&inline';
import PipelineWorker from './pipeline.worker.ts?worker&inline';
import KmeansWorker from './kmeans.worker.ts?worker&inline';
import PeriodsWorker from './periods.worker.ts?worker&inline';

export const spawnReadWorker = (): Worker => new ReadWorker();

export const spawnPipelineWorker = (): Worker => new PipelineWorker();

export const spawnKmeansWorker = (): Worker => new KmeansWorker();

export const spawnPeriodsWorker = (): Worker => new PeriodsWorker();

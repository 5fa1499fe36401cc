/**
 * The page's workers, created in one place (a new worker goes here too: the one-file build
 * refuses to write a worker file beside the page) so the one-file build (`npm run build:single`,
 * scripts/vite-single-file.ts) can put `spawn.single.ts` in this module's stead: there the
 * workers' code is inlined and started from blob URLs, since a page opened from disk (file://)
 * cannot load a worker from a file beside it.
 */
export const spawnReadWorker = (): Worker => new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });

export const spawnPipelineWorker = (): Worker => new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' });

export const spawnKmeansWorker = (): Worker => new Worker(new URL('./kmeans.worker.ts', import.meta.url), { type: 'module' });

export const spawnPeriodsWorker = (): Worker => new Worker(new URL('./periods.worker.ts', import.meta.url), { type: 'module' });

/**
 * The page's two workers, created in one place so the one-file build (`npm run build:single`,
 * scripts/vite-single-file.ts) can put `spawn.single.ts` in this module's stead: there the
 * workers' code is inlined and started from blob URLs, since a page opened from disk (file://)
 * cannot load a worker from a file beside it.
 */
export const spawnReadWorker = (): Worker => new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' });

export const spawnPipelineWorker = (): Worker => new Worker(new URL('./pipeline.worker.ts', import.meta.url), { type: 'module' });

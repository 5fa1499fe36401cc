/**
 * The page's k-means workers (workers/kmeans.worker.ts) for the full run: navigator.hardwareConcurrency
 * − 1 of them (at least 1; the page's own thread keeps a core), each connected to the pipeline
 * worker by a MessageChannel, so tasks and results go worker to worker. They are ended with the
 * pipeline worker (a cancelled run stops them too).
 */
import type { PoolRequest } from '../workers/protocol.ts';
import { spawnKmeansWorker } from '../workers/spawn.ts';

export function poolSize(): number {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 2;
  return Math.max(1, cores - 1);
}

/** Starts `size` k-means workers and hands their ports to `pipeline` (before anything else is posted to it). */
export function startKmeansPool(pipeline: Worker, size = poolSize()): Worker[] {
  const workers: Worker[] = [];
  const ports: MessagePort[] = [];
  for (let i = 0; i < size; i++) {
    const w = spawnKmeansWorker();
    const ch = new MessageChannel();
    w.postMessage({ port: ch.port2 }, [ch.port2]);
    ports.push(ch.port1);
    workers.push(w);
  }
  const msg: PoolRequest = { type: 'pool', ports };
  pipeline.postMessage(msg, ports);
  return workers;
}

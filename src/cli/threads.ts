/**
 * `--threads N` for the CLI: the sweep's k-means restarts on Node worker_threads (default: one
 * thread per core). The points go to the threads once per sweep in a SharedArrayBuffer (one copy
 * shared by all threads); each run comes back with its arrays transferred. One thread runs in
 * process, without workers. The result is the same for any N (core/cluster/tasks.ts).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { poolRunner, runTasksInProcess, type RunTasks, type TaskPort, type TaskReply } from '../core/cluster/tasks.ts';

/** The number of cores Node may use. */
export function defaultThreads(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : Math.max(1, os.cpus().length);
}

/** A view of the same numbers in a SharedArrayBuffer (the array itself when it already is one). */
export function sharedCopy(data: Float64Array): Float64Array {
  if (typeof SharedArrayBuffer !== 'undefined' && data.buffer instanceof SharedArrayBuffer) return data;
  const out = new Float64Array(new SharedArrayBuffer(data.byteLength));
  out.set(data);
  return out;
}

/** Runs `fn` with a `RunTasks` on `threads` worker threads, ended afterwards (also on error). */
export async function withThreads<T>(threads: number, fn: (runTasks: RunTasks) => Promise<T>): Promise<T> {
  if (threads <= 1) return fn(runTasksInProcess);
  let closing = false;
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./kmeans-thread.mjs', import.meta.url)));
  const ports: TaskPort[] = workers.map((w, i) => {
    let onReply: ((r: TaskReply) => void) | null = null;
    let onError: ((e: unknown) => void) | null = null;
    w.on('message', (m: TaskReply) => onReply?.(m));
    w.on('error', (e) => onError?.(e));
    w.on('exit', (code) => {
      if (!closing) onError?.(new Error(`k-means thread ${i + 1} stopped (exit code ${code})`));
    });
    return {
      post: (m) => w.postMessage(m),
      listen(r, e) {
        onReply = r;
        onError = e;
      },
    };
  });
  try {
    return await fn(poolRunner(ports, sharedCopy));
  } finally {
    closing = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

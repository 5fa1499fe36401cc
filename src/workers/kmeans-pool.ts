/**
 * The pipeline worker's side of the page's k-means workers: each arrives as a MessagePort
 * (state/kmeans-pool.ts connects them), adapted here to the core's `TaskPort`.
 *
 * The points go to every k-means worker once per sweep: in a SharedArrayBuffer when the page is
 * cross-origin isolated (one copy shared by all), else as an ordinary array, which the structured
 * clone copies into each worker (GitHub Pages cannot send the COOP/COEP headers that isolation
 * needs). Runs come back with their arrays transferred, not copied. docs/performance.md.
 */
import { poolRunner, type RunTasks, type TaskPort, type TaskReply } from '../core/cluster/tasks.ts';

/** True when SharedArrayBuffer can be posted (the page is cross-origin isolated). */
export function canShare(): boolean {
  return (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true && typeof SharedArrayBuffer === 'function';
}

/** The points as posted: a SharedArrayBuffer copy when isolated, else the array itself (copied per worker). */
export function sharePoints(data: Float64Array): Float64Array {
  if (!canShare() || data.buffer instanceof SharedArrayBuffer) return data;
  const out = new Float64Array(new SharedArrayBuffer(data.byteLength));
  out.set(data);
  return out;
}

function portTask(port: MessagePort): TaskPort {
  let onReply: ((r: TaskReply) => void) | null = null;
  let onError: ((e: unknown) => void) | null = null;
  port.onmessage = (ev: MessageEvent<TaskReply>) => onReply?.(ev.data);
  port.onmessageerror = () => onError?.(new Error('a k-means worker sent a message that could not be read'));
  return {
    post: (m) => port.postMessage(m),
    listen(r, e) {
      onReply = r;
      onError = e;
    },
  };
}

/**
 * A `RunTasks` over the k-means workers' ports; the pipeline worker, which would otherwise only
 * wait, runs tasks too between their replies (so a 2-core machine computes on both cores).
 */
export function poolFromPorts(ports: readonly MessagePort[]): RunTasks {
  return poolRunner(ports.map(portTask), sharePoints, { inline: { pause: () => new Promise<void>((r) => setTimeout(r, 0)) } });
}

/// <reference lib="webworker" />
/**
 * A k-means worker of the page: runs the sweep's restarts (core/cluster/tasks.ts) that the
 * pipeline worker sends over a MessagePort the page set up (state/kmeans-pool.ts), so the tasks
 * and their results never pass through the page's main thread.
 */
// First: the no-network / no-eval policy (guard.ts) before any other module runs.
import './guard.ts';
import { taskHandler, transferOf, type TaskRequest } from '../core/cluster/tasks.ts';

self.onmessage = (ev: MessageEvent<{ port: MessagePort }>) => {
  const { port } = ev.data;
  const handle = taskHandler((reply) => port.postMessage(reply, transferOf(reply)));
  port.onmessage = (e: MessageEvent<TaskRequest>) => handle(e.data);
};

/// <reference lib="webworker" />
/**
 * Runs the pipeline off the main thread. The page sends the raw data and the project;
 * the worker reads the table and runs `runPipeline`, posting progress and one reply.
 */
import { readTable } from '../core/data/read.ts';
import { isInputError } from '../core/errors.ts';
import { runPipeline } from '../core/pipeline.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

let current = 0;
const cancelled = new Set<number>();
const post = (m: WorkerReply): void => (self as unknown as Worker).postMessage(m);

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const msg = ev.data;
  if (msg.type === 'cancel') {
    cancelled.add(msg.id);
    return;
  }
  current = msg.id;
  try {
    const { table, report, lines } = readTable(msg.data, { fileName: msg.fileName });
    const result = runPipeline(msg.project, table, {
      lines,
      onProgress: (stage, done, total) => post({ type: 'progress', id: msg.id, stage, done, total }),
      shouldCancel: () => cancelled.has(msg.id) || current !== msg.id,
    });
    post({ type: 'result', id: msg.id, result, report });
  } catch (e) {
    if (cancelled.has(msg.id)) post({ type: 'cancelled', id: msg.id });
    else if (isInputError(e)) post({ type: 'error', id: msg.id, problem: e.toProblem() });
    else post({ type: 'error', id: msg.id, problem: { severity: 'error', code: 'internal', message: String((e as Error)?.message ?? e), where: {} } });
  } finally {
    cancelled.delete(msg.id);
  }
};

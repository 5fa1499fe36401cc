/// <reference lib="webworker" />
/**
 * Runs the core off the main thread: keeps the data set it is given once (`adopt-begin` …
 * `adopt-end`, read by the read worker) and runs the pipeline on it for each project sent (`run`),
 * posting progress and one reply per request.
 */
// First: the no-network / no-eval policy (guard.ts) before any other module runs.
import './guard.ts';
import type { ColumnTable } from 'arquero';
import { columnTable } from '../core/data/table.ts';
import { unpackColumn } from '../core/data/packed.ts';
import type { ReadReport } from '../core/data/types.ts';
import { runPipelineAsync, scoreProject } from '../core/pipeline.ts';
import type { RunTasks } from '../core/cluster/tasks.ts';
import { poolFromPorts } from './kmeans-pool.ts';
import { SweepCache } from '../core/cluster/sweep-cache.ts';
import { ScoreCache } from '../core/scoring/score-cache.ts';
import { toProblem } from './problem.ts';
import type { ColumnData, PoolRequest, WorkerReply, WorkerRequest } from './protocol.ts';
import { progressEvery } from './progress.ts';
import { detached } from './transfer.ts';
import { resultDisplay } from './display.ts';

let loaded: { table: ColumnTable; report: ReadReport; lines: Int32Array } | null = null;
/** A data set arriving column by column (`adopt-begin` … `adopt-end`). */
let incoming: { id: number; report: ReadReport; lines: Int32Array; columns: Record<string, ColumnData> } | null = null;
/** The last k sweep: choosing another k reuses it. */
const sweepCache = new SweepCache();
/** What the scores computed from the data alone: a judgment edit only re-weights. */
const scoreCache = new ScoreCache();
/** The sweep's k-means restarts on the page's k-means workers, once they are given (`pool`). */
let runTasks: RunTasks | undefined;
const post = (m: WorkerReply, transfer: Transferable[] = []): void => (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = async (ev: MessageEvent<WorkerRequest | PoolRequest>) => {
  const msg = ev.data;
  if (msg.type === 'pool') {
    runTasks = poolFromPorts(msg.ports);
    return;
  }
  try {
    if (msg.type === 'adopt-begin') {
      incoming = { id: msg.id, report: msg.report, lines: msg.lines, columns: Object.create(null) };
      return;
    }
    if (msg.type === 'adopt-column') {
      if (incoming?.id === msg.id) incoming.columns[msg.name] = msg.column;
      return;
    }
    if (msg.type === 'adopt-end') {
      if (incoming?.id !== msg.id) throw new Error('data arrived incomplete');
      const got = incoming;
      incoming = null;
      const names = got.report.columns.map((c) => c.name);
      for (const n of names) if (!Object.hasOwn(got.columns, n)) throw new Error(`column ${JSON.stringify(n)} did not arrive`);
      // Text arrives packed; unpacked here, off the page's main thread.
      loaded = { table: columnTable(names.map((n) => [n, unpackColumn(got.columns[n])] as const), names), report: got.report, lines: got.lines };
      sweepCache.clear();
      scoreCache.clear();
      post({ type: 'adopted', id: msg.id });
      return;
    }
    if (!loaded) throw new Error('no data loaded');
    const { table, report, lines } = loaded;
    if (msg.stages === 'scores') {
      const s = scoreProject(msg.project, table, { lines, report, scoreCache });
      const scored = detached({ scored: s, display: resultDisplay(s, msg.project, table) });
      post({ type: 'scored', id: msg.id, ...scored.value }, scored.transfer);
      return;
    }
    const result = await runPipelineAsync(msg.project, table, {
      lines,
      report,
      sweepCache,
      scoreCache,
      runTasks,
      sensitivity: true,
      onProgress: progressEvery(100, (stage, done, total) => post({ type: 'progress', id: msg.id, stage, done, total })),
    });
    // Its typed arrays transferred: the page's main thread does not copy them in.
    const out = detached({ result, display: resultDisplay(result, msg.project, table) });
    post({ type: 'result', id: msg.id, ...out.value }, out.transfer);
  } catch (e) {
    post({ type: 'error', id: msg.id, problem: toProblem(e) });
  }
};

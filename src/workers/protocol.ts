/**
 * Typed messages between the page and the pipeline worker. Every request carries an id;
 * replies echo it, and the page drops replies to requests it no longer waits for.
 *
 * The worker keeps the last data set it was given (read by the read worker and sent column by
 * column: `adopt-begin`, `adopt-column` …, `adopt-end`); `run` sends only the project.
 */
import type { Problem } from '../core/errors.ts';
import type { Project } from '../core/model/project.ts';
import type { ReadReport } from '../core/data/types.ts';
import type { Result, Scored } from '../core/result.ts';
import type { PackedColumn } from '../core/data/packed.ts';
import type { Bin } from '../core/stats/distribution.ts';

/**
 * A column as it travels between threads: numbers as Float64Array, text packed (a dictionary or
 * one joined string with offsets, `core/data/packed.ts`), never one string object per cell.
 */
export type ColumnData = PackedColumn;

export type WorkerRequest =
  /**
   * A data set read elsewhere (the read worker): its typed columns, copied in, not parsed again,
   * one column per message (the page posts each in its own task): begin, columns, end.
   */
  | { type: 'adopt-begin'; id: number; report: ReadReport; lines: Int32Array }
  | { type: 'adopt-column'; id: number; name: string; column: ColumnData }
  | { type: 'adopt-end'; id: number }
  /** `scores`: only the fast stage (weights, scores, matrix); `all`: the whole method. */
  | { type: 'run'; id: number; project: Project; stages: 'scores' | 'all' };

/** The k-means workers' ports (state/kmeans-pool.ts), posted first; the full run's sweep uses them. */
export type PoolRequest = { type: 'pool'; ports: MessagePort[] };

export type WorkerReply =
  | { type: 'adopted'; id: number }
  | { type: 'progress'; id: number; stage: string; done: number; total: number }
  | { type: 'result'; id: number; result: Result; display?: ResultDisplay }
  | { type: 'scored'; id: number; scored: Scored; display?: ResultDisplay }
  | { type: 'error'; id: number; problem: Problem };

/** The read worker (`read.worker.ts`): one file streamed from disk per request. */
export interface ReadRequest {
  id: number;
  file: Blob;
  fileName?: string;
  types?: Record<string, 'identifier' | 'numeric' | 'categorical'>;
  /** Workbooks: the sheet (name or 1-based position) and the header's sheet row; chosen by the reader when absent. */
  sheet?: string | number;
  headerRow?: number;
}

export type ReadReply =
  | { type: 'read-progress'; id: number; bytes: number; total: number; rows: number }
  /** `bins`: the histogram of every numeric column (the data step shows them; not recomputed on the page). */
  | { type: 'read-done'; id: number; report: ReadReport; columns: Record<string, ColumnData>; lines: Int32Array; bins: Record<string, Bin[]> }
  | { type: 'read-error'; id: number; problem: Problem };

/** The ABC panel's Pareto curve (at most ~1,500 points) and the value share per class, for one source and cuts. */
export interface ParetoDisplay {
  source: string;
  cuts: [number, number];
  points: { x: number; y: number }[];
  valueShare: number[];
}

/** Display parts of a result that need a sort of every customer, made in the worker (`display.ts`). */
export interface ResultDisplay {
  /** Row positions, largest composite score first (ties in position order). */
  rankOrder: Int32Array;
  pareto: ParetoDisplay | null;
}

/** The Pareto curve as chart points in percent, thinned to about 1,500 points (the last one kept). */
export function paretoPoints(curve: { customers: ArrayLike<number>; value: ArrayLike<number> }): { x: number; y: number }[] {
  const n = curve.customers.length - 1;
  const step = Math.max(1, Math.floor(n / 1500));
  const pts: { x: number; y: number }[] = [];
  for (let i = 0; i <= n; i += step) pts.push({ x: curve.customers[i] * 100, y: curve.value[i] * 100 });
  if (n % step !== 0) pts.push({ x: 100, y: curve.value[n] * 100 });
  return pts;
}

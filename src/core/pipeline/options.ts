/** What every stage of the pipeline is given: the run's options and the table's columns. */
import type { ColumnTable } from 'arquero';
import type { SweepCache } from '../cluster/sweep-cache.ts';
import type { RunTasks } from '../cluster/tasks.ts';
import type { ReadReport } from '../data/types.ts';
import type { ColumnInfo } from '../model/validate.ts';
import type { ScoreCache } from '../scoring/score-cache.ts';

/** The stages a run reports progress for, in order. */
export type StageName = 'validate' | 'weights' | 'scores' | 'sweep' | 'segments';

export interface PipelineOptions {
  /** File line of each table row (from `readTable`), for messages. Default: row i is line i + 2. */
  lines?: ArrayLike<number>;
  /** The read report, whose column types are used for the binding check. */
  report?: ReadReport;
  /** Stage progress: `stage` is one of validate, weights, scores, sweep, segments. */
  onProgress?: (stage: StageName, done: number, total: number) => void;
  /** Polled during the sweep; true stops the run with an InputError `pipeline.cancelled`. */
  shouldCancel?: () => boolean;
  /** Reuses the last k sweep when its points and options are unchanged (e.g. only k changed). */
  sweepCache?: SweepCache;
  /**
   * Reuses what the scoring stage computed from the data alone (missing values, normalisation,
   * entropy, CRITIC, tiers and ABC of a data column): a judgment edit then only re-weights.
   */
  scoreCache?: ScoreCache;
  /** `runPipelineAsync` only: runs the sweep's k-means restarts (e.g. on threads); default in process. */
  runTasks?: RunTasks;
  /** Also run the sensitivity analysis of the weights (sensitivity/analyse.ts): one scoring and clustering per perturbation. Default false. */
  sensitivity?: boolean;
}


/** The columns of a table with their types: from the read report when given, else numeric ⇔ Float64Array. */
export function tableColumns(table: ColumnTable, report?: ReadReport): ColumnInfo[] {
  if (report) return report.columns.map((c) => ({ name: c.name, type: c.type, filled: report.rows - c.missing }));
  return table.columnNames().map((name) => ({
    name,
    type: (table.column(name) as unknown) instanceof Float64Array ? 'numeric' : 'categorical',
  }));
}

export const column = (table: ColumnTable, name: string): Float64Array => table.column(name) as unknown as Float64Array;

/**
 * Missing values in the indicator columns: drop the row, or impute the column's median,
 * mean or zero. Missing (and unreadable) cells are NaN in numeric columns. Every choice is
 * reported per column so the methods paragraph can say what was done.
 */
import { InputError } from '../errors.ts';
import { medianOf } from '../stats/distribution.ts';
import type { MissingPolicy } from '../model/project.ts';

export interface MissingColumnReport {
  column: string;
  missing: number;
  /** The value put in, when imputing. */
  imputed?: number;
  /** First 1-based file lines (header = line 1) with a missing value. */
  lines: number[];
}

export interface MissingResult {
  /** Columns restricted to the kept rows, NaN replaced. */
  columns: Float64Array[];
  /** Indices (0-based data rows) of the rows kept. */
  rows: Int32Array;
  /** How many rows were dropped (policy `drop`). */
  dropped: number;
  report: MissingColumnReport[];
}

/**
 * Applies the policy to the given numeric columns (same length). `names` name them in messages;
 * `lines` gives each data row's file line (from `readTable`), else row i is taken to be line i + 2.
 */
export function handleMissing(columns: Float64Array[], names: string[], policy: MissingPolicy, lines?: ArrayLike<number>): MissingResult {
  const n = columns[0]?.length ?? 0;
  const report: MissingColumnReport[] = columns.map((col, j) => {
    const at: number[] = [];
    let missing = 0;
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(col[i])) {
        missing++;
        if (at.length < 20) at.push(lines ? lines[i] : i + 2);
      }
    }
    return { column: names[j], missing, lines: at };
  });
  for (const r of report) {
    if (r.missing === n && n > 0) {
      throw new InputError('data.all-missing', `Column "${r.column}" has no readable value in any of its ${n} rows; it cannot be an indicator.`, { column: r.column }, { column: r.column, rows: n });
    }
  }
  if (policy === 'drop') {
    const keep: number[] = [];
    for (let i = 0; i < n; i++) if (columns.every((c) => Number.isFinite(c[i]))) keep.push(i);
    const rows = Int32Array.from(keep);
    if (rows.length === 0 && n > 0) {
      throw new InputError('data.all-rows-dropped', `Every one of the ${n} rows has a missing indicator value, so dropping rows leaves nothing; impute instead (median, mean or zero).`, {}, { rows: n });
    }
    return { columns: columns.map((c) => Float64Array.from(rows, (i) => c[i])), rows, dropped: n - rows.length, report };
  }
  const rows = Int32Array.from({ length: n }, (_, i) => i);
  const out = columns.map((col, j) => {
    if (report[j].missing === 0) return col;
    const fill = fillValue(col, policy) as number;
    report[j].imputed = fill;
    return col.map((v) => (Number.isFinite(v) ? v : fill));
  });
  return { columns: out, rows, dropped: 0, report };
}

/**
 * The value the policy puts in for a missing cell of `col`: its median or mean over the finite
 * values, or 0 (also when no value is finite); null for 'drop' (the row goes). What the imputation
 * above uses, and what the scoring model carries for new customers' missing values.
 */
export function fillValue(col: Float64Array, policy: MissingPolicy): number | null {
  if (policy === 'drop') return null;
  if (policy === 'zero') return 0;
  const finite = col.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return 0;
  if (policy === 'median') return medianOf(finite);
  let sum = 0;
  for (let i = 0; i < finite.length; i++) sum += finite[i];
  return sum / finite.length;
}

/**
 * Reads the chosen numeric columns of a CSV for the SPSS-style verbs (quick-cluster, hclust):
 * rows with a missing value in a chosen column are left out (SPSS MISSING=LISTWISE) and counted,
 * then the columns are scaled (none, min–max, or z-scores with the sample SD as SPSS
 * DESCRIPTIVES /SAVE).
 */
import { handleMissing } from '../core/data/missing.ts';
import { readDataFile, type DataFlags } from './commands.ts';
import { InputError } from '../core/errors.ts';
import { normaliseColumns } from '../core/weighting/normalise.ts';
import { UsageError } from './commands.ts';
import { notNumeric } from './not-numeric.ts';

export type CliScale = 'none' | 'minmax' | 'z';

export interface NumericColumns {
  names: string[];
  /** Kept, scaled columns. */
  columns: Float64Array[];
  /** 0-based data rows kept. */
  rows: Int32Array;
  /** Number of data rows in the file. */
  total: number;
  dropped: number;
  /** 1-based file line of each data row. */
  lines: ArrayLike<number>;
}

export function readNumericColumns(bytes: Uint8Array, file: string, columns: string | undefined, scale: CliScale, verb: string, flags: DataFlags = {}): NumericColumns {
  if (!columns) throw new UsageError(`${verb} needs --columns a,b,c`);
  const names = columns.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (names.length === 0) throw new UsageError(`${verb} needs --columns a,b,c`);
  const { table, report, lines } = readDataFile(bytes, file, flags);
  const cols = names.map((name) => {
    const info = report.columns.find((c) => c.name === name);
    if (!info) throw new InputError('cli.missing-column', `${file} has no column "${name}"; its columns are ${report.columns.map((c) => c.name).join(', ')}.`, { column: name });
    if (info.type !== 'numeric') throw notNumeric(name, file, info.type, report);
    return table.column(name) as unknown as Float64Array;
  });
  const kept = handleMissing(cols, names, 'drop', lines);
  let data = kept.columns;
  if (scale !== 'none') {
    data = normaliseColumns(data, names.map(() => 'benefit' as const), { method: scale === 'z' ? 'zscore' : 'minmax', names }).columns;
  }
  return { names, columns: data, rows: kept.rows, total: report.rows, dropped: kept.dropped, lines };
}

/** Per-case values (kept rows) spread back to file order; rows left out get null. */
export function inFileOrder<T>(values: ArrayLike<T>, rows: Int32Array, total: number): (T | null)[] {
  const out: (T | null)[] = new Array(total).fill(null);
  rows.forEach((r, i) => (out[r] = values[i]));
  return out;
}

export function numberOption(value: string | undefined, option: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const v = Number(value);
  if (value.trim() === '' || !Number.isFinite(v) || v < min) throw new UsageError(`--${option} ${value}: expected a number ≥ ${min}`);
  return v;
}

export function choice<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${option} ${value}: expected one of ${allowed.join(', ')}`);
  return value as T;
}

export function wholeNumber(value: string | undefined, option: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const v = Number(value);
  if (!Number.isInteger(v) || v < min || v > max) throw new UsageError(`--${option} ${value}: expected a whole number from ${min} to ${max}`);
  return v;
}

/** k·d row-major → k rows of d. */
export function rowsOf(flat: ArrayLike<number>, d: number): number[][] {
  const out: number[][] = [];
  for (let o = 0; o < flat.length; o += d) out.push(Array.from({ length: d }, (_, j) => flat[o + j]));
  return out;
}

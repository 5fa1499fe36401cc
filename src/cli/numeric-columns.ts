/**
 * The one reader of chosen numeric columns for the CLI's column verbs (sweep, quick-cluster, hclust,
 * weights, evaluate): by name, refusing a missing or non-numeric column; rows with a missing value in a
 * chosen column are left out (SPSS MISSING=LISTWISE) and counted, then the columns are scaled (none,
 * min–max, or z-scores with the sample SD as SPSS DESCRIPTIVES /SAVE).
 */
import { handleMissing } from '../core/data/missing.ts';
import { InputError } from '../core/errors.ts';
import { normaliseColumns } from '../core/weighting/normalise.ts';
import { notNumeric } from './not-numeric.ts';
import { readDataFile, splitList, UsageError, type DataFlags } from './options.ts';

export { choice, numberOption, wholeNumber } from './options.ts';

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
  /** Per chosen column: its missing cells and their first lines. */
  missing: ReturnType<typeof handleMissing>['report'];
  /** What the reader said about the file. */
  report: ReturnType<typeof readDataFile>['report'];
}

/** Reads the named numeric columns of `--data`, drops rows with a missing value in one of them, then scales. */
export function readNamedColumns(bytes: Uint8Array, file: string, names: string[], flags: DataFlags = {}, scale: CliScale = 'none'): NumericColumns {
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
  return { names, columns: data, rows: kept.rows, total: report.rows, dropped: kept.dropped, lines, missing: kept.report, report };
}

/** `--columns a,b,c` of the SPSS-style verbs (quick-cluster, hclust), read as {@link readNamedColumns}. */
export function readNumericColumns(bytes: Uint8Array, file: string, columns: string | undefined, scale: CliScale, verb: string, flags: DataFlags = {}): NumericColumns {
  const names = splitList(columns);
  if (names.length === 0) throw new UsageError(`${verb} needs --columns a,b,c`);
  return readNamedColumns(bytes, file, names, flags, scale);
}

/** The head of an SPSS-style verb's output: cases clustered, rows left out, the columns and their scaling. */
export function casesHead(n: number, input: NumericColumns, scale: CliScale) {
  return { n, dropped: input.dropped, columns: input.names, scale };
}

/** Per-case values (kept rows) spread back to file order; rows left out get null. */
export function inFileOrder<T>(values: ArrayLike<T>, rows: ArrayLike<number>, total: number): (T | null)[] {
  const out: (T | null)[] = new Array(total).fill(null);
  for (let i = 0; i < rows.length; i++) out[rows[i]] = values[i];
  return out;
}

/** k·d row-major → k rows of d. */
export function rowsOf(flat: ArrayLike<number>, d: number): number[][] {
  const out: number[][] = [];
  for (let o = 0; o < flat.length; o += d) out.push(Array.from({ length: d }, (_, j) => flat[o + j]));
  return out;
}

/**
 * Numeric columns of a data file (CSV or .xlsx with --sheet / --header-row) for the CLI's column verbs (weights, evaluate): by name, with
 * their directions, rows with a missing value in a chosen column left out and counted.
 */
import type { Direction } from '../core/model/project.ts';
import { inFileOrder as spread, readNamedColumns } from './numeric-columns.ts';
import { listOption, UsageError, type DataFlags } from './options.ts';

export { listOption } from './options.ts';

export interface CliColumns {
  names: string[];
  directions: Direction[];
  /** The chosen columns on the kept rows. */
  columns: Float64Array[];
  /** 0-based table rows kept (no missing value in a chosen column). */
  rows: number[];
  /** Rows in the file. */
  total: number;
  dropped: number;
}

/** Reads `--columns` (numeric) and `--directions` (benefit|cost, one per column; default all benefit). */
export function readColumns(bytes: Uint8Array, file: string, opts: { columns?: string; directions?: string } & DataFlags, verb: string): CliColumns {
  const names = listOption(opts.columns, 'columns', verb);
  const directions = (opts.directions === undefined ? names.map(() => 'benefit') : listOption(opts.directions, 'directions', verb)) as Direction[];
  if (directions.length !== names.length) throw new UsageError(`--directions has ${directions.length} entries for ${names.length} columns; give one per column`);
  for (const d of directions) if (d !== 'benefit' && d !== 'cost') throw new UsageError(`--directions ${d}: expected benefit or cost`);
  const read = readNamedColumns(bytes, file, names, opts);
  return { names, directions, columns: read.columns, rows: Array.from(read.rows), total: read.total, dropped: read.dropped };
}

/** Values of the kept rows spread back to file order, null for a dropped row. */
export function inFileOrder(c: CliColumns, values: ArrayLike<number>): (number | null)[] {
  return spread(values, c.rows, c.total);
}

/**
 * Numeric columns of a data file (CSV or .xlsx with --sheet / --header-row) for the CLI's column verbs (weights, evaluate): by name, with
 * their directions, rows with a missing value in a chosen column left out and counted.
 */
import { handleMissing } from '../core/data/missing.ts';
import { InputError } from '../core/errors.ts';
import type { Direction } from '../core/model/project.ts';
import { readDataFile, UsageError, type DataFlags } from './commands.ts';
import { notNumeric } from './not-numeric.ts';

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

/** A comma-separated list option: trimmed, empty items dropped. */
export function listOption(value: string | undefined, option: string, verb: string): string[] {
  if (value === undefined) throw new UsageError(`${verb} needs --${option}`);
  const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw new UsageError(`--${option} is empty`);
  return items;
}

/** Reads `--columns` (numeric) and `--directions` (benefit|cost, one per column; default all benefit). */
export function readColumns(bytes: Uint8Array, file: string, opts: { columns?: string; directions?: string } & DataFlags, verb: string): CliColumns {
  const names = listOption(opts.columns, 'columns', verb);
  const directions = (opts.directions === undefined ? names.map(() => 'benefit') : listOption(opts.directions, 'directions', verb)) as Direction[];
  if (directions.length !== names.length) throw new UsageError(`--directions has ${directions.length} entries for ${names.length} columns; give one per column`);
  for (const d of directions) if (d !== 'benefit' && d !== 'cost') throw new UsageError(`--directions ${d}: expected benefit or cost`);
  const { table, report, lines } = readDataFile(bytes, file, opts);
  const cols = names.map((name) => {
    const info = report.columns.find((c) => c.name === name);
    if (!info) throw new InputError('cli.missing-column', `${file} has no column "${name}"; its columns are ${report.columns.map((c) => c.name).join(', ')}.`, { column: name });
    if (info.type !== 'numeric') throw notNumeric(name, file, info.type, report);
    return table.column(name) as unknown as Float64Array;
  });
  const kept = handleMissing(cols, names, 'drop', lines);
  return { names, directions, columns: kept.columns, rows: Array.from(kept.rows), total: report.rows, dropped: kept.dropped };
}

/** Values of the kept rows spread back to file order, null for a dropped row. */
export function inFileOrder(c: CliColumns, values: ArrayLike<number>): (number | null)[] {
  const out: (number | null)[] = new Array(c.total).fill(null);
  c.rows.forEach((r, i) => (out[r] = values[i]));
  return out;
}

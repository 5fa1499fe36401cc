/**
 * What every CLI verb parses the same way: usage errors, option values (a choice, a whole number, a
 * number, a comma list) and `--data` with its workbook flags.
 */
import { readData } from '../core/data/read-data.ts';

/** Wrong use of the command line (missing file, unknown option value). */
export class UsageError extends Error {}

/** parseArgs options taking a value each, e.g. `stringOptions('project', 'data')` for --project X --data Y. */
export function stringOptions<const K extends string>(...names: K[]): Record<K, { type: 'string' }> {
  return Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])) as Record<K, { type: 'string' }>;
}

/** `--option` is one of `allowed`; absent: `fallback`. */
export function choice<T extends string>(value: string | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${option} ${value}: expected one of ${allowed.join(', ')}`);
  return value as T;
}

/** `--option` is a whole number from `min` to `max`; absent: `fallback`. */
export function wholeNumber(value: string | undefined, option: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const v = Number(value);
  if (!Number.isInteger(v) || v < min || v > max) throw new UsageError(`--${option} ${value}: expected a whole number from ${min} to ${max}`);
  return v;
}

/** `--option` is a finite number ≥ `min`; absent: `fallback`. */
export function numberOption(value: string | undefined, option: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const v = Number(value);
  if (value.trim() === '' || !Number.isFinite(v) || v < min) throw new UsageError(`--${option} ${value}: expected a number ≥ ${min}`);
  return v;
}

/** The items of a comma-separated list, trimmed, empty items dropped (possibly none). */
export function splitList(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** A comma-separated list option that must name something. */
export function listOption(value: string | undefined, option: string, verb: string): string[] {
  if (value === undefined) throw new UsageError(`${verb} needs --${option}`);
  const items = splitList(value);
  if (items.length === 0) throw new UsageError(`--${option} is empty`);
  return items;
}

/** `--sheet NAME|N` and `--header-row N`, for every command that reads `--data`. */
export interface DataFlags {
  sheet?: string;
  'header-row'?: string;
}

/** Reads `--data` (CSV or a workbook) with the sheet flags. */
export function readDataFile(bytes: Uint8Array, file: string, opts: DataFlags) {
  const headerRow = opts['header-row'] === undefined ? undefined : wholeNumber(opts['header-row'], 'header-row', 1, 1, 1048576);
  const isWorkbook = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
  if (!isWorkbook && (opts.sheet !== undefined || headerRow !== undefined)) {
    throw new UsageError(`--${opts.sheet !== undefined ? 'sheet' : 'header-row'} is for Excel workbooks (.xlsx); ${file} is read as CSV, whose header is its first line`);
  }
  return readData(bytes, { fileName: file, ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}), ...(headerRow !== undefined ? { headerRow } : {}) });
}

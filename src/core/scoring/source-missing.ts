/**
 * The refusal of a tier or ABC source column with a missing or unreadable value in the rows
 * used, naming the file line of the first such cell (and how many there are), so the user can
 * find it.
 */
import { InputError } from '../errors.ts';

/**
 * Throws `pipeline.abc-missing` / `pipeline.tier-missing` (variant `line`) when a value of
 * `values` (the source column in the rows used; `lines[i]` is row i's file line) is not finite.
 */
export function checkSourceValues(code: 'pipeline.abc-missing' | 'pipeline.tier-missing', path: string, source: string, values: Float64Array, lines: ArrayLike<number>): void {
  let first = -1;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i])) continue;
    if (first < 0) first = i;
    count++;
  }
  if (first < 0) return;
  const line = lines[first];
  const more = count > 1 ? ` (${count} rows in all)` : '';
  throw new InputError(
    code,
    `${path}: column "${source}" has a missing or unreadable value on line ${line}${more} in the rows used; impute missing values or fix the cell, or choose another column.`,
    { column: source, row: line, path },
    { column: source, line, count },
    'line',
  );
}

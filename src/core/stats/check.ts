/**
 * Guards shared by every numeric function: columns must have the same length and hold only
 * finite numbers (missing values are imputed or dropped upstream, in `data/missing.ts`).
 */
import { InputError } from '../errors.ts';

/** The name used in messages for column `j` when no names are given: `column 1`, `column 2` … */
export function columnName(names: readonly string[] | undefined, j: number): string {
  return names?.[j] ?? `column ${j + 1}`;
}

/**
 * Throws `InputError('data.not-finite')` naming the column and the 1-based row (among the rows
 * passed in) of the first NaN or ±Infinity.
 */
export function checkFinite(col: ArrayLike<number>, name: string): void {
  for (let i = 0; i < col.length; i++) {
    if (!Number.isFinite(col[i])) {
      throw new InputError(
        'data.not-finite',
        `Column "${name}" has a missing or non-numeric value (${col[i]}) in row ${i + 1} of the data passed in; impute or drop missing values first.`,
        { column: name },
        { column: name, value: String(col[i]), row: i + 1 },
      );
    }
  }
}

/**
 * Checks that `cols` are all the same length and finite. Returns that length (0 when there
 * are no columns). Errors: `data.length-mismatch`, `data.not-finite`.
 */
export function checkColumns(cols: readonly ArrayLike<number>[], names?: readonly string[]): number {
  const n = cols[0]?.length ?? 0;
  cols.forEach((col, j) => {
    const name = columnName(names, j);
    if (col.length !== n) {
      throw new InputError(
        'data.length-mismatch',
        `Column "${name}" has ${col.length} values but column "${columnName(names, 0)}" has ${n}; all columns must have one value per customer.`,
        { column: name },
        { column: name, values: col.length, first: columnName(names, 0), n },
      );
    }
    checkFinite(col, name);
  });
  return n;
}

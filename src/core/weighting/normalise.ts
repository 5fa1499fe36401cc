/**
 * Normalisation of indicator columns, respecting direction (DESIGN.md "Normalisation",
 * methodology §2.2):
 * - min–max: benefit (x − min)/(max − min), cost (max − x)/(max − min), into [0, 1];
 * - z-score: benefit (x − x̄)/s, cost (x̄ − x)/s, with s the sample SD (n − 1), as SPSS.
 * A constant column (see `isConstantRange`) is never divided by zero: it becomes all 0 and is
 * flagged `constant: true` (and reported as a warning by `normaliseColumns`).
 */
import { InputError, type Problem } from '../errors.ts';
import type { Direction, Normalisation } from '../model/project.ts';
import { checkFinite, columnName } from '../stats/check.ts';
import { extent, isConstantRange, mean, sd } from '../stats/describe.ts';

export interface MinMaxResult {
  /** Normalised values in [0, 1] (all 0 when constant). */
  values: Float64Array;
  constant: boolean;
  min: number;
  max: number;
}

export interface ZScoreResult {
  /** Standard scores (all 0 when constant); sign flipped for a cost indicator. */
  values: Float64Array;
  constant: boolean;
  mean: number;
  /** Sample standard deviation (n − 1); 0 when constant. */
  sd: number;
}

function checkDirection(direction: Direction, name: string): void {
  if (direction !== 'benefit' && direction !== 'cost') {
    throw new InputError('weighting.direction', `Column "${name}" has direction "${String(direction)}"; expected "benefit" or "cost".`, { column: name }, { column: name, value: String(direction) });
  }
}

function checkNonEmpty(col: ArrayLike<number>, name: string): void {
  if (col.length === 0) throw new InputError('weighting.empty', `Column "${name}" has no values to normalise.`, { column: name }, { column: name });
}

/**
 * 1, or the power of two to divide a column by when its values are so large (beyond ±2^500, up
 * to ±1.7e308) that differences or squares overflow to Infinity: dividing by a power of two is
 * exact, and min–max and z-scores do not change with the scale.
 */
function overflowScale(min: number, max: number): number {
  const big = Math.max(Math.abs(min), Math.abs(max));
  return big > 2 ** 500 ? 2 ** Math.floor(Math.log2(big)) : 1; // ≤ 2^1023: finite
}

/**
 * What both methods check and need first: a known direction, a non-empty column of finite values
 * (errors name it `options.name`, default `column 1`), its extent and its `overflowScale`.
 */
function checkedColumn(col: ArrayLike<number>, direction: Direction, options: { name?: string }): { min: number; max: number; scale: number } {
  const name = options.name ?? 'column 1';
  checkDirection(direction, name);
  checkNonEmpty(col, name);
  checkFinite(col, name);
  const { min, max } = extent(col);
  return { min, max, scale: overflowScale(min, max) };
}

/**
 * Min–max normalisation of one column into [0, 1]. Benefit: (x − min)/(max − min);
 * cost: (max − x)/(max − min). A constant column gives all 0 and `constant: true`.
 * Errors: empty column, NaN/±Infinity (named by `options.name`).
 */
export function minMax(col: ArrayLike<number>, direction: Direction = 'benefit', options: { name?: string } = {}): MinMaxResult {
  const { min, max, scale } = checkedColumn(col, direction, options);
  if (scale !== 1) {
    const r = minMax(Float64Array.from(col, (v) => v / scale), direction, options);
    return { ...r, min, max };
  }
  const n = col.length;
  const values = new Float64Array(n);
  if (isConstantRange(min, max)) return { values, constant: true, min, max };
  const range = max - min;
  if (direction === 'benefit') for (let i = 0; i < n; i++) values[i] = (col[i] - min) / range;
  else for (let i = 0; i < n; i++) values[i] = (max - col[i]) / range;
  return { values, constant: false, min, max };
}

/**
 * Z-score standardisation of one column: (x − x̄)/s for a benefit indicator, (x̄ − x)/s for a
 * cost indicator, s = sample SD (n − 1). A constant column (including n = 1) gives all 0 and
 * `constant: true`. Errors: empty column, NaN/±Infinity.
 */
export function zScore(col: ArrayLike<number>, direction: Direction = 'benefit', options: { name?: string } = {}): ZScoreResult {
  const { min, max, scale } = checkedColumn(col, direction, options);
  if (scale !== 1) {
    const r = zScore(Float64Array.from(col, (v) => v / scale), direction, options);
    return { ...r, mean: r.mean * scale, sd: r.sd * scale };
  }
  const m = mean(col);
  const n = col.length;
  const values = new Float64Array(n);
  if (isConstantRange(min, max)) return { values, constant: true, mean: m, sd: 0 };
  const s = sd(col);
  // Values that differ only below the double's resolution (0 and 5e-324) have an SD that
  // underflows to 0: constant for every purpose, rather than ±Infinity scores.
  if (!(s > 0) || !Number.isFinite(s)) return { values, constant: true, mean: m, sd: 0 };
  const sign = direction === 'benefit' ? 1 : -1;
  for (let i = 0; i < n; i++) values[i] = (sign * (col[i] - m)) / s;
  return { values, constant: false, mean: m, sd: s };
}

export interface NormaliseOptions {
  method: Normalisation;
  /** Column names for messages; default `column 1`, `column 2` … */
  names?: readonly string[];
}

export interface NormalisedColumns {
  method: Normalisation;
  columns: Float64Array[];
  constant: boolean[];
  /** Per column: `{ min, max }` (min–max) or `{ mean, sd }` (z-score), for the "计算过程" panel. */
  params: ({ min: number; max: number } | { mean: number; sd: number })[];
  /** One `weighting.constant-column` warning per constant column. */
  problems: Problem[];
}

/**
 * Normalises every column with its direction by `options.method` ('minmax' | 'zscore').
 * Constant columns become all 0 and are reported as warnings naming the column.
 * Errors: directions of the wrong length, unequal column lengths, empty columns, NaN.
 */
export function normaliseColumns(cols: readonly ArrayLike<number>[], directions: readonly Direction[], options: NormaliseOptions): NormalisedColumns {
  const { method, names } = options;
  if (method !== 'minmax' && method !== 'zscore') {
    throw new InputError('weighting.normalisation', `Unknown normalisation "${String(method)}"; expected "minmax" or "zscore".`, { path: 'options.normalisation' }, { value: String(method) });
  }
  if (directions.length !== cols.length) {
    throw new InputError('weighting.directions-length', `Got ${cols.length} columns but ${directions.length} directions; give one direction per column.`, {}, { columns: cols.length, directions: directions.length });
  }
  const n = cols[0]?.length ?? 0;
  const out: NormalisedColumns = { method, columns: [], constant: [], params: [], problems: [] };
  cols.forEach((col, j) => {
    const name = columnName(names, j);
    if (col.length !== n) {
      throw new InputError('data.length-mismatch', `Column "${name}" has ${col.length} values but column "${columnName(names, 0)}" has ${n}; all columns must have one value per customer.`, { column: name }, { column: name, values: col.length, first: columnName(names, 0), n });
    }
    let values: Float64Array;
    let constant: boolean;
    if (method === 'minmax') {
      const r = minMax(col, directions[j], { name });
      ({ values, constant } = r);
      out.params.push({ min: r.min, max: r.max });
    } else {
      const r = zScore(col, directions[j], { name });
      ({ values, constant } = r);
      out.params.push({ mean: r.mean, sd: r.sd });
    }
    out.columns.push(values);
    out.constant.push(constant);
    if (constant) {
      const how = method === 'minmax' ? 'min–max normalisation' : 'z-score standardisation';
      out.problems.push({
        severity: 'warning',
        code: 'weighting.constant-column',
        message: `Column "${name}" has the same value (${col[0]}) for every customer: ${how} sets it to 0 and it cannot tell customers apart.`,
        where: { column: name },
        params: { column: name, value: col[0] },
        variant: method,
      });
    }
  });
  return out;
}

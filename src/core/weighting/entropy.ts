/**
 * Entropy weights (熵权法) on min–max normalised data, as DESIGN.md "Objective and combined
 * weights" and methodology §2.4:
 *
 *   x'_ij = min–max normalised value (direction respected)
 *   p_ij  = x'_ij / Σ_i x'_ij
 *   e_j   = −(1/ln n) Σ_i p_ij ln p_ij          (0·ln 0 := 0)
 *   d_j   = 1 − e_j
 *   w_j   = d_j / Σ_j d_j
 *
 * Shift (`options.shift`):
 * - `'none'` (default, DESIGN.md): p_ij on x' as is; zeros contribute 0·ln 0 = 0, so no shift is
 *   needed. On min–max data every non-constant column has a 0 (its worst customer).
 * - `'spssau'`: SPSSAU's 非负平移: when a column's minimum is ≤ 0, use x' + |min| + 0.01. On
 *   min–max data the minimum is always 0, so this adds 0.01 to every column. It gives
 *   slightly different (flatter) weights than `'none'`; choose it to reproduce SPSSAU tables.
 *
 * A constant column has e = 1 (no information), d = 0 and weight 0, with a warning. With
 * `'none'` its Σ x' is 0 (p undefined); with `'spssau'` its p is uniform, e = 1: both give 0.
 *
 * Normalisation (`options.normalisation`):
 * - `'minmax'` (default): the min–max step above, by direction.
 * - `'none'`: p_ij on the raw values, as SPSSAU's entropy method does (it does no standardisation
 *   of its own; users 正向化/逆向化 first). Directions are not used: the entropy of a column's
 *   distribution does not depend on whether more is better. The values must be ≥ 0, unless the
 *   shift is `'spssau'`: then a column whose minimum is ≤ 0 becomes x + |min| + 0.01 (columns
 *   with a positive minimum are left as they are, as in SPSSAU).
 */
import { InputError, type Problem } from '../errors.ts';
import type { Direction, EntropyNormalisation, EntropyShift } from '../model/project.ts';
import { checkColumns, columnName } from '../stats/check.ts';
import { extent, isConstantRange } from '../stats/describe.ts';
import { minMax } from './normalise.ts';

export type { EntropyNormalisation, EntropyShift } from '../model/project.ts';

export interface EntropyOptions {
  /** One direction per column (cost columns are reversed by the min–max step). */
  directions: readonly Direction[];
  names?: readonly string[];
  /** Default 'none'. */
  shift?: EntropyShift;
  /** Default 'minmax'. */
  normalisation?: EntropyNormalisation;
}

export interface EntropyResult {
  /** Information entropy e_j (信息熵值), in [0, 1]. */
  e: Float64Array;
  /** Degree of divergence d_j = 1 − e_j (信息效用值). */
  d: Float64Array;
  /** Weights w_j = d_j / Σ d (权重系数), ≥ 0, summing to 1. */
  weights: Float64Array;
  constant: boolean[];
  /** `weighting.entropy-constant` warnings, one per constant column. */
  problems: Problem[];
}

/** A raw column as the entropy step sees it without normalisation: a copy, its minimum, constant or not. */
function raw(col: ArrayLike<number>, direction: Direction, name: string): { values: Float64Array; constant: boolean; min: number } {
  minMax(col, direction, { name }); // the same checks (direction, empty, NaN) as the min–max path
  const { min, max } = extent(col);
  return { values: Float64Array.from(col), constant: isConstantRange(min, max), min };
}

/**
 * Entropy weights of raw indicator columns (they are min–max normalised here, by direction).
 * Errors: no columns; n < 2 customers (ln 1 = 0); every column constant; NaN; unequal lengths.
 */
export function entropyWeights(cols: readonly ArrayLike<number>[], options: EntropyOptions): EntropyResult {
  const { directions, names } = options;
  const shift = options.shift ?? 'none';
  const normalisation = options.normalisation ?? 'minmax';
  if (normalisation !== 'minmax' && normalisation !== 'none') {
    throw new InputError('weighting.entropy-normalisation', `Unknown entropy normalisation "${String(normalisation)}"; expected "minmax" or "none".`, {}, { value: String(normalisation) });
  }
  if (shift !== 'none' && shift !== 'spssau') {
    throw new InputError('weighting.entropy-shift', `Unknown entropy shift "${String(shift)}"; expected "none" or "spssau".`, {}, { value: String(shift) });
  }
  const m = cols.length;
  if (m === 0) throw new InputError('weighting.no-columns', 'Entropy weights need at least one indicator column; got none.', {}, {});
  if (directions.length !== m) {
    throw new InputError('weighting.directions-length', `Got ${m} columns but ${directions.length} directions; give one direction per column.`, {}, { columns: m, directions: directions.length });
  }
  const n = checkColumns(cols, names);
  if (n < 2) {
    throw new InputError('weighting.entropy-too-few', `Entropy weights need at least 2 customers (e_j divides by ln n and ln 1 = 0); got ${n}.`, {}, { n });
  }
  const lnN = Math.log(n);
  const e = new Float64Array(m);
  const d = new Float64Array(m);
  const constant: boolean[] = [];
  const problems: Problem[] = [];
  for (let j = 0; j < m; j++) {
    const name = columnName(names, j);
    const mm = normalisation === 'minmax' ? minMax(cols[j], directions[j], { name }) : raw(cols[j], directions[j], name);
    constant.push(mm.constant);
    if (mm.constant) {
      e[j] = 1;
      d[j] = 0;
      problems.push({
        severity: 'warning',
        code: 'weighting.entropy-constant',
        message: `Column "${name}" has the same value for every customer: its entropy is 1 and its entropy weight is 0.`,
        where: { column: name },
        params: { column: name },
      });
      continue;
    }
    const x = mm.values;
    // the smallest value p_ij is computed from: 0 after min–max, the raw minimum otherwise
    const lo = normalisation === 'minmax' ? 0 : mm.min;
    if (shift === 'spssau' && lo <= 0) {
      // min–max data: min is 0 (≤ 0), so the shift is |0| + 0.01; raw data: |min| + 0.01 when min ≤ 0
      const by = Math.abs(lo) + 0.01;
      for (let i = 0; i < n; i++) x[i] += by;
    } else if (lo < 0) {
      throw new InputError(
        'weighting.entropy-negative',
        `Column "${name}" has negative values (minimum ${mm.min}): the entropy method's proportions p_ij = x_ij / Σ x_ij need x ≥ 0; choose min–max normalisation or the SPSSAU non-negative shift.`,
        { column: name },
        { column: name, min: mm.min },
      );
    }
    let total = 0;
    for (let i = 0; i < n; i++) total += x[i];
    let h = 0;
    for (let i = 0; i < n; i++) {
      if (x[i] > 0) {
        const p = x[i] / total;
        h -= p * Math.log(p);
      }
    }
    const ej = Math.min(1, Math.max(0, h / lnN));
    e[j] = ej;
    d[j] = 1 - ej;
  }
  let sumD = 0;
  for (let j = 0; j < m; j++) sumD += d[j];
  if (!(sumD > 0)) {
    throw new InputError('weighting.all-constant', `Every indicator column is constant (${m} of ${m}), so entropy weights are undefined: all d_j = 0.`, {}, { m }, 'entropy');
  }
  const weights = new Float64Array(m);
  for (let j = 0; j < m; j++) weights[j] = d[j] / sumD;
  return { e, d, weights, constant, problems };
}

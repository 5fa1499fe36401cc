/**
 * The entropy-weight calculation laid out as a textbook prints it (issue 14): the min–max
 * normalised values x'_ij and proportions p_ij of the first rows, the column sums Σ_i x'_ij, and
 * per indicator e_j, d_j = 1 − e_j, w_j = d_j / Σ d_j with Σ d_j.
 *
 * e_j, d_j and w_j are the engine's own (`entropyWeights`), so the panel shows exactly the
 * weights step's figures; x' and p are recomputed here for the rows shown, with the engine's
 * min–max step and the shift it applies (`options.shift`).
 */
import type { EntropyOptions } from '../weighting/entropy.ts';
import { entropyWeights } from '../weighting/entropy.ts';
import { minMax } from '../weighting/normalise.ts';

export interface EntropyCalculationOptions extends EntropyOptions {
  /** How many rows of x' and p to show (default 5). */
  rows?: number;
}

export interface EntropyCalculation {
  /** Customers (rows) in the calculation. */
  n: number;
  /** ln n, the divisor of the entropy. */
  lnN: number;
  /** The value p is computed from in column j, first rows: x' (plus the shift, if any). */
  values: number[][];
  /** Σ_i of those values over all n rows, per column. */
  sums: number[];
  /** p_ij for the rows shown. */
  p: number[][];
  /** −Σ_i p_ij ln p_ij over all rows (before the division by ln n). */
  h: number[];
  e: number[];
  d: number[];
  sumD: number;
  weights: number[];
  constant: boolean[];
  /** What was added to each value before p (0, or 0.01 with the SPSSAU shift on min–max data). */
  shift: number[];
}

export function entropyCalculation(cols: readonly ArrayLike<number>[], options: EntropyCalculationOptions): EntropyCalculation {
  const r = entropyWeights(cols, options);
  const n = cols[0].length;
  const show = Math.min(n, options.rows ?? 5);
  const minmax = (options.normalisation ?? 'minmax') === 'minmax';
  const values: number[][] = Array.from({ length: show }, () => []);
  const p: number[][] = Array.from({ length: show }, () => []);
  const sums: number[] = [];
  const h: number[] = [];
  const shift: number[] = [];
  cols.forEach((col, j) => {
    const x = minmax ? minMax(col, options.directions[j], { name: options.names?.[j] }).values : Float64Array.from(col);
    let lo = Infinity;
    for (let i = 0; i < n; i++) lo = Math.min(lo, x[i]);
    const by = options.shift === 'spssau' && lo <= 0 && !r.constant[j] ? Math.abs(lo) + 0.01 : 0;
    let total = 0;
    for (let i = 0; i < n; i++) total += x[i] + by;
    let hj = 0;
    for (let i = 0; i < n; i++) {
      const v = x[i] + by;
      if (v > 0 && total > 0) {
        const pij = v / total;
        hj -= pij * Math.log(pij);
      }
    }
    for (let i = 0; i < show; i++) {
      values[i].push(x[i] + by);
      p[i].push(total > 0 ? (x[i] + by) / total : 0);
    }
    sums.push(total);
    h.push(hj);
    shift.push(by);
  });
  const d = Array.from(r.d);
  return {
    n,
    lnN: Math.log(n),
    values,
    sums,
    p,
    h,
    e: Array.from(r.e),
    d,
    sumD: d.reduce((a, b) => a + b, 0),
    weights: Array.from(r.weights),
    constant: r.constant,
    shift,
  };
}

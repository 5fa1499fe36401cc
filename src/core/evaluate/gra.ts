/**
 * Grey relational analysis (Deng Julong 1982, "Control problems of grey systems", *Systems &
 * Control Letters* 1(5): 288–294; 邓聚龙《灰色系统基本方法》, 华中工学院出版社 1987):
 *
 *   x'_ij = min–max normalised value, by direction (benefit (x − min)/(max − min), cost (max − x)/(max − min))
 *   reference series x'_0j = 1 (the best value of every indicator)
 *   Δ_ij  = |x'_0j − x'_ij| = 1 − x'_ij
 *   Δmin  = min_i min_j Δ_ij,   Δmax = max_i max_j Δ_ij      (over the whole matrix)
 *   ξ_ij  = (Δmin + ρ Δmax) / (Δ_ij + ρ Δmax)                  (grey relational coefficient)
 *   γ_i   = Σ_j w_j ξ_ij with Σ w = 1                          (grey relational grade)
 *
 * ρ is the distinguishing coefficient, 0 < ρ ≤ 1, 0.5 by default (Deng's usual choice).
 * A constant column is all 0 after min–max (Δ = 1 for everyone): it cannot tell customers
 * apart, with a warning. Δmax = 0 cannot happen (it would need every x' = 1, i.e. every column
 * constant and 1), but if it did every ξ would be 0/0: error `evaluate.gra-undefined`.
 */
import { InputError, type Problem } from '../errors.ts';
import type { Direction } from '../model/project.ts';
import { columnName } from '../stats/check.ts';
import { minMax } from '../weighting/normalise.ts';
import { checkEvaluationInput } from './check.ts';

export interface GreyRelationalOptions {
  directions: readonly Direction[];
  /** Distinguishing coefficient ρ, 0 < ρ ≤ 1; default 0.5. */
  rho?: number;
  names?: readonly string[];
}

export interface GreyRelationalResult {
  /** Grey relational grade γ_i in (0, 1], one per customer. */
  scores: Float64Array;
  /** ξ_ij per column (column-major: coefficients[j][i]). */
  coefficients: Float64Array[];
  deltaMin: number;
  deltaMax: number;
  rho: number;
  problems: Problem[];
}

/** Grey relational grade of every customer (row) against the ideal series 1, from raw indicator columns. */
export function greyRelational(cols: readonly ArrayLike<number>[], weights: ArrayLike<number>, options: GreyRelationalOptions): GreyRelationalResult {
  const { directions, names } = options;
  const rho = options.rho ?? 0.5;
  if (typeof rho !== 'number' || !(rho > 0 && rho <= 1)) {
    throw new InputError('evaluate.rho', `The distinguishing coefficient ρ is ${String(rho)}; it must be a number with 0 < ρ ≤ 1 (0.5 is usual).`, { path: 'options.scoring.rho' }, { value: String(rho) });
  }
  const w = checkEvaluationInput(cols, weights, directions, names);
  const problems: Problem[] = [];
  const delta = cols.map((c, j) => {
    const name = columnName(names, j);
    const mm = minMax(c, directions[j], { name });
    if (mm.constant) {
      problems.push({ severity: 'warning', code: 'evaluate.constant-column', message: `Column "${name}" has the same value for every customer: its grey relational coefficient is the same for everyone.`, where: { column: name }, params: { column: name } });
    }
    const d = mm.values;
    for (let i = 0; i < d.length; i++) d[i] = Math.abs(1 - d[i]);
    return d;
  });
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of delta) {
    for (let i = 0; i < d.length; i++) {
      if (d[i] < lo) lo = d[i];
      if (d[i] > hi) hi = d[i];
    }
  }
  if (!(hi > 0)) throw new InputError('evaluate.gra-undefined', 'Grey relational coefficients are undefined: every customer equals the reference series on every indicator (Δmax = 0).', {}, {});
  const n = delta[0].length;
  const scores = new Float64Array(n);
  const top = lo + rho * hi;
  const coefficients = delta.map((d, j) => {
    const xi = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      xi[i] = top / (d[i] + rho * hi);
      scores[i] += w[j] * xi[i];
    }
    return xi;
  });
  return { scores, coefficients, deltaMin: lo, deltaMax: hi, rho, problems };
}

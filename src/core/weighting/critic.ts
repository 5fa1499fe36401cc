/**
 * CRITIC weights (Diakoulaki, Mavrotas & Papayannakis 1995) on min–max normalised data:
 *
 *   C_j = σ_j Σ_k (1 − r_jk),   w_j = C_j / Σ_k C_k
 *
 * σ_j is the **sample** standard deviation (n − 1) of the normalised column, as MATLAB `std`
 * and the SPSS family print it. The choice does not change the weights: σ(n) = σ(n−1)·√((n−1)/n)
 * for every column alike, so the factor cancels in w; only the printed σ_j and C_j differ.
 * r_jk is Pearson's correlation of the normalised columns (so a cost column's correlations
 * have the sign they have after reversal).
 *
 * A constant column has σ = 0, so C = 0 and weight 0; its correlation with any other column
 * is undefined (0/0) and is **taken as 0**, which adds 1 to the other columns' conflict
 * Σ(1 − r). A warning says so. (Dropping the column instead would give the other columns the
 * weights of a CRITIC run without it; the two differ when there are constant columns.)
 */
import { InputError, type Problem } from '../errors.ts';
import type { Direction } from '../model/project.ts';
import { checkColumns, columnName } from '../stats/check.ts';
import { pearson } from '../stats/correlation.ts';
import { sd as sampleSd } from '../stats/describe.ts';
import { minMax } from './normalise.ts';

export interface CriticOptions {
  directions: readonly Direction[];
  names?: readonly string[];
}

export interface CriticResult {
  /** σ_j: sample SD (n − 1) of the normalised column (指标变异性); 0 when constant. */
  sd: Float64Array;
  /** Σ_k (1 − r_jk) (指标冲突性). */
  conflict: Float64Array;
  /** C_j = σ_j × conflict_j (信息量). */
  information: Float64Array;
  /** w_j = C_j / Σ C (权重), ≥ 0, summing to 1. */
  weights: Float64Array;
  /** Pearson correlations of the normalised columns; 1 on the diagonal, 0 for pairs with a constant column. */
  correlation: Float64Array[];
  constant: boolean[];
  /** `weighting.critic-constant` warnings. */
  problems: Problem[];
}

/**
 * CRITIC weights of raw indicator columns (min–max normalised here, by direction).
 * Errors: fewer than 2 customers or 2 indicators; every column constant; every information
 * amount 0 (all indicators perfectly correlated); NaN; unequal lengths.
 */
export function criticWeights(cols: readonly ArrayLike<number>[], options: CriticOptions): CriticResult {
  const { directions, names } = options;
  const m = cols.length;
  if (m < 2) {
    throw new InputError('weighting.critic-one-column', `CRITIC weights need at least 2 indicators (a single one has no conflict: C = σ·(1 − 1) = 0); got ${m}.`, {}, { m });
  }
  if (directions.length !== m) {
    throw new InputError('weighting.directions-length', `Got ${m} columns but ${directions.length} directions; give one direction per column.`, {}, { columns: m, directions: directions.length });
  }
  const n = checkColumns(cols, names);
  if (n < 2) throw new InputError('weighting.critic-too-few', `CRITIC weights need at least 2 customers (standard deviations and correlations); got ${n}.`, {}, { n });
  const norm = cols.map((c, j) => minMax(c, directions[j], { name: columnName(names, j) }));
  const constant = norm.map((r) => r.constant);
  if (constant.every(Boolean)) {
    throw new InputError('weighting.all-constant', `Every indicator column is constant (${m} of ${m}), so CRITIC weights are undefined: all σ_j = 0.`, {}, { m }, 'critic');
  }
  const sd = Float64Array.from(norm, (r) => (r.constant ? 0 : sampleSd(r.values)));
  const correlation = Array.from({ length: m }, () => new Float64Array(m));
  for (let j = 0; j < m; j++) {
    correlation[j][j] = 1;
    for (let k = j + 1; k < m; k++) {
      const r = pearson(norm[j].values, norm[k].values) ?? 0;
      correlation[j][k] = r;
      correlation[k][j] = r;
    }
  }
  const conflict = new Float64Array(m);
  const information = new Float64Array(m);
  let total = 0;
  let scale = 0;
  for (let j = 0; j < m; j++) {
    let c = 0;
    for (let k = 0; k < m; k++) if (k !== j) c += 1 - correlation[j][k];
    conflict[j] = c;
    information[j] = sd[j] * c;
    total += information[j];
    scale += sd[j];
  }
  // Σ C at rounding level (r = 0.9999999999999998 between copies of a column) is no information.
  if (!(total > 1e-12 * scale)) {
    throw new InputError(
      'weighting.critic-no-conflict',
      'CRITIC weights are undefined here: every indicator is perfectly correlated (r = 1) with every other, so every information amount C_j = σ_j Σ(1 − r_jk) is 0.',
      {},
      {},
    );
  }
  const weights = Float64Array.from(information, (c) => c / total);
  const problems: Problem[] = [];
  constant.forEach((isConst, j) => {
    if (!isConst) return;
    const name = columnName(names, j);
    problems.push({
      severity: 'warning',
      code: 'weighting.critic-constant',
      message: `Column "${name}" has the same value for every customer: its CRITIC weight is 0, and its correlation with each other indicator (undefined, 0/0) is taken as 0, which adds 1 to their conflict.`,
      where: { column: name },
      params: { column: name },
    });
  });
  return { sd, conflict, information, weights, correlation, constant, problems };
}

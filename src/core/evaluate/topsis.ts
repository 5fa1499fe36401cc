/**
 * TOPSIS (Hwang & Yoon 1981, *Multiple Attribute Decision Making*, Springer, ch. 3, pp. 128–140):
 *
 *   r_ij = x_ij / √(Σ_i x_ij²)                (vector normalisation of the raw column)
 *   v_ij = w_j r_ij                           (w rescaled to Σ w = 1; C does not depend on the scale)
 *   A⁺_j = max_i v_ij for a benefit indicator, min_i v_ij for a cost indicator; A⁻_j the other one
 *   D⁺_i = √(Σ_j (v_ij − A⁺_j)²),   D⁻_i = √(Σ_j (v_ij − A⁻_j)²)
 *   C_i  = D⁻_i / (D⁺_i + D⁻_i)              (relative closeness, 0 = the anti-ideal, 1 = the ideal)
 *
 * Entropy-weight TOPSIS (熵权TOPSIS) is the same computation with entropy weights.
 * A column of zeros has no norm: its r is 0 (it cannot tell customers apart), with a warning.
 * When every weighted column is constant, every customer is at once the ideal and the
 * anti-ideal (D⁺ = D⁻ = 0) and C is undefined: error `evaluate.topsis-undefined`.
 */
import { InputError, type Problem } from '../errors.ts';
import type { Direction } from '../model/project.ts';
import { checkColumns, columnName } from '../stats/check.ts';
import { checkEvaluationInput } from './check.ts';

export interface TopsisOptions {
  directions: readonly Direction[];
  names?: readonly string[];
}

export interface TopsisResult {
  /** Relative closeness C_i in [0, 1], one per customer. */
  scores: Float64Array;
  dPlus: Float64Array;
  dMinus: Float64Array;
  /** Positive (A⁺) and negative (A⁻) ideal solution of the weighted normalised matrix. */
  ideal: Float64Array;
  antiIdeal: Float64Array;
  /** √(Σ x²) per column (0 for a column of zeros). */
  norms: Float64Array;
  problems: Problem[];
}

/** TOPSIS closeness of every customer (row) from raw indicator columns, weights and directions. */
export function topsis(cols: readonly ArrayLike<number>[], weights: ArrayLike<number>, options: TopsisOptions): TopsisResult {
  const { directions, names } = options;
  const w = checkEvaluationInput(cols, weights, directions, names);
  const n = checkColumns(cols, names);
  const m = cols.length;
  const problems: Problem[] = [];
  const norms = new Float64Array(m);
  const v = cols.map(() => new Float64Array(n));
  const ideal = new Float64Array(m);
  const antiIdeal = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const c = cols[j];
    let ss = 0;
    for (let i = 0; i < n; i++) ss += c[i] * c[i];
    const norm = Math.sqrt(ss);
    norms[j] = norm;
    if (!(norm > 0)) {
      const name = columnName(names, j);
      problems.push({ severity: 'warning', code: 'evaluate.zero-column', message: `Column "${name}" is 0 for every customer: it has no vector norm and does not enter the TOPSIS distances.`, where: { column: name }, params: { column: name } });
      continue;
    }
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = (w[j] * c[i]) / norm;
      v[j][i] = x;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    ideal[j] = directions[j] === 'benefit' ? hi : lo;
    antiIdeal[j] = directions[j] === 'benefit' ? lo : hi;
  }
  const dPlus = new Float64Array(n);
  const dMinus = new Float64Array(n);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sp = 0;
    let sm = 0;
    for (let j = 0; j < m; j++) {
      const a = v[j][i] - ideal[j];
      const b = v[j][i] - antiIdeal[j];
      sp += a * a;
      sm += b * b;
    }
    dPlus[i] = Math.sqrt(sp);
    dMinus[i] = Math.sqrt(sm);
    const total = dPlus[i] + dMinus[i];
    if (!(total > 0)) {
      throw new InputError('evaluate.topsis-undefined', 'TOPSIS closeness is undefined: every weighted indicator has the same value for every customer, so each customer is both the ideal and the anti-ideal solution (D⁺ = D⁻ = 0).', {}, {});
    }
    scores[i] = dMinus[i] / total;
  }
  return { scores, dPlus, dMinus, ideal, antiIdeal, norms, problems };
}

/**
 * Inconsistency help: which judgments disagree most with the weights, and what to put instead.
 *
 * For a judgment a_ij the error ratio is ε_ij = a_ij · w_j / w_i (ahpsurvey `ahp.pwerror`,
 * Harker): 1 when the judgment agrees with the weights. Judgments are ranked by |ln ε_ij|,
 * worst first (ties, which are exact in a 3×3 matrix, in row-major order). For each, every
 * value of Saaty's scale (1/9 … 1/2, 1 … 9) is tried in place of a_ij (and 1/value in place of
 * a_ji); the suggestion is the one giving the lowest CR, ties broken by closeness (in log) to the
 * ratio implied by the other judgments, w_i/w_j ≈ geomean_k(a_ik · a_kj).
 */
import type { AhpMethod, RiTableName } from '../model/project.ts';
import { consistencyMethod } from './fuzzy/method.ts';
import type { Repair } from './types.ts';
import { consistency, priorityVector } from './weights.ts';

/** Saaty's 1–9 scale with reciprocals, ascending: 1/9, 1/8, …, 1/2, 1, 2, …, 9. */
export const SAATY_SCALE: readonly number[] = [
  ...[9, 8, 7, 6, 5, 4, 3, 2].map((k) => 1 / k),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9],
];

export interface RepairOptions {
  method: AhpMethod;
  ri: RiTableName;
  /** How many judgments to report (default 3). */
  limit?: number;
}

/** CR of `m` after setting a_ij = value and a_ji = 1/value (the input is not modified). */
export function crIfChanged(m: readonly (readonly number[])[], i: number, j: number, value: number, options: { method: AhpMethod; ri: RiTableName }): number {
  const copy = m.map((row) => row.slice());
  copy[i][j] = value;
  copy[j][i] = 1 / value;
  const w = priorityVector(copy, consistencyMethod(options.method));
  return consistency(copy, w, options.ri).cr;
}

/** w_i / w_j implied by the other judgments: the geometric mean over k ≠ i, j of a_ik · a_kj. */
export function impliedRatio(m: readonly (readonly number[])[], i: number, j: number): number {
  const n = m.length;
  let s = 0;
  let count = 0;
  for (let k = 0; k < n; k++) {
    if (k === i || k === j) continue;
    s += Math.log(m[i][k]) + Math.log(m[k][j]);
    count++;
  }
  return count === 0 ? m[i][j] : Math.exp(s / count);
}

/**
 * The judgments (upper triangle, i < j) that disagree most with `weights`, worst first, each
 * with its best single replacement on Saaty's scale and the CR after it. Judgments already in
 * line with the weights (|ln ε| ≤ 1e-9) are left out; n ≤ 2 gives none.
 */
export function worstJudgments(m: readonly (readonly number[])[], weights: readonly number[], options: RepairOptions): Repair[] {
  const n = m.length;
  if (n <= 2) return [];
  const limit = options.limit ?? 3;
  const ranked: { i: number; j: number; error: number; key: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const error = (m[i][j] * weights[j]) / weights[i];
      const score = Math.abs(Math.log(error));
      if (score > 1e-9) ranked.push({ i, j, error, key: Math.round(score * 1e9) });
    }
  }
  ranked.sort((a, b) => b.key - a.key || a.i - b.i || a.j - b.j);
  return ranked.slice(0, Math.max(0, limit)).map(({ i, j, error }) => {
    const implied = impliedRatio(m, i, j);
    let best = SAATY_SCALE[0];
    let bestCr = Infinity;
    let bestDist = Infinity;
    for (const s of SAATY_SCALE) {
      const cr = crIfChanged(m, i, j, s, options);
      const dist = Math.abs(Math.log(s) - Math.log(implied));
      if (cr < bestCr - 1e-12 || (Math.abs(cr - bestCr) <= 1e-12 && dist < bestDist)) {
        best = s;
        bestCr = cr;
        bestDist = dist;
      }
    }
    return { i, j, value: m[i][j], error, implied, suggested: best, crAfter: bestCr };
  });
}

/**
 * One customer's score laid out (issue 14): the normalised values x'_j, the weights w_j, the
 * products w_j·x'_j, and per criterion (current / potential value) and overall
 * S = 100 · Σ w_j x'_j / Σ w_j. The scores themselves come from the engine's `compositeScores`
 * and `criterionScores` on that customer's values, so they equal the scores step's figures.
 */
import { compositeScores, criterionScores } from '../scoring/composite.ts';
import type { Normalisation } from '../model/project.ts';

export interface ScoreCalculation {
  x: number[];
  w: number[];
  terms: number[];
  weightSum: number;
  termSum: number;
  /** 100 on min–max data, 1 on z-scores. */
  scale: number;
  composite: number;
  criteria: { criterion: string; indices: number[]; weightSum: number; termSum: number; score: number }[];
}

export function scoreCalculation(
  normalised: readonly ArrayLike<number>[],
  weights: readonly number[],
  row: number,
  options: { criterionOf: readonly string[]; method: Normalisation; names?: readonly string[] },
): ScoreCalculation {
  const x = normalised.map((c) => c[row]);
  const one = x.map((v) => Float64Array.of(v));
  const opts = { method: options.method, names: options.names };
  const composite = compositeScores(one, weights, opts)[0];
  const terms = x.map((v, j) => weights[j] * v);
  const sum = (idx: number[], a: readonly number[]): number => idx.reduce((s, j) => s + a[j], 0);
  const all = x.map((_, j) => j);
  const criteria = criterionScores(one, weights, options.criterionOf, opts).map((c) => ({
    criterion: c.criterion,
    indices: c.indices,
    weightSum: c.weightSum,
    termSum: sum(c.indices, terms),
    score: c.scores[0],
  }));
  return { x, w: [...weights], terms, weightSum: sum(all, weights), termSum: sum(all, terms), scale: options.method === 'zscore' ? 1 : 100, composite, criteria };
}

/**
 * The pipeline's composite and criterion scores by TOPSIS or grey relational analysis, on the
 * same 0–100 scale as the weighted sum: S_i = 100 · C_i (TOPSIS closeness) or 100 · γ_i (grey
 * relational grade). A criterion's score uses only its indicators and their weights (rescaled by
 * their sum, which TOPSIS' closeness does not depend on and the grade needs).
 */
import type { Problem } from '../errors.ts';
import { criterionGroups, criterionWeight } from '../scoring/composite.ts';
import type { Direction } from '../model/project.ts';
import { evaluationScores, type EvaluationMethod } from './index.ts';

export interface MethodScores {
  composite: Float64Array;
  criteria: { criterion: string; indices: number[]; scores: Float64Array }[];
  problems: Problem[];
}

const scale = (s: Float64Array): Float64Array => s.map((v) => 100 * v);

/**
 * Composite and per-criterion scores (×100) by `method` from the raw indicator columns (after the
 * missing-value policy). `criterionOf[j]` is column j's criterion id. Error
 * `scoring.criterion-zero-weight` names a criterion whose indicators all weigh 0.
 */
export function methodScores(
  method: EvaluationMethod,
  cols: readonly Float64Array[],
  weights: ArrayLike<number>,
  directions: readonly Direction[],
  criterionOf: readonly string[],
  options: { names: readonly string[]; rho?: number },
): MethodScores {
  const all = evaluationScores(method, cols, weights, { directions, names: options.names, rho: options.rho });
  const criteria = criterionGroups(criterionOf).map(([criterion, indices]) => {
    criterionWeight(criterion, indices, weights);
    const pick = <T>(a: readonly T[]) => indices.map((j) => a[j]);
    const r = evaluationScores(method, pick(cols), indices.map((j) => weights[j]), { directions: pick(directions), names: pick(options.names), rho: options.rho });
    return { criterion, indices, scores: scale(r.scores) };
  });
  return { composite: scale(all.scores), criteria, problems: all.problems };
}

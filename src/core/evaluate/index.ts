/**
 * Evaluation scores beside the weighted sum (综合评价): TOPSIS (also with entropy weights) and
 * grey relational analysis, and the one function the pipeline and the CLI call to get a score
 * per customer by the chosen method.
 */
import type { Direction } from '../model/project.ts';
import { greyRelational } from './gra.ts';
import { topsis } from './topsis.ts';
import type { Problem } from '../errors.ts';

export { topsis, type TopsisOptions, type TopsisResult } from './topsis.ts';
export { greyRelational, type GreyRelationalOptions, type GreyRelationalResult } from './gra.ts';

export type EvaluationMethod = 'topsis' | 'gra';

/** Score per customer in [0, 1] (TOPSIS closeness C or grey relational grade) with its warnings. */
export function evaluationScores(
  method: EvaluationMethod,
  cols: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
  options: { directions: readonly Direction[]; names?: readonly string[]; rho?: number },
): { scores: Float64Array; problems: Problem[] } {
  const r = method === 'topsis' ? topsis(cols, weights, options) : greyRelational(cols, weights, options);
  return { scores: r.scores, problems: r.problems };
}

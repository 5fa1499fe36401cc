/** One reciprocal matrix → weights, consistency, inconsistency help: the CLI's `ahp` command. */
import type { AhpMethod, RiTableName } from '../model/project.ts';
import { findCycles } from './cycles.ts';
import { consistencyMethod, fuzzyWeights, isFuzzyMethod } from './fuzzy/method.ts';
import { checkFuzzyMatrix, type Tfn } from './fuzzy/tfn.ts';
import { worstJudgments } from './repair.ts';
import { randomIndex } from './ri.ts';
import type { AhpAnalysis } from './types.ts';
import { checkReciprocalMatrix, consistency, gci, priorityVector } from './weights.ts';

export interface AnalyseOptions {
  method: AhpMethod;
  ri: RiTableName;
  /** How many inconsistent judgments to list in `worst` (default 3). */
  repairs?: number;
  /** Node name for the RI-range message. */
  node?: string;
  /**
   * Judgments entered as triangular fuzzy numbers: a checked fuzzy matrix whose middle is the
   * matrix (fuzzy/judgments.ts), weighted by a fuzzy method instead of the matrix read by the
   * fuzzy scale. Ignored by the crisp methods.
   */
  fuzzy?: Tfn[][] | null;
}

/**
 * Analyses a numeric reciprocal matrix: weights by `method`, λmax, CI, RI (from table `ri`),
 * CR, GCI (geometric method only), the worst judgments with suggested replacements and the
 * logical 3-cycles. Throws `ahp.matrix-invalid`, `ahp.diagonal`, `ahp.not-reciprocal` for a bad
 * matrix and `ahp.ri-size` when the RI table does not cover its order.
 */
export function analyseMatrix(matrix: number[][], options: AnalyseOptions): AhpAnalysis {
  checkReciprocalMatrix(matrix);
  randomIndex(options.ri, matrix.length, options.node);
  const m = matrix.map((r) => r.slice());
  const entered = isFuzzyMethod(options.method) && options.fuzzy ? options.fuzzy : null;
  if (entered) checkFuzzyMatrix(entered);
  return analyseWithWeights(m, entered ? fuzzyWeights(m, options.method as 'fuzzy-chang' | 'fuzzy-buckley', entered) : priorityVector(m, options.method), options);
}

/**
 * The same analysis for weights obtained elsewhere (the AIP group weights): λmax, CI, CR, GCI
 * and the worst judgments are all computed against `weights` (for a fuzzy method against the
 * middle matrix's eigenvector, see fuzzy/method.ts). The matrix is trusted (checked
 * by the caller) and not copied.
 */
export function analyseWithWeights(m: number[][], weights: number[], options: AnalyseOptions): AhpAnalysis {
  // Fuzzy methods: consistency and repair hints of the middle matrix with its eigenvector weights.
  const fuzzy = isFuzzyMethod(options.method);
  const cw = fuzzy ? priorityVector(m, consistencyMethod(options.method)) : weights;
  const c = consistency(m, cw, options.ri);
  return {
    matrix: m,
    weights,
    lambdaMax: c.lambdaMax,
    ci: c.ci,
    ri: c.ri,
    cr: c.cr,
    consistent: c.consistent,
    ...(options.method === 'geometric' ? { gci: gci(m, weights) } : {}),
    worst: worstJudgments(m, cw, { method: consistencyMethod(options.method), ri: options.ri, limit: options.repairs }),
    cycles: findCycles(m),
    ...(fuzzy && options.fuzzy ? { fuzzy: options.fuzzy.map((r) => r.slice()) } : {}),
  };
}

/**
 * Fuzzy AHP as an AHP weighting method: the crisp judgments are read as triangular fuzzy numbers
 * (tfn.ts) and weighted by Chang's extent analysis (chang.ts) or Buckley's geometric mean
 * (buckley.ts). Consistency is checked, as in fuzzy AHP applications, on the middle (crisp)
 * matrix: λmax, CI and CR of its principal eigenvector, so that CR means what it means for
 * crisp AHP (and a zero Chang weight cannot divide λmax by zero).
 */
import type { AhpMethod } from '../../model/project.ts';
import { buckleyGeometric, type BuckleyResult } from './buckley.ts';
import { changExtent, type ChangResult } from './chang.ts';
import { fuzzifyMatrix, type Tfn } from './tfn.ts';

export type FuzzyMethod = 'fuzzy-chang' | 'fuzzy-buckley';

export const FUZZY_METHODS: readonly FuzzyMethod[] = ['fuzzy-chang', 'fuzzy-buckley'];

export function isFuzzyMethod(method: AhpMethod | string): method is FuzzyMethod {
  return method === 'fuzzy-chang' || method === 'fuzzy-buckley';
}

/** The crisp method whose weights λmax, CI, CR and the repair hints use: eigen for the fuzzy methods, else the method itself. */
export function consistencyMethod(method: AhpMethod): AhpMethod {
  return isFuzzyMethod(method) ? 'eigen' : method;
}

/** The fuzzy calculation of one crisp reciprocal matrix, for the tables a thesis prints. */
export type FuzzyCalculation =
  | ({ method: 'fuzzy-chang'; fuzzy: Tfn[][] } & ChangResult)
  | ({ method: 'fuzzy-buckley'; fuzzy: Tfn[][] } & BuckleyResult);

/**
 * Weights a crisp reciprocal matrix by the fuzzy method: its fuzzy matrix is `fuzzy` when given
 * (judgments entered as (l, m, u), fuzzy/judgments.ts; its middle is `m`), else `m` read by the
 * fuzzy scale (tfn.ts).
 */
export function fuzzyCalculation(m: readonly (readonly number[])[], method: FuzzyMethod, fuzzy?: readonly (readonly Tfn[])[] | null): FuzzyCalculation {
  const f = fuzzy ? fuzzy.map((row) => row.slice()) : fuzzifyMatrix(m);
  return method === 'fuzzy-chang' ? { method, fuzzy: f, ...changExtent(f) } : { method, fuzzy: f, ...buckleyGeometric(f) };
}

/** The crisp weights of a fuzzy method (sum 1); `fuzzy` as in `fuzzyCalculation`. */
export function fuzzyWeights(m: readonly (readonly number[])[], method: FuzzyMethod, fuzzy?: readonly (readonly Tfn[])[] | null): number[] {
  return fuzzyCalculation(m, method, fuzzy).weights;
}

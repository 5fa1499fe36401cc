/**
 * The 2×2 customer value matrix (客户价值矩阵): current score against potential score, each split
 * at the mean, the median or a given value. Ties (score = cut) count as high (≥), as the naming
 * rule of methodology §2.7.
 */
import { InputError, type Problem } from '../errors.ts';
import type { SplitRule } from '../model/project.ts';
import { checkColumns } from '../stats/check.ts';
import { extent, isConstantRange, mean, median } from '../stats/describe.ts';

/** Segment types by (current, potential): h = high (≥ cut), l = low. */
export type SegmentType = 'hh' | 'hl' | 'lh' | 'll';
/** Quadrant code → type: 0 = high/high, 1 = high current/low potential, 2 = low current/high potential, 3 = low/low. */
export const QUADRANT_TYPES: readonly SegmentType[] = ['hh', 'hl', 'lh', 'll'];

/** Quadrant code of a (current high?, potential high?) pair. */
export function quadrantOf(currentHigh: boolean, potentialHigh: boolean): 0 | 1 | 2 | 3 {
  return currentHigh ? (potentialHigh ? 0 : 1) : potentialHigh ? 2 : 3;
}

export interface ValueMatrixOptions {
  /** Default 'mean'. */
  split?: SplitRule;
  /** Required when split = 'value': the cuts on the current and potential scores. */
  splitValue?: { current: number; potential: number };
}

export interface ValueMatrix {
  /** Per customer: 0 = hh, 1 = hl, 2 = lh, 3 = ll (see `QUADRANT_TYPES`). */
  quadrant: Uint8Array;
  /** The cut used on each score. */
  cut: { current: number; potential: number };
  /** Customers per quadrant, indexed by quadrant code. */
  counts: [number, number, number, number];
  /** Warnings when a dimension does not split the customers. */
  problems: Problem[];
}

const DIM_LABEL = { current: 'current', potential: 'potential' } as const;

function sideProblems(x: Float64Array | ArrayLike<number>, cut: number, dim: 'current' | 'potential'): Problem[] {
  const { min, max } = extent(x);
  const label = DIM_LABEL[dim];
  const where = { path: 'options.scoring.split' };
  if (isConstantRange(min, max)) {
    return [{
      severity: 'warning',
      code: 'scoring.matrix-constant',
      message: `Every customer has the same ${label} score (${min}), so all count as high ${label} value (ties count as high) and the matrix does not split them.`,
      where,
      params: { value: min },
      variant: dim,
    }];
  }
  if (min >= cut) {
    return [{ severity: 'warning', code: 'scoring.matrix-one-sided', message: `Every customer's ${label} score is at or above the cut (${cut}): no customer is low on ${label} value.`, where, params: { cut }, variant: `${dim}-high` }];
  }
  if (max < cut) {
    return [{ severity: 'warning', code: 'scoring.matrix-one-sided', message: `Every customer's ${label} score is below the cut (${cut}): no customer is high on ${label} value.`, where, params: { cut }, variant: `${dim}-low` }];
  }
  return [];
}

function cutFor(x: ArrayLike<number>, split: SplitRule, given: number | undefined, dim: 'current' | 'potential'): number {
  if (split === 'mean') return mean(x);
  if (split === 'median') return median(x);
  if (split === 'value') {
    if (given === undefined || !Number.isFinite(given)) {
      throw new InputError(
        'scoring.split-value',
        `options.scoring.splitValue.${dim} is ${given === undefined ? 'missing' : given}; split 'value' needs a finite cut for the current and the potential score.`,
        { path: `options.scoring.splitValue.${dim}` },
        { path: `options.scoring.splitValue.${dim}`, value: given === undefined ? 'missing' : String(given) },
      );
    }
    return given;
  }
  throw new InputError('scoring.split', `Unknown split "${String(split)}"; expected "mean", "median" or "value".`, { path: 'options.scoring.split' }, { value: String(split) });
}

/**
 * Places every customer in the 2×2 value matrix. Errors: no customers, unequal lengths, NaN,
 * split 'value' without finite cuts (path `options.scoring.splitValue.current|potential`).
 */
export function valueMatrix(current: ArrayLike<number>, potential: ArrayLike<number>, options: ValueMatrixOptions = {}): ValueMatrix {
  const split = options.split ?? 'mean';
  const n = checkColumns([current, potential], ['current score', 'potential score']);
  if (n === 0) throw new InputError('scoring.empty', 'The value matrix needs at least one customer; got none.', {}, {});
  const cut = {
    current: cutFor(current, split, options.splitValue?.current, 'current'),
    potential: cutFor(potential, split, options.splitValue?.potential, 'potential'),
  };
  const quadrant = new Uint8Array(n);
  const counts: [number, number, number, number] = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) {
    const q = quadrantOf(current[i] >= cut.current, potential[i] >= cut.potential);
    quadrant[i] = q;
    counts[q]++;
  }
  const problems = [...sideProblems(current, cut.current, 'current'), ...sideProblems(potential, cut.potential, 'potential')];
  return { quadrant, cut, counts, problems };
}

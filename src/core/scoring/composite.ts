/**
 * Weighted scores (DESIGN.md "Scores"):
 * - min–max data: S_i = 100 · Σ_j w_j x'_ij / Σ_j w_j — on 0..100 (0 = worst on every
 *   indicator, 100 = best on every indicator);
 * - z-score data: S_i = Σ_j w_j z_ij / Σ_j w_j — **not** ×100 and not on 0..100: a weighted
 *   average of standard scores, in standard-deviation units, whose mean over the customers is
 *   0 (positive = above the average customer). This is the CV_i = Σ w_j z_ij of theses that
 *   standardise with SPSS (methodology §2.1 step 4), with the weights rescaled to sum 1.
 * The division by Σ w makes a criterion score (the criterion's indicators only, weights
 * rescaled by their sum) the same computation as the composite.
 */
import { InputError } from '../errors.ts';
import type { Normalisation } from '../model/project.ts';
import { checkColumns, columnName } from '../stats/check.ts';

export interface ScoreOptions {
  /** How the columns were normalised; default 'minmax'. */
  method?: Normalisation;
  names?: readonly string[];
  /**
   * The columns were checked by an earlier call on the very same columns (finite, equal lengths,
   * within [0, 1] for min–max): skip that O(n·m) pass. The sensitivity analysis scores the
   * pipeline's columns under dozens of weight vectors. The weights are always checked.
   */
  columnsChecked?: boolean;
}

function checkWeights(weights: ArrayLike<number>, m: number, names?: readonly string[]): void {
  if (weights.length !== m) {
    throw new InputError('scoring.weights-length', `Got ${m} indicator columns but ${weights.length} weights; give one weight per column.`, {}, { columns: m, weights: weights.length });
  }
  for (let j = 0; j < m; j++) {
    const w = weights[j];
    if (!Number.isFinite(w) || w < 0) {
      const name = columnName(names, j);
      throw new InputError('scoring.bad-weight', `The weight of "${name}" is ${w}; weights must be finite and ≥ 0.`, { column: name }, { column: name, value: w });
    }
  }
}

function checkUnitInterval(col: ArrayLike<number>, name: string): void {
  for (let i = 0; i < col.length; i++) {
    const v = col[i];
    if (v < -1e-12 || v > 1 + 1e-12) {
      throw new InputError(
        'scoring.not-normalised',
        `Column "${name}" has ${v} in row ${i + 1}, outside [0, 1]: pass min–max normalised columns, or set method 'zscore'.`,
        { column: name },
        { column: name, value: v, row: i + 1 },
      );
    }
  }
}

/**
 * Score of the columns `indices` only, weights rescaled by their sum (which must be > 0). Summed a
 * column at a time into the output (each row's terms added in `indices` order starting from 0, the
 * same arithmetic as a sum per row, with no inner loop per row).
 */
function weightedScore(cols: readonly ArrayLike<number>[], weights: ArrayLike<number>, indices: readonly number[], scale: number, n: number): Float64Array {
  let wsum = 0;
  for (const j of indices) wsum += weights[j];
  const out = new Float64Array(n);
  for (const j of indices) {
    const w = weights[j];
    const col = cols[j];
    for (let i = 0; i < n; i++) out[i] += w * col[i];
  }
  // min–max: each w·x ≤ w and rounding is monotone, so s ≤ wsum (same summation order),
  // s / wsum ≤ 1 and 100 · (s / wsum) ≤ 100. ((100 · s) / wsum could round above 100.)
  for (let i = 0; i < n; i++) out[i] = scale * (out[i] / wsum);
  return out;
}

function prepare(cols: readonly ArrayLike<number>[], weights: ArrayLike<number>, options: ScoreOptions): { n: number; scale: number } {
  const method = options.method ?? 'minmax';
  if (method !== 'minmax' && method !== 'zscore') {
    throw new InputError('scoring.method', `Unknown normalisation "${String(method)}"; expected "minmax" or "zscore".`, { path: 'options.normalisation' }, { value: String(method) });
  }
  if (cols.length === 0) throw new InputError('scoring.no-columns', 'A score needs at least one indicator column; got none.', {}, {});
  const n = options.columnsChecked ? cols[0].length : checkColumns(cols, options.names);
  checkWeights(weights, cols.length, options.names);
  if (method === 'minmax' && !options.columnsChecked) cols.forEach((c, j) => checkUnitInterval(c, columnName(options.names, j)));
  return { n, scale: method === 'minmax' ? 100 : 1 };
}

/**
 * Composite score of every customer from normalised columns and indicator weights (see the
 * module comment for the two scales). Weights need not sum to 1 (they are rescaled) but must
 * be ≥ 0 with a positive sum. Errors: no columns, wrong number of weights, negative or all-zero
 * weights, NaN, a min–max column outside [0, 1].
 */
export function compositeScores(normalised: readonly ArrayLike<number>[], weights: ArrayLike<number>, options: ScoreOptions = {}): Float64Array {
  const { n, scale } = prepare(normalised, weights, options);
  let wsum = 0;
  for (let j = 0; j < weights.length; j++) wsum += weights[j];
  if (!(wsum > 0)) throw new InputError('scoring.zero-weights', 'Every indicator weight is 0, so the composite score is undefined.', {}, {});
  return weightedScore(normalised, weights, Array.from({ length: normalised.length }, (_, j) => j), scale, n);
}

export interface CriterionScore {
  /** Criterion id as given in `criterionOf`. */
  criterion: string;
  /** Column indices of its indicators. */
  indices: number[];
  /** Σ of its indicators' weights (its global weight when the weights are global AHP weights). */
  weightSum: number;
  /** Its score per customer: 0..100 on min–max data, weighted mean z on z-score data. */
  scores: Float64Array;
}

/**
 * One score per criterion (e.g. current value, potential value): that criterion's indicators
 * with their weights rescaled by their sum. `criterionOf[j]` is the criterion of column j;
 * criteria come out in order of first appearance. Error `scoring.criterion-zero-weight` names a
 * criterion whose indicators all have weight 0 (e.g. all constant under entropy weights).
 */
export function criterionScores(
  normalised: readonly ArrayLike<number>[],
  weights: ArrayLike<number>,
  criterionOf: readonly string[],
  options: ScoreOptions = {},
): CriterionScore[] {
  const { n, scale } = prepare(normalised, weights, options);
  if (criterionOf.length !== normalised.length) {
    throw new InputError('scoring.criteria-length', `Got ${normalised.length} indicator columns but ${criterionOf.length} criterion ids; give one per column.`, {}, { columns: normalised.length, criteria: criterionOf.length });
  }
  return criterionGroups(criterionOf).map(([criterion, indices]) => {
    const weightSum = criterionWeight(criterion, indices, weights);
    return { criterion, indices, weightSum, scores: weightedScore(normalised, weights, indices, scale, n) };
  });
}

/** The indicator indices of each criterion, criteria in order of first appearance in `criterionOf`. */
export function criterionGroups(criterionOf: readonly string[]): [criterion: string, indices: number[]][] {
  const groups = new Map<string, number[]>();
  criterionOf.forEach((c, j) => {
    const list = groups.get(c);
    if (list) list.push(j);
    else groups.set(c, [j]);
  });
  return [...groups];
}

/** Σ of the criterion's indicator weights; `scoring.criterion-zero-weight` when it is not positive. */
export function criterionWeight(criterion: string, indices: readonly number[], weights: ArrayLike<number>): number {
  let sum = 0;
  for (const j of indices) sum += weights[j];
  if (!(sum > 0)) {
    throw new InputError(
      'scoring.criterion-zero-weight',
      `Criterion "${criterion}" has total weight 0 (every one of its ${indices.length} indicator(s) has weight 0), so its score is undefined.`,
      {},
      { criterion, count: indices.length },
    );
  }
  return sum;
}

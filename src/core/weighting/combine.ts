/**
 * Combining subjective (AHP) and objective (entropy or CRITIC) weights, methodology §2.5:
 * - linear:          w_j = α·a_j + (1 − α)·o_j            (α = share of AHP, default 0.5)
 * - multiplicative:  w_j = a_j·o_j / Σ_k a_k·o_k
 * Both input vectors are first rescaled to sum 1 (a no-op for proper weights), so the result
 * always sums to 1.
 */
import { InputError } from '../errors.ts';
import type { Combination } from '../model/project.ts';
import { columnName } from '../stats/check.ts';

export interface CombineOptions {
  method: Combination;
  /** Share of the AHP weight in the linear combination, 0 ≤ α ≤ 1; default 0.5. */
  alpha?: number;
  /** Indicator names for messages. */
  names?: readonly string[];
}

function normalised(w: ArrayLike<number>, label: string, names?: readonly string[]): Float64Array {
  let s = 0;
  for (let j = 0; j < w.length; j++) {
    const v = w[j];
    if (!Number.isFinite(v) || v < 0) {
      const name = columnName(names, j);
      throw new InputError('weighting.bad-weight', `The ${label} weight of "${name}" is ${v}; weights must be finite and ≥ 0.`, { column: name }, { method: label, column: name, value: v });
    }
    s += v;
  }
  if (!(s > 0)) throw new InputError('weighting.zero-weights', `Every ${label} weight is 0; at least one must be positive.`, {}, { method: label });
  return Float64Array.from(w, (v) => v / s);
}

/**
 * Combined weights from AHP weights `ahp` and objective weights `objective` (same indicator
 * order). Errors: lengths differ; a weight negative or not finite; a vector all zero; α outside
 * [0, 1] (path `options.weighting.alpha`); multiplicative with no indicator positive in both.
 */
export function combineWeights(ahp: ArrayLike<number>, objective: ArrayLike<number>, options: CombineOptions): Float64Array {
  const { method, names } = options;
  if (ahp.length !== objective.length) {
    throw new InputError('weighting.combine-length', `Cannot combine ${ahp.length} AHP weights with ${objective.length} objective weights; both must cover the same indicators.`, {}, { ahp: ahp.length, objective: objective.length });
  }
  const a = normalised(ahp, 'AHP', names);
  const o = normalised(objective, 'objective', names);
  if (method === 'linear') {
    const alpha = options.alpha ?? 0.5;
    if (!(alpha >= 0 && alpha <= 1)) {
      throw new InputError('weighting.alpha', `options.weighting.alpha is ${alpha}; the AHP share α must be between 0 and 1.`, { path: 'options.weighting.alpha' }, { value: alpha });
    }
    return Float64Array.from(a, (v, j) => alpha * v + (1 - alpha) * o[j]);
  }
  if (method === 'multiplicative') {
    const prod = Float64Array.from(a, (v, j) => v * o[j]);
    let s = 0;
    for (const v of prod) s += v;
    if (!(s > 0)) {
      throw new InputError(
        'weighting.combine-zero',
        'The multiplicative combination is undefined: no indicator has a positive weight under both AHP and the objective method (every product w_AHP·w_obj is 0).',
        {},
        {},
      );
    }
    return prod.map((v) => v / s);
  }
  throw new InputError('weighting.combination', `Unknown combination "${String(method)}"; expected "linear" or "multiplicative".`, { path: 'options.weighting.combination' }, { value: String(method) });
}

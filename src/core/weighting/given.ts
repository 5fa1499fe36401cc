/**
 * Given weights (issue 9, item 3): the weights a thesis prints (ICBC's fixed coefficients, a
 * published AHP table), typed in per indicator. They must be finite and non-negative with a
 * positive sum; when they do not sum to 1 they are rescaled by their sum, with a note.
 */
import { InputError, type Problem } from '../errors.ts';

export interface GivenWeights {
  weights: Float64Array;
  /** The sum of the weights as given (1 when no rescaling was needed). */
  sum: number;
  rescaled: boolean;
  problems: Problem[];
}

/**
 * Weights for `ids` (indicator ids, in hierarchy order) from `given` (indicator id → weight).
 * Errors name `options.weighting.given["id"]`: a missing, negative or non-finite weight, or all 0.
 */
export function givenWeights(ids: readonly string[], given: Readonly<Record<string, number>> | undefined, options: { names?: readonly string[] } = {}): GivenWeights {
  const path = (id: string) => `options.weighting.given[${JSON.stringify(id)}]`;
  const w = new Float64Array(ids.length);
  ids.forEach((id, j) => {
    const v = given && Object.hasOwn(given, id) ? given[id] : undefined;
    const name = options.names?.[j] ?? id;
    if (v === undefined) {
      throw new InputError('weighting.given-missing', `${path(id)}: no weight is given for indicator "${name}"; with given weights every indicator needs one (0 leaves it out).`, { path: path(id) }, { path: path(id), indicator: name });
    }
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new InputError('weighting.given-negative', `${path(id)}: the weight of "${name}" is ${String(v)}; given weights must be non-negative numbers.`, { path: path(id) }, { path: path(id), indicator: name, value: String(v) });
    }
    w[j] = v;
  });
  let sum = 0;
  for (const v of w) sum += v;
  if (!(sum > 0)) {
    throw new InputError('weighting.given-zero', 'options.weighting.given: every given weight is 0; at least one indicator needs a positive weight.', { path: 'options.weighting.given' }, {});
  }
  const problems: Problem[] = [];
  const rescaled = Math.abs(sum - 1) > 1e-9;
  if (rescaled) {
    for (let j = 0; j < w.length; j++) w[j] /= sum;
    problems.push({
      severity: 'info',
      code: 'weighting.given-rescaled',
      message: `options.weighting.given: the given weights sum to ${+sum.toPrecision(10)}, not 1; each was divided by that sum.`,
      where: { path: 'options.weighting.given' },
      params: { sum: +sum.toPrecision(10) },
    });
  }
  return { weights: w, sum, rescaled, problems };
}

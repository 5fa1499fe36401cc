/**
 * Group AHP: several experts' matrices over the same items.
 *
 * - AIJ (aggregation of individual judgments): the element-wise weighted geometric mean
 *   a_ij = Π_k a_ij(k)^λ_k with Σλ_k = 1. It keeps reciprocity and a unit diagonal
 *   (Forman & Peniwati 1998; ahpsurvey `ahp.aggjudge`). The group matrix is then analysed like
 *   any matrix.
 * - AIP (aggregation of individual priorities): each expert's weight vector by the chosen
 *   method, then the weighted geometric mean per item, renormalised to sum 1 (ahpsurvey
 *   `ahp.aggpref` with the geometric mean). The group result still shows the AIJ matrix, and
 *   its λmax, CI, CR, GCI and worst judgments are computed for that matrix *against the AIP
 *   weights* (same mean-ratio formula as every method). With one expert AIJ and AIP coincide
 *   with that expert's analysis; with the geometric method and equal expert weights AIJ and AIP
 *   give the same weights.
 * Every expert's own analysis (CR included) is always reported.
 * Expert weights are optional (default equal); they must be positive and are normalised.
 */
import { InputError } from '../errors.ts';
import type { AhpMethod, Aggregation, RiTableName } from '../model/project.ts';
import { analyseMatrix, analyseWithWeights } from './analyse.ts';
import type { AhpAnalysis } from './types.ts';
import { isFuzzyMethod } from './fuzzy/method.ts';
import { fuzzifyMatrix, tfnReciprocal, type Tfn } from './fuzzy/tfn.ts';

function normalisedWeights(count: number, weights: readonly number[] | undefined): number[] {
  if (count === 0) throw new InputError('ahp.group-empty', 'Group aggregation needs at least one expert.', {}, {});
  if (weights === undefined) return new Array<number>(count).fill(1 / count);
  if (weights.length !== count) {
    throw new InputError('ahp.expert-weights', `There are ${weights.length} expert weights for ${count} experts; give one weight per expert.`, {}, { weights: weights.length, experts: count }, 'count');
  }
  weights.forEach((w, k) => {
    if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0) {
      throw new InputError('ahp.expert-weights', `Expert weight ${k + 1} is ${String(w)}; expert weights must be positive numbers.`, {}, { expert: k + 1, value: String(w) }, 'value');
    }
  });
  const s = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / s);
}

/** AIJ: element-wise weighted geometric mean of n×n positive matrices (exactly reciprocal). */
export function aggregateJudgments(matrices: readonly (readonly (readonly number[])[])[], weights?: readonly number[]): number[][] {
  const lambda = normalisedWeights(matrices.length, weights);
  const n = matrices[0].length;
  matrices.forEach((m, k) => {
    if (m.length !== n || m.some((r) => r.length !== n)) {
      throw new InputError('ahp.matrix-size', `Matrix ${k + 1} is not ${n}×${n} like the first; every expert must compare the same items.`, {}, { matrix: k + 1, n }, 'expert');
    }
  });
  const out: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let k = 0; k < matrices.length; k++) s += lambda[k] * Math.log(matrices[k][i][j]);
      const v = Math.exp(s);
      out[i][j] = v;
      out[j][i] = 1 / v;
    }
  }
  return out;
}

/** AIP: weighted geometric mean of each item's weight across experts, renormalised to sum 1. */
export function aggregatePriorities(vectors: readonly (readonly number[])[], weights?: readonly number[]): number[] {
  const lambda = normalisedWeights(vectors.length, weights);
  const n = vectors[0].length;
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < vectors.length; k++) s += lambda[k] * Math.log(vectors[k][i]);
    g[i] = Math.exp(s);
  }
  let total = 0;
  for (let i = 0; i < n; i++) total += g[i];
  return Array.from(g, (x) => x / total);
}

export interface GroupOptions {
  method: AhpMethod;
  ri: RiTableName;
  aggregation: Aggregation;
  /** One positive weight per matrix (default: equal). */
  expertWeights?: readonly number[];
  repairs?: number;
  node?: string;
  /**
   * Per matrix, the judgments entered as triangular fuzzy numbers (a checked fuzzy matrix, or
   * null for an expert who entered none): used by the fuzzy methods. When any expert entered
   * some, the group's fuzzy matrix is the element-wise weighted geometric mean of the experts'
   * fuzzy matrices (entered, or read by the scale); otherwise the group's crisp matrix is read
   * by the scale as before.
   */
  fuzzy?: readonly (Tfn[][] | null)[];
}

/** Each expert's analysis and the aggregated one (see the module comment for AIJ vs AIP). */
export function analyseGroup(matrices: number[][][], options: GroupOptions): { experts: AhpAnalysis[]; aggregated: AhpAnalysis } {
  if (options.aggregation !== 'aij' && options.aggregation !== 'aip') {
    throw new InputError('ahp.aggregation', `Unknown aggregation "${String(options.aggregation)}"; expected aij or aip.`, { path: 'options.ahp.aggregation' }, { value: String(options.aggregation) });
  }
  normalisedWeights(matrices.length, options.expertWeights);
  const entered = isFuzzyMethod(options.method) && (options.fuzzy ?? []).some((f) => f) ? options.fuzzy! : null;
  const { fuzzy: _own, ...rest } = options;
  const experts = matrices.map((m, k) => analyseMatrix(m, { ...rest, fuzzy: entered?.[k] ?? null }));
  if (experts.length === 1) return { experts, aggregated: experts[0] };
  const aij = aggregateJudgments(matrices, options.expertWeights);
  const groupFuzzy = entered ? aggregateFuzzy(matrices.map((m, k) => entered[k] ?? fuzzifyMatrix(m)), options.expertWeights, aij) : null;
  if (options.aggregation === 'aip') {
    const w = aggregatePriorities(experts.map((e) => e.weights), options.expertWeights);
    return { experts, aggregated: analyseWithWeights(aij, w, { ...rest, fuzzy: groupFuzzy }) };
  }
  return { experts, aggregated: analyseMatrix(aij, { ...rest, fuzzy: groupFuzzy }) };
}

/**
 * The element-wise weighted geometric mean of fuzzy pairwise matrices, (Π l^λ, Π m^λ, Π u^λ)
 * (Buckley 1985 combines experts' fuzzy judgments by the geometric mean); reciprocal like its
 * inputs. The middle is taken from `aij` (the same mean of the middles, computed once).
 */
export function aggregateFuzzy(matrices: readonly (readonly (readonly Tfn[])[])[], weights: readonly number[] | undefined, aij: readonly (readonly number[])[]): Tfn[][] {
  const lambda = normalisedWeights(matrices.length, weights);
  const n = aij.length;
  const out: Tfn[][] = Array.from({ length: n }, () => new Array<Tfn>(n).fill([1, 1, 1]));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let l = 0;
      let u = 0;
      for (let k = 0; k < matrices.length; k++) {
        l += lambda[k] * Math.log(matrices[k][i][j][0]);
        u += lambda[k] * Math.log(matrices[k][i][j][2]);
      }
      const t: Tfn = [Math.min(Math.exp(l), aij[i][j]), aij[i][j], Math.max(Math.exp(u), aij[i][j])];
      out[i][j] = t;
      out[j][i] = tfnReciprocal(t);
    }
  }
  return out;
}

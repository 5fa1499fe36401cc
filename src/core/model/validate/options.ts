/** Validation of a project's `options` (types, ranges, enums, tiers, ABC, segmentation). */
import type { Problem } from '../../errors.ts';
import { tierRuleProblems } from '../../scoring/tier-rules.ts';
import { describe, ENUMS, FIELDS, get, isObject, OPTIONAL_ENUMS, problem, unknownFields } from './common.ts';
import { COMPOSITE } from '../../sources.ts';

export function checkOptions(p: Record<string, unknown>, out: Problem[]): void {
  if (!isObject(p.options)) {
    out.push(problem('options', 'missing or not an object', 'not-object'));
    return;
  }
  unknownFields(p.options, FIELDS.options, 'options', out);
  for (const path of ['options.ahp', 'options.weighting', 'options.weighting.entropy', 'options.scoring', 'options.scoring.splitValue', 'options.scoring.tiers', 'options.scoring.abc', 'options.segmentation', 'options.segmentation.quickCluster', 'options.segmentation.hclust'] as const) {
    unknownFields(get(p, path), FIELDS[path], path, out);
  }
  for (const [path, allowed] of Object.entries(ENUMS)) {
    const v = get(p, path);
    if (typeof v !== 'string' || !allowed.includes(v)) {
      out.push(problem(path, `is ${describe(v)}; expected one of ${allowed.join(', ')}`, 'enum', { value: describe(v), allowed: allowed.join(', ') }));
    }
  }
  const num = (path: string, lo: number, hi: number, integer = false): number | undefined => {
    const v = get(p, path);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi || (integer && !Number.isInteger(v))) {
      out.push(problem(path, `is ${describe(v)}; expected ${integer ? 'an integer' : 'a number'} from ${lo} to ${hi}`, integer ? 'range-integer' : 'range', { value: describe(v), lo, hi }));
      return undefined;
    }
    return v;
  };
  num('options.weighting.alpha', 0, 1);
  const given = get(p, 'options.weighting.given');
  if (given !== undefined) {
    if (!isObject(given)) out.push(problem('options.weighting.given', 'expected an object mapping indicator ids to weights', 'given'));
    else
      for (const [id, v] of Object.entries(given)) {
        const at = `options.weighting.given[${JSON.stringify(id)}]`;
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) out.push(problem(at, `is ${describe(v)}; expected a non-negative number`, 'given-weight', { value: describe(v) }));
      }
  } else if (get(p, 'options.weighting.method') === 'given') {
    out.push(problem('options.weighting.given', 'missing; the method "given" needs a weight for each indicator', 'given'));
  }
  const k = num('options.segmentation.k', 1, 50, true);
  const kMin = num('options.segmentation.kMin', 1, 50, true);
  const kMax = num('options.segmentation.kMax', 1, 50, true);
  num('options.segmentation.restarts', 1, 1000, true);
  num('options.segmentation.seed', 0, 2 ** 32 - 1, true);
  num('options.segmentation.maxIterations', 1, 100000, true);
  num('options.segmentation.silhouetteSample', 10, 10_000_000, true);
  // optional: absent means the exact method (projects saved before the option existed)
  const algorithm = get(p, 'options.segmentation.algorithm');
  if (algorithm !== undefined && algorithm !== 'exact' && algorithm !== 'mini-batch') {
    out.push(problem('options.segmentation.algorithm', `is ${describe(algorithm)}; expected one of exact, mini-batch`, 'enum', { value: describe(algorithm), allowed: 'exact, mini-batch' }));
  }
  const nameRule = get(p, 'options.segmentation.nameRule');
  if (nameRule !== undefined && nameRule !== 'one-to-one' && nameRule !== 'quadrant') {
    out.push(problem('options.segmentation.nameRule', `is ${describe(nameRule)}; expected one of one-to-one, quadrant`, 'enum', { value: describe(nameRule), allowed: 'one-to-one, quadrant' }));
  }
  const wording = get(p, 'options.segmentation.strategyWording');
  if (wording !== undefined && wording !== 'corporate' && wording !== 'retail') {
    out.push(problem('options.segmentation.strategyWording', `is ${describe(wording)}; expected one of corporate, retail`, 'enum', { value: describe(wording), allowed: 'corporate, retail' }));
  }
  if (get(p, 'options.segmentation.batchSize') !== undefined) num('options.segmentation.batchSize', 10, 1_000_000, true);
  // SPSS-style clustering (docs/spss.md): all optional; absent means k-means (projects saved before it existed).
  const oneOf = (path: string, allowed: readonly string[]) => {
    const v = get(p, path);
    if (v !== undefined && (typeof v !== 'string' || !allowed.includes(v))) out.push(problem(path, `is ${describe(v)}; expected one of ${allowed.join(', ')}`, 'enum', { value: describe(v), allowed: allowed.join(', ') }));
  };
  oneOf('options.segmentation.clusterMethod', ['kmeans', 'quick-cluster', 'hclust']);
  oneOf('options.segmentation.quickCluster.method', ['kmeans', 'update', 'classify']);
  oneOf('options.segmentation.hclust.linkage', ['ward', 'average', 'complete', 'single']);
  if (get(p, 'options.segmentation.quickCluster.mxiter') !== undefined) num('options.segmentation.quickCluster.mxiter', 1, 999, true);
  if (get(p, 'options.segmentation.quickCluster.converge') !== undefined) num('options.segmentation.quickCluster.converge', 0, 1);
  for (const path of ['options.segmentation.quickCluster.noinitial', 'options.segmentation.hclust.thenKMeans']) {
    const v = get(p, path);
    if (v !== undefined && typeof v !== 'boolean') out.push(problem(path, `is ${describe(v)}; expected one of true, false`, 'enum', { value: describe(v), allowed: 'true, false' }));
  }
  // optional (absent in projects saved before they existed): entropy settings, scoring method, ρ
  for (const [path, allowed] of Object.entries(OPTIONAL_ENUMS)) {
    const v = get(p, path);
    if (v !== undefined && (typeof v !== 'string' || !allowed.includes(v))) {
      out.push(problem(path, `is ${describe(v)}; expected one of ${allowed.join(', ')}`, 'enum', { value: describe(v), allowed: allowed.join(', ') }));
    }
  }
  const entropy = get(p, 'options.weighting.entropy');
  if (entropy !== undefined && !isObject(entropy)) out.push(problem('options.weighting.entropy', 'is not an object', 'is-not-object'));
  const rho = get(p, 'options.scoring.rho');
  if (rho !== undefined && (typeof rho !== 'number' || !(rho > 0 && rho <= 1))) {
    out.push(problem('options.scoring.rho', `is ${describe(rho)}; expected a number with 0 < ρ ≤ 1`, 'rho', { value: describe(rho) }));
  }
  if (kMin !== undefined && kMax !== undefined && kMin > kMax) {
    out.push(problem('options.segmentation.kMin', `is ${kMin}, larger than kMax = ${kMax}`, 'k-range', { kMin, kMax }));
  }
  if (k !== undefined && k < 2) out.push(problem('options.segmentation.k', `is ${k}; at least 2 segments are needed`, 'k-small', { k }));
  const cuts = get(p, 'options.scoring.abc.cuts');
  if (!Array.isArray(cuts) || cuts.length !== 2 || !cuts.every((c) => typeof c === 'number' && c > 0 && c <= 1) || !(cuts[0] < cuts[1])) {
    out.push(problem('options.scoring.abc.cuts', `is ${describe(cuts)}; expected two shares 0 < A < B ≤ 1, e.g. [0.8, 0.95]`, 'abc-cuts', { value: describe(cuts) }));
  }
  const composition = get(p, 'options.segmentation.compositionColumn');
  if (composition !== undefined && (typeof composition !== 'string' || composition.length > 1000)) {
    out.push(problem('options.segmentation.compositionColumn', `is ${describe(composition)}; expected a column name as text`, 'column-type', { value: describe(composition) }));
  }
  if (typeof get(p, 'options.scoring.abc.source') !== 'string') {
    out.push(problem('options.scoring.abc.source', `missing; a data column or ${COMPOSITE}`, 'source'));
  }
  const tiers = get(p, 'options.scoring.tiers');
  if (tiers !== undefined) {
    if (!isObject(tiers)) out.push(problem('options.scoring.tiers', 'is not an object', 'is-not-object'));
    else {
      const th = tiers.thresholds;
      const labels = tiers.labels;
      if (!Array.isArray(th) || !th.every((t) => typeof t === 'number' && Number.isFinite(t))) {
        out.push(problem('options.scoring.tiers.thresholds', 'expected a list of numbers', 'numbers'));
      } else {
        for (let i = 1; i < th.length; i++) {
          if (!(th[i] > th[i - 1])) out.push(problem(`options.scoring.tiers.thresholds[${i}]`, `is ${th[i]}; thresholds must increase (previous is ${th[i - 1]})`, 'thresholds-order', { value: th[i], previous: th[i - 1] }));
        }
        if (!Array.isArray(labels) || labels.length !== th.length + 1 || !labels.every((l) => typeof l === 'string')) {
          out.push(problem('options.scoring.tiers.labels', `expected ${th.length + 1} labels for ${th.length} thresholds`, 'tier-labels', { labels: th.length + 1, thresholds: th.length }));
        }
      }
      if (typeof tiers.source !== 'string') out.push(problem('options.scoring.tiers.source', `missing; a data column or ${COMPOSITE}`, 'source'));
    }
  }
  const rules = get(p, 'options.scoring.tierRules');
  if (rules !== undefined) for (const d of tierRuleProblems(rules)) out.push(problem(d.path, d.message, d.variant, d.params ?? {}));
  if (get(p, 'options.scoring.split') === 'value') {
    const sv = get(p, 'options.scoring.splitValue');
    if (!isObject(sv) || typeof sv.current !== 'number' || typeof sv.potential !== 'number') {
      out.push(problem('options.scoring.splitValue', 'expected {"current": number, "potential": number} when split is "value"', 'split-value'));
    }
  }
}

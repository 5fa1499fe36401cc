/**
 * The methods paragraph (研究方法说明) generated from the project's choices and the result:
 * data and n, missing values, hierarchy, AHP (method, RI table and source, every CR), weighting
 * (α only for a linear combination), normalisation, scores and segment schemes, clustering
 * (features and their weighting, k, restarts, seed, silhouette exact or sampled).
 * Everything a reader needs to reproduce the numbers.
 */
import { MINI_BATCH_DEFAULTS } from '../cluster/minibatch.ts';
import type { Criterion, Project } from '../model/project.ts';
import type { Result } from '../result.ts';
import { describeRule } from '../scoring/tier-rules.ts';
import { featureLabel, finalWeightRule, list, listAnd, num, short } from './describe.ts';
import { entropySentence, scoreFormula } from './evaluation.ts';
import { sourcesSentence } from './sources.ts';
import { fuzzySentence } from './fuzzy-ahp.ts';
import { sensitivitySentence } from './sensitivity-sentence.ts';
import { spssClusteringSentence } from './spss.ts';
import { term, verdict } from './terms.ts';
import type { ReportWords } from './words.ts';

interface Counts {
  criteria: number;
  subcriteria: number;
  indicators: number;
  cost: number;
}

function countHierarchy(project: Project): Counts {
  const out: Counts = { criteria: project.hierarchy.criteria.length, subcriteria: 0, indicators: 0, cost: 0 };
  const walk = (c: Criterion, top: boolean) => {
    if (!top) out.subcriteria++;
    for (const s of c.subcriteria ?? []) walk(s, false);
    for (const i of c.indicators ?? []) {
      out.indicators++;
      if (i.direction === 'cost') out.cost++;
    }
  };
  for (const c of project.hierarchy.criteria) walk(c, true);
  return out;
}

function dataSentence(project: Project, result: Result, { t }: ReportWords): string {
  const source = project.data.source;
  return t('report.methods.data', { source: source ? t('report.methods.data.source', { source }) : '', n: result.n });
}

function missingSentence(result: Result, w: ReportWords): string {
  const { t } = w;
  const { policy, dropped, columns } = result.missing;
  const affected = columns.filter((c) => c.missing > 0);
  if (affected.length === 0 && dropped === 0) return t('report.methods.missing.none');
  const how = term(w, 'missing', policy);
  const sep = t('report.methods.sep');
  if (policy === 'drop') {
    const cols = affected.map((c) => t('report.methods.missing.dropCol', { column: c.column, missing: c.missing })).join(sep);
    return t(dropped === 1 ? 'report.methods.missing.drop.one' : 'report.methods.missing.drop', { how, dropped, cols: cols ? t('report.methods.missing.cols', { cols }) : '' });
  }
  const cols = affected
    .map((c) => t('report.methods.missing.imputedCol', { column: c.column, missing: c.missing, value: c.imputed === undefined ? '—' : short(c.imputed, 6) }))
    .join(sep);
  return t('report.methods.missing.imputed', { how, cols });
}

function hierarchySentence(project: Project, w: ReportWords): string {
  const n = countHierarchy(project);
  const names = list(project.hierarchy.criteria.map((c) => c.name), w.locale);
  const sub = n.subcriteria > 0 ? w.t('report.methods.hierarchy.sub', { n: n.subcriteria }) : '';
  return w.t('report.methods.hierarchy', { goal: project.hierarchy.goal, criteria: n.criteria, names, sub, indicators: n.indicators, benefit: n.indicators - n.cost, cost: n.cost });
}

function ahpSentence(project: Project, result: Result, w: ReportWords): string {
  const { t, locale } = w;
  const method = term(w, 'ahp', result.ahp.method);
  const experts = project.experts.length;
  const agg = term(w, 'aggregation', result.ahp.aggregation);
  const label = result.ahp.riLabel;
  const source = result.ahp.riSource.replace(/[.。]\s*$/, '');
  const crs = list(
    result.ahp.nodes.map((s) => {
      const n = s.items.length;
      const tag = n <= 2 ? t('report.methods.ahp.small', { n }) : '';
      const fail = s.aggregated.consistent ? '' : t('report.methods.ahp.failed');
      return `${s.name} CR = ${num(s.aggregated.cr, 4)}${tag}${fail}`;
    }),
    locale,
  );
  const total = t('report.methods.ahp.total', { cr: num(result.ahp.totalCR, 4), verdict: verdict(w, result.ahp.totalConsistent) });
  const who = experts > 1 ? t('report.methods.ahp.who.group', { experts, agg }) : t('report.methods.ahp.who.one', { experts: Math.max(experts, 1) });
  return t('report.methods.ahp', { who, method, label, source: source ? t('report.methods.ahp.source', { source }) : '', crs, total });
}

function weightingSentence(project: Project, result: Result, w: ReportWords): string {
  const method = result.weights.method;
  const name = term(w, 'weighting', method);
  const rule = finalWeightRule(project, result, w);
  if (method === 'combined') {
    const objective = term(w, 'objective', project.options.weighting.objective);
    return w.t('report.methods.weighting.combined', { name, objective, rule });
  }
  return w.t('report.methods.weighting', { name, rule });
}

function normalisationSentence(project: Project, w: ReportWords): string {
  return w.t('report.methods.normalisation', { name: term(w, 'normalisation', project.options.normalisation) });
}

function scoresSentence(project: Project, result: Result, w: ReportWords): string {
  const { t, locale } = w;
  const parts: string[] = [scoreFormula(project, w) ?? t(project.options.normalisation === 'zscore' ? 'report.methods.scores.zscore' : 'report.methods.scores.minmax')];
  const s = project.options.scoring;
  if (result.matrix) {
    const cut = t(s.split === 'value' ? 'report.methods.cut.value' : s.split === 'median' ? 'report.methods.cut.median' : 'report.methods.cut.mean');
    parts.push(t('report.methods.matrix', { cut, current: num(result.matrix.cut.current, 2), potential: num(result.matrix.cut.potential, 2) }));
  }
  if (result.tiers && s.tierRules) {
    const rules = [...s.tierRules.rules].reverse().map((r) => t('report.methods.tierRule', { label: r.label, rule: describeRule(r, locale) }));
    const unmatched = result.tiers.unmatched;
    const none = unmatched ? t('report.methods.tierRules.none', { label: unmatched.label, count: unmatched.count }) : '';
    parts.push(t('report.methods.tierRules', { rules: rules.join(t('report.methods.sep')), none }));
  } else if (result.tiers) {
    const source = featureLabel(s.tiers?.source ?? '', result, locale);
    const thresholds = result.tiers.thresholds.map((x) => short(x, 6)).join(' / ');
    parts.push(t('report.methods.tiers', { source, thresholds, labels: list(result.tiers.labels, locale) }));
  }
  if (result.abc) {
    const [a, b] = result.abc.cuts;
    const pct = (v: number) => `${short(v * 100, 2)}%`;
    parts.push(t('report.methods.abc', { source: featureLabel(s.abc.source, result, locale), a: pct(a), b: pct(b) }));
  }
  // English starts the sentence with a capital ("Composite score …"); a Chinese first character has none.
  const text = parts.join(t('report.methods.sep'));
  return text[0].toUpperCase() + text.slice(1);
}

function clusteringSentence(project: Project, result: Result, w: ReportWords): string {
  const { t, locale } = w;
  const c = result.clustering;
  const features = listAnd(c.featureNames.map((f) => featureLabel(f, result, locale)), locale);
  const on = t(c.features === 'scores' ? 'report.methods.on.scores' : c.features === 'zscores' ? 'report.methods.on.zscores' : 'report.methods.on.indicators', { features });
  const ks = c.sweep.map((r) => r.k);
  const range = ks.length > 0 ? `${Math.min(...ks)}–${Math.max(...ks)}` : `${project.options.segmentation.kMin}–${project.options.segmentation.kMax}`;
  const exact = c.silhouetteSampleSize >= result.n;
  const sil =
    c.silhouetteSampleSize === 0
      ? t('report.methods.sil.none')
      : exact
        ? t('report.methods.sil.exact', { n: result.n })
        : t('report.methods.sil.sampled', { m: c.silhouetteSampleSize });
  const spss = spssClusteringSentence(result, on, range, sil, w);
  if (spss) return spss;
  const maxIter = project.options.segmentation.maxIterations;
  const miniBatch = project.options.segmentation.algorithm === 'mini-batch';
  const batch = project.options.segmentation.batchSize ?? MINI_BATCH_DEFAULTS.batchSize;
  const algo = miniBatch ? t('report.methods.algo.miniBatch', { batch, maxIter }) : t('report.methods.algo.kmeans', { maxIter });
  return t('report.methods.clustering', { on, algo, range, k: c.k, restarts: c.restarts, seed: c.seed, sil });
}

/**
 * How the segments were named (issue 9, item 5): one different name each by the best
 * one-to-one assignment to the four quadrants, or the 2×2 rule with numerals. Null when the
 * segments carry no 2×2 names (no value roles).
 */
function namingSentence(result: Result, { t, locale }: ReportWords): string | null {
  if (!result.segments.some((s) => s.type !== null)) return null;
  const departs = result.segments.filter((s) => s.centreType !== undefined).map((s) => String(s.cluster));
  if (result.clustering.nameRule === 'one-to-one') {
    const note = departs.length ? t(departs.length > 1 ? 'report.methods.naming.departs' : 'report.methods.naming.departs.one', { list: list(departs, locale) }) : '';
    return t('report.methods.naming.oneToOne', { note });
  }
  return t('report.methods.naming.quadrant');
}

/**
 * The methods paragraph as sentences, in the order data, missing values, hierarchy, AHP,
 * weights, normalisation, scores and schemes, clustering, naming, sensitivity (when run), sources. Each ends with its punctuation.
 */
export function methodsSentences(project: Project, result: Result, w: ReportWords): string[] {
  const stop = w.t('report.tables.stop');
  const first = w.t('report.methods.first', { data: dataSentence(project, result, w), missing: missingSentence(result, w) });
  const naming = namingSentence(result, w);
  return [
    first,
    hierarchySentence(project, w),
    ahpSentence(project, result, w),
    fuzzySentence(result.ahp.method, w, result),
    weightingSentence(project, result, w),
    entropySentence(project, w),
    normalisationSentence(project, w),
    scoresSentence(project, result, w),
    clusteringSentence(project, result, w),
    ...(naming !== null ? [naming] : []),
    sensitivitySentence(result, w),
    sourcesSentence(project, result, w),
  ]
    .filter((s) => s !== '')
    .map((s) => s + stop);
}

/**
 * The "方法说明" / methods paragraph for the thesis, generated from the project's choices and
 * the result (see `methodsSentences`), in zh-CN or en.
 */
export function methodsParagraph(project: Project, result: Result, w: ReportWords): string {
  // Chinese sentences follow each other without a space; English ones with one.
  return methodsSentences(project, result, w).join(w.locale === 'zh-CN' ? '' : ' ');
}

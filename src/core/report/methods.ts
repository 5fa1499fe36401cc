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
import { featureLabel, finalWeightRule, list, listAnd, num, short, STOP } from './describe.ts';
import { entropySentence, scoreFormula } from './evaluation.ts';
import { sourcesSentence } from './sources.ts';
import { fuzzySentence } from './fuzzy-ahp.ts';
import { sensitivitySentence } from './sensitivity-sentence.ts';
import { spssClusteringSentence } from './spss.ts';
import {
  AGGREGATION_NAMES,
  AHP_METHOD_NAMES,
  MISSING_NAMES,
  NORMALISATION_NAMES,
  OBJECTIVE_NAMES,
  VERDICT,
  WEIGHTING_NAMES,
  type ReportLocale,
} from './terms.ts';

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

function pick<K extends string>(table: Record<K, Record<ReportLocale, string>>, key: string, locale: ReportLocale): string {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key as K][locale] : key;
}

function dataSentence(project: Project, result: Result, locale: ReportLocale): string {
  const source = project.data.source;
  if (locale === 'zh-CN') {
    return `${source ? `数据来自 ${source}，` : ''}共 ${result.n} 个客户参与分析（n = ${result.n}）`;
  }
  return `${source ? `Data: ${source}; ` : ''}${result.n} customers were analysed (n = ${result.n})`;
}

function missingSentence(result: Result, locale: ReportLocale): string {
  const zh = locale === 'zh-CN';
  const { policy, dropped, columns } = result.missing;
  const affected = columns.filter((c) => c.missing > 0);
  if (affected.length === 0 && dropped === 0) {
    return zh ? '指标列无缺失值' : 'the indicator columns had no missing values';
  }
  const how = pick(MISSING_NAMES, policy, locale);
  if (policy === 'drop') {
    const cols = affected.map((c) => (zh ? `${c.column} 缺失 ${c.missing} 个` : `${c.column}: ${c.missing} missing`)).join(zh ? '；' : '; ');
    return zh
      ? `缺失值处理：${how}，共删除 ${dropped} 个客户${cols ? `（${cols}）` : ''}`
      : `missing values: ${how}, ${dropped} ${dropped === 1 ? 'row' : 'rows'} dropped${cols ? ` (${cols})` : ''}`;
  }
  const cols = affected
    .map((c) => {
      const value = c.imputed === undefined ? '—' : short(c.imputed, 6);
      return zh ? `${c.column} 缺失 ${c.missing} 个，填补为 ${value}` : `${c.column}: ${c.missing} missing, imputed ${value}`;
    })
    .join(zh ? '；' : '; ');
  return zh ? `缺失值处理：${how}（${cols}）` : `missing values ${how} (${cols})`;
}

function hierarchySentence(project: Project, locale: ReportLocale): string {
  const zh = locale === 'zh-CN';
  const n = countHierarchy(project);
  const names = list(project.hierarchy.criteria.map((c) => c.name), locale);
  const goal = project.hierarchy.goal;
  if (zh) {
    const sub = n.subcriteria > 0 ? `、${n.subcriteria} 个子准则` : '';
    return `指标体系：目标层“${goal}”下设 ${n.criteria} 个准则（${names}）${sub}，共 ${n.indicators} 个指标（正向指标 ${n.indicators - n.cost} 个，负向指标 ${n.cost} 个）`;
  }
  const sub = n.subcriteria > 0 ? ` and ${n.subcriteria} sub-criteria` : '';
  return `Indicator system: the goal "${goal}" has ${n.criteria} criteria (${names})${sub} with ${n.indicators} indicators (${n.indicators - n.cost} benefit, ${n.cost} cost)`;
}

function ahpSentence(project: Project, result: Result, locale: ReportLocale): string {
  const zh = locale === 'zh-CN';
  const method = pick(AHP_METHOD_NAMES, result.ahp.method, locale);
  const experts = project.experts.length;
  const agg = pick(AGGREGATION_NAMES, result.ahp.aggregation, locale);
  const label = result.ahp.riLabel;
  const source = result.ahp.riSource.replace(/[.。]\s*$/, '');
  const crs = list(
    result.ahp.nodes.map((s) => {
      const n = s.items.length;
      const tag = n <= 2 ? (zh ? `（n = ${n}）` : ` (n = ${n})`) : '';
      const fail = s.aggregated.consistent ? '' : zh ? '（未通过）' : ' (failed)';
      return `${s.name} CR = ${num(s.aggregated.cr, 4)}${tag}${fail}`;
    }),
    locale,
  );
  const total = `${num(result.ahp.totalCR, 4)}${zh ? '，' : ', '}${VERDICT[result.ahp.totalConsistent ? 'pass' : 'fail'][locale]}`;
  if (zh) {
    const who = experts > 1 ? `由 ${experts} 位专家分别按 1–9 标度法两两比较构造判断矩阵，按${agg}集结` : `由 ${Math.max(experts, 1)} 位专家按 1–9 标度法两两比较构造判断矩阵`;
    return (
      `采用层次分析法（AHP）：${who}，用${method}计算权重；` +
      `一致性检验 CR = CI/RI，RI 取 ${label} 随机一致性指标表${source ? `（来源：${source}）` : ''}，CR < 0.10 为通过；` +
      `各判断矩阵 ${crs}；层次总排序 CR = ${total}`
    );
  }
  const who = experts > 1 ? `${experts} experts each compared the items pairwise on Saaty's 1–9 scale, aggregated by the ${agg}` : `pairwise judgments on Saaty's 1–9 scale by ${Math.max(experts, 1)} expert`;
  return (
    `AHP: ${who}; weights by the ${method}; consistency CR = CI/RI with RI from the ${label} table${source ? ` (source: ${source})` : ''}, ` +
    `accepted when CR < 0.10: ${crs}; total ranking CR = ${total}`
  );
}

function weightingSentence(project: Project, result: Result, locale: ReportLocale): string {
  const zh = locale === 'zh-CN';
  const method = result.weights.method;
  const name = pick(WEIGHTING_NAMES, method, locale);
  const w = project.options.weighting;
  if (method === 'combined') {
    const obj = pick(OBJECTIVE_NAMES, w.objective, locale);
    const rule = finalWeightRule(project, result, locale);
    return zh ? `指标权重采用${name}（AHP 与${obj}）：${rule}` : `Indicator weights: ${name} (AHP and the ${obj}): ${rule}`;
  }
  const rule = finalWeightRule(project, result, locale);
  return zh ? `指标权重采用${name}，${rule}` : `Indicator weights: ${name}; ${rule}`;
}

function normalisationSentence(project: Project, locale: ReportLocale): string {
  const name = pick(NORMALISATION_NAMES, project.options.normalisation, locale);
  return locale === 'zh-CN' ? `数据标准化采用${name}` : `Normalisation: ${name}`;
}

function scoresSentence(project: Project, result: Result, locale: ReportLocale): string {
  const zh = locale === 'zh-CN';
  const parts: string[] = [
    scoreFormula(project, locale) ??
    (project.options.normalisation === 'zscore'
      ? zh
        ? '综合得分 S = Σ w_j·z_ij / Σ w_j（标准差单位，全体均值为 0），当前价值与潜在价值得分按同一公式只用各准则下的指标计算'
        : "composite score S = Σ w_j·z_ij / Σ w_j (in standard deviations, mean 0 over the customers); the current and potential value scores apply the same formula to each criterion's indicators"
      : zh
        ? '综合得分 S = 100·Σ w_j·x′_ij / Σ w_j（0–100），当前价值与潜在价值得分按同一公式只用各准则下的指标计算（权重按其和重新缩放）'
        : "composite score S = 100·Σ w_j·x′_ij / Σ w_j (0–100); the current and potential value scores apply the same formula to each criterion's indicators (weights rescaled by their sum)"),
  ];
  const s = project.options.scoring;
  if (result.matrix) {
    const cut = s.split === 'value' ? (zh ? '给定值' : 'given values') : s.split === 'median' ? (zh ? '中位数' : 'median') : zh ? '均值' : 'mean';
    parts.push(
      zh
        ? `客户价值矩阵以${cut}为界（当前价值 ${num(result.matrix.cut.current, 2)}，潜在价值 ${num(result.matrix.cut.potential, 2)}）`
        : `the value matrix splits at the ${cut} (current ${num(result.matrix.cut.current, 2)}, potential ${num(result.matrix.cut.potential, 2)})`,
    );
  }
  if (result.tiers && s.tierRules) {
    const rules = [...s.tierRules.rules].reverse().map((r) => `${r.label}${zh ? '：' : ': '}${describeRule(r, locale)}`);
    const none = result.tiers.unmatched ? (zh ? `；均不满足者为“${result.tiers.unmatched.label}”（${result.tiers.unmatched.count} 个）` : `; customers meeting no rule are "${result.tiers.unmatched.label}" (${result.tiers.unmatched.count})`) : '';
    parts.push(zh ? `客户等级按规则自最高等级向下判定（${rules.join('；')}${none}）` : `tiers by rules checked from the top tier down (${rules.join('; ')}${none})`);
  } else if (result.tiers) {
    const src = featureLabel(s.tiers?.source ?? '', result, locale);
    const th = result.tiers.thresholds.map((t) => short(t, 6)).join(' / ');
    parts.push(zh ? `客户等级按${src}的阈值 ${th} 划分（${list(result.tiers.labels, locale)}）` : `tiers by ${src} at ${th} (${list(result.tiers.labels, locale)})`);
  }
  if (result.abc) {
    const [a, b] = result.abc.cuts;
    const pct = (v: number) => `${short(v * 100, 2)}%`;
    parts.push(
      zh
        ? `ABC 分类按${featureLabel(s.abc.source, result, locale)}的累计占比 ${pct(a)} / ${pct(b)} 划分`
        : `ABC classes by cumulative share of ${featureLabel(s.abc.source, result, locale)} at ${pct(a)} / ${pct(b)}`,
    );
  }
  const text = parts.join(zh ? '；' : '; ');
  return zh ? text : text[0].toUpperCase() + text.slice(1);
}

function clusteringSentence(project: Project, result: Result, locale: ReportLocale): string {
  const zh = locale === 'zh-CN';
  const c = result.clustering;
  const features = listAnd(c.featureNames.map((f) => featureLabel(f, result, locale)), locale);
  const on =
    c.features === 'scores'
      ? zh
        ? `以${features}为聚类变量`
        : `on the ${features}`
      : c.features === 'zscores'
      ? zh
        ? `以 Z 分数标准化后的指标（等权，不乘权重；${features}）为聚类变量`
        : `on the indicators standardised as z-scores with equal weights, not weighted (${features})`
      : zh
        ? `以标准化后的指标乘以各自最终权重（${features}）为聚类变量`
        : `on the normalised indicators, each multiplied by its final weight (${features})`;
  const ks = c.sweep.map((r) => r.k);
  const range = ks.length > 0 ? `${Math.min(...ks)}–${Math.max(...ks)}` : `${project.options.segmentation.kMin}–${project.options.segmentation.kMax}`;
  const exact = c.silhouetteSampleSize >= result.n;
  const sil = c.silhouetteSampleSize === 0
    ? zh
      ? '只有一个聚类，不计算轮廓系数'
      : 'no silhouette (a single cluster)'
    : exact
    ? zh
      ? `轮廓系数按全部 ${result.n} 个客户精确计算`
      : `the silhouette was computed exactly on all ${result.n} customers`
    : zh
      ? `轮廓系数基于 ${c.silhouetteSampleSize} 个客户的随机样本（同一随机种子）计算`
      : `the silhouette was computed on a seeded random sample of ${c.silhouetteSampleSize} customers`;
  const spss = spssClusteringSentence(result, on, range, sil, locale);
  if (spss) return spss;
  const maxIter = project.options.segmentation.maxIterations;
  const miniBatch = project.options.segmentation.algorithm === 'mini-batch';
  const batch = project.options.segmentation.batchSize ?? MINI_BATCH_DEFAULTS.batchSize;
  if (zh) {
    const algo = miniBatch
      ? `小批量 K 均值聚类（mini-batch k-means，K 均值的近似算法：每批随机抽取 ${batch} 个客户，k-means++ 初始化，最多遍历数据 ${maxIter} 次）`
      : `K 均值聚类（k-means++ 初始化，最多迭代 ${maxIter} 次）`;
    return (
      `聚类：${on}，采用${algo}；比较 k = ${range} 的簇内误差平方和（SSE，肘部法则）、轮廓系数、CH 指数与 DB 指数，` +
      `取聚类数 k = ${c.k}；每次聚类重复 ${c.restarts} 次初始化，保留 SSE 最小的结果；随机种子为 ${c.seed}；${sil}`
    );
  }
  return (
    `Clustering: ${miniBatch ? `mini-batch k-means (an approximation of k-means: random batches of ${batch} customers, k-means++ initialisation, at most ${maxIter} passes over the data)` : `k-means (k-means++ initialisation, at most ${maxIter} iterations)`} ${on}; k = ${range} compared by inertia (SSE, elbow), silhouette, ` +
    `Calinski–Harabasz and Davies–Bouldin, and k = ${c.k} chosen; ${c.restarts} restarts per run keeping the lowest SSE; random seed ${c.seed}; ${sil}`
  );
}

/**
 * How the segments were named (issue 9, item 5): one different name each by the best
 * one-to-one assignment to the four quadrants, or the 2×2 rule with numerals. Null when the
 * segments carry no 2×2 names (no value roles).
 */
function namingSentence(result: Result, locale: ReportLocale): string | null {
  const zh = locale === 'zh-CN';
  if (!result.segments.some((s) => s.type !== null)) return null;
  const departs = result.segments.filter((s) => s.centreType !== undefined).map((s) => s.cluster);
  if (result.clustering.nameRule === 'one-to-one') {
    const note = departs.length
      ? zh
        ? `，其中第 ${departs.join('、')} 类的名称与其聚类中心所在象限不同`
        : `; the name of segment${departs.length > 1 ? 's' : ''} ${departs.join(', ')} differs from the quadrant its centre lies in`
      : '';
    return zh
      ? `客户群命名：k = 4 时每类取一个不同的名称，按聚类中心的当前价值与潜在价值（相对总体均值的标准差单位）一一对应到四个象限，使总契合度最大${note}`
      : `Segment names: with k = 4 each segment gets a different name, by the one-to-one assignment of the segment centres' current and potential positions (in SDs from the population mean) to the four quadrants with the largest total fit${note}`;
  }
  return zh
    ? '客户群命名：按聚类中心的当前价值与潜在价值是否不低于总体均值归入四个象限命名，同一象限的多个客户群以罗马数字区分'
    : 'Segment names: each centre is named by the quadrant of its current and potential value against the population mean; segments sharing a quadrant are numbered I, II, …';
}

/**
 * The methods paragraph as sentences, in the order data, missing values, hierarchy, AHP,
 * weights, normalisation, scores and schemes, clustering, naming, sensitivity (when run), sources. Each ends with its punctuation.
 */
export function methodsSentences(project: Project, result: Result, locale: ReportLocale): string[] {
  const zh = locale === 'zh-CN';
  const stop = STOP[locale];
  const first = zh
    ? `${dataSentence(project, result, locale)}；${missingSentence(result, locale)}`
    : `${dataSentence(project, result, locale)}; ${missingSentence(result, locale)}`;
  return [
    first,
    hierarchySentence(project, locale),
    ahpSentence(project, result, locale),
    fuzzySentence(result.ahp.method, locale, result),
    weightingSentence(project, result, locale),
    entropySentence(project, locale),
    normalisationSentence(project, locale),
    scoresSentence(project, result, locale),
    clusteringSentence(project, result, locale),
    ...(namingSentence(result, locale) !== null ? [namingSentence(result, locale)!] : []),
    sensitivitySentence(result, locale),
    sourcesSentence(project, result, locale),
  ]
    .filter((s) => s !== '')
    .map((s) => s + stop);
}

/**
 * The "方法说明" / methods paragraph for the thesis, generated from the project's choices and
 * the result (see `methodsSentences`), in zh-CN or en.
 */
export function methodsParagraph(project: Project, result: Result, locale: ReportLocale): string {
  return methodsSentences(project, result, locale).join(locale === 'zh-CN' ? '' : ' ');
}

/**
 * The tables theses print, as data (`ReportTable`), with the terms of SPSS/SPSSAU and Chinese
 * theses (glossary.md). Numbers stay numbers; the renderer formats them (`formatCell`).
 * Every function takes the pipeline `Result` (and the project where names or choices are
 * needed) and a locale.
 */
import type { Project } from '../model/project.ts';
import type { Result } from '../result.ts';
import type { AnovaNote } from '../stats/anova.ts';
import { clusterLabel, crSentence, featureLabel, finalWeightRule, list, listAnd, num, segmentName, short } from './describe.ts';
import type { CellFormat, ReportCell, ReportTable } from './table.ts';
import { segmentTestTables } from './segment-tests.ts';
import { AGGREGATION_NAMES, VERDICT, type ReportLocale } from './terms.ts';
import { sensitivityTables } from './sensitivity.ts';
import { spssTables } from './spss.ts';
import { fuzzyAhpTables } from './fuzzy-ahp.ts';
import { classStrategyTables } from './class-strategies.ts';

export type { ReportTable } from './table.ts';

/** Decimals of weight tables (theses print weights to 4 places). */
export const WEIGHT_DECIMALS = 4;

const cell = (v: number | null | undefined): ReportCell => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

function riNote(result: Result, locale: ReportLocale): string {
  return locale === 'zh-CN' ? `RI 取自 ${result.ahp.riLabel} 随机一致性指标表。` : `RI from the ${result.ahp.riLabel} random index table.`;
}

/**
 * One judgment matrix table per AHP node (判断矩阵): the node's name in the corner, the items
 * as rows and columns (judgments formatted as ratios: 3, 1/3), a weight column (权重), and
 * below it the line λmax / CI / RI / CR / verdict (最大特征根, CI值, RI值, CR值, 一致性检验结果)
 * with the RI table named. With several experts the matrix is the group matrix the AHP module
 * analysed (element-wise geometric mean of the judgments) and each expert's CR is listed.
 * The project gives the experts' names.
 */
export function ahpMatrixTables(result: Result, project: Project, locale: ReportLocale): ReportTable[] {
  const zh = locale === 'zh-CN';
  const experts = new Map(project.experts.map((e) => [e.id, e.name]));
  return result.ahp.nodes.map((s) => {
    const a = s.aggregated;
    const n = s.items.length;
    const rows: ReportCell[][] = s.items.map((it, i) => [it.name, ...s.items.map((_, j) => cell(a.matrix[i]?.[j])), cell(s.local[i])]);
    const verdict = VERDICT[a.consistent ? 'pass' : 'fail'][locale];
    const rel = a.consistent ? '<' : '≥';
    const line = zh
      ? `最大特征根 λmax = ${num(a.lambdaMax)}，CI值 = ${num(a.ci, 4)}，RI值 = ${short(a.ri)}，CR值 = ${num(a.cr, 4)} ${rel} 0.10，一致性检验结果：${verdict}`
      : `λmax = ${num(a.lambdaMax)}, CI = ${num(a.ci, 4)}, RI = ${short(a.ri)}, CR = ${num(a.cr, 4)} ${rel} 0.10: consistency check ${verdict}`;
    const notes = [line, riNote(result, locale)];
    if (n <= 2) notes.push(zh ? `n = ${n}：一、二阶判断矩阵总是完全一致（CR = 0）。` : `n = ${n}: a 1×1 or 2×2 reciprocal matrix is always consistent (CR = 0).`);
    if (s.experts.length > 1) {
      const agg = AGGREGATION_NAMES[result.ahp.aggregation]?.[locale] ?? result.ahp.aggregation;
      notes.push(
        zh
          ? `判断矩阵为 ${s.experts.length} 位专家判断的逐元素几何平均；权重按${agg}集结。`
          : `The matrix is the element-wise geometric mean of ${s.experts.length} experts' judgments; weights aggregated by the ${agg}.`,
      );
      const each = s.experts.map((e) => `${experts.get(e.expert) ?? e.expert}: CR = ${num(e.cr, 4)} (${VERDICT[e.consistent ? 'pass' : 'fail'][locale]})`);
      notes.push((zh ? '各专家：' : 'Each expert: ') + list(each, locale));
    }
    const formats: (CellFormat | null)[] = [null, ...s.items.map((): CellFormat => 'ratio'), 'number'];
    return {
      id: `ahp-matrix:${s.node}`,
      title: zh ? `判断矩阵（${s.name}）` : `Judgment matrix: ${s.name}`,
      columns: [s.name, ...s.items.map((it) => it.name), zh ? '权重' : 'Weight'],
      rows,
      notes,
      decimals: WEIGHT_DECIMALS,
      formats,
    };
  });
}

/**
 * Consistency summary (一致性检验结果汇总): per judgment matrix n, λmax, CI, RI, CR and the
 * verdict, then the hierarchy's total ranking CR (层次总排序); the RI table and its source below.
 */
export function ahpConsistencyTable(result: Result, locale: ReportLocale): ReportTable {
  const zh = locale === 'zh-CN';
  const verdict = (ok: boolean) => VERDICT[ok ? 'pass' : 'fail'][locale];
  const rows: ReportCell[][] = result.ahp.nodes.map((s) => {
    const a = s.aggregated;
    return [s.name, s.items.length, cell(a.lambdaMax), cell(a.ci), cell(a.ri), cell(a.cr), verdict(a.consistent)];
  });
  rows.push([zh ? '层次总排序' : 'Total ranking', null, null, null, null, cell(result.ahp.totalCR), verdict(result.ahp.totalConsistent)]);
  const source = result.ahp.riSource;
  return {
    id: 'ahp-consistency',
    title: zh ? '一致性检验结果汇总' : 'Consistency check summary',
    columns: zh ? ['判断矩阵', '阶数 n', '最大特征根', 'CI值', 'RI值', 'CR值', '一致性检验结果'] : ['Judgment matrix', 'n', 'λmax', 'CI', 'RI', 'CR', 'Consistency check'],
    rows,
    notes: [
      riNote(result, locale) + (source ? (zh ? `来源：${source}` : ` Source: ${source}`) : ''),
      zh
        ? 'CR = CI / RI，CI = (λmax − n)/(n − 1)；CR < 0.10 时通过一致性检验；层次总排序 CR = Σ w_p·CI_p / Σ w_p·RI_p。'
        : 'CR = CI / RI with CI = (λmax − n)/(n − 1); a matrix passes when CR < 0.10; total ranking CR = Σ w_p·CI_p / Σ w_p·RI_p.',
    ],
    decimals: WEIGHT_DECIMALS,
    formats: [null, 'integer', 'number', 'number', 'number', 'number', null],
  };
}

/**
 * Global (total ranking) weights (层次总排序权重): criterion (with sub-criteria, the path joined
 * by " / "), the global weight of the indicator's parent node, indicator, its local weight
 * within that parent, its global AHP weight (product of the local weights along the path); the
 * total ranking CR below.
 */
export function globalWeightsTable(result: Result, locale: ReportLocale): ReportTable {
  const zh = locale === 'zh-CN';
  const nodes = new Map(result.ahp.nodes.map((s) => [s.node, s]));
  const paths = new Map(result.ahp.global.map((g) => [g.id, g.path]));
  const rows: ReportCell[][] = result.weights.indicators.map((ind) => {
    const path = paths.get(ind.id) ?? [];
    const parent = path.length > 0 ? nodes.get(path[path.length - 1]) : undefined;
    const at = parent ? parent.items.findIndex((it) => it.id === ind.id) : -1;
    const criterion = path.length > 0 ? path.map((id) => nodes.get(id)?.name ?? id).join(' / ') : ind.criterion;
    return [criterion, cell(parent?.global), ind.name, parent && at >= 0 ? cell(parent.local[at]) : null, cell(ind.ahp)];
  });
  return {
    id: 'global-weights',
    title: zh ? '层次总排序权重' : 'Global (total ranking) weights',
    columns: zh ? ['准则层', '准则层权重', '指标层', '单层次排序权重', '层次总排序权重'] : ['Criterion', 'Criterion weight', 'Indicator', 'Local weight', 'Global weight'],
    rows,
    notes: [
      (zh ? '层次总排序一致性检验：' : 'Total ranking consistency: ') + crSentence(result.ahp.totalCR, result.ahp.totalConsistent, locale),
      zh ? '层次总排序权重 = 沿层次路径各单层次排序权重之积。' : 'Global weight = product of the local weights along the path from the goal.',
    ],
    decimals: WEIGHT_DECIMALS,
  };
}

/**
 * Weights by method: indicator, direction, AHP global weight, entropy e (信息熵值e), d
 * (信息效用值d), entropy weight, CRITIC weight, final weight; the final-weight rule below
 * (α only for a linear combination) and the constant columns, if any.
 */
export function weightsByMethodTable(result: Result, project: Project, locale: ReportLocale): ReportTable {
  const zh = locale === 'zh-CN';
  const { indicators, entropy } = result.weights;
  const rows: ReportCell[][] = indicators.map((ind, j) => [
    ind.name,
    zh ? (ind.direction === 'cost' ? '负向' : '正向') : ind.direction,
    cell(ind.ahp),
    cell(entropy?.e[j]),
    cell(entropy?.d[j]),
    cell(ind.entropy),
    cell(ind.critic),
    cell(ind.final),
  ]);
  const notes = [finalWeightRule(project, result, locale) + (zh ? '。' : '.')];
  const constant = indicators.filter((i) => i.constant).map((i) => i.name);
  if (constant.length > 0) {
    notes.push(zh ? `常数列（所有客户取值相同）：${list(constant, locale)}；标准化后为 0，客观权重为 0。` : `Constant columns (one value for every customer): ${list(constant, locale)}; normalised to 0, objective weight 0.`);
  }
  return {
    id: 'weights-by-method',
    title: zh ? '各赋权方法的指标权重' : 'Indicator weights by method',
    columns: zh
      ? ['指标', '方向', 'AHP权重', '信息熵值e', '信息效用值d', '熵权法权重', 'CRITIC权重', '最终权重']
      : ['Indicator', 'Direction', 'AHP weight', 'Entropy e', 'Divergence d', 'Entropy weight', 'CRITIC weight', 'Final weight'],
    rows,
    notes,
    decimals: WEIGHT_DECIMALS,
  };
}

/**
 * The k sweep: k, inertia (簇内误差平方和 SSE), mean silhouette (轮廓系数), Calinski–Harabasz and
 * Davies–Bouldin; below it the knee (elbow), the k with the best silhouette, the chosen k, how
 * the silhouette was computed and the runs that did not converge.
 */
export function kSweepTable(result: Result, locale: ReportLocale): ReportTable {
  const zh = locale === 'zh-CN';
  const c = result.clustering;
  const rows: ReportCell[][] = c.sweep.map((r) => [r.k, cell(r.inertia), cell(r.silhouette), cell(r.calinskiHarabasz), cell(r.daviesBouldin)]);
  const notes: string[] = [];
  const knee = c.knee === null ? (zh ? '未检测到' : 'none detected') : `k = ${c.knee}`;
  const best = c.bestSilhouette === null ? (zh ? '无' : 'none') : `k = ${c.bestSilhouette}`;
  notes.push(
    zh
      ? `肘部法则拐点（Kneedle）：${knee}；平均轮廓系数最大：${best}；选定聚类数 k = ${c.k}。`
      : `Elbow (Kneedle knee): ${knee}; best mean silhouette: ${best}; chosen k = ${c.k}.`,
  );
  const sampled = c.sweep.filter((r) => r.silhouette !== null && r.silhouetteSampleSize < result.n);
  if (sampled.length > 0) {
    const m = sampled[0].silhouetteSampleSize;
    notes.push(zh ? `轮廓系数基于 ${m} 个客户的随机样本（随机种子 ${c.seed}），共 ${result.n} 个客户。` : `Silhouette on a seeded random sample of ${m} of the ${result.n} customers (seed ${c.seed}).`);
  } else if (c.sweep.length > 0) {
    notes.push(zh ? `轮廓系数按全部 ${result.n} 个客户精确计算。` : `Silhouette computed exactly on all ${result.n} customers.`);
  }
  const unconverged = c.sweep.filter((r) => !r.converged).map((r) => `k = ${r.k}`);
  if (unconverged.length > 0) {
    notes.push(zh ? `未在最大迭代次数内收敛：${list(unconverged, locale)}。` : `Did not converge within the iteration limit: ${list(unconverged, locale)}.`);
  }
  notes.push(zh ? 'SSE 越小、轮廓系数与 CH 指数越大、DB 指数越小，聚类效果越好。' : 'Lower SSE and DB, higher silhouette and CH indicate tighter, better separated clusters.');
  return {
    id: 'k-sweep',
    title: zh ? '不同聚类数 k 的聚类效果评价' : 'Cluster quality by number of clusters k',
    columns: zh ? ['聚类数 k', '簇内误差平方和（SSE）', '轮廓系数', 'CH 指数', 'DB 指数'] : ['k', 'Inertia (SSE)', 'Mean silhouette', 'Calinski–Harabasz', 'Davies–Bouldin'],
    rows,
    notes,
    decimals: 3,
    formats: ['integer', 'number', 'number', 'number', 'number'],
  };
}

/**
 * Number of cases in each cluster (每个聚类中的个案数目): cluster, name, count, share, then the
 * valid total (有效) and, when rows were dropped for missing values, the missing count (缺失).
 */
export function clusterSizesTable(result: Result, locale: ReportLocale, project?: Project): ReportTable {
  const zh = locale === 'zh-CN';
  const rows: ReportCell[][] = result.segments.map((s) => [s.cluster, segmentName(s, locale, project), s.size, cell(s.share)]);
  rows.push([zh ? '有效' : 'Valid', null, result.n, result.n > 0 ? 1 : null]);
  if (result.missing.dropped > 0) rows.push([zh ? '缺失' : 'Missing', null, result.missing.dropped, null]);
  return {
    id: 'cluster-sizes',
    title: zh ? '每个聚类中的个案数目' : 'Number of cases in each cluster',
    columns: zh ? ['聚类', '名称', '个案数', '占比'] : ['Cluster', 'Name', 'Count', 'Share'],
    rows,
    notes: [zh ? '聚类按综合得分均值从高到低编号（1 为价值最高）。' : 'Clusters are numbered by mean composite score, highest first (1 = most valuable).'],
    decimals: 3,
    formats: ['integer', null, 'integer', 'percent'],
  };
}

/**
 * Final cluster centres (最终聚类中心) as SPSS prints them: one row per indicator, one column per
 * cluster, the mean of the raw (unnormalised) indicator in that cluster.
 */
export function clusterCentresTable(result: Result, locale: ReportLocale, project?: Project): ReportTable {
  const zh = locale === 'zh-CN';
  const rows: ReportCell[][] = result.weights.indicators.map((ind, j) => [ind.name, ...result.segments.map((s) => cell(s.means[j]))]);
  const notes = [zh ? '表中为各聚类原始指标（未标准化）的均值。' : 'Means of the raw (unnormalised) indicators in each cluster.'];
  if (result.clustering.features === 'scores') {
    const features = listAnd(result.clustering.featureNames.map((f) => featureLabel(f, result, locale)), locale);
    notes.push(zh ? `聚类变量为${features}，其聚类中心见“最终聚类中心（聚类变量）”表。` : `Clustered on the ${features}; see "Final cluster centres (clustering features)".`);
  }
  return {
    id: 'cluster-centres',
    title: zh ? '最终聚类中心' : 'Final cluster centres',
    columns: [zh ? '指标' : 'Indicator', ...result.segments.map((s) => clusterLabel(s, locale, project))],
    rows,
    notes,
    decimals: 3,
  };
}

/**
 * Final cluster centres in the clustering feature space, one row per feature: the current and
 * potential value scores (0–100), or the normalised indicators multiplied by their final weights.
 */
export function clusterFeatureCentresTable(result: Result, locale: ReportLocale, project?: Project): ReportTable {
  const zh = locale === 'zh-CN';
  const rows: ReportCell[][] = result.clustering.featureNames.map((f, j) => [featureLabel(f, result, locale), ...result.segments.map((s) => cell(s.centre[j]))]);
  const notes =
    result.clustering.features === 'indicators'
      ? [zh ? '聚类变量为标准化指标乘以其最终权重。' : 'Features: each normalised indicator multiplied by its final weight.']
      : [zh ? '聚类变量为当前价值与潜在价值得分。' : 'Features: the current and potential value scores.'];
  return {
    notes,
    id: 'cluster-feature-centres',
    title: zh ? '最终聚类中心（聚类变量）' : 'Final cluster centres (clustering features)',
    columns: [zh ? '聚类变量' : 'Feature', ...result.segments.map((s) => clusterLabel(s, locale, project))],
    rows,
    decimals: 3,
  };
}

/** IBM SPSS's caveat on the ANOVA table of k-means (K-Means Cluster Analysis options). */
export const ANOVA_NOTE: Record<ReportLocale, string> = {
  en: 'The F tests are only descriptive and the resulting probabilities should not be interpreted (IBM SPSS Statistics, K-Means Cluster Analysis): the clusters were chosen to maximise the differences between them, so the significance levels do not test the hypothesis that the cluster means are equal.',
  'zh-CN': 'F 检验仅用于描述，所得显著性概率不应作推断解释（IBM SPSS Statistics，K 均值聚类分析）：聚类本身就是为使各类差异最大而划分的，因此显著性水平并非对“各类均值相等”这一假设的检验。',
};

const ANOVA_NOTES: Record<AnovaNote, Record<ReportLocale, string>> = {
  'one-group': { 'zh-CN': '只有一个聚类，无法计算 F 与显著性', en: 'a single cluster: F and Sig. are not computed' },
  'no-within-df': { 'zh-CN': '每个聚类只有一个客户，误差自由度为 0，无法计算 F', en: 'every cluster has one customer (error df = 0): F is not computed' },
  constant: { 'zh-CN': '所有客户取值相同，F 无定义', en: 'the same value for every customer: F is undefined' },
  'no-within-variance': { 'zh-CN': '各类内部取值相同而类间不同，F 为无穷大，显著性为 0', en: 'constant within every cluster but different between clusters: F is infinite, Sig. = 0' },
};

/**
 * ANOVA as SPSS prints it after k-means: indicator, cluster mean square (聚类均方) and df, error
 * mean square (误差均方) and df, F, significance (显著性); IBM's note that the F tests are
 * descriptive only, and why F is missing or infinite for a row, below. An infinite F is
 * written `∞`.
 */
export function anovaTable(result: Result, locale: ReportLocale): ReportTable {
  const zh = locale === 'zh-CN';
  const nameOf = (column: string) => result.weights.indicators.find((i) => i.column === column)?.name ?? column;
  const rows: ReportCell[][] = result.anova.rows.map((a) => [
    nameOf(a.column),
    cell(a.msb),
    a.dfb,
    cell(a.msw),
    a.dfw,
    a.f === Infinity ? '∞' : cell(a.f),
    cell(a.p),
  ]);
  const notes = [ANOVA_NOTE[locale]];
  for (const a of result.anova.rows) {
    if (a.note && ANOVA_NOTES[a.note]) notes.push(`${nameOf(a.column)}${zh ? '：' : ': '}${ANOVA_NOTES[a.note][locale]}${zh ? '。' : '.'}`);
  }
  return {
    id: 'anova',
    title: zh ? 'ANOVA（单因素方差分析）' : 'ANOVA',
    columns: zh ? ['指标', '聚类均方', 'df', '误差均方', 'df', 'F', '显著性'] : ['Indicator', 'Cluster mean square', 'df', 'Error mean square', 'df', 'F', 'Sig.'],
    rows,
    notes,
    decimals: 3,
    formats: [null, 'number', 'integer', 'number', 'integer', 'number', 'p'],
  };
}

/**
 * Segment profiles: one row per indicator, one column per cluster, the z-score of the cluster's
 * mean against all customers; the most distinctive indicators of each cluster below.
 */
export function segmentProfilesTable(result: Result, locale: ReportLocale, project?: Project): ReportTable {
  const zh = locale === 'zh-CN';
  const rows: ReportCell[][] = result.weights.indicators.map((ind, j) => [ind.name, ...result.segments.map((s) => cell(s.z[j]))]);
  const notes = [zh ? 'z = (该类均值 − 全体均值) / 全体标准差；正值高于总体平均，负值低于总体平均。' : 'z = (cluster mean − overall mean) / overall SD; positive is above the average customer, negative below.'];
  for (const s of result.segments) {
    if (s.distinctive.length === 0) continue;
    const items = s.distinctive.map((d) => `${featureLabel(d.column, result, locale)} (${d.z >= 0 ? '+' : ''}${num(d.z, 2)})`);
    notes.push(`${clusterLabel(s, locale, project)}${zh ? '的显著特征：' : ' stands out on: '}${list(items, locale)}`);
  }
  return {
    id: 'segment-profiles',
    title: zh ? '细分群体画像（Z 分数）' : 'Segment profiles (z-scores)',
    columns: [zh ? '指标' : 'Indicator', ...result.segments.map((s) => clusterLabel(s, locale, project))],
    rows,
    notes,
    decimals: 3,
  };
}

/**
 * Segment value scores: cluster, name, count, mean composite, current and potential score (the
 * basis of the 2×2 naming); segments near the mean on a dimension are flagged below.
 */
export function segmentScoresTable(result: Result, locale: ReportLocale, project?: Project): ReportTable {
  const zh = locale === 'zh-CN';
  const rows: ReportCell[][] = result.segments.map((s) => [s.cluster, segmentName(s, locale, project), s.size, cell(s.meanComposite), cell(s.current?.mean), cell(s.potential?.mean)]);
  const boundary = result.segments.filter((s) => s.boundary).map((s) => clusterLabel(s, locale, project));
  const notes: string[] = [];
  const first = result.segments[0];
  if (first?.current && first.potential) {
    const cur = num(first.current.population, 2);
    const pot = num(first.potential.population, 2);
    notes.push(
      zh
        ? `按当前价值与潜在价值得分均值是否不低于总体均值（当前价值 ${cur}，潜在价值 ${pot}）命名（客户价值矩阵）。`
        : `Named by whether the mean current and potential scores reach the overall means (current ${cur}, potential ${pot}) (value matrix).`,
    );
  }
  if (boundary.length > 0) {
    notes.push(zh ? `接近总体均值（±0.1 个标准差内）、命名需人工判断：${list(boundary, locale)}。` : `Within ±0.1 SD of the overall mean on a dimension (name is a judgement call): ${list(boundary, locale)}.`);
  }
  return {
    id: 'segment-scores',
    title: zh ? '各细分群体的价值得分' : 'Value scores by segment',
    columns: zh ? ['聚类', '名称', '个案数', '综合得分均值', '当前价值得分均值', '潜在价值得分均值'] : ['Cluster', 'Name', 'Count', 'Mean composite score', 'Mean current value score', 'Mean potential value score'],
    rows,
    notes,
    decimals: 2,
    formats: ['integer', null, 'integer', 'number', 'number', 'number'],
  };
}

/** Every table in report order: AHP matrices, consistency, weights, k sweep, clusters, ANOVA, profiles. */
export function reportTables(result: Result, project: Project, locale: ReportLocale): ReportTable[] {
  return [
    ...ahpMatrixTables(result, project, locale),
    ...fuzzyAhpTables(result, locale),
    ahpConsistencyTable(result, locale),
    globalWeightsTable(result, locale),
    weightsByMethodTable(result, project, locale),
    kSweepTable(result, locale),
    clusterSizesTable(result, locale, project),
    clusterCentresTable(result, locale, project),
    clusterFeatureCentresTable(result, locale, project),
    anovaTable(result, locale),
    ...segmentTestTables(result, locale),
    segmentScoresTable(result, locale, project),
    segmentProfilesTable(result, locale, project),
    ...classStrategyTables(result, project, locale),
    ...spssTables(result, locale),
    ...sensitivityTables(result, project, locale),
  ];
}


/**
 * The tables theses print, as data (`ReportTable`), with the terms of SPSS/SPSSAU and Chinese
 * theses (glossary.md). Numbers stay numbers; the renderer formats them (`formatCell`).
 * Every function takes the pipeline `Result` (and the project where names or choices are
 * needed) and the report's words (`ReportWords`: the caller's catalogue of one language).
 */
import type { Project } from '../model/project.ts';
import type { Result } from '../result.ts';
import type { AnovaNote } from '../stats/anova.ts';
import { clusterLabel, crSentence, featureLabel, finalWeightRule, list, listAnd, num, segmentName, short } from './describe.ts';
import type { CellFormat, ReportCell, ReportTable } from './table.ts';
import { segmentTestTables } from './segment-tests.ts';
import { term, verdict } from './terms.ts';
import type { ReportWords } from './words.ts';
import { sensitivityTables } from './sensitivity.ts';
import { spssTables } from './spss.ts';
import { fuzzyAhpTables } from './fuzzy-ahp.ts';
import { classStrategyTables } from './class-strategies.ts';

export type { ReportTable } from './table.ts';

/** Decimals of weight tables (theses print weights to 4 places). */
export const WEIGHT_DECIMALS = 4;

/** The reasons for a missing or infinite F that the ANOVA table explains ('report.tables.anova.note.<code>'). */
const ANOVA_NOTE_CODES: readonly AnovaNote[] = ['one-group', 'no-within-df', 'constant', 'no-within-variance'];

const cell = (v: number | null | undefined): ReportCell => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

function riNote(result: Result, w: ReportWords): string {
  return w.t('report.tables.riNote', { label: result.ahp.riLabel });
}

/**
 * One judgment matrix table per AHP node (判断矩阵): the node's name in the corner, the items
 * as rows and columns (judgments formatted as ratios: 3, 1/3), a weight column (权重), and
 * below it the line λmax / CI / RI / CR / verdict (最大特征根, CI值, RI值, CR值, 一致性检验结果)
 * with the RI table named. With several experts the matrix is the group matrix the AHP module
 * analysed (element-wise geometric mean of the judgments) and each expert's CR is listed.
 * The project gives the experts' names.
 */
export function ahpMatrixTables(result: Result, project: Project, w: ReportWords): ReportTable[] {
  const { t, locale } = w;
  const experts = new Map(project.experts.map((e) => [e.id, e.name]));
  return result.ahp.nodes.map((s) => {
    const a = s.aggregated;
    const n = s.items.length;
    const rows: ReportCell[][] = s.items.map((it, i) => [it.name, ...s.items.map((_, j) => cell(a.matrix[i]?.[j])), cell(s.local[i])]);
    const verdictText = verdict(w, a.consistent);
    const rel = a.consistent ? '<' : '≥';
    const line = t('report.tables.matrix.line', { lambda: num(a.lambdaMax), ci: num(a.ci, 4), ri: short(a.ri), cr: num(a.cr, 4), rel, verdict: verdictText });
    const notes = [line, riNote(result, w)];
    if (n <= 2) notes.push(t('report.tables.matrix.small', { n }));
    if (s.experts.length > 1) {
      const agg = term(w, 'aggregation', result.ahp.aggregation);
      notes.push(t('report.tables.matrix.group', { experts: s.experts.length, agg }));
      const each = s.experts.map((e) => `${experts.get(e.expert) ?? e.expert}: CR = ${num(e.cr, 4)} (${verdict(w, e.consistent)})`);
      notes.push(t('report.tables.matrix.each', { list: list(each, locale) }));
    }
    const formats: (CellFormat | null)[] = [null, ...s.items.map((): CellFormat => 'ratio'), 'number'];
    return {
      id: `ahp-matrix:${s.node}`,
      title: t('report.tables.matrix.title', { name: s.name }),
      columns: [s.name, ...s.items.map((it) => it.name), t('report.tables.weight')],
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
export function ahpConsistencyTable(result: Result, w: ReportWords): ReportTable {
  const { t } = w;
  const rows: ReportCell[][] = result.ahp.nodes.map((s) => {
    const a = s.aggregated;
    return [s.name, s.items.length, cell(a.lambdaMax), cell(a.ci), cell(a.ri), cell(a.cr), verdict(w, a.consistent)];
  });
  rows.push([t('report.tables.totalRanking'), null, null, null, null, cell(result.ahp.totalCR), verdict(w, result.ahp.totalConsistent)]);
  const source = result.ahp.riSource;
  return {
    id: 'ahp-consistency',
    title: t('report.tables.consistency.title'),
    columns: (['matrix', 'n', 'lambda', 'ci', 'ri', 'cr', 'verdict'] as const).map((c) => t(`report.tables.consistency.col.${c}`)),
    rows,
    notes: [riNote(result, w) + (source ? t('report.tables.consistency.source', { source }) : ''), t('report.tables.consistency.rule')],
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
export function globalWeightsTable(result: Result, w: ReportWords): ReportTable {
  const { t } = w;
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
    title: t('report.tables.global.title'),
    columns: (['criterion', 'criterionWeight', 'indicator', 'local', 'global'] as const).map((c) => t(`report.tables.global.col.${c}`)),
    rows,
    notes: [t('report.tables.global.consistency', { sentence: crSentence(result.ahp.totalCR, result.ahp.totalConsistent, w) }), t('report.tables.global.rule')],
    decimals: WEIGHT_DECIMALS,
  };
}

/**
 * Weights by method: indicator, direction, AHP global weight, entropy e (信息熵值e), d
 * (信息效用值d), entropy weight, CRITIC weight, final weight; the final-weight rule below
 * (α only for a linear combination) and the constant columns, if any.
 */
export function weightsByMethodTable(result: Result, project: Project, w: ReportWords): ReportTable {
  const { t, locale } = w;
  const { indicators, entropy } = result.weights;
  const rows: ReportCell[][] = indicators.map((ind, j) => [
    ind.name,
    t(ind.direction === 'cost' ? 'report.tables.direction.cost' : 'report.tables.direction.benefit'),
    cell(ind.ahp),
    cell(entropy?.e[j]),
    cell(entropy?.d[j]),
    cell(ind.entropy),
    cell(ind.critic),
    cell(ind.final),
  ]);
  const notes = [finalWeightRule(project, result, w) + t('report.tables.stop')];
  const constant = indicators.filter((i) => i.constant).map((i) => i.name);
  if (constant.length > 0) {
    notes.push(t('report.tables.byMethod.constant', { list: list(constant, locale) }));
  }
  return {
    id: 'weights-by-method',
    title: t('report.tables.byMethod.title'),
    columns: (['indicator', 'direction', 'ahp', 'e', 'd', 'entropy', 'critic', 'final'] as const).map((c) => t(`report.tables.byMethod.col.${c}`)),
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
export function kSweepTable(result: Result, w: ReportWords): ReportTable {
  const { t, locale } = w;
  const c = result.clustering;
  const rows: ReportCell[][] = c.sweep.map((r) => [r.k, cell(r.inertia), cell(r.silhouette), cell(r.calinskiHarabasz), cell(r.daviesBouldin)]);
  const notes: string[] = [];
  const knee = c.knee === null ? t('report.tables.sweep.noKnee') : `k = ${c.knee}`;
  const best = c.bestSilhouette === null ? t('report.tables.sweep.noBest') : `k = ${c.bestSilhouette}`;
  notes.push(t('report.tables.sweep.summary', { knee, best, k: c.k }));
  const sampled = c.sweep.filter((r) => r.silhouette !== null && r.silhouetteSampleSize < result.n);
  if (sampled.length > 0) {
    const m = sampled[0].silhouetteSampleSize;
    notes.push(t('report.tables.sweep.sampled', { m, n: result.n, seed: c.seed }));
  } else if (c.sweep.length > 0) {
    notes.push(t('report.tables.sweep.exact', { n: result.n }));
  }
  const unconverged = c.sweep.filter((r) => !r.converged).map((r) => `k = ${r.k}`);
  if (unconverged.length > 0) {
    notes.push(t('report.tables.sweep.unconverged', { list: list(unconverged, locale) }));
  }
  notes.push(t('report.tables.sweep.reading'));
  return {
    id: 'k-sweep',
    title: t('report.tables.sweep.title'),
    columns: (['k', 'sse', 'silhouette', 'ch', 'db'] as const).map((c) => t(`report.tables.sweep.col.${c}`)),
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
export function clusterSizesTable(result: Result, w: ReportWords, project?: Project): ReportTable {
  const { t, locale } = w;
  const rows: ReportCell[][] = result.segments.map((s) => [s.cluster, segmentName(s, locale, project), s.size, cell(s.share)]);
  rows.push([t('report.tables.valid'), null, result.n, result.n > 0 ? 1 : null]);
  if (result.missing.dropped > 0) rows.push([t('report.tables.missing'), null, result.missing.dropped, null]);
  return {
    id: 'cluster-sizes',
    title: t('report.tables.sizes.title'),
    columns: (['cluster', 'name', 'count', 'share'] as const).map((c) => t(`report.tables.col.${c}`)),
    rows,
    notes: [t('report.tables.sizes.note')],
    decimals: 3,
    formats: ['integer', null, 'integer', 'percent'],
  };
}

/**
 * Final cluster centres (最终聚类中心) as SPSS prints them: one row per indicator, one column per
 * cluster, the mean of the raw (unnormalised) indicator in that cluster.
 */
export function clusterCentresTable(result: Result, w: ReportWords, project?: Project): ReportTable {
  const { t, locale } = w;
  const rows: ReportCell[][] = result.weights.indicators.map((ind, j) => [ind.name, ...result.segments.map((s) => cell(s.means[j]))]);
  const notes = [t('report.tables.centres.note')];
  if (result.clustering.features === 'scores') {
    const features = listAnd(result.clustering.featureNames.map((f) => featureLabel(f, result, locale)), locale);
    notes.push(t('report.tables.centres.scores', { features }));
  }
  return {
    id: 'cluster-centres',
    title: t('report.tables.centres.title'),
    columns: [t('report.tables.col.indicator'), ...result.segments.map((s) => clusterLabel(s, w, project))],
    rows,
    notes,
    decimals: 3,
  };
}

/**
 * Final cluster centres in the clustering feature space, one row per feature: the current and
 * potential value scores (0–100), or the normalised indicators multiplied by their final weights.
 */
export function clusterFeatureCentresTable(result: Result, w: ReportWords, project?: Project): ReportTable {
  const { t, locale } = w;
  const rows: ReportCell[][] = result.clustering.featureNames.map((f, j) => [featureLabel(f, result, locale), ...result.segments.map((s) => cell(s.centre[j]))]);
  const notes =
    result.clustering.features === 'indicators'
      ? [t('report.tables.features.indicators')]
      : [t('report.tables.features.scores')];
  return {
    notes,
    id: 'cluster-feature-centres',
    title: t('report.tables.features.title'),
    columns: [t('report.tables.features.col'), ...result.segments.map((s) => clusterLabel(s, w, project))],
    rows,
    decimals: 3,
  };
}

/**
 * ANOVA as SPSS prints it after k-means: indicator, cluster mean square (聚类均方) and df, error
 * mean square (误差均方) and df, F, significance (显著性); IBM's note that the F tests are
 * descriptive only, and why F is missing or infinite for a row, below. An infinite F is
 * written `∞`.
 */
export function anovaTable(result: Result, w: ReportWords): ReportTable {
  const { t } = w;
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
  const notes = [t('report.tables.anova.spssNote')];
  for (const a of result.anova.rows) {
    if (a.note && ANOVA_NOTE_CODES.includes(a.note)) notes.push(t('report.tables.anova.rowNote', { name: nameOf(a.column), note: t(`report.tables.anova.note.${a.note}`) }));
  }
  return {
    id: 'anova',
    title: t('report.tables.anova.title'),
    columns: [t('report.tables.col.indicator'), ...(['msb', 'df', 'msw', 'df', 'f', 'sig'] as const).map((c) => t(`report.tables.anova.col.${c}`))],
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
export function segmentProfilesTable(result: Result, w: ReportWords, project?: Project): ReportTable {
  const { t, locale } = w;
  const rows: ReportCell[][] = result.weights.indicators.map((ind, j) => [ind.name, ...result.segments.map((s) => cell(s.z[j]))]);
  const notes = [t('report.tables.profiles.note')];
  for (const s of result.segments) {
    if (s.distinctive.length === 0) continue;
    const items = s.distinctive.map((d) => `${featureLabel(d.column, result, locale)} (${d.z >= 0 ? '+' : ''}${num(d.z, 2)})`);
    notes.push(t('report.tables.profiles.distinctive', { cluster: clusterLabel(s, w, project), list: list(items, locale) }));
  }
  return {
    id: 'segment-profiles',
    title: t('report.tables.profiles.title'),
    columns: [t('report.tables.col.indicator'), ...result.segments.map((s) => clusterLabel(s, w, project))],
    rows,
    notes,
    decimals: 3,
  };
}

/**
 * Segment value scores: cluster, name, count, mean composite, current and potential score (the
 * basis of the 2×2 naming); segments near the mean on a dimension are flagged below.
 */
export function segmentScoresTable(result: Result, w: ReportWords, project?: Project): ReportTable {
  const { t, locale } = w;
  const rows: ReportCell[][] = result.segments.map((s) => [s.cluster, segmentName(s, locale, project), s.size, cell(s.meanComposite), cell(s.current?.mean), cell(s.potential?.mean)]);
  const boundary = result.segments.filter((s) => s.boundary).map((s) => clusterLabel(s, w, project));
  const notes: string[] = [];
  const first = result.segments[0];
  if (first?.current && first.potential) {
    const cur = num(first.current.population, 2);
    const pot = num(first.potential.population, 2);
    notes.push(t('report.tables.scores.named', { current: cur, potential: pot }));
  }
  if (boundary.length > 0) {
    notes.push(t('report.tables.scores.boundary', { list: list(boundary, locale) }));
  }
  return {
    id: 'segment-scores',
    title: t('report.tables.scores.title'),
    columns: [...(['cluster', 'name', 'count'] as const).map((c) => t(`report.tables.col.${c}`)), ...(['composite', 'current', 'potential'] as const).map((c) => t(`report.tables.scores.col.${c}`))],
    rows,
    notes,
    decimals: 2,
    formats: ['integer', null, 'integer', 'number', 'number', 'number'],
  };
}

/** Every table in report order: AHP matrices, consistency, weights, k sweep, clusters, ANOVA, profiles. */
export function reportTables(result: Result, project: Project, w: ReportWords): ReportTable[] {
  return [
    ...ahpMatrixTables(result, project, w),
    ...fuzzyAhpTables(result, w),
    ahpConsistencyTable(result, w),
    globalWeightsTable(result, w),
    weightsByMethodTable(result, project, w),
    kSweepTable(result, w),
    clusterSizesTable(result, w, project),
    clusterCentresTable(result, w, project),
    clusterFeatureCentresTable(result, w, project),
    anovaTable(result, w),
    ...segmentTestTables(result, w),
    segmentScoresTable(result, w, project),
    segmentProfilesTable(result, w, project),
    ...classStrategyTables(result, project, w),
    ...spssTables(result, w),
    ...sensitivityTables(result, project, w),
  ];
}


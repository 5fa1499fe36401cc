/**
 * The tables SPSS prints for QUICK CLUSTER (Initial Cluster Centers, Iteration History, Final
 * Cluster Centers, Distances between Final Cluster Centers, ANOVA, Number of Cases in each Cluster)
 * and for hierarchical clustering (Agglomeration Schedule), in SPSS's own cluster numbering, with
 * the zh-CN names of the Chinese SPSS edition. Empty when the result used k-means.
 */
import type { Result } from '../result.ts';
import { featureLabel } from './describe.ts';
import type { ReportCell, ReportTable } from './table.ts';
import type { ReportLocale } from './terms.ts';
import { ANOVA_NOTE } from './tables.ts';

const cell = (v: number | null | undefined): ReportCell => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

/** Most agglomeration stages printed; a longer schedule prints its last stages (the ones read to choose k). */
export const SCHEDULE_ROWS = 40;

const LINKAGE_NAMES: Record<string, Record<ReportLocale, string>> = {
  ward: { en: "Ward's method (squared Euclidean distance)", 'zh-CN': '瓦尔德法（Ward，平方欧氏距离）' },
  average: { en: 'between-groups linkage (average, Euclidean distance)', 'zh-CN': '组间联接（平均联接，欧氏距离）' },
  complete: { en: 'furthest neighbour (complete linkage, Euclidean distance)', 'zh-CN': '最远邻元素（完全联接，欧氏距离）' },
  single: { en: 'nearest neighbour (single linkage, Euclidean distance)', 'zh-CN': '最近邻元素（单一联接，欧氏距离）' },
};

export function linkageName(linkage: string, locale: ReportLocale): string {
  return LINKAGE_NAMES[linkage]?.[locale] ?? linkage;
}

function quickClusterTables(result: Result, locale: ReportLocale): ReportTable[] {
  const qc = result.clustering.quickCluster;
  if (!qc) return [];
  const zh = locale === 'zh-CN';
  const k = qc.sizes.length;
  const clusters = Array.from({ length: k }, (_, g) => g + 1);
  const names = qc.columns.map((c) => featureLabel(c, result, locale));
  const byVariable = (centres: number[][]) => names.map((name, j) => [name, ...centres.map((row) => cell(row[j]))]);
  const segmentNote = zh
    ? `聚类编号为 SPSS 的初始中心顺序；对应的细分（按综合得分编号）：${clusters.map((g) => `聚类 ${g} → 细分 ${qc.segmentOf[g - 1]}`).join('，')}。`
    : `Clusters are numbered as SPSS numbers them (initial-centre order); segments (numbered by composite score): ${clusters.map((g) => `cluster ${g} → segment ${qc.segmentOf[g - 1]}`).join(', ')}.`;
  const tables: ReportTable[] = [
    {
      id: 'qc-initial',
      title: zh ? '初始聚类中心' : 'Initial Cluster Centers',
      columns: [zh ? '变量' : 'Variable', ...clusters.map(String)],
      rows: byVariable(qc.initialCentres),
      notes: [
        qc.noinitial
          ? zh ? '初始中心为前 k 个完整个案（NOINITIAL）。' : 'The initial centres are the first k complete cases (NOINITIAL).'
          : zh ? `初始中心来自第 ${qc.initialLines.join('、')} 行（前 k 个完整个案经 SPSS 的两条替换规则一遍扫描后得到）。` : `The initial centres are the cases on lines ${qc.initialLines.join(', ')} (the first k complete cases after one pass of SPSS's two replacement rules).`,
      ],
    },
  ];
  if (qc.iterations.length) {
    tables.push({
      id: 'qc-iterations',
      title: zh ? '迭代历史记录' : 'Iteration History',
      columns: [zh ? '迭代' : 'Iteration', ...clusters.map((g) => (zh ? `聚类中心内的更改 ${g}` : `Change in Cluster Centers ${g}`))],
      rows: qc.iterations.map((it) => [it.iteration, ...it.changes.map(cell)]),
      notes: qc.note ? [noteText(qc, locale)] : [],
      formats: ['integer'],
    });
  }
  tables.push(
    {
      id: 'qc-final',
      title: zh ? '最终聚类中心' : 'Final Cluster Centers',
      columns: [zh ? '变量' : 'Variable', ...clusters.map(String)],
      rows: [...byVariable(qc.finalCentres), [zh ? '细分' : 'Segment', ...clusters.map((g) => String(qc.segmentOf[g - 1]))]],
      notes: [segmentNote],
    },
    {
      id: 'qc-distances',
      title: zh ? '最终聚类中心间的距离' : 'Distances between Final Cluster Centers',
      columns: [zh ? '聚类' : 'Cluster', ...clusters.map(String)],
      rows: qc.distances.map((row, g) => [g + 1, ...row.map((v, h) => (g === h ? null : cell(v)))]),
      formats: ['integer'],
    },
    {
      id: 'qc-anova',
      title: 'ANOVA',
      columns: zh ? ['变量', '聚类均方', '自由度', '误差均方', '自由度', 'F', '显著性'] : ['Variable', 'Cluster Mean Square', 'df', 'Error Mean Square', 'df', 'F', 'Sig.'],
      rows: qc.anova.map((a, j) => [names[j], cell(a.msb), a.dfb, cell(a.msw), a.dfw, a.f === Infinity ? '∞' : cell(a.f), cell(a.p)]),
      notes: [ANOVA_NOTE[locale]],
      formats: [null, 'number', 'integer', 'number', 'integer', 'number', 'p'],
    },
    {
      id: 'qc-sizes',
      title: zh ? '每个聚类中的个案数目' : 'Number of Cases in each Cluster',
      columns: [zh ? '聚类' : 'Cluster', zh ? '个案数' : 'Count'],
      rows: [...qc.sizes.map((s, g) => [zh ? `聚类 ${g + 1}` : `Cluster ${g + 1}`, s]), [zh ? '有效' : 'Valid', result.n], [zh ? '缺失' : 'Missing', result.missing.policy === 'drop' ? result.missing.dropped : 0]],
      formats: [null, 'integer'],
    },
  );
  return tables;
}

/** The Iteration History footnote in the report's language (SPSS's own wording). */
export function noteText(qc: NonNullable<Result['clustering']['quickCluster']>, locale: ReportLocale): string {
  const p = qc.note!.params as { change: string; iteration: number; distance: string };
  if (locale === 'en') return qc.note!.message;
  const tail = `任何中心的最大绝对坐标更改为 ${p.change}。当前迭代为 ${p.iteration}。初始中心间的最小距离为 ${p.distance}。`;
  return qc.converged ? `由于聚类中心内没有改动或改动较小而达到收敛。${tail}` : `由于已执行最大迭代次数，迭代已停止。迭代未能收敛。${tail}`;
}

function hclustTables(result: Result, locale: ReportLocale): ReportTable[] {
  const h = result.clustering.hclust;
  if (!h) return [];
  const zh = locale === 'zh-CN';
  const from = Math.max(0, h.schedule.length - SCHEDULE_ROWS);
  const notes = [
    zh
      ? `方法：${linkageName(h.linkage, locale)}。聚类以其中最小的个案号命名（个案 i 为第 ${h.caseLines[0]} 行起的第 i 个参与聚类的个案）。`
      : `Method: ${linkageName(h.linkage, locale)}. Clusters are named by their lowest case number (case i is the i-th case clustered, from line ${h.caseLines[0]}).`,
    h.linkage === 'ward'
      ? zh ? '系数为合并后的类内平方和（误差平方和，SPSS 的 Ward 系数）。' : 'Coefficients are the within-cluster sum of squares after the stage (SPSS’s Ward coefficients).'
      : zh ? '系数为合并距离（欧氏距离）。' : 'Coefficients are the merge distances (Euclidean).',
  ];
  if (from > 0) notes.push(zh ? `共 ${h.schedule.length} 个阶段，此处列出最后 ${SCHEDULE_ROWS} 个。` : `${h.schedule.length} stages; the last ${SCHEDULE_ROWS} are shown.`);
  if (h.sampled) notes.push(zh ? `个案多于上限，系统聚类在 ${h.n} 个随机抽样个案上进行，其余个案归入最近的聚类中心。` : `More cases than the limit: the tree was built on a random sample of ${h.n} cases; the others join the nearest cluster centre.`);
  if (h.thenKMeans) notes.push(zh ? `随后以 Ward 聚类的 ${h.k} 个类中心为初始中心进行 K 均值聚类（${h.kmeansIterations ?? 0} 次迭代）。` : `Then k-means from the ${h.k} Ward cluster centroids (${h.kmeansIterations ?? 0} iterations).`);
  return [
    {
      id: 'hclust-schedule',
      title: zh ? '聚类表（凝聚计划）' : 'Agglomeration Schedule',
      columns: zh
        ? ['阶段', '组合的聚类 聚类 1', '组合的聚类 聚类 2', '系数', '首次出现阶段 聚类 1', '首次出现阶段 聚类 2', '下一个阶段']
        : ['Stage', 'Cluster Combined: Cluster 1', 'Cluster Combined: Cluster 2', 'Coefficients', 'Stage Cluster First Appears: Cluster 1', 'Stage Cluster First Appears: Cluster 2', 'Next Stage'],
      rows: h.schedule.slice(from).map((r) => [r.stage, r.cluster1, r.cluster2, cell(r.coefficient), r.firstAppears1, r.firstAppears2, r.nextStage]),
      notes,
      formats: ['integer', 'integer', 'integer', 'number', 'integer', 'integer', 'integer'],
    },
  ];
}

/** The SPSS-style tables of the result's cluster method (none for k-means). */
export function spssTables(result: Result, locale: ReportLocale): ReportTable[] {
  return [...quickClusterTables(result, locale), ...hclustTables(result, locale)];
}

const QC_METHOD: Record<string, Record<ReportLocale, string>> = {
  kmeans: { en: 'METHOD=KMEANS(NOUPDATE)', 'zh-CN': '迭代与分类（METHOD=KMEANS(NOUPDATE)）' },
  update: { en: 'METHOD=KMEANS(UPDATE), running means (MacQueen, 1967)', 'zh-CN': '使用运行均值（METHOD=KMEANS(UPDATE)，MacQueen, 1967）' },
  classify: { en: 'METHOD=CLASSIFY (classification only)', 'zh-CN': '仅分类（METHOD=CLASSIFY）' },
};

/**
 * The methods paragraph's clustering sentence for the SPSS-style methods (null for k-means):
 * `on` names the clustering variables, `range` the k compared, `sil` the silhouette clause.
 */
export function spssClusteringSentence(result: Result, on: string, range: string, sil: string, locale: ReportLocale): string | null {
  const c = result.clustering;
  const zh = locale === 'zh-CN';
  const qc = c.quickCluster;
  const h = c.hclust;
  if (qc) {
    const init = qc.noinitial ? (zh ? '以前 k 个完整个案为初始中心（NOINITIAL）' : 'initial centres = the first k complete cases (NOINITIAL)') : zh ? '初始中心按 SPSS 规则选取（前 k 个个案，经一遍替换规则）' : "initial centres chosen by SPSS's rules (the first k cases, then one pass of its replacement rules)";
    const stop = qc.method === 'classify' ? '' : zh ? `，最大迭代次数 ${qc.mxiter}，收敛标准 ${qc.converge}；${qc.converged ? `第 ${qc.iterations.length} 次迭代收敛` : `迭代 ${qc.mxiter} 次后停止，未收敛`}` : `, MXITER ${qc.mxiter}, CONVERGE ${qc.converge}; ${qc.converged ? `converged at iteration ${qc.iterations.length}` : `stopped after ${qc.mxiter} iterations without converging`}`;
    return zh
      ? `聚类：${on}，采用 SPSS 快速聚类（K 均值聚类，QUICK CLUSTER；IBM SPSS Statistics 命令语法参考）：${init}，${QC_METHOD[qc.method][locale]}${stop}；比较 k = ${range} 的 SSE、轮廓系数等指标（K 均值扫描），取聚类数 k = ${c.k}；${sil}`
      : `Clustering: SPSS QUICK CLUSTER (K-Means Cluster; IBM SPSS Statistics Command Syntax Reference) ${on}: ${init}, ${QC_METHOD[qc.method][locale]}${stop}; k = ${range} compared by SSE, silhouette and related measures (k-means sweep), and k = ${c.k} chosen; ${sil}`;
  }
  if (h) {
    const then = h.thenKMeans ? (zh ? `，再以其 ${c.k} 个类中心为初始中心进行 K 均值聚类` : `, then k-means started from its ${c.k} cluster centroids`) : '';
    const ward = h.linkage === 'ward' ? (zh ? '（Ward, 1963）' : ' (Ward, 1963)') : '';
    const sample = h.sampled ? (zh ? `；个案多于上限，聚类树基于 ${h.n} 个随机抽样个案（种子 ${c.seed}）` : `; more cases than the limit, so the tree was built on a seeded random sample of ${h.n} cases (seed ${c.seed})`) : '';
    return zh
      ? `聚类：${on}，采用系统聚类（层次聚类），方法为${linkageName(h.linkage, locale)}${ward}，按树状图与聚类表（凝聚计划）在 k = ${c.k} 处分割${then}${sample}；${sil}`
      : `Clustering: hierarchical (agglomerative) clustering ${on} by ${linkageName(h.linkage, locale)}${ward}, the tree (dendrogram, agglomeration schedule) cut at k = ${c.k}${then}${sample}; ${sil}`;
  }
  return null;
}

/**
 * The tables SPSS prints for QUICK CLUSTER (Initial Cluster Centers, Iteration History, Final
 * Cluster Centers, Distances between Final Cluster Centers, ANOVA, Number of Cases in each Cluster)
 * and for hierarchical clustering (Agglomeration Schedule), in SPSS's own cluster numbering, with
 * the zh-CN names of the Chinese SPSS edition. Empty when the result used k-means.
 */
import type { Result } from '../result.ts';
import { featureLabel, list } from './describe.ts';
import type { ReportCell, ReportTable } from './table.ts';
import type { ReportWords } from './words.ts';

const cell = (v: number | null | undefined): ReportCell => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

/** Most agglomeration stages printed; a longer schedule prints its last stages (the ones read to choose k). */
export const SCHEDULE_ROWS = 40;

const LINKAGES = ['ward', 'average', 'complete', 'single'] as const;

/** The linkage as SPSS names it ('report.spss.linkage.<linkage>'); an unknown one as given. */
export function linkageName(linkage: string, w: ReportWords): string {
  return (LINKAGES as readonly string[]).includes(linkage) ? w.t(`report.spss.linkage.${linkage as (typeof LINKAGES)[number]}`) : linkage;
}

function quickClusterTables(result: Result, w: ReportWords): ReportTable[] {
  const qc = result.clustering.quickCluster;
  if (!qc) return [];
  const { t, locale } = w;
  const k = qc.sizes.length;
  const clusters = Array.from({ length: k }, (_, g) => g + 1);
  const names = qc.columns.map((c) => featureLabel(c, result, locale));
  const byVariable = (centres: number[][]) => names.map((name, j) => [name, ...centres.map((row) => cell(row[j]))]);
  const segmentOf = clusters.map((g) => t('report.spss.qc.segmentOf', { cluster: g, segment: qc.segmentOf[g - 1] }));
  const segmentNote = t('report.spss.qc.segmentNote', { list: segmentOf.join(t('report.spss.qc.segmentOf.sep')) });
  const tables: ReportTable[] = [
    {
      id: 'qc-initial',
      title: t('report.spss.qc.initial.title'),
      columns: [t('report.spss.col.variable'), ...clusters.map(String)],
      rows: byVariable(qc.initialCentres),
      notes: [qc.noinitial ? t('report.spss.qc.initial.noinitial') : t('report.spss.qc.initial.lines', { lines: list(qc.initialLines.map(String), locale) })],
    },
  ];
  if (qc.iterations.length) {
    tables.push({
      id: 'qc-iterations',
      title: t('report.spss.qc.iterations.title'),
      columns: [t('report.spss.qc.iterations.col'), ...clusters.map((g) => t('report.spss.qc.iterations.change', { cluster: g }))],
      rows: qc.iterations.map((it) => [it.iteration, ...it.changes.map(cell)]),
      notes: qc.note ? [noteText(qc, w)] : [],
      formats: ['integer'],
    });
  }
  tables.push(
    {
      id: 'qc-final',
      title: t('report.spss.qc.final.title'),
      columns: [t('report.spss.col.variable'), ...clusters.map(String)],
      rows: [...byVariable(qc.finalCentres), [t('report.spss.qc.final.segment'), ...clusters.map((g) => String(qc.segmentOf[g - 1]))]],
      notes: [segmentNote],
    },
    {
      id: 'qc-distances',
      title: t('report.spss.qc.distances.title'),
      columns: [t('report.spss.col.cluster'), ...clusters.map(String)],
      rows: qc.distances.map((row, g) => [g + 1, ...row.map((v, h) => (g === h ? null : cell(v)))]),
      formats: ['integer'],
    },
    {
      id: 'qc-anova',
      title: 'ANOVA',
      columns: [t('report.spss.col.variable'), ...(['msb', 'df', 'msw', 'df', 'f', 'sig'] as const).map((c) => t(`report.spss.qc.anova.col.${c}`))],
      rows: qc.anova.map((a, j) => [names[j], cell(a.msb), a.dfb, cell(a.msw), a.dfw, a.f === Infinity ? '∞' : cell(a.f), cell(a.p)]),
      notes: [t('report.tables.anova.spssNote')],
      formats: [null, 'number', 'integer', 'number', 'integer', 'number', 'p'],
    },
    {
      id: 'qc-sizes',
      title: t('report.spss.qc.sizes.title'),
      columns: [t('report.spss.col.cluster'), t('report.spss.qc.sizes.count')],
      rows: [
        ...qc.sizes.map((s, g) => [t('report.spss.qc.sizes.cluster', { cluster: g + 1 }), s]),
        [t('report.spss.valid'), result.n],
        [t('report.spss.missing'), result.missing.policy === 'drop' ? result.missing.dropped : 0],
      ],
      formats: [null, 'integer'],
    },
  );
  return tables;
}

/** The Iteration History footnote in the report's language (SPSS's own wording). */
export function noteText(qc: NonNullable<Result['clustering']['quickCluster']>, w: ReportWords): string {
  const p = qc.note!.params as { change: string; iteration: number; distance: string };
  return w.t(qc.converged ? 'report.spss.qc.note.converged' : 'report.spss.qc.note.stopped', p);
}

const SCHEDULE_COLUMNS = ['stage', 'combined1', 'combined2', 'coefficients', 'first1', 'first2', 'next'] as const;

function hclustTables(result: Result, w: ReportWords): ReportTable[] {
  const h = result.clustering.hclust;
  if (!h) return [];
  const { t } = w;
  const from = Math.max(0, h.schedule.length - SCHEDULE_ROWS);
  const notes = [
    t('report.spss.hc.method', { linkage: linkageName(h.linkage, w), line: h.caseLines[0] }),
    t(h.linkage === 'ward' ? 'report.spss.hc.ward' : 'report.spss.hc.distance'),
  ];
  if (from > 0) notes.push(t('report.spss.hc.last', { stages: h.schedule.length, shown: SCHEDULE_ROWS }));
  if (h.sampled) notes.push(t('report.spss.hc.sampled', { n: h.n }));
  if (h.thenKMeans) notes.push(t('report.spss.hc.thenKMeans', { k: h.k, iterations: h.kmeansIterations ?? 0 }));
  return [
    {
      id: 'hclust-schedule',
      title: t('report.spss.hc.title'),
      columns: SCHEDULE_COLUMNS.map((c) => t(`report.spss.hc.col.${c}`)),
      rows: h.schedule.slice(from).map((r) => [r.stage, r.cluster1, r.cluster2, cell(r.coefficient), r.firstAppears1, r.firstAppears2, r.nextStage]),
      notes,
      formats: ['integer', 'integer', 'integer', 'number', 'integer', 'integer', 'integer'],
    },
  ];
}

/** The SPSS-style tables of the result's cluster method (none for k-means). */
export function spssTables(result: Result, w: ReportWords): ReportTable[] {
  return [...quickClusterTables(result, w), ...hclustTables(result, w)];
}

/**
 * The methods paragraph's clustering sentence for the SPSS-style methods (null for k-means):
 * `on` names the clustering variables, `range` the k compared, `sil` the silhouette clause.
 */
export function spssClusteringSentence(result: Result, on: string, range: string, sil: string, w: ReportWords): string | null {
  const c = result.clustering;
  const { t } = w;
  const qc = c.quickCluster;
  const h = c.hclust;
  if (qc) {
    const init = t(qc.noinitial ? 'report.spss.sentence.noinitial' : 'report.spss.sentence.initial');
    const stop = qc.method === 'classify' ? '' : t(qc.converged ? 'report.spss.sentence.converged' : 'report.spss.sentence.stopped', { mxiter: qc.mxiter, converge: qc.converge, iterations: qc.iterations.length });
    return t('report.spss.sentence.qc', { on, init, method: t(`report.spss.qcMethod.${qc.method}`), stop, range, k: c.k, sil });
  }
  if (h) {
    const then = h.thenKMeans ? t('report.spss.sentence.then', { k: c.k }) : '';
    const ward = h.linkage === 'ward' ? t('report.spss.sentence.ward') : '';
    const sample = h.sampled ? t('report.spss.sentence.sample', { n: h.n, seed: c.seed }) : '';
    return t('report.spss.sentence.hc', { on, linkage: linkageName(h.linkage, w), ward, k: c.k, then, sample, sil });
  }
  return null;
}

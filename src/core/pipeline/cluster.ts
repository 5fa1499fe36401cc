/**
 * Stage 7, cluster: the clustering features, the k sweep (cached by its points) and the
 * partition at the chosen k (k-means, or SPSS QUICK CLUSTER / hierarchical), numbered by mean
 * composite score, with the per-customer silhouette of that k.
 */
import { kmeans, type SweepOptions, type SweepResult } from '../cluster/index.ts';
import { silhouetteSamples } from '../cluster/metrics.ts';
import { orderClusters } from '../cluster/order.ts';
import { pointsFromColumns, type Points } from '../cluster/points.ts';
import { hclustPartition, quickClusterPartition, type SpssPartition } from '../cluster/spss-segmentation.ts';
import { InputError, type Problem } from '../errors.ts';
import { listIndicators } from '../model/hierarchy.ts';
import type { Project } from '../model/project.ts';
import { createRng, sampleIndices } from '../random.ts';
import { normaliseColumns } from '../weighting/normalise.ts';
import { sweepKey } from './keys.ts';
import type { PipelineOptions } from './options.ts';
import type { Stage } from './score.ts';
import { scoreSource } from '../sources.ts';

/** What the explain stage needs from the cluster stage. */
export interface Clustered {
  featureNames: string[];
  points: Points;
  sw: SweepResult;
  k: number;
  km: NonNullable<SweepResult['results'][number]> | ReturnType<typeof kmeans> | SpssPartition;
  order: ReturnType<typeof orderClusters>;
  /** Segment numbers 1..k of the rows used. */
  labels: Int32Array;
  spss: { quickCluster: SpssPartition['quickCluster']; hclust: SpssPartition['hclust'] } | undefined;
  silRows: Int32Array;
  silSamples: Float64Array;
  silMean: number | null;
}

/** The k sweep the cluster stage asks its caller to run (in process, or on threads). */
export interface SweepRequest {
  points: Points;
  options: SweepOptions;
}

/** Runs stage 7; problems go to `problems`. Yields the k sweep to run (sync or on threads) and takes its result. */
export function* cluster(project: Project, stage: Stage, options: PipelineOptions, problems: Problem[]): Generator<SweepRequest, Clustered, SweepResult> {
  const progress = options.onProgress ?? (() => {});
  const { scored, cols, final, names, lines } = stage;
  const { n } = scored;
  const { composite, current, potential } = scored.scores;

  // 7. Clustering features, the k sweep and the chosen k.
  const seg = project.options.segmentation;
  let features: Float64Array[];
  let featureNames: string[];
  if (seg.features === 'scores') {
    if (!current || !potential) {
      throw new InputError('pipeline.no-value-roles', 'options.segmentation.features: "scores" clusters on the current and potential value scores, but no criteria carry those roles; use "indicators" or set the roles.', { path: 'options.segmentation.features' }, {});
    }
    features = [current, potential];
    featureNames = [scoreSource('current'), scoreSource('potential')];
  } else if (seg.features === 'zscores') {
    // Unweighted standardised indicators: z = (x − x̄)/s with the sample SD, every weight equal.
    const directions = listIndicators(project.hierarchy).map((i) => i.direction);
    const z = normaliseColumns(cols, directions, { method: 'zscore', names });
    features = z.columns;
    featureNames = names;
  } else {
    features = stage.normalised.map((c, j) => c.map((v) => v * final[j]));
    featureNames = names;
  }
  const points: Points = pointsFromColumns(features);
  const sweepOptions = {
    kMin: seg.kMin,
    kMax: seg.kMax,
    restarts: seg.restarts,
    seed: seg.seed,
    maxIterations: seg.maxIterations,
    method: seg.algorithm ?? 'exact',
    batchSize: seg.batchSize,
    silhouetteSample: seg.silhouetteSample,
    lines,
    columns: featureNames,
    onProgress: (done: number, total: number) => progress('sweep', done, total),
    shouldCancel: options.shouldCancel,
  };
  let sw: SweepResult;
  if (seg.kMin <= Math.min(n - 1, seg.kMax)) {
    const key = options.sweepCache ? sweepKey(points, seg) : '';
    const cached = options.sweepCache?.get(key);
    sw = cached ?? (yield { points, options: sweepOptions });
    if (sw.cancelled) throw new InputError('pipeline.cancelled', 'The run was cancelled.', {}, {});
    if (!cached) options.sweepCache?.set(key, sw);
    problems.push(...sw.notes);
  } else {
    sw = { n, distinct: n, kMin: seg.kMin, kMax: seg.kMax, results: [], knee: null, bestSilhouette: null, notes: [], cancelled: false };
    problems.push({
      severity: 'warning',
      code: 'cluster.sweep-skipped',
      message: `options.segmentation.kMin: the k sweep starts at k = ${seg.kMin}, but ${n} customers allow at most k = ${n - 1}; no elbow or silhouette chart is drawn. Lower kMin or load more customers.`,
      where: { path: 'options.segmentation.kMin' },
      params: { kMin: seg.kMin, n, max: n - 1 },
    });
  }
  progress('segments', 0, 1);
  const k = seg.k;
  const fromSweep = sw.results.find((r) => r.k === k);
  let km: NonNullable<typeof fromSweep> | ReturnType<typeof kmeans> | SpssPartition;
  const spssMethod = seg.clusterMethod === 'quick-cluster' ? quickClusterPartition : seg.clusterMethod === 'hclust' ? hclustPartition : null;
  try {
    km = spssMethod ? spssMethod(points, k, { quickCluster: seg.quickCluster, hclust: seg.hclust, lines, columns: featureNames, seed: seg.seed }) : fromSweep ?? kmeans(points, k, { seed: seg.seed, restarts: seg.restarts, maxIterations: seg.maxIterations, method: seg.algorithm ?? 'exact', batchSize: seg.batchSize, lines, columns: featureNames });
  } catch (e) {
    // "k = 4 but only 3 customers" names no place by itself: point at the option to change.
    if (e instanceof InputError && e.code.startsWith('cluster.k-') && e.where.path === undefined) {
      throw new InputError(e.code, `options.segmentation.k: ${e.message}`, { ...e.where, path: 'options.segmentation.k' }, e.params, e.variant);
    }
    throw e;
  }
  const order = orderClusters(km.labels, k, composite);
  const labels = Int32Array.from(order.labels, (l) => l + 1);
  const spss = 'problems' in km ? { quickCluster: km.quickCluster, hclust: km.hclust } : undefined;
  if ('problems' in km) problems.push(...km.problems);
  for (const t of [spss?.quickCluster, spss?.hclust]) if (t) t.segmentOf = Array.from(order.mapping, (r) => r + 1);

  // Per-sample silhouette of the chosen k: exact up to the sample limit, else on a seeded sample.
  let silRows: Int32Array;
  let silSamples: Float64Array;
  if (k < 2) {
    silRows = new Int32Array(0);
    silSamples = new Float64Array(0);
  } else if (n <= seg.silhouetteSample) {
    silRows = Int32Array.from({ length: n }, (_, i) => i);
    silSamples = silhouetteSamples(points, order.labels, k);
  } else {
    silRows = sampleIndices(n, seg.silhouetteSample, createRng(seg.seed));
    const sub: Points = { n: silRows.length, d: points.d, data: new Float64Array(silRows.length * points.d) };
    silRows.forEach((r, i) => sub.data.set(points.data.subarray(r * points.d, (r + 1) * points.d), i * points.d));
    silSamples = silhouetteSamples(sub, Int32Array.from(silRows, (r) => order.labels[r]), k);
  }
  const silMean = silSamples.length ? silSamples.reduce((a, b) => a + b, 0) / silSamples.length : null;
  return { featureNames, points, sw, k, km, order, labels, spss, silRows, silSamples, silMean };
}

/**
 * The SPSS-style ways of forming the segments at k (docs/spss.md), for the pipeline: SPSS QUICK
 * CLUSTER, or hierarchical clustering (optionally Ward then k-means). Each returns the partition in
 * the shape the pipeline uses for k-means (0-based labels, centroids, inertia) plus what the SPSS
 * tables and the dendrogram need, as plain JSON-ready data.
 */
import type { Problem } from '../errors.ts';
import { InputError } from '../errors.ts';
import type { ScheduleRow } from './hclust/cut.ts';
import { clusterCentroids, clusterCount } from './hclust/cut.ts';
import { hclust, nearestCentre, subsetPoints, wardThenKMeans } from './hclust/hclust.ts';
import type { LinkageMethod, Merge } from './hclust/linkage.ts';
import type { Points } from './points.ts';
import { iterationNote, quickCluster, type QuickClusterMethod } from './quick-cluster/index.ts';

export type ClusterMethod = 'kmeans' | 'quick-cluster' | 'hclust';

export interface QuickClusterTables {
  method: QuickClusterMethod;
  mxiter: number;
  converge: number;
  noinitial: boolean;
  /** Clustering variables (the pipeline's feature names). */
  columns: string[];
  initialCentres: number[][];
  /** File line of the case that supplied each initial centre. */
  initialLines: number[];
  minInitialDistance: number;
  iterations: { iteration: number; changes: number[] }[];
  converged: boolean | null;
  maxCoordinateChange: number;
  /** The Iteration History footnote (code quick-cluster.converged / quick-cluster.stopped-at-mxiter). */
  note: Problem | null;
  finalCentres: number[][];
  distances: number[][];
  sizes: number[];
  anova: { column: string; msb: number | null; dfb: number; msw: number | null; dfw: number; f: number | null; p: number | null }[];
  /** Display segment (1 = most valuable) of each SPSS cluster; filled by the pipeline. */
  segmentOf: number[];
}

export interface HclustTables {
  linkage: LinkageMethod;
  thenKMeans: boolean;
  /** Cases in the tree (the sample size when sampled). */
  n: number;
  sampled: boolean;
  merges: Merge[];
  schedule: ScheduleRow[];
  /** File line of each case in the tree (leaf i). */
  caseLines: number[];
  k: number;
  /** Heights between which the cut at k lies: the last merge applied and the first one not applied. */
  cutBetween: [number, number];
  /** Display segment of each cluster of the cut (clusters numbered by first case); filled by the pipeline. */
  segmentOf: number[];
  kmeansIterations?: number;
}

export interface SpssPartition {
  labels: Int32Array;
  centroids: Float64Array;
  inertia: number;
  iterations: number;
  converged: boolean;
  quickCluster?: QuickClusterTables;
  hclust?: HclustTables;
  problems: Problem[];
}

const rows = (flat: ArrayLike<number>, d: number): number[][] => Array.from({ length: flat.length / d }, (_, g) => Array.from({ length: d }, (_, j) => flat[g * d + j]));

function inertiaOf(points: Points, labels: Int32Array, centroids: Float64Array): number {
  const { data, n, d } = points;
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) s += (data[i * d + j] - centroids[labels[i] * d + j]) ** 2;
  return s;
}

export interface SpssSegmentationOptions {
  quickCluster?: { mxiter?: number; converge?: number; method?: QuickClusterMethod; noinitial?: boolean };
  hclust?: { linkage?: LinkageMethod; thenKMeans?: boolean };
  /** File line of each point, for the tables. */
  lines: ArrayLike<number>;
  columns: string[];
  seed: number;
}

/** SPSS QUICK CLUSTER of the points into k clusters (labels in SPSS slot order). */
export function quickClusterPartition(points: Points, k: number, options: SpssSegmentationOptions): SpssPartition {
  const o = options.quickCluster ?? {};
  const r = quickCluster(points, k, { ...o, names: options.columns });
  const note = iterationNote(r);
  return {
    labels: r.labels,
    centroids: r.finalCentres,
    inertia: inertiaOf(points, r.labels, r.finalCentres),
    iterations: r.iterations.length,
    converged: r.converged !== false,
    problems: note && r.converged === false ? [note] : [],
    quickCluster: {
      method: r.method,
      mxiter: r.mxiter,
      converge: r.converge,
      noinitial: !!o.noinitial,
      columns: options.columns,
      initialCentres: rows(r.initialCentres, r.d),
      initialLines: r.initialSources.map((i) => options.lines[i]),
      minInitialDistance: r.minInitialDistance,
      iterations: r.iterations,
      converged: r.converged,
      maxCoordinateChange: r.maxCoordinateChange,
      note,
      finalCentres: rows(r.finalCentres, r.d),
      distances: rows(r.distances, r.k),
      sizes: r.sizes,
      anova: r.anova.rows.map((a) => ({ column: a.column, msb: a.msb, dfb: a.dfb, msw: a.msw, dfw: a.dfw, f: a.f, p: a.p })),
      segmentOf: [],
    },
  };
}

/** Hierarchical clustering cut at k (or Ward then k-means); cases beyond the sample join the nearest cut centroid. */
export function hclustPartition(points: Points, k: number, options: SpssSegmentationOptions): SpssPartition {
  const linkage = options.hclust?.linkage ?? 'ward';
  const thenKMeans = !!options.hclust?.thenKMeans;
  const h = hclust(points, linkage, { kMin: k, kMax: k, seed: options.seed });
  const cut = h.cuts.find((c) => c.k === k);
  const m = cut ? clusterCount(cut.labels) : 0;
  if (!cut || m !== k) {
    throw new InputError('hclust.tied-cut', `options.segmentation.k: the tree cannot be cut into exactly ${k} clusters (tied merge heights give ${m}); choose another k or linkage.`, { path: 'options.segmentation.k' }, { k, m });
  }
  const clustered = h.sample ? subsetPoints(points, h.sample) : points;
  let labels: Int32Array;
  let centroids: Float64Array;
  let iterations = 0;
  let converged = true;
  if (thenKMeans) {
    const r = wardThenKMeans(points, h, k);
    labels = r.labels;
    centroids = r.centres;
    iterations = r.iterations;
  } else if (h.sample) {
    labels = nearestCentre(points, clusterCentroids(clustered, cut.labels));
    h.sample.forEach((row, i) => (labels[row] = cut.labels[i]));
    centroids = clusterCentroids(points, labels);
  } else {
    labels = cut.labels;
    centroids = clusterCentroids(points, labels);
  }
  if (clusterCount(labels) !== k) converged = false;
  const heights = h.merges.map((x) => x.height);
  const applied = h.n - k;
  return {
    labels,
    centroids,
    inertia: inertiaOf(points, labels, centroids),
    iterations,
    converged,
    problems: h.problems,
    hclust: {
      linkage,
      thenKMeans,
      n: h.n,
      sampled: h.sample !== null,
      merges: h.merges,
      schedule: h.schedule,
      caseLines: Array.from(h.sample ?? { length: h.n }, (_, i) => options.lines[h.sample ? h.sample[i] : i]),
      k,
      cutBetween: [applied > 0 ? heights[applied - 1] : 0, applied < heights.length ? heights[applied] : heights[heights.length - 1]],
      segmentOf: [],
      ...(thenKMeans ? { kmeansIterations: iterations } : {}),
    },
  };
}

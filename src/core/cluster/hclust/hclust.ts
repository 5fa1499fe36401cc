/**
 * Hierarchical clustering as a step of the analysis: the linkage of all cases (or of a seeded
 * sample above HCLUST_MAX_N, with a note), the cuts at k = kMin..kMax, the SPSS agglomeration
 * schedule, and "Ward then k-means" (the Ward cut's centroids as the k-means start).
 */
import type { Problem } from '../../errors.ts';
import { InputError } from '../../errors.ts';
import { createRng, sampleIndices } from '../../random.ts';
import { kmeans } from '../index.ts';
import type { Points } from '../points.ts';
import { agglomerationSchedule, clusterCentroids, cutTree, type ScheduleRow } from './cut.ts';
import { HCLUST_MAX_N, linkage, type LinkageMethod, type Merge } from './linkage.ts';

export interface HclustOptions {
  kMin?: number;
  kMax?: number;
  /** Seed of the sample drawn when there are more than `maxN` cases. */
  seed?: number;
  /** Most cases clustered at once (default HCLUST_MAX_N). */
  maxN?: number;
}

export interface HclustCut {
  k: number;
  /** Cluster (0-based, numbered by first case) of each clustered case; see `HclustResult.sample`. */
  labels: Int32Array;
}

export interface HclustResult {
  method: LinkageMethod;
  /** Cases clustered (the sample size when sampled). */
  n: number;
  /** Indices (into the input points) of the sampled cases, increasing; null when all were clustered. */
  sample: Int32Array | null;
  merges: Merge[];
  schedule: ScheduleRow[];
  cuts: HclustCut[];
  problems: Problem[];
}

/** The points of the given rows. */
export function subsetPoints(points: Points, rows: ArrayLike<number>): Points {
  const { d } = points;
  const data = new Float64Array(rows.length * d);
  for (let i = 0; i < rows.length; i++) data.set(points.data.subarray(rows[i] * d, rows[i] * d + d), i * d);
  return { data, n: rows.length, d };
}

export function hclust(points: Points, method: LinkageMethod, options: HclustOptions = {}): HclustResult {
  const maxN = options.maxN ?? HCLUST_MAX_N;
  const kMin = options.kMin ?? 2;
  const kMax = options.kMax ?? 8;
  if (!Number.isInteger(kMin) || !Number.isInteger(kMax) || kMin < 1 || kMax < kMin) {
    throw new InputError('hclust.k-range', `The cluster counts must be whole numbers with 1 ≤ kmin ≤ kmax; got ${kMin}..${kMax}.`, {}, { kMin, kMax });
  }
  const problems: Problem[] = [];
  let sample: Int32Array | null = null;
  let pts = points;
  if (points.n > maxN) {
    const seed = options.seed ?? 0;
    sample = sampleIndices(points.n, maxN, createRng(seed));
    pts = subsetPoints(points, sample);
    problems.push({
      severity: 'info',
      code: 'hclust.sampled',
      message: `Hierarchical clustering keeps an n × n distance matrix, so it ran on a random sample of ${maxN} of the ${points.n} cases (seed ${seed}); the other cases join the nearest cluster centre.`,
      where: {},
      params: { sample: maxN, n: points.n, seed },
    });
  }
  const merges = linkage(pts, method);
  const cuts: HclustCut[] = [];
  for (let k = kMin; k <= Math.min(kMax, pts.n); k++) cuts.push({ k, labels: cutTree(merges, pts.n, k) });
  return { method, n: pts.n, sample, merges, schedule: agglomerationSchedule(merges, pts.n, method), cuts, problems };
}

/** Index of the nearest of the m centres (m·d) to each point; ties → lowest index. */
export function nearestCentre(points: Points, centres: Float64Array): Int32Array {
  const { data, n, d } = points;
  const m = centres.length / d;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bd = Infinity;
    for (let g = 0; g < m; g++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += (data[i * d + j] - centres[g * d + j]) ** 2;
      if (s < bd) {
        bd = s;
        best = g;
      }
    }
    out[i] = best;
  }
  return out;
}

/**
 * "Ward then k-means": k-means on all `points` started from the centroids of the Ward cut at k
 * (computed on the clustered cases, i.e. the sample if there was one). Returns the k-means labels
 * (0-based, k-means cluster order = Ward cluster order) and centres.
 */
export function wardThenKMeans(points: Points, result: HclustResult, k: number): { labels: Int32Array; centres: Float64Array; iterations: number } {
  const cut = result.cuts.find((c) => c.k === k);
  if (!cut) throw new InputError('hclust.no-cut', `There is no cut at k = ${k}; choose k from the range that was cut.`, {}, { k });
  const clustered = result.sample ? subsetPoints(points, result.sample) : points;
  const start = clusterCentroids(clustered, cut.labels);
  const m = start.length / points.d;
  const r = kmeans(points, m, { init: start });
  return { labels: r.labels, centres: r.centroids, iterations: r.iterations };
}

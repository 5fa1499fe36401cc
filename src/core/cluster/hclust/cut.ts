/**
 * Reading a linkage: flat clusters at k (as scipy's fcluster(Z, k, 'maxclust')), their centroids,
 * and the agglomeration schedule SPSS prints (聚类表 / 凝聚计划).
 */
import type { Points } from '../points.ts';
import { sumByCluster } from '../metrics.ts';
import type { LinkageMethod, Merge } from './linkage.ts';

/**
 * The partition into at most k clusters with the lowest cut height, as fcluster(Z, k, 'maxclust'):
 * every merge with height ≤ the (n−k)-th smallest height is applied, so tied heights may give fewer
 * than k clusters. Clusters are numbered 0, 1, … in order of their first case (SPSS's Cluster
 * Membership numbering, 1-based when shown).
 */
export function cutTree(merges: readonly Merge[], n: number, k: number): Int32Array {
  const parent = Int32Array.from({ length: 2 * n - 1 }, (_, i) => i);
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]];
    return v;
  };
  if (k < n) {
    const t = merges[Math.max(0, n - k - 1)].height;
    merges.forEach((m, i) => {
      if (m.height <= t) {
        parent[find(m.a)] = n + i;
        parent[find(m.b)] = n + i;
      }
    });
  }
  const labels = new Int32Array(n);
  const names = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let g = names.get(r);
    if (g === undefined) names.set(r, (g = names.size));
    labels[i] = g;
  }
  return labels;
}

/** Number of clusters in a labelling 0..m−1. */
export function clusterCount(labels: ArrayLike<number>): number {
  let m = -1;
  for (let i = 0; i < labels.length; i++) if (labels[i] > m) m = labels[i];
  return m + 1;
}

/** Mean of each cluster (labels 0..m−1), m·d row-major. */
export function clusterCentroids(points: Points, labels: ArrayLike<number>): Float64Array {
  const { d } = points;
  const m = clusterCount(labels);
  const { sums, sizes } = sumByCluster(points, labels, m);
  for (let g = 0; g < m; g++) for (let j = 0; j < d; j++) sums[g * d + j] /= sizes[g];
  return sums;
}

/** One row of SPSS's Agglomeration Schedule. Cases and stages are 1-based; 0 = "none". */
export interface ScheduleRow {
  stage: number;
  /** Clusters combined, each named by its lowest case number (cluster1 < cluster2). */
  cluster1: number;
  cluster2: number;
  /** Ward: within-cluster sum of squares after the merge (cumulative, as SPSS); else the height. */
  coefficient: number;
  /** Stage at which each combined cluster was formed (0: a single case). */
  firstAppears1: number;
  firstAppears2: number;
  /** Stage at which the new cluster is combined next (0 at the last stage). */
  nextStage: number;
}

/**
 * SPSS's Agglomeration Schedule of a linkage. For Ward, SPSS's coefficient is the error sum of
 * squares of the whole partition, which grows at each merge by ΔESS = height²/2 (heights as scipy's);
 * for the other methods it is the merge height (here a Euclidean distance).
 */
export function agglomerationSchedule(merges: readonly Merge[], n: number, method: LinkageMethod): ScheduleRow[] {
  const rep = new Int32Array(2 * n - 1);
  const formed = new Int32Array(2 * n - 1);
  for (let i = 0; i < n; i++) rep[i] = i + 1;
  const next = new Int32Array(merges.length);
  merges.forEach((m, i) => {
    if (m.a >= n) next[m.a - n] = i + 1;
    if (m.b >= n) next[m.b - n] = i + 1;
  });
  let ess = 0;
  return merges.map((m, i) => {
    const id = n + i;
    const [c1, c2] = rep[m.a] < rep[m.b] ? [m.a, m.b] : [m.b, m.a];
    rep[id] = rep[c1];
    formed[id] = i + 1;
    ess += (m.height * m.height) / 2;
    return {
      stage: i + 1,
      cluster1: rep[c1],
      cluster2: rep[c2],
      coefficient: method === 'ward' ? ess : m.height,
      firstAppears1: formed[c1],
      firstAppears2: formed[c2],
      nextStage: next[i],
    };
  });
}

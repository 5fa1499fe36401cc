/**
 * Cluster quality measures, defined as in scikit-learn 1.2 (`inertia_`, `silhouette_samples`,
 * `silhouette_score`, `calinski_harabasz_score`, `davies_bouldin_score`). Distances are Euclidean,
 * computed directly from coordinate differences (no ‖x‖² − 2x·y + ‖y‖² shortcut).
 *
 * Labels are 0..k−1; clusters without points are ignored (sklearn only sees labels that occur).
 * The silhouette, CH and DB need 2 ≤ (non-empty clusters) ≤ n − 1, else `cluster.metric-undefined`.
 */
import { InputError } from '../errors.ts';
import { createRng, sampleIndices } from '../random.ts';
import type { Points } from './points.ts';
import { squaredDistance } from './kmeans/distance.ts';

/** Within-cluster sum of squared Euclidean distances of each point to its cluster's centroid (k·d, row-major). */
export function inertia(points: Points, labels: Int32Array, centroids: Float64Array): number {
  const { data, n, d } = points;
  let s = 0;
  for (let i = 0; i < n; i++) s += squaredDistance(data, i * d, centroids, labels[i] * d, d);
  return s;
}

/** Σ of each cluster's points (k·d, in point order) and the cluster sizes; labels in 0..k−1, not checked. */
export function sumByCluster(points: Points, labels: ArrayLike<number>, k: number): { sums: Float64Array; sizes: Int32Array } {
  const { data, n, d } = points;
  const sums = new Float64Array(k * d);
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    sizes[c]++;
    for (let j = 0; j < d; j++) sums[c * d + j] += data[i * d + j];
  }
  return { sums, sizes };
}

/** Mean of each cluster's points (k·d; an empty cluster's row is 0) and cluster sizes. */
export function clusterMeans(points: Points, labels: Int32Array, k: number): { centroids: Float64Array; sizes: Int32Array } {
  checkLabels(points, labels, k);
  const { d } = points;
  const { sums: centroids, sizes } = sumByCluster(points, labels, k);
  for (let c = 0; c < k; c++) {
    if (sizes[c] > 0) for (let j = 0; j < d; j++) centroids[c * d + j] /= sizes[c];
  }
  return { centroids, sizes };
}

/** Throws `cluster.labels` unless there is one integer label in 0..k−1 per point. */
function checkLabels(points: Points, labels: Int32Array, k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new InputError('cluster.k-invalid', `k = ${k} is not a whole number of clusters (1 or more).`, {}, { k });
  if (labels.length !== points.n) {
    throw new InputError('cluster.labels', `There are ${labels.length} labels for ${points.n} customers; one label per customer is needed.`, {}, { labels: labels.length, n: points.n }, 'count');
  }
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] < 0 || labels[i] >= k) {
      throw new InputError('cluster.labels', `Customer ${i + 1} has cluster label ${labels[i]}, outside 0..${k - 1}.`, {}, { customer: i + 1, label: labels[i], max: k - 1 }, 'range');
    }
  }
}

/** Number of non-empty clusters; throws `cluster.metric-undefined` unless 2 ≤ it ≤ n − 1. */
function checkDefined(points: Points, labels: Int32Array, k: number, metric: string): Int32Array {
  checkLabels(points, labels, k);
  const sizes = new Int32Array(k);
  for (let i = 0; i < labels.length; i++) sizes[labels[i]]++;
  let m = 0;
  for (let c = 0; c < k; c++) if (sizes[c] > 0) m++;
  if (m < 2 || m > points.n - 1) {
    throw new InputError(
      'cluster.metric-undefined',
      `The ${metric} needs at least 2 non-empty clusters and fewer clusters than customers; got ${m} non-empty cluster${m === 1 ? '' : 's'} for ${points.n} customer${points.n === 1 ? '' : 's'}.`,
      {},
      { metric, m, n: points.n },
    );
  }
  return sizes;
}

/**
 * Silhouette of each point, exactly: s = (b − a) / max(a, b), a = mean distance to the other
 * points of its cluster, b = lowest mean distance to another (non-empty) cluster; 0 for a point
 * alone in its cluster and when a = b = 0 (as sklearn). O(n²·d) time, O(n·k) memory: each pair
 * is measured once (points sorted by cluster, so the sums for one row stay in a register).
 */
export function silhouetteSamples(points: Points, labels: Int32Array, k: number): Float64Array {
  const sizes = checkDefined(points, labels, k, 'silhouette');
  const { data, n, d } = points;
  // counting sort of the points by cluster
  const start = new Int32Array(k + 1);
  for (let c = 0; c < k; c++) start[c + 1] = start[c] + sizes[c];
  const fill = start.slice(0, k);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[fill[labels[i]]++] = i;
  const x = new Float64Array(n * d);
  const lab = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    const i = order[p];
    x.set(data.subarray(i * d, i * d + d), p * d);
    lab[p] = labels[i];
  }
  const sums = new Float64Array(n * k);
  for (let p = 0; p < n; p++) {
    const li = lab[p];
    const o = p * d;
    for (let c = 0; c < k; c++) {
      const j0 = p + 1 > start[c] ? p + 1 : start[c];
      const j1 = start[c + 1];
      let acc = 0;
      for (let q = j0; q < j1; q++) {
        const dist = Math.sqrt(squaredDistance(x, o, x, q * d, d));
        acc += dist;
        sums[q * k + li] += dist;
      }
      sums[p * k + c] += acc;
    }
  }
  const out = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const li = lab[p];
    if (sizes[li] <= 1) continue; // singleton cluster → 0
    const a = sums[p * k + li] / (sizes[li] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      if (c === li || sizes[c] === 0) continue;
      const m = sums[p * k + c] / sizes[c];
      if (m < b) b = m;
    }
    const den = a > b ? a : b;
    out[order[p]] = den > 0 ? (b - a) / den : 0;
  }
  return out;
}

/** Mean silhouette over all points (sklearn's `silhouette_score` without sampling). */
export function silhouetteScore(points: Points, labels: Int32Array, k: number): number {
  return mean(silhouetteSamples(points, labels, k));
}

function mean(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s / a.length;
}

export interface SilhouetteOptions {
  /** Above this many points, score a seeded random sample of this size. Default 5000. */
  sampleSize?: number;
  /** Seed of the sample (same seed, same n ⇒ same customers sampled, whatever the labels). Default 0. */
  seed?: number;
  /** Number of independent seeded samples (seeds seed, seed+1, …) when sampling. Default 1. */
  repeats?: number;
}

export interface SilhouetteResult {
  /** Mean silhouette (exact, or the average of the sample means). */
  mean: number;
  /** Number of points scored (n when exact). */
  sampleSize: number;
  exact: boolean;
  /**
   * Only when sampled. `standardError`: √((1 − m/n)·var(s)/m) over the sampled points' silhouettes
   * (combined over repeats as √(mean SE²/repeats)); it counts the spread of customers' silhouettes,
   * not the extra error of measuring a and b on the sample, so treat it as a lower bound.
   * `min`/`max`: lowest and highest sample mean over the repeats (equal to `mean` for one repeat).
   */
  spread?: { standardError: number; min: number; max: number; repeats: number };
}

/**
 * Mean silhouette, exact up to `sampleSize` points; above that, the silhouette of a seeded uniform
 * sample (as sklearn's `silhouette_score(sample_size=…)`: a and b are measured within the sample),
 * with its sample size and spread reported.
 */
export function silhouette(points: Points, labels: Int32Array, k: number, options: SilhouetteOptions = {}): SilhouetteResult {
  const sampleSize = options.sampleSize ?? 5000;
  const seed = options.seed ?? 0;
  const repeats = options.repeats ?? 1;
  if (!Number.isInteger(sampleSize) || sampleSize < 2) {
    throw new InputError('cluster.silhouette-sample', `The silhouette sample size ${sampleSize} must be a whole number ≥ 2.`, {}, { value: sampleSize }, 'size');
  }
  if (!Number.isInteger(repeats) || repeats < 1) {
    throw new InputError('cluster.silhouette-sample', `The number of silhouette samples ${repeats} must be a whole number ≥ 1.`, {}, { value: repeats }, 'repeats');
  }
  const { n, d } = points;
  if (n <= sampleSize) return { mean: silhouetteScore(points, labels, k), sampleSize: n, exact: true };
  checkDefined(points, labels, k, 'silhouette');
  const means: number[] = [];
  let se2 = 0;
  for (let r = 0; r < repeats; r++) {
    const idx = sampleIndices(n, sampleSize, createRng(seed + r));
    const sub = new Float64Array(sampleSize * d);
    const subLabels = new Int32Array(sampleSize);
    for (let p = 0; p < sampleSize; p++) {
      const i = idx[p];
      sub.set(points.data.subarray(i * d, i * d + d), p * d);
      subLabels[p] = labels[i];
    }
    const s = silhouetteSamples({ data: sub, n: sampleSize, d }, subLabels, k);
    const m = mean(s);
    let v = 0;
    for (let p = 0; p < sampleSize; p++) v += (s[p] - m) * (s[p] - m);
    v /= sampleSize - 1;
    se2 += ((1 - sampleSize / n) * v) / sampleSize;
    means.push(m);
  }
  const avg = means.reduce((a, b) => a + b, 0) / repeats;
  return {
    mean: avg,
    sampleSize,
    exact: false,
    spread: { standardError: Math.sqrt(se2 / repeats / repeats), min: Math.min(...means), max: Math.max(...means), repeats },
  };
}

/**
 * Calinski–Harabasz index: [Σ_c n_c‖μ_c − μ‖² / (m − 1)] / [Σ_i ‖x_i − μ_{c(i)}‖² / (n − m)],
 * m = non-empty clusters; 1 when the within-cluster dispersion is 0 (as sklearn).
 */
export function calinskiHarabasz(points: Points, labels: Int32Array, k: number): number {
  const sizes = checkDefined(points, labels, k, 'Calinski–Harabasz index');
  const { data, n, d } = points;
  const { centroids } = clusterMeans(points, labels, k);
  const mu = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mu[j] += data[i * d + j];
  for (let j = 0; j < d; j++) mu[j] /= n;
  let extra = 0;
  let m = 0;
  for (let c = 0; c < k; c++) {
    if (sizes[c] === 0) continue;
    m++;
    extra += sizes[c] * squaredDistance(centroids, c * d, mu, 0, d);
  }
  const intra = inertia(points, labels, centroids);
  if (intra === 0) return 1;
  return (extra * (n - m)) / (intra * (m - 1));
}

/**
 * Davies–Bouldin index: mean over clusters of max_{c'≠c} (S_c + S_c') / ‖μ_c − μ_c'‖, S_c = mean
 * distance of the cluster's points to its mean. As sklearn: 0 when every S_c ≤ 1e-8 or every
 * centroid distance ≤ 1e-8; a pair of coinciding centroids is skipped (distance taken as ∞).
 */
export function daviesBouldin(points: Points, labels: Int32Array, k: number): number {
  const sizes = checkDefined(points, labels, k, 'Davies–Bouldin index');
  const { data, n, d } = points;
  const { centroids } = clusterMeans(points, labels, k);
  const used: number[] = [];
  for (let c = 0; c < k; c++) if (sizes[c] > 0) used.push(c);
  const spread = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    spread[c] += Math.sqrt(squaredDistance(data, i * d, centroids, c * d, d));
  }
  for (const c of used) spread[c] /= sizes[c];
  const m = used.length;
  const between = new Float64Array(m * m);
  let allSpreadZero = true;
  let allCentresZero = true;
  for (let a = 0; a < m; a++) {
    if (Math.abs(spread[used[a]]) > 1e-8) allSpreadZero = false;
    for (let b = 0; b < m; b++) {
      const dist = Math.sqrt(squaredDistance(centroids, used[a] * d, centroids, used[b] * d, d));
      between[a * m + b] = dist;
      if (dist > 1e-8) allCentresZero = false;
    }
  }
  if (allSpreadZero || allCentresZero) return 0;
  let total = 0;
  for (let a = 0; a < m; a++) {
    let worst = 0;
    for (let b = 0; b < m; b++) {
      const dist = between[a * m + b];
      if (dist === 0) continue;
      const r = (spread[used[a]] + spread[used[b]]) / dist;
      if (r > worst) worst = r;
    }
    total += worst;
  }
  return total / m;
}

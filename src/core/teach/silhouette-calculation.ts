/**
 * One customer's silhouette worked out (issue 14, item 1): the Euclidean distance from customer
 * i to every other customer, their sum and mean per cluster, a(i) = the mean over the other
 * members of i's own cluster, b(i) = the lowest mean over another non-empty cluster, and
 * s(i) = (b − a) / max(a, b). As sklearn's `silhouette_samples` (and the engine's
 * cluster/metrics.ts): s = 0 for a customer alone in its cluster and when a = b = 0.
 */
import { InputError } from '../errors.ts';
import type { Points } from '../cluster/points.ts';

export interface SilhouetteCluster {
  /** Cluster number, 0..k−1. */
  cluster: number;
  /** Customers counted: the cluster's members, without i itself in its own cluster. */
  count: number;
  /** Σ of the distances from i to them. */
  sum: number;
  /** sum / count (NaN when count is 0). */
  mean: number;
}

export interface SilhouetteCalculation {
  /** The customer (row in the points). */
  row: number;
  /** Its cluster, 0..k−1. */
  cluster: number;
  /** Distance from i to every point (0 for i itself). */
  distances: Float64Array;
  /** One entry per non-empty cluster, in cluster order. */
  clusters: SilhouetteCluster[];
  /** Mean distance to the rest of its own cluster (NaN when i is alone in it). */
  a: number;
  /** Lowest mean distance to another cluster. */
  b: number;
  /** The cluster that gives b (the "neighbouring" cluster). */
  nearest: number;
  s: number;
  /** i is alone in its cluster: s = 0 by definition. */
  alone: boolean;
}

/**
 * The silhouette of point `row` under `labels` (0..k−1). Throws `cluster.metric-undefined`
 * unless at least two clusters are non-empty and `cluster.labels` for a bad label; a row outside
 * the points is a RangeError.
 */
export function silhouetteCalculation(points: Points, labels: Int32Array, k: number, row: number): SilhouetteCalculation {
  const { data, n, d } = points;
  if (labels.length !== n) {
    throw new InputError('cluster.labels', `There are ${labels.length} labels for ${n} customers; one label per customer is needed.`, {}, { labels: labels.length, n }, 'count');
  }
  if (!Number.isInteger(row) || row < 0 || row >= n) {
    throw new RangeError(`row ${row} is not a point (0..${n - 1})`); // the panel only offers rows that exist
  }
  const sizes = new Int32Array(k);
  for (let q = 0; q < n; q++) {
    const l = labels[q];
    if (!(l >= 0 && l < k)) {
      throw new InputError('cluster.labels', `Customer ${q + 1} has cluster label ${l}, outside 0..${k - 1}.`, {}, { customer: q + 1, label: l, max: k - 1 }, 'range');
    }
    sizes[l]++;
  }
  let nonEmpty = 0;
  for (let c = 0; c < k; c++) if (sizes[c] > 0) nonEmpty++;
  if (nonEmpty < 2) {
    throw new InputError('cluster.metric-undefined', `The silhouette needs at least 2 non-empty clusters and fewer clusters than customers; got ${nonEmpty} non-empty cluster${nonEmpty === 1 ? '' : 's'} for ${n} customer${n === 1 ? '' : 's'}.`, {}, { metric: 'silhouette', m: nonEmpty, n });
  }
  const own = labels[row];
  const distances = new Float64Array(n);
  const sums = new Float64Array(k);
  for (let q = 0; q < n; q++) {
    if (q === row) continue;
    let s = 0;
    for (let j = 0; j < d; j++) {
      const v = data[row * d + j] - data[q * d + j];
      s += v * v;
    }
    distances[q] = Math.sqrt(s);
    sums[labels[q]] += distances[q];
  }
  const clusters: SilhouetteCluster[] = [];
  for (let c = 0; c < k; c++) {
    if (sizes[c] === 0) continue;
    const count = c === own ? sizes[c] - 1 : sizes[c];
    clusters.push({ cluster: c, count, sum: sums[c], mean: count > 0 ? sums[c] / count : NaN });
  }
  const alone = sizes[own] === 1;
  const a = alone ? NaN : sums[own] / (sizes[own] - 1);
  let b = Infinity;
  let nearest = -1;
  for (const c of clusters) {
    if (c.cluster === own) continue;
    if (c.mean < b) {
      b = c.mean;
      nearest = c.cluster;
    }
  }
  const den = a > b ? a : b;
  const s = alone || !(den > 0) ? 0 : (b - a) / den;
  return { row, cluster: own, distances, clusters, a, b, nearest, s, alone };
}

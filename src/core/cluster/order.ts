/**
 * Stable display numbers for clusters: cluster 0 (shown as "1") is the one with the highest mean
 * score (e.g. the composite value score), then downwards. k-means' own numbering depends on the
 * start and means nothing to a reader.
 */
import { InputError } from '../errors.ts';

export interface ClusterOrder {
  /** New label of each point (0 = highest mean score; display number = label + 1). */
  labels: Int32Array;
  /** mapping[old] = new label. */
  mapping: Int32Array;
  /** order[new] = old label (use it to reorder per-cluster rows such as centroids). */
  order: Int32Array;
  /** Mean score of each cluster in the new order; null for a cluster without points (placed last). */
  means: (number | null)[];
  /** Points per cluster in the new order. */
  sizes: Int32Array;
}

/**
 * Relabels clusters by decreasing mean score. Ties keep the old order; empty clusters go last.
 * `score` has one finite value per point (InputError `cluster.score` naming the customer otherwise).
 */
export function orderClusters(labels: Int32Array, k: number, score: Float64Array): ClusterOrder {
  const n = labels.length;
  if (score.length !== n) {
    throw new InputError('cluster.score', `There are ${score.length} scores for ${n} customers; one score per customer is needed.`, {}, { scores: score.length, n }, 'count');
  }
  const sum = new Float64Array(k);
  const count = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    if (!Number.isInteger(c) || c < 0 || c >= k) {
      throw new InputError('cluster.labels', `Customer ${i + 1} has cluster label ${c}, outside 0..${k - 1}.`, {}, { customer: i + 1, label: c, max: k - 1 }, 'range');
    }
    if (!Number.isFinite(score[i])) {
      throw new InputError('cluster.score', `Customer ${i + 1} has no finite score (${score[i]}); clusters cannot be ordered by it.`, {}, { customer: i + 1, value: score[i] }, 'not-finite');
    }
    sum[c] += score[i];
    count[c]++;
  }
  const meanOf = (c: number): number | null => (count[c] > 0 ? sum[c] / count[c] : null);
  const order = Int32Array.from({ length: k }, (_, c) => c).sort((a, b) => {
    const ma = meanOf(a);
    const mb = meanOf(b);
    if (ma === null || mb === null) return ma === null ? (mb === null ? a - b : 1) : -1;
    return mb - ma || a - b;
  });
  const mapping = new Int32Array(k);
  for (let r = 0; r < k; r++) mapping[order[r]] = r;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = mapping[labels[i]];
  return {
    labels: out,
    mapping,
    order,
    means: Array.from(order, (c) => meanOf(c)),
    sizes: Int32Array.from(order, (c) => count[c]),
  };
}

/** Reorders per-cluster rows (k rows of `width` values, e.g. centroids) into the new cluster order. */
export function reorderRows(rows: Float64Array, width: number, order: Int32Array): Float64Array {
  const out = new Float64Array(order.length * width);
  for (let r = 0; r < order.length; r++) out.set(rows.subarray(order[r] * width, order[r] * width + width), r * width);
  return out;
}

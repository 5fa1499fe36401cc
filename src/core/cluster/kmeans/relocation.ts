import { squaredDistance } from './distance.ts';

/**
 * Empty clusters (sklearn's `_relocate_empty_clusters`): each empty cluster takes the point farthest
 * from its own (old) centre, farthest first, ties to the lower index; the sums and counts are moved.
 */
export function relocateEmpty(
  data: Float64Array,
  n: number,
  d: number,
  k: number,
  labels: Int32Array,
  old: Float64Array,
  sums: Float64Array,
  counts: Int32Array,
  empty: number,
): void {
  const dist = new Float64Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) {
    const s = squaredDistance(data, i * d, old, labels[i] * d, d);
    dist[i] = s;
    if (s > max) max = s;
  }
  if (max === 0) return; // every point sits on a centre: nothing to move (cannot happen when k ≤ distinct rows)
  const taken = new Uint8Array(n);
  for (let c = 0; c < k; c++) {
    if (counts[c] !== 0) continue;
    // farthest point not yet taken (ties → lower index)
    let far = -1;
    let farD = -1;
    for (let i = 0; i < n; i++) {
      if (!taken[i] && dist[i] > farD) {
        farD = dist[i];
        far = i;
      }
    }
    if (far < 0 || farD === 0) return;
    taken[far] = 1;
    const from = labels[far];
    const o = far * d;
    for (let j = 0; j < d; j++) {
      sums[from * d + j] -= data[o + j];
      sums[c * d + j] = data[o + j];
    }
    counts[from]--;
    counts[c] = 1;
  }
}

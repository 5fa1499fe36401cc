/**
 * How many customers keep their segment between two partitions whose cluster numbers mean
 * nothing by themselves: the clusters of the second partition are matched one-to-one to those of
 * the first so that the number of customers in matched pairs is largest (the assignment problem,
 * solved exactly by the Hungarian method: Kuhn 1955, Naval Research Logistics Quarterly 2, 83–97;
 * Munkres 1957, J. SIAM 5, 32–38). A customer whose new cluster is not matched to its old one
 * changed segment.
 */

/**
 * Minimum-cost assignment of rows to columns of a square cost matrix (row-major, size n×n):
 * `result[i]` is the column given to row i. O(n³) (the potentials form of the Hungarian method).
 */
export function assignMinCost(cost: Float64Array, n: number): Int32Array {
  const INF = Number.POSITIVE_INFINITY;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1); // p[j] = row matched to column j (1-based; 0 = none)
  const way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(INF);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost[(i0 - 1) * n + (j - 1)] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = new Int32Array(n);
  for (let j = 1; j <= n; j++) if (p[j] > 0) out[p[j] - 1] = j - 1;
  return out;
}

/**
 * Share of customers (0…1) whose cluster in `next` is not the best-matched counterpart of their
 * cluster in `base`. Labels are non-negative integers of any numbering (0- or 1-based); the two
 * partitions may have different numbers of clusters (unmatched clusters count as changed). Equal
 * partitions up to renumbering give 0. Empty input gives 0.
 */
export function partitionChange(base: ArrayLike<number>, next: ArrayLike<number>): number {
  const n = base.length;
  if (next.length !== n) throw new RangeError(`partitionChange: ${n} and ${next.length} labels`);
  if (n === 0) return 0;
  const ids = (a: ArrayLike<number>): { index: Int32Array; count: number } => {
    const map = new Map<number, number>();
    const index = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      let c = map.get(a[i]);
      if (c === undefined) map.set(a[i], (c = map.size));
      index[i] = c;
    }
    return { index, count: map.size };
  };
  const a = ids(base);
  const b = ids(next);
  const size = Math.max(a.count, b.count);
  const overlap = new Float64Array(size * size);
  for (let i = 0; i < n; i++) overlap[a.index[i] * size + b.index[i]] += 1;
  const cost = overlap.map((x) => -x);
  const match = assignMinCost(cost, size);
  let kept = 0;
  for (let r = 0; r < size; r++) kept += overlap[r * size + match[r]];
  return (n - kept) / n;
}

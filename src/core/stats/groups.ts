/**
 * Rows grouped by their label (e.g. the cluster of each customer) in two passes over typed arrays:
 * count per label, then fill. The groups come in the order their labels first appear, each with its
 * rows (or values) in row order — the order a Map of growing arrays gives, without an array push
 * per row (seconds at a million customers, for every indicator column).
 */

export interface RowGroups {
  /** Labels in order of first appearance. */
  labels: number[];
  /** Row indices of each label, ascending. */
  rows: Int32Array[];
}

const SMALL = 4096;

/** The rows of each label (labels compared as a Map compares keys: NaN equals NaN, −0 equals 0). */
export function groupRows(groups: ArrayLike<number>): RowGroups {
  const n = groups.length;
  const index = new Map<number, number>();
  const labels: number[] = [];
  const counts: number[] = [];
  const of = new Int32Array(n);
  // Small non-negative integer labels (cluster numbers) are looked up in an array, others in the Map.
  const small = new Int32Array(SMALL).fill(-1);
  for (let i = 0; i < n; i++) {
    const g = groups[i];
    const direct = g >= 0 && g < SMALL && (g | 0) === g;
    let k = direct ? small[g] : index.get(g);
    if (k === undefined || k < 0) {
      k = labels.length;
      if (direct) small[g] = k;
      else index.set(g, k);
      labels.push(g === 0 ? 0 : g); // −0 as 0, as a Map key
      counts.push(0);
    }
    of[i] = k;
    counts[k]++;
  }
  const rows = counts.map((c) => new Int32Array(c));
  const fill = new Int32Array(labels.length);
  for (let i = 0; i < n; i++) {
    const k = of[i];
    rows[k][fill[k]++] = i;
  }
  return { labels, rows };
}

/** `x` at the given rows, in their order. */
export function pick(x: ArrayLike<number>, rows: ArrayLike<number>): Float64Array {
  const out = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) out[r] = x[rows[r]];
  return out;
}

/** The values of each label, in row order (labels in order of first appearance). */
export function groupValues(values: ArrayLike<number>, groups: ArrayLike<number>): { labels: number[]; values: Float64Array[] } {
  const { labels, rows } = groupRows(groups);
  return { labels, values: rows.map((r) => pick(values, r)) };
}

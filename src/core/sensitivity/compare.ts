/**
 * What a perturbation of the weights changes, measured against the unperturbed result:
 * indicator rank reversals and the turnover of the top customers.
 */

/**
 * Indicator pairs whose order by weight is reversed: w_a > w_b before and w_a < w_b after, or
 * the other way round. A pair tied before or after (equal weights) is not a reversal.
 */
export function rankReversals(base: ArrayLike<number>, next: ArrayLike<number>): number {
  const m = base.length;
  if (next.length !== m) throw new RangeError(`rankReversals: ${m} and ${next.length} weights`);
  let count = 0;
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      const before = Math.sign(base[a] - base[b]);
      const after = Math.sign(next[a] - next[b]);
      if (before !== 0 && after !== 0 && before !== after) count++;
    }
  }
  return count;
}

/** How many customers make up the top `share` (0 < share ≤ 1) of n: ⌈share·n⌉, at least 1 when n > 0. */
export function topCount(n: number, share: number): number {
  if (n <= 0) return 0;
  // ⌈share·n⌉ with a guard against 0.1·n landing a rounding error above an integer (0.1·30 = 3.0000000000000004).
  const raw = share * n;
  const c = Math.ceil(raw - 1e-9 * Math.max(1, raw));
  return Math.max(1, Math.min(n, c));
}

/**
 * The customers in the top `count` by score, highest first; ties broken by row order (the earlier
 * row first), so the set is deterministic. Scores that are NaN rank last.
 */
export function topSet(scores: ArrayLike<number>, count: number): Uint8Array {
  const n = scores.length;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const key = (i: number) => (Number.isNaN(scores[i]) ? Number.NEGATIVE_INFINITY : scores[i]);
  order.sort((x, y) => {
    const d = key(y) - key(x);
    return d > 0 ? 1 : d < 0 ? -1 : x - y;
  });
  const inTop = new Uint8Array(n);
  for (let r = 0; r < Math.min(count, n); r++) inTop[order[r]] = 1;
  return inTop;
}

/** Share (0…1) of the customers in `base` top set who are not in `next` top set (both of equal size). */
export function topChange(base: Uint8Array, next: Uint8Array): number {
  let inBase = 0;
  let left = 0;
  for (let i = 0; i < base.length; i++) {
    if (base[i]) {
      inBase++;
      if (!next[i]) left++;
    }
  }
  return inBase === 0 ? 0 : left / inBase;
}

/** Share (0…1) of positions where two label arrays differ (e.g. the 2×2 quadrant). */
export function labelChange(base: ArrayLike<number>, next: ArrayLike<number>): number {
  const n = base.length;
  if (n === 0) return 0;
  let d = 0;
  for (let i = 0; i < n; i++) if (base[i] !== next[i]) d++;
  return d / n;
}

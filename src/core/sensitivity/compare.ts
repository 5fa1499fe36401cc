/**
 * What a perturbation of the weights changes, measured against the unperturbed result:
 * indicator rank reversals and the turnover of the top customers.
 */
import { selectInPlace } from '../stats/distribution.ts';

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
 *
 * Same set as sorting every row by (score desc, row asc) and taking the first `count`, without the
 * comparator sort (at 1M customers that sort ran once per perturbation and took most of the
 * sensitivity analysis): the cut is the `count`-th largest score (selected in a copy, no sort);
 * every row above it is in, and of the rows equal to it the earliest fill the places left.
 */
export function topSet(scores: ArrayLike<number>, count: number): Uint8Array {
  const n = scores.length;
  const inTop = new Uint8Array(n);
  const m = Math.min(count, n);
  if (m <= 0) return inTop;
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) key[i] = Number.isNaN(scores[i]) ? Number.NEGATIVE_INFINITY : scores[i];
  const cut = selectInPlace(key.slice(), n - m);
  let left = m;
  for (let i = 0; i < n; i++) {
    if (key[i] > cut) {
      inTop[i] = 1;
      left--;
    }
  }
  for (let i = 0; i < n && left > 0; i++) {
    if (key[i] === cut) {
      inTop[i] = 1;
      left--;
    }
  }
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

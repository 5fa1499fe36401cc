/** Display-only helpers of the data step (the histogram bins are computed in the read worker). */

export { histogram, type Bin } from '../../core/stats/distribution.ts';

/** Decimals to show a summary number with: none for whole numbers, fewer for large values. */
export function digitsFor(v: number): number {
  if (!Number.isFinite(v) || Number.isInteger(v)) return 0;
  const a = Math.abs(v);
  if (a >= 0.01) return a >= 1000 ? 0 : a >= 10 ? 2 : a >= 0.1 ? 3 : 4;
  return Math.min(10, Math.ceil(-Math.log10(a)) + 2); // tiny values keep 2–3 significant digits
}

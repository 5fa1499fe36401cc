/** Ranks with ties averaged, and Spearman's rank correlation built on them. */
import { pearson } from './correlation.ts';

/** Average ranks, 1 = largest value; tied values share the mean of their positions (as scipy's rankdata on −x). */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v || a.i - b.i);
  const out = new Array<number>(values.length);
  let k = 0;
  while (k < order.length) {
    let end = k;
    while (end + 1 < order.length && Math.abs(order[end + 1].v - order[k].v) <= 1e-12) end++;
    const r = (k + end) / 2 + 1;
    for (let m = k; m <= end; m++) out[order[m].i] = r;
    k = end + 1;
  }
  return out;
}

/**
 * Spearman's ρ: Pearson's r of the average ranks (as scipy.stats.spearmanr); null when a vector is
 * constant, the lengths differ or there are fewer than 2 values. Values within 1e-12 count as tied.
 */
export function spearman(a: readonly number[], b: readonly number[]): number | null {
  if (a.length !== b.length || a.length < 2) return null;
  return pearson(averageRanks(a), averageRanks(b));
}

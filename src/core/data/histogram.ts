/** Equal-width histogram bins of a numeric column (the data step's column summaries). */

export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

/**
 * `bins` equal-width bins from the smallest to the largest finite value (NaN and ±Infinity are
 * skipped). One bin when every value is the same; an empty list when there is no finite value.
 * Any finite range works, −1.7e308 to 1.7e308 as well as 0 to 5e-324.
 */
export function histogram(values: ArrayLike<unknown>, bins = 16): Bin[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo > hi) return [];
  if (lo === hi) {
    let n = 0;
    for (let i = 0; i < values.length; i++) if (values[i] === lo) n++;
    return [{ x0: lo - 0.5, x1: hi + 0.5, count: n }];
  }
  // Halves keep the span finite from −1.7e308 to 1.7e308 (hi − lo would overflow to Infinity).
  const half = hi / 2 - lo / 2;
  const edge = (k: number): number => (k === bins ? hi : (lo / 2 + (half / bins) * k) * 2);
  const out: Bin[] = Array.from({ length: bins }, (_, k) => ({ x0: edge(k), x1: edge(k + 1), count: 0 }));
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    // A span below double resolution (0 and 5e-324) has width 0: its values go to the end bins.
    const k = half > 0 ? Math.floor(((v / 2 - lo / 2) / half) * bins) : v > lo ? bins - 1 : 0;
    out[k >= 0 ? Math.min(bins - 1, k) : 0].count++;
  }
  return out;
}

/** Equal-width histogram bins of a numeric column (the data step's column summaries). */

export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

/**
 * `bins` equal-width bins from the smallest to the largest finite value (NaN and ±Infinity are
 * skipped). One bin when every value is the same; an empty list when there is no finite value.
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
  const width = (hi - lo) / bins;
  const out: Bin[] = Array.from({ length: bins }, (_, k) => ({ x0: lo + k * width, x1: k === bins - 1 ? hi : lo + (k + 1) * width, count: 0 }));
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    out[Math.min(bins - 1, Math.floor((v - lo) / width))].count++;
  }
  return out;
}

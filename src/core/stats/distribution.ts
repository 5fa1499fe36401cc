/**
 * Where values lie: the median, quantiles and histograms, one implementation each.
 *
 * - `medianOf`: the middle value, or the mean of the two middle ones, by selection (no sort);
 *   `describe.median` (which refuses an empty list) and the median imputation use it.
 * - `quantileSorted`: numpy's default ("linear", R-7) quantile of sorted values.
 * - `histogram`: equal-width bins from the smallest to the largest value (the data step's column
 *   summaries, made in the read worker).
 * - `scoreBins`: the score histogram's bins, counted here in one pass instead of by Plot's bin
 *   transform (which maps every value through several arrays: over a second on the main thread at
 *   a million customers). The bins are the ones Plot would choose by default: Scott's rule for
 *   their number (at most 200), widths rounded to 1, 2 or 5 × 10ᵏ, the first edge a multiple of the
 *   width. Computed in the fast stage of the pipeline (in the worker), so the page only draws them.
 *
 * NaN and ±Infinity are skipped by the histograms; the median and quantile take finite values.
 */

/**
 * Median of the values (NaN when there are none; NaN values must not be present): the middle
 * value, or the mean of the two middle ones, found by selection (Hoare's quickselect on a copy)
 * instead of sorting every value.
 */
export function medianOf(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return NaN;
  const a = Float64Array.from(values);
  if (n % 2) return selectInPlace(a, (n - 1) / 2);
  const upper = selectInPlace(a, n / 2);
  // The lower middle is the largest value below position n / 2 (all of them are ≤ upper now).
  let lower = -Infinity;
  for (let i = 0; i < n / 2; i++) if (a[i] > lower) lower = a[i];
  return (lower + upper) / 2;
}

/**
 * The value that would be at position k (0-based) if `a` were sorted ascending, found by Hoare's
 * quickselect, which reorders `a` in place: afterwards every value before position k is ≤ it and
 * every value after is ≥ it. No NaN may be present (±Infinity may). Equal values split evenly
 * between the two sides, so many ties do not make it quadratic.
 */
export function selectInPlace(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}

/**
 * The q-quantile (0 ≤ q ≤ 1) of values sorted ascending, interpolated linearly between the two
 * nearest order statistics (numpy's default `method='linear'`); NaN when there are none.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  return sorted[lo] + (sorted[Math.min(lo + 1, n - 1)] - sorted[lo]) * (pos - lo);
}

/** A bin of `histogram`: [x0, x1), the last one closed. */
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

/** A bin of `scoreBins`: [x1, x2). */
export interface ScoreBin {
  x1: number;
  x2: number;
  count: number;
}

function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  return power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
}

/** Up to 20 equal-width bins from lo to hi (lo < hi), computed on halves so that no step overflows. */
function plainBins(values: ArrayLike<number>, lo: number, hi: number, n: number): ScoreBin[] {
  const half = hi / 2 - lo / 2;
  const m = Math.min(20, n);
  const edge = (k: number): number => (k === m ? hi : (lo / 2 + (half / m) * k) * 2);
  const bins: ScoreBin[] = Array.from({ length: m }, (_, k) => ({ x1: edge(k), x2: edge(k + 1), count: 0 }));
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    const k = half > 0 ? Math.floor(((v / 2 - lo / 2) / half) * m) : v > lo ? m - 1 : 0;
    bins[k >= 0 ? Math.min(m - 1, k) : 0].count++;
  }
  return bins;
}

/** Histogram bins of the finite values (NaN and ±Infinity skipped); none when there is no finite value. */
export function scoreBins(values: ArrayLike<number>): ScoreBin[] {
  let n = 0;
  let sum = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    n++;
    sum += v;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (n === 0) return [];
  if (lo === hi) return [{ x1: lo - 0.5, x2: hi + 0.5, count: n }];
  // Beyond what the rule below can do in doubles (a span overflowing to Infinity, or below the
  // resolution of the values): equal-width bins over the halves, which stay finite.
  if (!Number.isFinite(hi - lo) || !Number.isFinite(sum) || hi - lo < Number.EPSILON * Math.max(Math.abs(lo), Math.abs(hi), 1e-300)) return plainBins(values, lo, hi, n);
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isFinite(v)) ss += (v - mean) ** 2;
  }
  const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
  const scott = sd > 0 ? Math.ceil(((hi - lo) * Math.cbrt(n)) / (3.49 * sd)) : 1;
  const step = niceStep(hi - lo, Math.min(200, Math.max(1, scott)));
  if (!(step > 0) || !Number.isFinite(step) || !Number.isFinite(ss)) return plainBins(values, lo, hi, n);
  const start = Math.floor(lo / step) * step;
  const m = Math.floor((hi - start) / step) + 1;
  const bins: ScoreBin[] = Array.from({ length: m }, (_, k) => ({ x1: start + k * step, x2: start + (k + 1) * step, count: 0 }));
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    bins[Math.min(m - 1, Math.max(0, Math.floor((v - start) / step)))].count++;
  }
  return bins;
}

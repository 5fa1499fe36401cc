/**
 * Reliability of a survey dimension (issue 9, item 9), as SPSS RELIABILITY prints it:
 *
 *   Cronbach's α = k/(k − 1) · (1 − Σ s²_i / s²_T)       s² sample variances, T = Σ items
 *   corrected item–total correlation r(x_i, T − x_i)     (Pearson)
 *   α if item deleted                                    α of the other k − 1 items
 *
 * Rows with a missing answer in any item of the dimension are left out (listwise, SPSS's
 * default) and counted. A dimension needs at least 2 items and 2 complete rows; a constant total
 * gives α = null (undefined) rather than a division by zero.
 */
export interface ItemReliability {
  item: string;
  mean: number;
  correctedItemTotal: number | null;
  alphaIfDeleted: number | null;
}

export interface Reliability {
  alpha: number | null;
  /** Standardised α from the mean inter-item correlation r̄: k·r̄ / (1 + (k − 1)·r̄). */
  standardisedAlpha: number | null;
  items: ItemReliability[];
  /** Complete rows used. */
  n: number;
  /** Rows left out for a missing answer. */
  excluded: number;
}

function variance(x: ArrayLike<number>): number {
  const n = x.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += x[i];
  m /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (x[i] - m) ** 2;
  return s / (n - 1);
}

function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

function alphaOf(items: readonly Float64Array[]): number | null {
  const k = items.length;
  if (k < 2) return null;
  const n = items[0].length;
  const total = new Float64Array(n);
  let sum = 0;
  for (const it of items) {
    sum += variance(it);
    for (let i = 0; i < n; i++) total[i] += it[i];
  }
  const vt = variance(total);
  return vt > 0 ? (k / (k - 1)) * (1 - sum / vt) : null;
}

/** Reliability of the items (columns of answers, NaN = missing) named `names`. */
export function reliability(columns: readonly ArrayLike<number>[], names: readonly string[]): Reliability {
  const rows = columns.length ? columns[0].length : 0;
  const keep: number[] = [];
  for (let r = 0; r < rows; r++) if (columns.every((c) => Number.isFinite(c[r]))) keep.push(r);
  const items = columns.map((c) => Float64Array.from(keep, (r) => c[r]));
  const n = keep.length;
  const k = items.length;
  if (k < 2 || n < 2) {
    return { alpha: null, standardisedAlpha: null, items: names.map((item, j) => ({ item, mean: n ? items[j].reduce((a, b) => a + b, 0) / n : NaN, correctedItemTotal: null, alphaIfDeleted: null })), n, excluded: rows - n };
  }
  const total = new Float64Array(n);
  for (const it of items) for (let i = 0; i < n; i++) total[i] += it[i];
  let rSum = 0;
  let pairs = 0;
  let undefinedR = false;
  for (let a = 0; a < k; a++)
    for (let b = a + 1; b < k; b++) {
      const r = pearson(items[a], items[b]);
      if (r === null) undefinedR = true;
      else rSum += r;
      pairs++;
    }
  const rBar = rSum / pairs;
  return {
    alpha: alphaOf(items),
    standardisedAlpha: undefinedR ? null : (k * rBar) / (1 + (k - 1) * rBar),
    items: items.map((it, j) => ({
      item: names[j],
      mean: it.reduce((a, b) => a + b, 0) / n,
      correctedItemTotal: pearson(it, total.map((t, i) => t - it[i])),
      alphaIfDeleted: k > 2 ? alphaOf(items.filter((_, m) => m !== j)) : null,
    })),
    n,
    excluded: rows - n,
  };
}

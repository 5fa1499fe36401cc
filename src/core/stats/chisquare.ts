/**
 * Pearson's chi-square test of independence of a categorical column and the segments, with
 * Cramér's V = √(χ² / (n · (min(r, c) − 1))) (Cramér 1946, Mathematical Methods of Statistics,
 * Princeton University Press, p. 282). No continuity correction (SPSS's "Pearson Chi-Square" row;
 * scipy.stats.chi2_contingency(correction=False)). Missing categories (null) are left out.
 */
import { chiSquareSf } from './distributions.ts';

export interface ChiSquareResult {
  /** Category values (rows), in order of first appearance, and segment labels (columns), ascending. */
  categories: string[];
  groups: number[];
  observed: number[][];
  n: number;
  chi2: number;
  df: number;
  /** Upper-tail p of χ²(df); null when df = 0 (a single category or a single segment). */
  p: number | null;
  /** Cramér's V in [0, 1]; null when df = 0. */
  cramersV: number | null;
  /** Smallest expected count and how many cells expect fewer than 5 (SPSS's footnote). */
  minExpected: number;
  lowExpected: number;
  cells: number;
}

export function chiSquareTest(categories: readonly (string | null)[], groups: ArrayLike<number>): ChiSquareResult {
  const rowIndex = new Map<string, number>();
  const groupSet = new Set<number>();
  for (let i = 0; i < categories.length; i++) {
    const c = categories[i];
    if (c === null) continue;
    if (!rowIndex.has(c)) rowIndex.set(c, rowIndex.size);
    groupSet.add(groups[i]);
  }
  const cats = [...rowIndex.keys()];
  const labels = [...groupSet].sort((a, b) => a - b);
  const colIndex = new Map(labels.map((g, j) => [g, j]));
  const observed = cats.map(() => new Array<number>(labels.length).fill(0));
  let n = 0;
  for (let i = 0; i < categories.length; i++) {
    const c = categories[i];
    if (c === null) continue;
    observed[rowIndex.get(c)!][colIndex.get(groups[i])!]++;
    n++;
  }
  const rowSums = observed.map((r) => r.reduce((a, b) => a + b, 0));
  const colSums = labels.map((_, j) => observed.reduce((a, r) => a + r[j], 0));
  let chi2 = 0;
  let minExpected = Infinity;
  let lowExpected = 0;
  for (let r = 0; r < cats.length; r++) {
    for (let c = 0; c < labels.length; c++) {
      const e = (rowSums[r] * colSums[c]) / n;
      if (e < minExpected) minExpected = e;
      if (e < 5) lowExpected++;
      if (e > 0) chi2 += ((observed[r][c] - e) * (observed[r][c] - e)) / e;
    }
  }
  const df = (cats.length - 1) * (labels.length - 1);
  const m = Math.min(cats.length, labels.length) - 1;
  return {
    categories: cats,
    groups: labels,
    observed,
    n,
    chi2,
    df,
    p: df > 0 ? chiSquareSf(chi2, df) : null,
    cramersV: df > 0 && n > 0 ? Math.sqrt(chi2 / (n * m)) : null,
    minExpected: n > 0 ? minExpected : 0,
    lowExpected,
    cells: cats.length * labels.length,
  };
}

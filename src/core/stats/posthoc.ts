/**
 * What SPSS prints beside a one-way ANOVA (ONEWAY … /STATISTICS HOMOGENEITY /POSTHOC LSD TUKEY GH):
 *
 * - η² = SS_between / SS_total (effect size; the share of the indicator's variance the groups explain);
 * - Levene's test of equal variances with the **mean** as centre, as SPSS's "Based on Mean" row
 *   (Levene 1960): a one-way ANOVA of |x − x̄_g|; scipy.stats.levene(center='mean');
 * - pairwise comparisons of the group means:
 *   LSD (Fisher): t = (x̄_a − x̄_b)/√(MS_W (1/n_a + 1/n_b)), df = N − k, two-sided t p-value;
 *   Tukey HSD (Tukey–Kramer for unequal sizes): q = √2·|t| with the same SE, p from the studentized
 *     range with k groups and N − k df (Tukey 1953; Kramer 1956, Biometrics 12(3): 307–310);
 *   Games–Howell: SE = √(s_a²/n_a + s_b²/n_b), Welch df, q = √2·|x̄_a − x̄_b|/SE, p from the
 *     studentized range with k groups (Games & Howell 1976, J. Educational Statistics 1(2): 113–125);
 * - 95 % confidence intervals of each difference by each method (quantiles.ts), as SPSS prints them.
 */
import { InputError } from '../errors.ts';
import { oneWayAnova, type AnovaResult } from './anova.ts';
import { mean, variance } from './describe.ts';
import { tTwoSided } from './distributions.ts';
import { fSurvival } from './fdist.ts';
import { studentizedRangeSf } from './studentized-range.ts';
import { studentizedRangeCritical, tCritical } from './quantiles.ts';
import { groupValues } from './groups.ts';

export interface LeveneResult {
  f: number | null;
  df1: number;
  df2: number;
  p: number | null;
}

export interface PairComparison {
  /** Group labels compared (a < b in the order of `groups`). */
  a: number;
  b: number;
  /** x̄_a − x̄_b. */
  diff: number;
  /** LSD and Tukey standard error √(MS_W (1/n_a + 1/n_b)); null without within-group df. */
  se: number | null;
  lsdP: number | null;
  tukeyP: number | null;
  /** Games–Howell: SE, Welch df and p; null when a group has one member or both have no variance. */
  ghSe: number | null;
  ghDf: number | null;
  ghP: number | null;
  /**
   * 95 % confidence intervals of x̄_a − x̄_b, as SPSS prints beside each method: LSD diff ± t_{.975, N−k}·SE;
   * Tukey HSD diff ± q_{.95; k, N−k}/√2·SE; Games–Howell diff ± q_{.95; k, df_Welch}/√2·SE_GH. Null where the
   * method has no SE.
   */
  lsdCi: [number, number] | null;
  tukeyCi: [number, number] | null;
  ghCi: [number, number] | null;
}

/** Confidence level of the post hoc intervals. */
export const POSTHOC_CONFIDENCE = 0.95;

const interval = (diff: number, half: number | null): [number, number] | null => (half === null || !Number.isFinite(half) ? null : [diff - half, diff + half]);

export interface GroupTests {
  groups: number[];
  sizes: number[];
  means: number[];
  /** η² = SSB / (SSB + SSW); null for a constant column. */
  eta2: number | null;
  anova: AnovaResult;
  levene: LeveneResult;
  pairs: PairComparison[];
}

/** Groups of `values` by label, labels ascending. */
function split(values: ArrayLike<number>, groups: ArrayLike<number>): { labels: number[]; members: Float64Array[] } {
  if (values.length !== groups.length) {
    throw new InputError('stats.length-mismatch', `Post hoc tests need one group label per value: ${values.length} values but ${groups.length} labels.`, {}, { n: values.length, labels: groups.length }, 'posthoc');
  }
  const g = groupValues(values, groups);
  const order = g.labels.map((_, i) => i).sort((x, y) => g.labels[x] - g.labels[y]);
  return { labels: order.map((i) => g.labels[i]), members: order.map((i) => g.values[i]) };
}

/** Levene's test with the group means as centres (SPSS "Based on Mean"). */
export function leveneTest(values: ArrayLike<number>, groups: ArrayLike<number>): LeveneResult {
  const { labels, members } = split(values, groups);
  const centres = new Map(labels.map((l, i) => [l, mean(members[i])]));
  const dev = Float64Array.from(values, (v, i) => Math.abs(v - centres.get(groups[i])!));
  const a = oneWayAnova(dev, groups);
  // all deviations equal within and between groups (e.g. every group constant): F = 0/0
  return { f: a.f, df1: a.dfb, df2: a.dfw, p: a.f === null ? null : a.f === Infinity ? 0 : fSurvival(a.f, a.dfb, a.dfw) };
}

/** η², Levene and the three post hoc comparisons of one numeric column across groups. */
export function groupTests(values: ArrayLike<number>, groups: ArrayLike<number>): GroupTests {
  const { labels, members } = split(values, groups);
  const anova = oneWayAnova(values, groups);
  const k = labels.length;
  const n = values.length;
  const sizes = members.map((m) => m.length);
  const means = members.map((m) => mean(m));
  const vars = members.map((m) => (m.length > 1 ? variance(m) : NaN));
  const sst = anova.ssb + anova.ssw;
  const eta2 = sst > 0 ? anova.ssb / sst : null;
  const dfw = n - k;
  const msw = dfw > 0 ? anova.ssw / dfw : null;
  const alpha = 1 - POSTHOC_CONFIDENCE;
  const tCrit = msw !== null ? tCritical(alpha, dfw) : null;
  const qCrit = msw !== null && k >= 2 ? studentizedRangeCritical(alpha, k, dfw) : null;
  const pairs: PairComparison[] = [];
  for (let i = 0; i < k; i++) {
    for (let j = i + 1; j < k; j++) {
      const diff = means[i] - means[j];
      let se: number | null = null;
      let lsdP: number | null = null;
      let tukeyP: number | null = null;
      if (msw !== null) {
        se = Math.sqrt(msw * (1 / sizes[i] + 1 / sizes[j]));
        if (se > 0 && Number.isFinite(diff / se)) {
          const t = diff / se;
          lsdP = tTwoSided(t, dfw);
          tukeyP = studentizedRangeSf(Math.SQRT2 * Math.abs(t), k, dfw);
        } else {
          lsdP = diff === 0 ? null : 0;
          tukeyP = lsdP;
        }
      }
      let ghSe: number | null = null;
      let ghDf: number | null = null;
      let ghP: number | null = null;
      if (sizes[i] > 1 && sizes[j] > 1) {
        const vi = vars[i] / sizes[i];
        const vj = vars[j] / sizes[j];
        // Welch–Satterthwaite df: squares of variances near 1e-162 underflow to 0/0; then no df and no p
        const df = ((vi + vj) * (vi + vj)) / ((vi * vi) / (sizes[i] - 1) + (vj * vj) / (sizes[j] - 1));
        if (vi + vj > 0 && df > 0 && Number.isFinite(df)) {
          ghSe = Math.sqrt(vi + vj);
          ghDf = df;
          const q = (Math.SQRT2 * Math.abs(diff)) / ghSe;
          ghP = Number.isFinite(q) ? studentizedRangeSf(q, k, ghDf) : 0;
        }
      }
      const ghCrit = ghDf !== null ? studentizedRangeCritical(alpha, k, ghDf) : null;
      pairs.push({
        a: labels[i],
        b: labels[j],
        diff,
        se,
        lsdP,
        tukeyP,
        ghSe,
        ghDf,
        ghP,
        lsdCi: se !== null && tCrit !== null ? interval(diff, tCrit * se) : null,
        tukeyCi: se !== null && qCrit !== null ? interval(diff, (qCrit / Math.SQRT2) * se) : null,
        ghCi: ghSe !== null && ghCrit !== null ? interval(diff, (ghCrit / Math.SQRT2) * ghSe) : null,
      });
    }
  }
  return { groups: labels, sizes, means, eta2, anova, levene: leveneTest(values, groups), pairs };
}

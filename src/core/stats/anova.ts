/**
 * One-way analysis of variance of one numeric column across groups (clusters): the table SPSS
 * prints after QUICK CLUSTER (cluster mean square, error mean square, F, Sig.).
 */
import { InputError } from '../errors.ts';
import { mean } from './describe.ts';
import { fSurvival } from './fdist.ts';
import { groupValues } from './groups.ts';

/**
 * Why F or p could not be computed the usual way:
 * - `one-group`: fewer than two groups, df between = 0 → F and p are null;
 * - `no-within-df`: every group has one member, df within = 0 → F and p are null;
 * - `constant`: SSB = SSW = 0 (the column is constant) → F = 0/0 → F and p are null;
 * - `no-within-variance`: SSW = 0 < SSB (constant inside every group, different between groups)
 *   → F = +Infinity and p = 0 (perfect separation; the limit of F as SSW → 0).
 */
export type AnovaNote = 'one-group' | 'no-within-df' | 'constant' | 'no-within-variance';

export interface AnovaResult {
  /** Number of non-empty groups k. */
  groups: number;
  /** Number of values n. */
  n: number;
  /** Between-group sum of squares Σ_g n_g (x̄_g − x̄)². */
  ssb: number;
  /** Within-group sum of squares Σ_g Σ_i (x_i − x̄_g)². */
  ssw: number;
  /** Degrees of freedom between groups, k − 1. */
  dfb: number;
  /** Degrees of freedom within groups, n − k. */
  dfw: number;
  /** SSB / dfb, or null when dfb = 0. */
  msb: number | null;
  /** SSW / dfw, or null when dfw = 0. */
  msw: number | null;
  /** MSB / MSW; +Infinity when SSW = 0 < SSB; null when undefined (see `note`). */
  f: number | null;
  /** Upper-tail probability of F(dfb, dfw) beyond `f`; 0 when F is infinite; null when F is null. */
  p: number | null;
  note?: AnovaNote;
}

/**
 * One-way ANOVA of `values` grouped by `groups` (any numeric labels, e.g. cluster numbers;
 * one label per value). p-values come from the F distribution (`fdist.ts`).
 */
export function oneWayAnova(values: ArrayLike<number>, groups: ArrayLike<number>): AnovaResult {
  const n = values.length;
  if (groups.length !== n) {
    throw new InputError('stats.length-mismatch', `ANOVA needs one group label per value: ${n} values but ${groups.length} labels.`, {}, { n, labels: groups.length }, 'anova');
  }
  if (n === 0) throw new InputError('stats.empty', 'ANOVA needs at least one value; got none.', {}, {}, 'anova');
  const members = groupValues(values, groups).values;
  const grand = mean(values);
  let ssb = 0;
  let ssw = 0;
  for (const list of members) {
    const m = mean(list);
    ssb += list.length * (m - grand) ** 2;
    for (let i = 0; i < list.length; i++) ssw += (list[i] - m) ** 2;
  }
  const k = members.length;
  const dfb = k - 1;
  const dfw = n - k;
  const msb = dfb > 0 ? ssb / dfb : null;
  const msw = dfw > 0 ? ssw / dfw : null;
  const base = { groups: k, n, ssb, ssw, dfb, dfw, msb, msw };
  if (dfb === 0) return { ...base, f: null, p: null, note: 'one-group' };
  if (dfw === 0) return { ...base, f: null, p: null, note: 'no-within-df' };
  if (ssw === 0 && ssb === 0) return { ...base, f: null, p: null, note: 'constant' };
  if (ssw === 0) return { ...base, f: Infinity, p: 0, note: 'no-within-variance' };
  const f = (msb as number) / (msw as number);
  // Sums of squares of values near 1e-162 underflow when divided by their df: at double
  // precision the groups are then constant (0/0) or have no within-group variance (x/0).
  if (Number.isNaN(f)) return { ...base, f: null, p: null, note: 'constant' };
  if (f === Infinity) return { ...base, f: Infinity, p: 0, note: 'no-within-variance' };
  return { ...base, f, p: fSurvival(f, dfb, dfw) };
}

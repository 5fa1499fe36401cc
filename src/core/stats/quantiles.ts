/**
 * Critical values for confidence intervals, by inverting a decreasing survival function: the
 * two-sided Student t quantile (LSD intervals) and the upper quantile of the studentized range
 * (Tukey HSD and Games–Howell intervals). The root is bracketed by doubling and found by the
 * Illinois variant of regula falsi (Dowell & Jarratt 1971, BIT 11, 168–174) to a relative width of
 * 1e-12, so the quantile is as exact as the survival function it inverts, in a few evaluations.
 */
import { tTwoSided } from './distributions.ts';
import { studentizedRangeSf } from './studentized-range.ts';

/** The x > 0 with sf(x) = p for a survival function decreasing from sf(0) ≥ p; null if none is found. */
export function inverseSurvival(sf: (x: number) => number, p: number): number | null {
  if (!(p > 0 && p < 1)) return null;
  const f = (x: number) => sf(x) - p;
  let lo = 0;
  let flo = f(lo);
  if (!(flo > 0)) return null;
  let hi = 1;
  let fhi = f(hi);
  for (let i = 0; i < 1100 && fhi > 0; i++) {
    lo = hi;
    flo = fhi;
    hi *= 2;
    if (!Number.isFinite(hi)) return null;
    fhi = f(hi);
  }
  let side = 0;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    let x = (lo * fhi - hi * flo) / (fhi - flo);
    if (!(x > lo && x < hi)) x = (lo + hi) / 2;
    const fx = f(x);
    if (fx === 0) return x;
    if (fx > 0) {
      lo = x;
      flo = fx;
      if (side === 1) fhi /= 2;
      side = 1;
    } else {
      hi = x;
      fhi = fx;
      if (side === -1) flo /= 2;
      side = -1;
    }
  }
  return (lo + hi) / 2;
}

/** t with P(|T| > t) = alpha for Student's t with `df` degrees of freedom (e.g. alpha 0.05 → t_0.975). */
export function tCritical(alpha: number, df: number): number | null {
  if (!(df > 0)) return null;
  return inverseSurvival((t) => tTwoSided(t, df), alpha);
}

/** q with P(Q > q) = alpha for the studentized range of k means with `df` degrees of freedom. */
export function studentizedRangeCritical(alpha: number, k: number, df: number): number | null {
  if (!(df > 0) || !(k >= 2)) return null;
  return inverseSurvival((q) => studentizedRangeSf(q, k, df), alpha);
}

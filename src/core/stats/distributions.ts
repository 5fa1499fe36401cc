/**
 * Student's t and the chi-square distribution's upper tails (post hoc LSD and the chi-square test
 * of independence). t through the regularised incomplete beta function; chi-square through the
 * regularised upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a): its series for x < a + 1 and its
 * continued fraction (modified Lentz) otherwise (Press et al., Numerical Recipes, 3rd ed., 2007, §6.2).
 */
import { regularizedBetaXY } from './beta.ts';
import { logGamma } from './gamma.ts';

/** Two-sided p-value P(|T| ≥ |t|) of Student's t with df degrees of freedom (df may be fractional). */
export function tTwoSided(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`Student's t needs df > 0; got ${df}.`);
  if (Number.isNaN(t)) throw new RangeError('tTwoSided needs a number, got NaN.');
  const t2 = t * t;
  // |t| above ~1.3e154 squares to Infinity: the p-value is 0 at double precision
  if (!Number.isFinite(t2)) return 0;
  return regularizedBetaXY(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
}

/** Regularised upper incomplete gamma Q(a, x) for a > 0, x ≥ 0. */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError(`gammaQ needs a > 0; got ${a}.`);
  if (!(x >= 0)) throw new RangeError(`gammaQ needs x ≥ 0; got ${x}.`);
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  const logPrefix = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    // P(a, x) = e^{−x} x^a / Γ(a + 1) · Σ_n x^n / ((a + 1)…(a + n))
    let term = 1 / a;
    let total = term;
    for (let n = 1; n < 10000; n++) {
      term *= x / (a + n);
      total += term;
      if (term < total * 1e-17) break;
    }
    return 1 - total * Math.exp(logPrefix);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(logPrefix) * h;
}

/** Upper tail P(χ²_df > x). */
export function chiSquareSf(x: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`The chi-square distribution needs df > 0; got ${df}.`);
  if (!(x > 0)) return 1;
  return gammaQ(df / 2, x / 2);
}

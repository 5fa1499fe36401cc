/** ln Γ(x) for x > 0, by the Lanczos approximation (g = 7, 9 terms; relative error ≈ 1e-15). */

const G = 7;
const COEF = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LN_SQRT_2PI = 0.9189385332046727;

/**
 * Natural logarithm of the gamma function for x > 0 (reflection below 0.5).
 * Throws a RangeError for x ≤ 0 or a non-finite x: callers pass degrees of freedom, never those.
 */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`logGamma needs a finite x > 0; got ${x}.`);
  if (x < 0.5) {
    // Γ(x)Γ(1 − x) = π / sin(πx)
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let a = COEF[0];
  const t = z + G + 0.5;
  for (let i = 1; i < COEF.length; i++) a += COEF[i] / (z + i);
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

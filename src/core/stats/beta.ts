/**
 * The regularised incomplete beta function I_x(a, b), by the continued fraction of
 * Numerical Recipes (3rd ed., §6.4, `betacf`) evaluated with the modified Lentz method.
 */
import { logBeta } from './gamma.ts';

const EPS = Number.EPSILON;
const FPMIN = 1e-300;
const MAX_ITER = 100_000;

/** Continued fraction for I_x(a, b), valid (fast) for x < (a + 1)/(a + b + 2). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < FPMIN) d = FPMIN;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITER; m++) {
    const m2 = 2 * m;
    // even step
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    h *= d * c;
    // odd step
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < FPMIN) d = FPMIN;
    c = 1 + aa / c;
    if (Math.abs(c) < FPMIN) c = FPMIN;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) <= EPS) return h;
  }
  throw new RangeError(`The incomplete beta continued fraction did not converge (a = ${a}, b = ${b}, x = ${x}).`);
}

/**
 * I_x(a, b) with y = 1 − x supplied by the caller, so that a tail close to 1 keeps its
 * precision (e.g. the F distribution passes x = d₂/(d₂ + d₁F), y = d₁F/(d₂ + d₁F)).
 */
export function regularizedBetaXY(x: number, y: number, a: number, b: number): number {
  if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new RangeError(`The incomplete beta needs finite a, b > 0; got a = ${a}, b = ${b}.`);
  }
  if (!(x >= 0 && x <= 1) || !(y >= 0 && y <= 1)) throw new RangeError(`The incomplete beta needs 0 ≤ x ≤ 1; got x = ${x}.`);
  if (x === 0) return 0;
  if (y === 0) return 1;
  // x^a y^b / B(a, b), in logs.
  const front = Math.exp(a * Math.log(x) + b * Math.log(y) - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(y, b, a)) / b;
}

/** The regularised incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b), 0 ≤ x ≤ 1, a, b > 0. */
export function regularizedBeta(x: number, a: number, b: number): number {
  return regularizedBetaXY(x, 1 - x, a, b);
}

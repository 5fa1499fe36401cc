/** The F distribution (Fisher–Snedecor) through the regularised incomplete beta function. */
import { regularizedBetaXY } from './beta.ts';

function checkDf(d1: number, d2: number): void {
  if (!(d1 > 0) || !(d2 > 0) || !Number.isFinite(d1) || !Number.isFinite(d2)) {
    throw new RangeError(`The F distribution needs degrees of freedom > 0; got d1 = ${d1}, d2 = ${d2}.`);
  }
}

/**
 * Upper tail P(F > f) for F ~ F(d1, d2): the p-value of an ANOVA F test.
 * P(F > f) = I_{d₂/(d₂ + d₁f)}(d₂/2, d₁/2). f ≤ 0 → 1; f = +Infinity → 0.
 */
export function fSurvival(f: number, d1: number, d2: number): number {
  return tail(f, d1, d2, 'fSurvival', true);
}

/** Lower tail P(F ≤ f) = I_{d₁f/(d₁f + d₂)}(d₁/2, d₂/2). */
export function fCdf(f: number, d1: number, d2: number): number {
  return tail(f, d1, d2, 'fCdf', false);
}

/** P(F > f) (`upper`) or P(F ≤ f); `name` is the function named in the error for a NaN f. */
function tail(f: number, d1: number, d2: number, name: string, upper: boolean): number {
  checkDf(d1, d2);
  if (Number.isNaN(f)) throw new RangeError(`${name} needs a number, got NaN.`);
  if (f <= 0) return upper ? 1 : 0;
  const s = d2 + d1 * f;
  if (!Number.isFinite(s)) return upper ? 0 : 1;
  const below = (d1 * f) / s;
  const above = d2 / s;
  return upper ? regularizedBetaXY(above, below, d2 / 2, d1 / 2) : regularizedBetaXY(below, above, d1 / 2, d2 / 2);
}

/**
 * Descriptive statistics on numeric arrays: mean, variance, standard deviation, median, range,
 * and the one rule for "constant" used everywhere (normalisation, weights, profiles).
 * Inputs are assumed finite (see `check.ts`); empty input is refused, never turned into NaN.
 */
import { InputError } from '../errors.ts';
import { medianOf } from './distribution.ts';

function needValues(x: ArrayLike<number>, what: string): void {
  if (x.length === 0) throw new InputError('stats.empty', `Cannot compute the ${what} of no values.`, {}, { what }, 'describe');
}

/** Smallest and largest value. */
export function extent(x: ArrayLike<number>): { min: number; max: number } {
  needValues(x, 'range');
  let min = x[0];
  let max = x[0];
  for (let i = 1; i < x.length; i++) {
    const v = x[i];
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  return { min, max };
}

/**
 * True when every value is equal up to rounding: max − min ≤ 1e-12 × max(|min|, |max|).
 * (Values read from a CSV have at most ~15 significant digits, so a spread in the 13th digit
 * is rounding, not information.) Exactly equal values are always constant.
 */
export function isConstantRange(min: number, max: number): boolean {
  return max - min <= 1e-12 * Math.max(Math.abs(min), Math.abs(max));
}

/** True when the array is constant in the sense of `isConstantRange`. */
export function isConstant(x: ArrayLike<number>): boolean {
  const { min, max } = extent(x);
  return isConstantRange(min, max);
}

/**
 * Arithmetic mean, computed as x₀ + Σ(xᵢ − x₀)/n and kept inside [min, max], so that equal
 * values give exactly that value back (a plain Σx/n of ten 0.1s is 0.09999999999999999).
 */
export function mean(x: ArrayLike<number>): number {
  needValues(x, 'mean');
  const x0 = x[0];
  let s = 0;
  for (let i = 1; i < x.length; i++) s += x[i] - x0;
  const m = x0 + s / x.length;
  const { min, max } = extent(x);
  return m < min ? min : m > max ? max : m;
}

/**
 * Variance with `ddof` degrees of freedom removed: Σ(x − x̄)² / (n − ddof). Default ddof = 1
 * (sample variance, as SPSS). Needs n > ddof. A constant array gives exactly 0.
 */
export function variance(x: ArrayLike<number>, ddof = 1): number {
  if (x.length <= ddof) {
    throw new InputError('stats.too-few', `The variance with ${ddof} degree(s) of freedom removed needs more than ${ddof} value(s); got ${x.length}.`, {}, { ddof, n: x.length }, 'variance');
  }
  const m = mean(x);
  let ss = 0;
  for (let i = 0; i < x.length; i++) ss += (x[i] - m) ** 2;
  return ss / (x.length - ddof);
}

/** Standard deviation √variance (sample, n − 1, by default). */
export function sd(x: ArrayLike<number>, ddof = 1): number {
  return Math.sqrt(variance(x, ddof));
}

/** Median: the middle value, or the mean of the two middle values when n is even. */
export function median(x: ArrayLike<number>): number {
  needValues(x, 'median');
  return medianOf(x);
}

/** Σ x, in index order. */
export function sum(x: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s;
}

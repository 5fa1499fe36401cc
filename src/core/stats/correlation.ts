/** Pearson correlation between two columns of the same length. */
import { InputError } from '../errors.ts';
import { isConstant, mean } from './describe.ts';

/**
 * Pearson's r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²), clamped to [−1, 1].
 * Returns `null` when either column is constant (r is undefined: 0/0) — the caller decides
 * what that means. Needs n ≥ 2 and equal lengths.
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  if (x.length !== y.length) {
    throw new InputError('stats.length-mismatch', `Cannot correlate columns of different lengths (${x.length} and ${y.length}).`, {}, { x: x.length, y: y.length }, 'correlation');
  }
  if (x.length < 2) throw new InputError('stats.too-few', `A correlation needs at least 2 values; got ${x.length}.`, {}, { n: x.length }, 'correlation');
  if (isConstant(x) || isConstant(y)) return null;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  const denom = Math.sqrt(sxx * syy);
  // Non-constant columns have sxx, syy > 0 unless the squares underflow (values near 1e-160).
  if (!(denom > 0) || !Number.isFinite(denom)) return null;
  const r = sxy / denom;
  return r > 1 ? 1 : r < -1 ? -1 : r;
}

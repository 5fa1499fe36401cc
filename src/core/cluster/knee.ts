/**
 * Kneedle (Satopää, Albrecht, Irwin & Raghavan, 2011) for the elbow of a decreasing convex
 * curve, e.g. inertia against k. Follows the `kneed` package's `KneeLocator(x, y,
 * curve='convex', direction='decreasing', S, interp_method='interp1d', online=False)`:
 *
 * 1. normalise x and y to [0, 1];
 * 2. flip y (y ← max − y) so the elbow becomes a knee; difference curve D = y − x;
 * 3. local maxima and minima of D (neighbours compared with ≥ / ≤, ends clipped, as
 *    scipy's `argrelextrema`);
 * 4. each local maximum sets a threshold T = D_max − S·mean(Δx); walking right from the first
 *    maximum, a minimum resets the threshold to 0; the first time D drops below the threshold,
 *    the x of the last maximum is the elbow. No drop → no elbow (null).
 */
import { InputError } from '../errors.ts';

export interface KneeOptions {
  /** Sensitivity S (how many "flat" steps before calling an elbow). Default 1, as kneed and yellowbrick. */
  sensitivity?: number;
}

/**
 * x of the elbow of a decreasing convex curve, or null when there is none (fewer than 3 points,
 * a flat curve, or the difference curve never falls below its threshold).
 * x must be strictly increasing and every value finite (InputError `knee.input` otherwise).
 */
export function kneedle(x: ArrayLike<number>, y: ArrayLike<number>, options: KneeOptions = {}): number | null {
  const s = options.sensitivity ?? 1;
  const n = x.length;
  if (y.length !== n) throw new InputError('knee.input', `x has ${n} values but y has ${y.length}.`, {}, {});
  if (!(s >= 0) || !Number.isFinite(s)) throw new InputError('knee.input', `Sensitivity S = ${s} must be a finite number ≥ 0.`, {}, {});
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) {
      throw new InputError('knee.input', `Point ${i + 1} of the curve is not finite (x = ${x[i]}, y = ${y[i]}).`, {}, {});
    }
    if (i > 0 && !(x[i] > x[i - 1])) throw new InputError('knee.input', `x must increase strictly; point ${i + 1} does not.`, {}, {});
  }
  if (n < 3) return null;
  const xMin = x[0];
  const xMax = x[n - 1];
  let yMin = Infinity;
  let yMax = -Infinity;
  for (let i = 0; i < n; i++) {
    if (y[i] < yMin) yMin = y[i];
    if (y[i] > yMax) yMax = y[i];
  }
  if (yMax === yMin) return null;
  const xn = new Float64Array(n);
  const yn = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xn[i] = (x[i] - xMin) / (xMax - xMin);
    yn[i] = (y[i] - yMin) / (yMax - yMin);
  }
  let ynMax = -Infinity;
  for (let i = 0; i < n; i++) if (yn[i] > ynMax) ynMax = yn[i];
  const diff = new Float64Array(n);
  for (let i = 0; i < n; i++) diff[i] = ynMax - yn[i] - xn[i];

  const isMax = new Uint8Array(n);
  const isMin = new Uint8Array(n);
  const maxima: number[] = [];
  for (let i = 0; i < n; i++) {
    const left = diff[i > 0 ? i - 1 : 0];
    const right = diff[i < n - 1 ? i + 1 : n - 1];
    if (diff[i] >= left && diff[i] >= right) {
      isMax[i] = 1;
      maxima.push(i);
    }
    if (diff[i] <= left && diff[i] <= right) isMin[i] = 1;
  }
  if (maxima.length === 0) return null;
  let step = 0;
  for (let i = 1; i < n; i++) step += xn[i] - xn[i - 1];
  step = Math.abs(step / (n - 1));

  let m = 0;
  let threshold = 0;
  let thresholdIndex = maxima[0];
  for (let i = maxima[0]; i < n - 1; i++) {
    if (isMax[i]) {
      threshold = diff[maxima[m]] - s * step;
      thresholdIndex = i;
      m++;
    }
    if (isMin[i]) threshold = 0;
    if (diff[i + 1] < threshold) return x[thresholdIndex];
  }
  return null;
}

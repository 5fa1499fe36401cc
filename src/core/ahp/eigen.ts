/**
 * Principal (Perron) eigenvector of a positive matrix, deterministically and to ~1e-15.
 *
 * A positive matrix has a simple real dominant eigenvalue with a positive eigenvector
 * (Perron's theorem), and A^m / ‖A^m‖ tends to the rank-one projector onto it. We square
 * the matrix repeatedly (A, A², A⁴, …, rescaling each time), so the error falls like
 * (|λ₂|/λ₁)^(2^k) — a few squarings suffice even when |λ₂|/λ₁ is close to 1 — and read the
 * eigenvector from the row sums. A few plain power steps w ← A·w then polish the result.
 * Same input ⇒ same operations in the same order ⇒ the same bits.
 */

const MAX_SQUARINGS = 64;
const MAX_POWER_STEPS = 10;

function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}

function normaliseSum<T extends Float64Array>(v: T): T {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  for (let i = 0; i < v.length; i++) v[i] /= s;
  return v;
}

/** y = A·x for a flat row-major n×n matrix. */
function mulVec(a: Float64Array, n: number, x: Float64Array): Float64Array {
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += a[i * n + j] * x[j];
    y[i] = s;
  }
  return y;
}

/**
 * The principal eigenvector of a positive n×n matrix (row-major `Float64Array`), scaled to
 * sum 1. The caller guarantees every entry is finite and > 0.
 */
export function principalEigenvector(a: Float64Array, n: number): Float64Array {
  if (n === 1) return Float64Array.of(1);
  let b: Float64Array = Float64Array.from(a);
  let w: Float64Array = new Float64Array(n).fill(1 / n);
  for (let k = 0; k < MAX_SQUARINGS; k++) {
    const c = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let l = 0; l < n; l++) {
        const bil = b[i * n + l];
        for (let j = 0; j < n; j++) c[i * n + j] += bil * b[l * n + j];
      }
    }
    let total = 0;
    for (let i = 0; i < n * n; i++) total += c[i];
    for (let i = 0; i < n * n; i++) c[i] /= total;
    b = c;
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += b[i * n + j];
      next[i] = s;
    }
    normaliseSum(next);
    const change = maxAbsDiff(next, w);
    w = next;
    if (change <= 1e-16) break;
  }
  for (let k = 0; k < MAX_POWER_STEPS; k++) {
    const next = normaliseSum(mulVec(a, n, w));
    const change = maxAbsDiff(next, w);
    w = next;
    if (change <= 1e-16) break;
  }
  return w;
}

/** Flattens a square number[][] into a row-major Float64Array. */
export function flatten(m: readonly (readonly number[])[]): Float64Array {
  const n = m.length;
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] = m[i][j];
  return a;
}

/**
 * Seeded randomness, passed around as a value. Never use Math.random in the core:
 * the same project and seed must give the same result in the browser and the CLI.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

/** mulberry32: small, fast, good enough for starts and samples; 32-bit seed. */
export function createRng(seed: number): Rng {
  let a = (Math.floor(seed) >>> 0) ^ 0x9e3779b9;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

/** A seeded sample of `size` distinct indices from 0..n-1, in increasing order (partial Fisher–Yates). */
export function sampleIndices(n: number, size: number, rng: Rng): Int32Array {
  if (size >= n) return Int32Array.from({ length: n }, (_, i) => i);
  const idx = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + rng.int(n - i);
    const t = idx[i];
    idx[i] = idx[j];
    idx[j] = t;
  }
  return idx.slice(0, size).sort();
}

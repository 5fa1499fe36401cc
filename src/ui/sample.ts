/**
 * Display-only thinning of large point clouds: a chart of 10,000 SVG dots takes seconds to draw
 * and no more can be seen than of a few thousand. Counts and statistics are always of all rows;
 * only the dots drawn are a seeded sample, and the caption says so.
 */
import { createRng, sampleIndices, type Rng } from '../core/random.ts';

/** Most dots a scatter draws. */
export const DISPLAY_POINTS = 2000;

/**
 * Row positions to draw out of `n`: all of them (in order) when n ≤ `limit`, else a seeded
 * sample of `limit` positions in increasing order (the same for the same n, so charts do not flicker).
 */
export function displayRows(n: number, limit = DISPLAY_POINTS, seed = 20240601): Int32Array {
  if (n <= limit) return Int32Array.from({ length: n }, (_, i) => i);
  // The same for the same n: drawn once (a shuffle of n positions, ~100 ms at a million rows on
  // the page's main thread), then reused by every chart and result. Read-only for the callers.
  const key = `${n},${limit},${seed}`;
  let rows = memo.get(key);
  if (!rows) {
    if (memo.size >= 8) memo.clear();
    memo.set(key, (rows = sparseSample(n, limit, createRng(seed))));
  }
  return rows;
}

/**
 * The core's `sampleIndices` (the same positions for the same generator) without its array of all
 * n positions: the partial Fisher–Yates shuffle keeps only the positions it moved, in a Map.
 */
export function sparseSample(n: number, size: number, rng: Rng): Int32Array {
  if (size >= n) return sampleIndices(n, size, rng);
  const moved = new Map<number, number>();
  const out = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    const j = i + rng.int(n - i);
    const atI = moved.get(i) ?? i;
    out[i] = moved.get(j) ?? j;
    moved.set(j, atI);
  }
  return out.sort();
}
const memo = new Map<string, Int32Array>();

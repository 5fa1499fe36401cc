/**
 * Display-only thinning of large point clouds: a chart of 10,000 SVG dots takes seconds to draw
 * and no more can be seen than of a few thousand. Counts and statistics are always of all rows;
 * only the dots drawn are a seeded sample, and the caption says so.
 */
import { createRng, sampleIndices } from '../core/random.ts';

/** Most dots a scatter draws. */
export const DISPLAY_POINTS = 2000;

/**
 * Row positions to draw out of `n`: all of them (in order) when n ≤ `limit`, else a seeded
 * sample of `limit` positions in increasing order (the same for the same n, so charts do not flicker).
 */
export function displayRows(n: number, limit = DISPLAY_POINTS, seed = 20240601): Int32Array {
  if (n <= limit) return Int32Array.from({ length: n }, (_, i) => i);
  return sampleIndices(n, limit, createRng(seed));
}

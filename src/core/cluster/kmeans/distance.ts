/** Squared Euclidean distances and nearest-centre labels: the arithmetic every k-means path shares. */
import type { Points } from '../points.ts';

/** Labels of the nearest centroid for each point (squared Euclidean, ties → lower index). */
export function assignNearest(points: Points, centroids: Float64Array): Int32Array {
  const labels = new Int32Array(points.n);
  assignNearestInto(points.data, points.n, points.d, centroids, centroids.length / points.d, labels);
  return labels;
}

/** As `assignNearest`, into a given label array (no allocation; the Lloyd loop calls it each iteration). */
export function assignNearestInto(
  data: Float64Array,
  n: number,
  d: number,
  centres: Float64Array,
  k: number,
  labels: Int32Array,
): void {
  for (let i = 0; i < n; i++) labels[i] = nearestCentre(data, i * d, centres, k, d);
}

/**
 * Squared Euclidean distance between the point at `data[o..o+d)` and the centre at `centres[q..q+d)`
 * (the same bits for d = 2, which has its own branch: the two value scores, the app's default).
 */
export function squaredDistance(data: Float64Array, o: number, centres: Float64Array, q: number, d: number): number {
  if (d === 2) {
    const v0 = data[o] - centres[q];
    const v1 = data[o + 1] - centres[q + 1];
    return v0 * v0 + v1 * v1;
  }
  let s = 0;
  for (let j = 0; j < d; j++) {
    const v = data[o + j] - centres[q + j];
    s += v * v;
  }
  return s;
}

/** Squared distances to the nearest and second-nearest centre, as `nearestTwo` leaves them. */
export interface NearestTwo {
  bestD: number;
  secondD: number;
}

const scratch: NearestTwo = { bestD: 0, secondD: 0 };

/** Index of the centre nearest to the point at `data[o..o+d)` (squared Euclidean, ties → lower index). */
export function nearestCentre(data: Float64Array, o: number, centres: Float64Array, k: number, d: number): number {
  return nearestTwo(data, o, centres, k, d, scratch);
}

/**
 * `nearestCentre`, and the squared distances to the nearest and second-nearest centre in `out`;
 * with `dist`, each centre's distance (not squared) is written to dist[at + c].
 */
export function nearestTwo(
  data: Float64Array,
  o: number,
  centres: Float64Array,
  k: number,
  d: number,
  out: NearestTwo,
  dist?: Float64Array,
  at = 0,
): number {
  let best = 0;
  let bestD = Infinity;
  let secondD = Infinity;
  for (let c = 0; c < k; c++) {
    const s = squaredDistance(data, o, centres, c * d, d);
    if (dist) dist[at + c] = Math.sqrt(s);
    if (s < bestD) {
      secondD = bestD;
      bestD = s;
      best = c;
    } else if (s < secondD) secondD = s;
  }
  out.bestD = bestD;
  out.secondD = secondD;
  return best;
}

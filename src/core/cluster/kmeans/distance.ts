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

/** Squared Euclidean distance between the point at `data[o..o+d)` and the centre at `centres[q..q+d)`. */
export function squaredDistance(data: Float64Array, o: number, centres: Float64Array, q: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const v = data[o + j] - centres[q + j];
    s += v * v;
  }
  return s;
}

/** Index of the centre nearest to the point at `data[o..o+d)` (squared Euclidean, ties → lower index). */
export function nearestCentre(data: Float64Array, o: number, centres: Float64Array, k: number, d: number): number {
  let best = 0;
  let bestD = Infinity;
  for (let c = 0; c < k; c++) {
    const s = squaredDistance(data, o, centres, c * d, d);
    if (s < bestD) {
      bestD = s;
      best = c;
    }
  }
  return best;
}

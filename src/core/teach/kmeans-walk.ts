/**
 * k-means worked by hand (issue 14, item 1): Lloyd's iterations laid out step by step for the
 * "Show the calculation" panel of the clustering step. Each iteration has two halves:
 *
 *   assign: the Euclidean distance of every point to every centre, each point to its nearest
 *           centre (ties → the lower centre number, as the engine), and the inertia
 *           Σ d(x, c_own)² at those centres;
 *   move:   each centre to the mean of its points (Σx / n per coordinate), how far it moved,
 *           and the inertia at the moved centres (never larger).
 *
 * The walk starts from the first k distinct points and stops after the first iteration in
 * which no point changes cluster (its move leaves every centre where it was). A centre that
 * loses all its points stays where it is (`empty`); the engine would relocate it, a textbook
 * iteration does not. The walk is for display on a small sample; the clustering itself is the
 * engine's (cluster/kmeans).
 */
import type { Points } from '../cluster/points.ts';
import { validateK } from '../cluster/kmeans/index.ts';

export interface KMeansAssign {
  /** The centres the points are assigned to (k·d, row-major). */
  centres: Float64Array;
  /** Euclidean distance of point i to centre c at `distances[i * k + c]`. */
  distances: Float64Array;
  /** Nearest centre of each point, 0..k−1. */
  labels: Int32Array;
  /** Points whose centre differs from the previous iteration's (all of them in iteration 1). */
  changed: number;
  /** Σ over points of the squared distance to their centre. */
  inertia: number;
}

export interface KMeansMove {
  /** Points per centre. */
  sizes: Int32Array;
  /** Coordinate sums of each centre's points (k·d). */
  sums: Float64Array;
  /** The moved centres: sums / sizes (an empty centre keeps its place). */
  centres: Float64Array;
  /** Euclidean distance each centre moved. */
  shift: Float64Array;
  /** Centres that lost all their points and stayed. */
  empty: number[];
  /** Σ over points of the squared distance to their moved centre (same labels). */
  inertia: number;
}

export interface KMeansIteration {
  assign: KMeansAssign;
  move: KMeansMove;
}

export interface KMeansWalk {
  k: number;
  d: number;
  /** The starting centres (k·d). */
  start: Float64Array;
  /** Row of each starting centre in the points. */
  startRows: number[];
  iterations: KMeansIteration[];
  /** True when the last iteration changed no point's centre. */
  converged: boolean;
}

/** The first k distinct points (their rows), the walk's starting centres. Throws `cluster.k-*` when there are not enough. */
export function firstDistinctRows(points: Points, k: number): number[] {
  const { data, n, d } = points;
  const rows: number[] = [];
  for (let i = 0; i < n && rows.length < k; i++) {
    const same = rows.some((r) => {
      for (let j = 0; j < d; j++) if (data[r * d + j] !== data[i * d + j]) return false;
      return true;
    });
    if (!same) rows.push(i);
  }
  validateK(k, n, rows.length < k ? rows.length : k);
  return rows;
}

/** One Lloyd iteration from `centres` (k·d); `previous` labels count the points that changed. */
export function kmeansIteration(points: Points, centres: Float64Array, previous?: Int32Array): KMeansIteration {
  const { data, n, d } = points;
  const k = centres.length / d;
  const distances = new Float64Array(n * k);
  const labels = new Int32Array(n);
  let inertia = 0;
  let changed = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    let bestD = Infinity;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const v = data[i * d + j] - centres[c * d + j];
        s += v * v;
      }
      distances[i * k + c] = Math.sqrt(s);
      if (s < bestD) {
        bestD = s;
        best = c;
      }
    }
    labels[i] = best;
    inertia += bestD;
    if (!previous || previous[i] !== best) changed++;
  }
  const sizes = new Int32Array(k);
  const sums = new Float64Array(k * d);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    sizes[c]++;
    for (let j = 0; j < d; j++) sums[c * d + j] += data[i * d + j];
  }
  const moved = new Float64Array(k * d);
  const shift = new Float64Array(k);
  const empty: number[] = [];
  for (let c = 0; c < k; c++) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const v = sizes[c] > 0 ? sums[c * d + j] / sizes[c] : centres[c * d + j];
      moved[c * d + j] = v;
      s += (v - centres[c * d + j]) ** 2;
    }
    shift[c] = Math.sqrt(s);
    if (sizes[c] === 0) empty.push(c);
  }
  let after = 0;
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    for (let j = 0; j < d; j++) after += (data[i * d + j] - moved[c * d + j]) ** 2;
  }
  return {
    assign: { centres: centres.slice(), distances, labels, changed, inertia },
    move: { sizes, sums, centres: moved, shift, empty, inertia: after },
  };
}

/**
 * Lloyd's iterations from the first k distinct points until an iteration changes no point's
 * centre, or `maxIterations` (default 20). Points must be finite.
 */
export function kmeansWalk(points: Points, k: number, options: { maxIterations?: number } = {}): KMeansWalk {
  const maxIterations = options.maxIterations ?? 20;
  const { data, d } = points;
  const startRows = firstDistinctRows(points, k);
  const start = new Float64Array(k * d);
  startRows.forEach((r, c) => start.set(data.subarray(r * d, r * d + d), c * d));
  const iterations: KMeansIteration[] = [];
  let centres: Float64Array = start;
  let previous: Int32Array | undefined;
  let converged = false;
  while (iterations.length < maxIterations) {
    const it = kmeansIteration(points, centres, previous);
    iterations.push(it);
    if (previous && it.assign.changed === 0) {
      converged = true;
      break;
    }
    previous = it.assign.labels;
    centres = it.move.centres;
  }
  return { k, d, start, startRows, iterations, converged };
}

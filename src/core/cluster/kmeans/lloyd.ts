/**
 * One k-means run from given centres: Lloyd iterations, stopping when the labels repeat ("strict
 * convergence") or when the squared centre shift Σ‖c_new − c_old‖² ≤ the tolerance; final labels are
 * always nearest-centre labels (one more assignment when not strictly converged). Two engines give
 * the same partition: plain Lloyd (the reference path) and Hamerly's bounds (hamerly.ts, default).
 */
import { inertia } from '../metrics.ts';
import type { Points } from '../points.ts';
import { assignNearestInto } from './distance.ts';
import { Elkan } from './elkan.ts';
import { Hamerly } from './hamerly.ts';
import { ClusterSums, EXACT_EVERY } from './sums.ts';

/**
 * Engine; all give the same partition from the same start. 'hamerly' is the default: Elkan's
 * n × k bounds did not pay at d = 8–16, k = 8–12 (bench/elkan.ts, docs/performance.md).
 */
export type KMeansAlgorithm = 'hamerly' | 'elkan' | 'lloyd';

/** One k-means run (from one start). */
export interface KMeansRun {
  /** Cluster of each point, 0..k-1, always the nearest returned centroid (ties → lower index). */
  labels: Int32Array;
  /** k·d centroids, row-major. */
  centroids: Float64Array;
  /** Within-cluster sum of squared distances to the centroids (WSS, a sum, not a mean). */
  inertia: number;
  /** Lloyd iterations done (as sklearn's `n_iter_`). */
  iterations: number;
  /** False when maxIterations was reached before the labels repeated or the shift fell under the tolerance. */
  converged: boolean;
  /** Points per cluster. */
  sizes: Int32Array;
}

export interface RunOptions {
  maxIterations: number;
  /** Absolute tolerance on Σ squared centre shift (sklearn: tol × mean feature variance). */
  tolerance: number;
  algorithm?: KMeansAlgorithm;
}

/** Plain Lloyd from given centres: the reference path. */
export function lloyd(points: Points, start: Float64Array, options: Omit<RunOptions, 'algorithm'>): KMeansRun {
  return runKMeans(points, start, { ...options, algorithm: 'lloyd' });
}

/** Elkan's algorithm from given centres: same partition as `lloyd`, fewer distance computations at d, k ≥ 8. */
export function elkan(points: Points, start: Float64Array, options: Omit<RunOptions, 'algorithm'>): KMeansRun {
  return runKMeans(points, start, { ...options, algorithm: 'elkan' });
}

/** Hamerly's algorithm from given centres: same partition as `lloyd`, fewer distance computations. */
export function hamerly(points: Points, start: Float64Array, options: Omit<RunOptions, 'algorithm'>): KMeansRun {
  return runKMeans(points, start, { ...options, algorithm: 'hamerly' });
}

/** One k-means run from the given k·d starting centres (not modified). Points must be finite. */
export function runKMeans(points: Points, start: Float64Array, options: RunOptions): KMeansRun {
  const { data, n, d } = points;
  const k = start.length / d;
  let centres: Float64Array = start.slice();
  let next: Float64Array = new Float64Array(k * d);
  const labels = new Int32Array(n);
  const sums = new ClusterSums(n, d, k);
  const shift2 = new Float64Array(k);
  const algorithm = options.algorithm ?? 'hamerly';
  const ham = algorithm === 'lloyd' || k <= 1 ? null : algorithm === 'elkan' ? new Elkan(points, k) : new Hamerly(points, k);
  let strict = false;
  let converged = false;
  let iterations = 0;
  for (let it = 0; it < options.maxIterations; it++) {
    // sums from scratch every EXACT_EVERY iterations, else moved by the points that changed cluster
    // (Hamerly moves them as it relabels, in the same order as `sync` would)
    const exact = it % EXACT_EVERY === 0;
    let changed: number;
    if (ham) {
      changed = it === 0 ? ham.assignAll(centres, labels) : ham.assign(centres, shift2, labels, exact ? null : sums);
      if (exact) sums.rebuild(data, labels);
    } else {
      assignNearestInto(data, n, d, centres, k, labels);
      changed = sums.sync(data, labels, exact);
    }
    const total = sums.centres(data, labels, centres, next, shift2);
    const t = centres;
    centres = next;
    next = t;
    iterations = it + 1;
    if (changed === 0) {
      strict = true;
      converged = true;
      break;
    }
    if (total <= options.tolerance) {
      converged = true;
      break;
    }
  }
  if (!strict) {
    // as sklearn: one more assignment so that the labels match the returned centres
    if (ham) ham.assign(centres, shift2, labels, null);
    else assignNearestInto(data, n, d, centres, k, labels);
  }
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) sizes[labels[i]]++;
  return { labels, centroids: centres, inertia: inertia(points, labels, centres), iterations, converged, sizes };
}

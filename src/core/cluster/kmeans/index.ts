/**
 * k-means on Float64Array points, following scikit-learn's `KMeans` (1.2) step by step:
 *
 * - greedy k-means++ start: 2 + ⌊ln k⌋ candidates per step, drawn with probability ∝ D²,
 *   keep the one that leaves the least potential (`_kmeans_plusplus`);
 * - Lloyd iterations; stop when the labels repeat ("strict convergence") or when the squared
 *   centre shift Σ‖c_new − c_old‖² ≤ tol × mean per-feature variance (relative tolerance);
 * - an empty cluster is moved to the point farthest from its own centre (`_relocate_empty_clusters`);
 * - final labels are always nearest-centre labels (one more assignment when not strictly converged).
 *
 * Three engines give the same partition from the same start: plain Lloyd (the reference path),
 * Hamerly's bounds (the default) and Elkan's (elkan.ts; measured slower at d = 8–16, k = 8–12).
 * The bounded engines recompute centres from scratch each iteration exactly as Lloyd does and
 * only skip a distance computation when the bounds prove,
 * with a safety margin for rounding, that Lloyd's arg-min would not change.
 *
 * This file: options, restarts and the checks of k; seeding.ts: the starts; lloyd.ts: one run;
 * hamerly.ts: the bounds; sums.ts + relocation.ts: the centre update; distance.ts: nearest centre.
 * Mini-batch (../minibatch.ts) builds on seeding, lloyd and distance, not on this file (no cycle).
 */
import { InputError } from '../../errors.ts';
import { MINI_BATCH_DEFAULTS } from '../minibatch.ts';
import { checkPoints, columnVariances, countDistinctRows, type PointNames, type Points } from '../points.ts';
import { runKMeans, type KMeansAlgorithm, type KMeansRun } from './lloyd.ts';
import { initialCentres } from './seeding.ts';
import { BestRestart, restartSeed, runRestart, type RestartSpec } from './restart.ts';

export { assignNearest, nearestCentre, squaredDistance } from './distance.ts';
export { elkan, hamerly, lloyd, runKMeans, type KMeansAlgorithm, type KMeansRun, type RunOptions } from './lloyd.ts';
export { kmeansPlusPlus } from './seeding.ts';
export { BestRestart, restartSeed, runRestart, type RestartSpec } from './restart.ts';

/** 'exact': full k-means (Hamerly or Lloyd, same partition); 'mini-batch': the approximate method of minibatch.ts. */
export type KMeansMethod = 'exact' | 'mini-batch';

export interface KMeansOptions extends PointNames {
  /** Seed of the whole call (32-bit integer); restart r uses `restartSeed(seed, r)`. Default 0. */
  seed?: number;
  /** Number of k-means++ starts; the run with the lowest inertia is kept. Default 10 (as sklearn 1.2). */
  restarts?: number;
  /** Maximum Lloyd iterations per run. Default 300 (as sklearn). */
  maxIterations?: number;
  /** Relative tolerance: stop when Σ squared centre shift ≤ tol × mean feature variance. Default 1e-4; 0 = until labels repeat. */
  tol?: number;
  /** Start: k-means++ (default) or given centres (k rows of d, or a k·d Float64Array); given centres mean one run. */
  init?: 'k-means++' | Float64Array | readonly (readonly number[])[];
  /** Engine; all give the same partition. Default 'hamerly' (Elkan's bounds measured slower at d = 8–16, k = 8–12). */
  algorithm?: KMeansAlgorithm;
  /**
   * 'exact' (default) or 'mini-batch' (approximate, an explicit choice for very large data; each
   * restart is a seeded mini-batch run from k-means++, `maxIterations` then counts passes over the data).
   */
  method?: KMeansMethod;
  /** Rows per mini-batch step. Default 1024 (as sklearn). */
  batchSize?: number;
}
export interface KMeansResult extends KMeansRun {
  k: number;
  /** Seed of the winning restart (reproduces it as a single run). */
  seed: number;
  /** Index of the winning restart (0-based). */
  restart: number;
  /** Inertia of every restart, in order (spread of local optima: a stability signal). */
  restartInertias: Float64Array;
}

/** Points checked once, with what every k needs: distinct row count and the tolerance scale. */
export interface PreparedPoints {
  points: Points;
  distinct: number;
  /** Mean of the per-feature population variances (sklearn's tolerance scale). */
  meanVariance: number;
}

export const KMEANS_DEFAULTS = { seed: 0, restarts: 10, maxIterations: 300, tol: 1e-4 } as const;

/** Checks the points (shape, finite values) and counts distinct rows; reuse it for many k. */
export function preparePoints(points: Points, names: PointNames = {}): PreparedPoints {
  checkPoints(points, names);
  const v = columnVariances(points);
  let s = 0;
  for (let j = 0; j < v.length; j++) s += v[j];
  return { points, distinct: countDistinctRows(points), meanVariance: points.d > 0 ? s / points.d : 0 };
}

/**
 * Throws `cluster.k-invalid` unless k is a whole number ≥ 1, and `cluster.k-too-large` when k is
 * more than the number of distinct rows or not less than the number of rows.
 */
export function validateK(k: number, n: number, distinct: number): void {
  if (!Number.isInteger(k) || k < 1) {
    throw new InputError('cluster.k-invalid', `k = ${k} is not a whole number of clusters (1 or more).`, {}, { k });
  }
  if (n === 0) throw new InputError('cluster.empty', 'There are no customers to cluster.', {}, {});
  // Fewer customers than k first: "only 3 distinct customers" would be a puzzling way to say
  // "only 3 customers".
  if (k >= n) {
    throw new InputError(
      'cluster.k-too-large',
      `k = ${k} but only ${plural(n, 'customer')}: k must be smaller than the number of customers.`,
      {},
      { k, n },
      'n',
    );
  }
  if (k > distinct) {
    throw new InputError(
      'cluster.k-too-large',
      `k = ${k} but only ${plural(distinct, 'distinct customer')}: customers with identical values cannot be split; choose k ≤ ${distinct}.`,
      {},
      { k, distinct },
      'distinct',
    );
  }
}

function plural(m: number, noun: string): string {
  return `${m} ${noun}${m === 1 ? '' : 's'}`;
}

function checkRunOptions(maxIterations: number, tol: number, restarts: number, seed: number): void {
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new InputError('cluster.max-iterations', `maxIterations = ${maxIterations} must be a whole number ≥ 1.`, {}, { value: maxIterations });
  }
  if (!(tol >= 0) || !Number.isFinite(tol)) {
    throw new InputError('cluster.tolerance', `tol = ${tol} must be a finite number ≥ 0.`, {}, { value: tol });
  }
  if (!Number.isInteger(restarts) || restarts < 1) {
    throw new InputError('cluster.restarts', `restarts = ${restarts} must be a whole number ≥ 1.`, {}, { value: restarts });
  }
  if (!Number.isFinite(seed)) throw new InputError('cluster.seed', `seed = ${seed} must be a finite number.`, {}, { value: seed });
}

/**
 * k-means with restarts: keeps the run with the lowest inertia (ties → earliest restart).
 * Throws InputError for non-finite data (naming the row and column), bad k (see `validateK`)
 * or bad options.
 */
export function kmeans(points: Points, k: number, options: KMeansOptions = {}): KMeansResult {
  return kmeansPrepared(preparePoints(points, options), k, options);
}

/**
 * As `kmeans` on already prepared points (check and count distinct rows once, run many k).
 * `beforeRestart(r)` is called before each restart; returning false stops with InputError
 * `cluster.cancelled` (use `kmeansCancellable` to get null instead).
 */
export function kmeansPrepared(
  prep: PreparedPoints,
  k: number,
  options: KMeansOptions = {},
  beforeRestart?: (r: number) => boolean,
): KMeansResult {
  const r = kmeansCancellable(prep, k, options, beforeRestart);
  if (r === null) throw new InputError('cluster.cancelled', `k-means for k = ${k} was cancelled.`, {}, { k });
  return r;
}

/**
 * The options of a k-means call checked and resolved into what every restart shares (the spec a
 * thread needs), the number of restarts and the start. Throws InputError for bad options.
 */
export function restartPlan(prep: PreparedPoints, options: KMeansOptions): { spec: RestartSpec; restarts: number; init: NonNullable<KMeansOptions['init']> } {
  const seed = options.seed ?? KMEANS_DEFAULTS.seed;
  const maxIterations = options.maxIterations ?? KMEANS_DEFAULTS.maxIterations;
  const tol = options.tol ?? KMEANS_DEFAULTS.tol;
  const algorithm = options.algorithm ?? 'hamerly';
  const init = options.init ?? 'k-means++';
  const restarts = init === 'k-means++' ? (options.restarts ?? KMEANS_DEFAULTS.restarts) : 1;
  checkRunOptions(maxIterations, tol, restarts, seed);
  const method = options.method ?? 'exact';
  const batchSize = options.batchSize ?? MINI_BATCH_DEFAULTS.batchSize;
  if (method !== 'exact' && method !== 'mini-batch') {
    throw new InputError('cluster.method', `method = ${String(method)} must be "exact" or "mini-batch".`, {}, { value: String(method) });
  }
  if (method === 'mini-batch') {
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      throw new InputError('cluster.batch-size', `batchSize = ${batchSize} must be a whole number ≥ 1.`, {}, { value: batchSize });
    }
    if (init !== 'k-means++') {
      throw new InputError('cluster.method', 'Mini-batch k-means starts from k-means++; given starting centres need method "exact".', {}, { value: method });
    }
  }
  const tolerance = tol * prep.meanVariance;

  return { spec: { seed, method, algorithm, maxIterations, tolerance, batchSize }, restarts, init };
}

/** As `kmeansPrepared` but returns null when `beforeRestart` stops it (the sweep's progress and cancel hook). */
export function kmeansCancellable(
  prep: PreparedPoints,
  k: number,
  options: KMeansOptions,
  beforeRestart?: (r: number) => boolean,
): KMeansResult | null {
  const { spec, restarts, init } = restartPlan(prep, options);
  const { points } = prep;
  validateK(k, points.n, prep.distinct);
  const { seed, maxIterations, tolerance, algorithm } = spec;

  if (init !== 'k-means++') {
    if (beforeRestart && !beforeRestart(0)) return null;
    const run = runKMeans(points, initialCentres(init, k, points.d), { maxIterations, tolerance, algorithm });
    return { k, ...run, seed: restartSeed(seed, 0), restart: 0, restartInertias: Float64Array.of(run.inertia) };
  }
  const best = new BestRestart(restarts);
  for (let r = 0; r < restarts; r++) {
    if (beforeRestart && !beforeRestart(r)) return null;
    best.add(r, runRestart(points, spec, k, r));
  }
  return restartResult(k, spec, best);
}

/** The kept run of a k's restarts as a `KMeansResult`. */
export function restartResult(k: number, spec: RestartSpec, best: BestRestart): KMeansResult {
  const b = best.best as KMeansRun;
  return { k, ...b, seed: restartSeed(spec.seed, best.bestR), restart: best.bestR, restartInertias: best.inertias };
}

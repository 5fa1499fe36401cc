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
 * Two engines give the same partition from the same start: plain Lloyd (the reference path)
 * and Hamerly's bounds (fast path, default). Hamerly recomputes centres from scratch each
 * iteration exactly as Lloyd does and only skips a distance computation when the bounds prove,
 * with a safety margin for rounding, that Lloyd's arg-min would not change.
 *
 * This file: options, restarts and the checks of k; seeding.ts: the starts; lloyd.ts: one run;
 * hamerly.ts: the bounds; sums.ts + relocation.ts: the centre update; distance.ts: nearest centre.
 * Mini-batch (../minibatch.ts) builds on seeding, lloyd and distance, not on this file (no cycle).
 */
import { InputError } from '../../errors.ts';
import { createRng } from '../../random.ts';
import { miniBatchRun, MINI_BATCH_DEFAULTS } from '../minibatch.ts';
import { checkPoints, columnVariances, countDistinctRows, type PointNames, type Points } from '../points.ts';
import { runKMeans, type KMeansAlgorithm, type KMeansRun } from './lloyd.ts';
import { initialCentres, kmeansPlusPlus } from './seeding.ts';

export { assignNearest, nearestCentre, squaredDistance } from './distance.ts';
export { hamerly, lloyd, runKMeans, type KMeansAlgorithm, type KMeansRun, type RunOptions } from './lloyd.ts';
export { kmeansPlusPlus } from './seeding.ts';

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
  /** Engine; both give the same partition. Default 'hamerly'. */
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

/** Seed of restart (or stream) r derived from a base seed: a 32-bit integer mix, deterministic. */
export function restartSeed(seed: number, r: number): number {
  let h = (Math.floor(seed) >>> 0) ^ Math.imul(r + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
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

/** As `kmeansPrepared` but returns null when `beforeRestart` stops it (the sweep's progress and cancel hook). */
export function kmeansCancellable(
  prep: PreparedPoints,
  k: number,
  options: KMeansOptions,
  beforeRestart?: (r: number) => boolean,
): KMeansResult | null {
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
  const { points } = prep;
  validateK(k, points.n, prep.distinct);
  const tolerance = tol * prep.meanVariance;

  let best: KMeansRun | null = null;
  let bestR = 0;
  let bestSeed = 0;
  const inertias = new Float64Array(restarts);
  for (let r = 0; r < restarts; r++) {
    if (beforeRestart && !beforeRestart(r)) return null;
    const s = restartSeed(seed, r);
    let run: KMeansRun;
    if (method === 'mini-batch') run = miniBatchRun(points, k, createRng(s), { batchSize, maxEpochs: maxIterations });
    else {
      const start = init === 'k-means++' ? kmeansPlusPlus(points, k, createRng(s)) : initialCentres(init, k, points.d);
      run = runKMeans(points, start, { maxIterations, tolerance, algorithm });
    }
    inertias[r] = run.inertia;
    if (best === null || run.inertia < best.inertia) {
      best = run;
      bestR = r;
      bestSeed = s;
    }
  }
  const b = best as KMeansRun;
  return { k, ...b, seed: bestSeed, restart: bestR, restartInertias: inertias };
}

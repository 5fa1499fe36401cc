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
 */
import { InputError } from '../errors.ts';
import { createRng, type Rng } from '../random.ts';
import { inertia } from './metrics.ts';
import { miniBatchRun, MINI_BATCH_DEFAULTS } from './minibatch.ts';
import { checkPoints, columnVariances, countDistinctRows, type PointNames, type Points } from './points.ts';

export type KMeansAlgorithm = 'hamerly' | 'lloyd';
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

function initialCentres(init: Float64Array | readonly (readonly number[])[], k: number, d: number): Float64Array {
  let c: Float64Array;
  if (init instanceof Float64Array) {
    c = init.slice();
  } else {
    if (init.length !== k || init.some((row) => row.length !== d)) {
      throw new InputError('cluster.init-shape', `The starting centres must be ${k} rows of ${d} values.`, {}, { k, d });
    }
    c = new Float64Array(k * d);
    init.forEach((row, i) => c.set(row, i * d));
  }
  if (c.length !== k * d) {
    throw new InputError('cluster.init-shape', `The starting centres must hold k·d = ${k * d} values, not ${c.length}.`, {}, { k, d });
  }
  for (let p = 0; p < c.length; p++) {
    if (!Number.isFinite(c[p])) {
      throw new InputError('cluster.init-shape', `Starting centre ${Math.floor(p / d) + 1} has a non-finite value.`, {}, { k, d });
    }
  }
  return c;
}

/**
 * Greedy k-means++ (as sklearn's `_kmeans_plusplus`): first centre uniform; then each step draws
 * 2 + ⌊ln k⌋ candidates with probability ∝ squared distance to the nearest chosen centre and keeps
 * the candidate that minimises the total potential. Points already at a centre are never drawn.
 * Returns k·d centres (copies of data rows).
 *
 * Speed: a point x whose nearest chosen centre c satisfies ‖c − y‖² > 4‖x − c‖² cannot get closer
 * to candidate y (triangle inequality), so its distance to y is not computed. The pass that commits
 * the chosen candidate also rebuilds the cumulative sums the next draw needs (one pass instead of
 * two), and d = 2 has its own loops. Same arithmetic in the same order as the plain loops, so the
 * same starts bit for bit (tests/core/cluster/kmeans-frozen.test.ts).
 */
export function kmeansPlusPlus(points: Points, k: number, rng: Rng): Float64Array {
  const { data, n, d } = points;
  const centres = new Float64Array(k * d);
  const trials = 2 + Math.floor(Math.log(k));
  const first = rng.int(n);
  centres.set(data.subarray(first * d, first * d + d), 0);
  const closest = new Float64Array(n);
  const nearest = new Int32Array(n);
  const cum = new Float64Array(n);
  let total = 0;
  let lastPositive = -1;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const t = data[i * d + j] - centres[j];
      s += t * t;
    }
    closest[i] = s;
    total += s;
    cum[i] = total;
    if (s > 0) lastPositive = i;
  }
  const ids = new Int32Array(trials);
  const cy = new Float64Array(k);
  const cyAll = new Float64Array(trials * k);
  const pots = new Float64Array(trials);
  const acc = { total: 0, lastPositive: -1 };
  for (let c = 1; c < k; c++) {
    for (let t = 0; t < trials; t++) {
      const u = rng.next() * total;
      // first i with cum[i] > u: point i is drawn with probability closest[i] / total
      if (!(cum[n - 1] > u)) {
        ids[t] = lastPositive >= 0 ? lastPositive : rng.int(n);
        continue;
      }
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cum[mid] > u) hi = mid;
        else lo = mid + 1;
      }
      ids[t] = lo;
    }
    // every candidate's potential in one pass over the data (each summed in row order, as alone)
    for (let t = 0; t < trials; t++) candidateHalfDistances(data, d, centres, c, ids[t], cyAll.subarray(t * k, t * k + k));
    if (d === 2) potentials2(data, n, k, ids, trials, closest, nearest, cyAll, pots);
    else potentials(data, n, d, k, ids, trials, closest, nearest, cyAll, pots);
    let bestT = 0;
    let bestPot = Infinity;
    for (let t = 0; t < trials; t++) {
      if (pots[t] < bestPot) {
        bestPot = pots[t];
        bestT = t;
      }
    }
    const id = ids[bestT];
    candidateHalfDistances(data, d, centres, c, id, cy);
    if (d === 2) commit2(data, n, c, id, closest, nearest, cy, cum, acc);
    else commit(data, n, d, c, id, closest, nearest, cy, cum, acc);
    total = acc.total;
    lastPositive = acc.lastPositive;
    centres.set(data.subarray(id * d, id * d + d), c * d);
  }
  return centres;
}

/** cy[c] = ‖c − y‖²/4 (shrunk by 1e-9 for rounding) for the m chosen centres and data row y. */
function candidateHalfDistances(data: Float64Array, d: number, centres: Float64Array, m: number, y: number, cy: Float64Array): void {
  const yo = y * d;
  for (let c = 0; c < m; c++) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const v = centres[c * d + j] - data[yo + j];
      s += v * v;
    }
    cy[c] = 0.25 * s * (1 - 1e-9);
  }
}

/**
 * pots[t] = Σ min(closest, ‖x − y_t‖²): the potential if data row ids[t] joined the chosen centres,
 * for every candidate t in one pass (cyAll[t·k + c] = candidate t's quarter squared distance to centre c).
 */
function potentials(
  data: Float64Array,
  n: number,
  d: number,
  k: number,
  ids: Int32Array,
  trials: number,
  closest: Float64Array,
  nearest: Int32Array,
  cyAll: Float64Array,
  pots: Float64Array,
): void {
  pots.fill(0);
  for (let i = 0; i < n; i++) {
    const ci = closest[i];
    const near = nearest[i];
    const o = i * d;
    for (let t = 0; t < trials; t++) {
      if (cyAll[t * k + near] > ci) {
        pots[t] += ci;
        continue;
      }
      const yo = ids[t] * d;
      let s = 0;
      for (let j = 0; j < d; j++) {
        const v = data[o + j] - data[yo + j];
        s += v * v;
      }
      pots[t] += s < ci ? s : ci;
    }
  }
}

/** `potentials` for d = 2. */
function potentials2(
  data: Float64Array,
  n: number,
  k: number,
  ids: Int32Array,
  trials: number,
  closest: Float64Array,
  nearest: Int32Array,
  cyAll: Float64Array,
  pots: Float64Array,
): void {
  pots.fill(0);
  for (let i = 0; i < n; i++) {
    const ci = closest[i];
    const near = nearest[i];
    const x0 = data[2 * i];
    const x1 = data[2 * i + 1];
    for (let t = 0; t < trials; t++) {
      if (cyAll[t * k + near] > ci) {
        pots[t] += ci;
        continue;
      }
      const y = ids[t];
      const v0 = x0 - data[2 * y];
      const v1 = x1 - data[2 * y + 1];
      const s = v0 * v0 + v1 * v1;
      pots[t] += s < ci ? s : ci;
    }
  }
}

interface Cumulative {
  total: number;
  lastPositive: number;
}

/** Data row y becomes centre m: closest/nearest updated, cum rebuilt, total and lastPositive set. */
function commit(
  data: Float64Array,
  n: number,
  d: number,
  m: number,
  y: number,
  closest: Float64Array,
  nearest: Int32Array,
  cy: Float64Array,
  cum: Float64Array,
  acc: Cumulative,
): void {
  const yo = y * d;
  let total = 0;
  let lastPositive = -1;
  for (let i = 0; i < n; i++) {
    let ci = closest[i];
    if (!(cy[nearest[i]] > ci)) {
      const o = i * d;
      let s = 0;
      for (let j = 0; j < d; j++) {
        const v = data[o + j] - data[yo + j];
        s += v * v;
      }
      if (s < ci) {
        ci = s;
        closest[i] = s;
        nearest[i] = m;
      }
    }
    total += ci;
    cum[i] = total;
    if (ci > 0) lastPositive = i;
  }
  acc.total = total;
  acc.lastPositive = lastPositive;
}

function commit2(
  data: Float64Array,
  n: number,
  m: number,
  y: number,
  closest: Float64Array,
  nearest: Int32Array,
  cy: Float64Array,
  cum: Float64Array,
  acc: Cumulative,
): void {
  const y0 = data[2 * y];
  const y1 = data[2 * y + 1];
  let total = 0;
  let lastPositive = -1;
  for (let i = 0; i < n; i++) {
    let ci = closest[i];
    if (!(cy[nearest[i]] > ci)) {
      const v0 = data[2 * i] - y0;
      const v1 = data[2 * i + 1] - y1;
      const s = v0 * v0 + v1 * v1;
      if (s < ci) {
        ci = s;
        closest[i] = s;
        nearest[i] = m;
      }
    }
    total += ci;
    cum[i] = total;
    if (ci > 0) lastPositive = i;
  }
  acc.total = total;
  acc.lastPositive = lastPositive;
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
  const ham = options.algorithm !== 'lloyd' && k > 1 ? new Hamerly(points, k) : null;
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

/** Cluster sums are recomputed from scratch this often (in between: moved point by point). */
const EXACT_EVERY = 16;

/**
 * Per-cluster coordinate sums and counts kept in step with the labels. Both engines use it in the
 * same way, so they see bit-identical centres.
 */
class ClusterSums {
  readonly sums: Float64Array;
  readonly counts: Int32Array;
  /** Label each point has in the sums (−1 before the first sync). */
  private readonly prev: Int32Array;
  private readonly d: number;
  private readonly k: number;

  constructor(n: number, d: number, k: number) {
    this.sums = new Float64Array(k * d);
    this.counts = new Int32Array(k);
    this.prev = new Int32Array(n).fill(-1);
    this.d = d;
    this.k = k;
  }

  /** Brings the sums in line with `labels`; returns how many labels changed since the last sync. */
  sync(data: Float64Array, labels: Int32Array, exact: boolean): number {
    const { sums, counts, prev, d } = this;
    const n = labels.length;
    let changed = 0;
    if (exact) {
      for (let i = 0; i < n; i++) {
        const c = labels[i];
        if (c !== prev[i]) changed++;
        prev[i] = c;
      }
      this.rebuild(data, labels);
      return changed;
    }
    for (let i = 0; i < n; i++) {
      const c = labels[i];
      const p = prev[i];
      if (c === p) continue;
      changed++;
      prev[i] = c;
      counts[p]--;
      counts[c]++;
      const o = i * d;
      const q = c * d;
      const r = p * d;
      for (let j = 0; j < d; j++) {
        sums[r + j] -= data[o + j];
        sums[q + j] += data[o + j];
      }
    }
    return changed;
  }

  /** Sums and counts from scratch (labels' order). */
  rebuild(data: Float64Array, labels: Int32Array): void {
    const { sums, counts, d } = this;
    const n = labels.length;
    sums.fill(0);
    counts.fill(0);
    if (d === 2) {
      for (let i = 0; i < n; i++) {
        const c = labels[i];
        counts[c]++;
        sums[2 * c] += data[2 * i];
        sums[2 * c + 1] += data[2 * i + 1];
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const c = labels[i];
      counts[c]++;
      const o = i * d;
      const q = c * d;
      for (let j = 0; j < d; j++) sums[q + j] += data[o + j];
    }
  }

  /**
   * next ← cluster means; an empty cluster takes the point farthest from its own (old) centre,
   * which leaves its cluster for this update only (sklearn's relocation; its label changes at the
   * next assignment). Fills shift2[c] = ‖next − old‖², returns Σ shift2.
   */
  centres(data: Float64Array, labels: Int32Array, old: Float64Array, next: Float64Array, shift2: Float64Array): number {
    const { d, k } = this;
    let sums = this.sums;
    let counts = this.counts;
    let empty = 0;
    for (let c = 0; c < k; c++) if (counts[c] === 0) empty++;
    if (empty > 0) {
      sums = sums.slice();
      counts = counts.slice();
      relocateEmpty(data, labels.length, d, k, labels, old, sums, counts, empty);
    }
    let total = 0;
    for (let c = 0; c < k; c++) {
      const q = c * d;
      const m = counts[c];
      let s = 0;
      for (let j = 0; j < d; j++) {
        const v = m > 0 ? sums[q + j] / m : old[q + j];
        next[q + j] = v;
        const t = v - old[q + j];
        s += t * t;
      }
      shift2[c] = s;
      total += s;
    }
    return total;
  }
}

/** Labels of the nearest centroid for each point (squared Euclidean, ties → lower index). */
export function assignNearest(points: Points, centroids: Float64Array): Int32Array {
  const labels = new Int32Array(points.n);
  assignNearestInto(points.data, points.n, points.d, centroids, centroids.length / points.d, labels);
  return labels;
}

function assignNearestInto(
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

function relocateEmpty(
  data: Float64Array,
  n: number,
  d: number,
  k: number,
  labels: Int32Array,
  old: Float64Array,
  sums: Float64Array,
  counts: Int32Array,
  empty: number,
): void {
  const dist = new Float64Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) {
    const o = i * d;
    const q = labels[i] * d;
    let s = 0;
    for (let j = 0; j < d; j++) {
      const v = data[o + j] - old[q + j];
      s += v * v;
    }
    dist[i] = s;
    if (s > max) max = s;
  }
  if (max === 0) return; // every point sits on a centre: nothing to move (cannot happen when k ≤ distinct rows)
  const taken = new Uint8Array(n);
  for (let c = 0; c < k; c++) {
    if (counts[c] !== 0) continue;
    // farthest point not yet taken (ties → lower index)
    let far = -1;
    let farD = -1;
    for (let i = 0; i < n; i++) {
      if (!taken[i] && dist[i] > farD) {
        farD = dist[i];
        far = i;
      }
    }
    if (far < 0 || farD === 0) return;
    taken[far] = 1;
    const from = labels[far];
    const o = far * d;
    for (let j = 0; j < d; j++) {
      sums[from * d + j] -= data[o + j];
      sums[c * d + j] = data[o + j];
    }
    counts[from]--;
    counts[c] = 1;
  }
}

/**
 * Hamerly (2010) bounds: per point an upper bound on the distance to its centre and one lower
 * bound on the distance to every other centre. A point is skipped only when
 * upper + margin < max(lower, half the distance from its centre to the nearest other centre),
 * the margin (1e-9 × the data's largest row norm) covering accumulated rounding. Otherwise the
 * squared distances are recomputed with Lloyd's arithmetic and tie rule, leaving out only the
 * centres c that cannot win: ‖c_a − c‖/2 > ‖x − c_a‖ + margin (Elkan's centre–centre test), whose
 * distance still gives the lower bound ‖c_a − c‖ − ‖x − c_a‖.
 *
 * Speed: the centre–centre distances, half distances and moves are computed once per iteration;
 * d = 2 (the two value scores, the app's default) has its own loop; a point that changes cluster is
 * moved in the cluster sums right away (no second pass over the labels).
 */
class Hamerly {
  private readonly data: Float64Array;
  private readonly n: number;
  private readonly d: number;
  private readonly k: number;
  private readonly upper: Float64Array;
  private readonly lower: Float64Array;
  private readonly half: Float64Array;
  private readonly move: Float64Array;
  /** Centre–centre distances (k × k), current centres. */
  private readonly cc: Float64Array;
  private readonly margin: number;
  /** Largest and second largest move, and the centre that moved most (set by `prepare`). */
  private m1 = 0;
  private m2 = 0;
  private m1c = 0;

  constructor(points: Points, k: number) {
    this.data = points.data;
    this.n = points.n;
    this.d = points.d;
    this.k = k;
    this.upper = new Float64Array(points.n);
    this.lower = new Float64Array(points.n);
    this.half = new Float64Array(k);
    this.move = new Float64Array(k);
    this.cc = new Float64Array(k * k);
    let maxNorm2 = 0;
    const { data, n, d } = points;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += data[i * d + j] * data[i * d + j];
      if (s > maxNorm2) maxNorm2 = s;
    }
    this.margin = 1e-9 * Math.sqrt(maxNorm2);
  }

  /** Full assignment (first iteration): labels and both bounds, exactly. Returns n (every label is new). */
  assignAll(centres: Float64Array, labels: Int32Array): number {
    const { data, d, k, n, upper, lower } = this;
    for (let i = 0; i < n; i++) {
      const o = i * d;
      let best = 0;
      let bestD = Infinity;
      let secondD = Infinity;
      for (let c = 0; c < k; c++) {
        const q = c * d;
        let s: number;
        if (d === 2) {
          const v0 = data[o] - centres[q];
          const v1 = data[o + 1] - centres[q + 1];
          s = v0 * v0 + v1 * v1;
        } else {
          s = 0;
          for (let j = 0; j < d; j++) {
            const v = data[o + j] - centres[q + j];
            s += v * v;
          }
        }
        if (s < bestD) {
          secondD = bestD;
          bestD = s;
          best = c;
        } else if (s < secondD) secondD = s;
      }
      labels[i] = best;
      upper[i] = Math.sqrt(bestD);
      lower[i] = Math.sqrt(secondD);
    }
    return n;
  }

  /** Moves, centre–centre distances and half distances for the new centres. */
  private prepare(centres: Float64Array, shift2: Float64Array): void {
    const { d, k, half, move, cc } = this;
    let m1 = -1;
    let m2 = -1;
    let m1c = 0;
    for (let c = 0; c < k; c++) {
      const p = Math.sqrt(shift2[c]);
      move[c] = p;
      if (p > m1) {
        m2 = m1;
        m1 = p;
        m1c = c;
      } else if (p > m2) m2 = p;
    }
    this.m1 = m1;
    this.m2 = m2;
    this.m1c = m1c;
    for (let c = 0; c < k; c++) half[c] = Infinity;
    for (let a = 0; a < k; a++) {
      cc[a * k + a] = 0;
      for (let b = a + 1; b < k; b++) {
        let s = 0;
        for (let j = 0; j < d; j++) {
          const v = centres[a * d + j] - centres[b * d + j];
          s += v * v;
        }
        const dist = Math.sqrt(s);
        cc[a * k + b] = dist;
        cc[b * k + a] = dist;
        const h = 0.5 * dist;
        if (h < half[a]) half[a] = h;
        if (h < half[b]) half[b] = h;
      }
    }
  }

  /**
   * Assignment after the centres moved by sqrt(shift2[c]). With `sums`, a point that changes
   * cluster is moved in them at once. Returns how many labels changed.
   */
  assign(centres: Float64Array, shift2: Float64Array, labels: Int32Array, sums: ClusterSums | null): number {
    this.prepare(centres, shift2);
    return this.d === 2 ? this.assign2(centres, labels, sums) : this.assignD(centres, labels, sums);
  }

  private assignD(centres: Float64Array, labels: Int32Array, cs: ClusterSums | null): number {
    const { data, d, k, n, upper, lower, half, move, cc, margin, m1, m2, m1c } = this;
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const a = labels[i];
      const u = upper[i] + move[a];
      const l = lower[i] - (a === m1c ? m2 : m1);
      const ha = half[a];
      const m = ha > l ? ha : l;
      if (u + margin < m) {
        upper[i] = u;
        lower[i] = l;
        continue;
      }
      const o = i * d;
      const qa = a * d;
      let sa = 0;
      for (let j = 0; j < d; j++) {
        const v = data[o + j] - centres[qa + j];
        sa += v * v;
      }
      const ua = Math.sqrt(sa);
      if (ua + margin < m) {
        upper[i] = ua;
        lower[i] = l;
        continue;
      }
      // recompute: every centre that could be nearer than (or tie with) c_a
      const limit = 2 * (ua + margin);
      const row = a * k;
      let best = -1;
      let bestD = Infinity;
      let secondD = Infinity; // squared, among computed non-best centres
      let pruned = Infinity; // lower bound on the distance to pruned centres
      for (let c = 0; c < k; c++) {
        let s: number;
        if (c === a) s = sa;
        else {
          const cd = cc[row + c];
          if (cd > limit) {
            const lb = cd - ua;
            if (lb < pruned) pruned = lb;
            continue;
          }
          const q = c * d;
          s = 0;
          for (let j = 0; j < d; j++) {
            const v = data[o + j] - centres[q + j];
            s += v * v;
          }
        }
        if (s < bestD) {
          secondD = bestD;
          bestD = s;
          best = c;
        } else if (s < secondD) secondD = s;
      }
      if (best !== a) {
        labels[i] = best;
        changed++;
        if (cs) {
          const { sums, counts } = cs;
          counts[a]--;
          counts[best]++;
          const q = best * d;
          for (let j = 0; j < d; j++) {
            sums[qa + j] -= data[o + j];
            sums[q + j] += data[o + j];
          }
        }
      }
      upper[i] = Math.sqrt(bestD);
      const second = Math.sqrt(secondD);
      lower[i] = second < pruned ? second : pruned;
    }
    return changed;
  }

  /** `assignD` for d = 2: same arithmetic, same order. */
  private assign2(centres: Float64Array, labels: Int32Array, cs: ClusterSums | null): number {
    const { data, k, n, upper, lower, half, move, cc, margin, m1, m2, m1c } = this;
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const a = labels[i];
      const u = upper[i] + move[a];
      const l = lower[i] - (a === m1c ? m2 : m1);
      const ha = half[a];
      const m = ha > l ? ha : l;
      if (u + margin < m) {
        upper[i] = u;
        lower[i] = l;
        continue;
      }
      const x0 = data[2 * i];
      const x1 = data[2 * i + 1];
      const a0 = x0 - centres[2 * a];
      const a1 = x1 - centres[2 * a + 1];
      const sa = a0 * a0 + a1 * a1;
      const ua = Math.sqrt(sa);
      if (ua + margin < m) {
        upper[i] = ua;
        lower[i] = l;
        continue;
      }
      const limit = 2 * (ua + margin);
      const row = a * k;
      let best = -1;
      let bestD = Infinity;
      let secondD = Infinity;
      let pruned = Infinity;
      for (let c = 0; c < k; c++) {
        let s: number;
        if (c === a) s = sa;
        else {
          const cd = cc[row + c];
          if (cd > limit) {
            const lb = cd - ua;
            if (lb < pruned) pruned = lb;
            continue;
          }
          const v0 = x0 - centres[2 * c];
          const v1 = x1 - centres[2 * c + 1];
          s = v0 * v0 + v1 * v1;
        }
        if (s < bestD) {
          secondD = bestD;
          bestD = s;
          best = c;
        } else if (s < secondD) secondD = s;
      }
      if (best !== a) {
        labels[i] = best;
        changed++;
        if (cs) {
          const { sums, counts } = cs;
          counts[a]--;
          counts[best]++;
          sums[2 * a] -= x0;
          sums[2 * best] += x0;
          sums[2 * a + 1] -= x1;
          sums[2 * best + 1] += x1;
        }
      }
      upper[i] = Math.sqrt(bestD);
      const second = Math.sqrt(secondD);
      lower[i] = second < pruned ? second : pruned;
    }
    return changed;
  }
}

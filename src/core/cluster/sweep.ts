/**
 * The k sweep behind the elbow and silhouette charts: for each k in kMin..kMax, k-means with
 * restarts (the best inertia kept), then the silhouette (exact, or on a seeded sample above a size
 * limit), Calinski–Harabasz and Davies–Bouldin, the Kneedle elbow of inertia and the k of the
 * best silhouette.
 *
 * Every k uses the same seed, so the row for k is exactly `kmeans(points, k, { seed, restarts,
 * maxIterations, tol })`, and the silhouette sample (when sampling) is the same customers for every k.
 */
import type { Problem } from '../errors.ts';
import { kmeansCancellable, preparePoints, validateK, KMEANS_DEFAULTS, type KMeansAlgorithm, type KMeansMethod } from './kmeans.ts';
import { kneedle } from './knee.ts';
import { calinskiHarabasz, daviesBouldin, silhouette, type SilhouetteResult } from './metrics.ts';
import type { PointNames, Points } from './points.ts';
import { InputError } from '../errors.ts';

export interface SweepOptions extends PointNames {
  /** Smallest k (≥ 1; k = 1 has an inertia but no silhouette/CH/DB). Default 2. */
  kMin?: number;
  /** Largest k; lowered to what the data allow (distinct rows, n − 1) with a note. Default 10. */
  kMax?: number;
  /** k-means++ starts per k. Default 10. */
  restarts?: number;
  /** Seed used for every k and for the silhouette sample. Default 0. */
  seed?: number;
  /** Default 300. */
  maxIterations?: number;
  /** Relative tolerance (see `kmeans`). Default 1e-4. */
  tol?: number;
  /** Silhouette exact up to this many customers, above it on a seeded sample of this size. Default 5000. */
  silhouetteSample?: number;
  algorithm?: KMeansAlgorithm;
  /** 'exact' (default) or 'mini-batch' (approximate; see minibatch.ts). */
  method?: KMeansMethod;
  /** Rows per mini-batch step (mini-batch only). Default 1024. */
  batchSize?: number;
  /** Called after each k-means restart and each k's metrics: done of total steps. */
  onProgress?: (done: number, total: number) => void;
  /** Polled before each step; true stops the sweep, which returns what it has with `cancelled: true`. */
  shouldCancel?: () => boolean;
}

export interface SweepRow {
  k: number;
  /** Best within-cluster sum of squares over the restarts. */
  inertia: number;
  /** Mean silhouette; null for k = 1. */
  silhouette: number | null;
  /** Customers the silhouette was computed on (n when exact, 0 when not computed). */
  silhouetteSampleSize: number;
  silhouetteExact: boolean;
  /** Spread of a sampled silhouette (see `SilhouetteResult.spread`). */
  silhouetteSpread?: SilhouetteResult['spread'];
  calinskiHarabasz: number | null;
  daviesBouldin: number | null;
  iterations: number;
  converged: boolean;
  labels: Int32Array;
  centroids: Float64Array;
  sizes: Int32Array;
  /** Seed of the call (`kmeans(points, k, { seed })` reproduces the row). */
  seed: number;
  /** Share of restarts that reached the best inertia (relative 1e-9): a stability signal. */
  restartAgreement: number;
}

export interface SweepResult {
  n: number;
  /** Number of distinct customers (rows), which bounds k. */
  distinct: number;
  /** The k range actually run. */
  kMin: number;
  kMax: number;
  results: SweepRow[];
  /** Kneedle elbow (S = 1) of inertia against k; null when there is none. */
  knee: number | null;
  /** k with the highest mean silhouette (ties → smaller k); null when no silhouette. */
  bestSilhouette: number | null;
  /** Clamped ranges, k = 1, sampled silhouette, non-convergence, elbow/silhouette disagreement. */
  notes: Problem[];
  cancelled: boolean;
}

function note(severity: Problem['severity'], code: string, message: string, params: Problem['params'] = {}, variant?: string): Problem {
  const p: Problem = { severity, code, message, where: { path: 'options.segmentation' }, params };
  if (variant) p.variant = variant;
  return p;
}

/**
 * Runs the k sweep. Throws InputError for non-finite data (row and column named), a bad range,
 * or when not even kMin is possible (`cluster.k-too-large`, e.g. "k = 2 but only 1 distinct customer").
 */
export function sweep(points: Points, options: SweepOptions = {}): SweepResult {
  const kMin = options.kMin ?? 2;
  const kMaxAsked = options.kMax ?? 10;
  const restarts = options.restarts ?? KMEANS_DEFAULTS.restarts;
  const seed = options.seed ?? KMEANS_DEFAULTS.seed;
  const sampleSize = options.silhouetteSample ?? 5000;
  if (!Number.isInteger(kMin) || !Number.isInteger(kMaxAsked) || kMin < 1 || kMaxAsked < kMin) {
    throw new InputError(
      'cluster.k-range',
      `The k range ${kMin}–${kMaxAsked} is not valid: it needs whole numbers with 1 ≤ kMin ≤ kMax.`,
      { path: 'options.segmentation.kMin' },
      { kMin, kMax: kMaxAsked },
    );
  }
  const prep = preparePoints(points, options);
  const { n } = points;
  validateK(kMin, n, prep.distinct);
  const notes: Problem[] = [];
  const kAllowed = Math.min(prep.distinct, n - 1);
  const kMax = Math.min(kMaxAsked, kAllowed);
  if (kMax < kMaxAsked) {
    const why =
      prep.distinct <= n - 1
        ? `the data have only ${prep.distinct} distinct customers`
        : `there are only ${n} customers and k must be smaller`;
    notes.push(note('warning', 'cluster.k-clamped', `k range ${kMin}–${kMaxAsked} shortened to ${kMin}–${kMax}: ${why}.`, { kMin, kMaxAsked, kMax, distinct: prep.distinct, n }, prep.distinct <= n - 1 ? 'distinct' : 'n'));
  }
  if (kMin === 1) {
    notes.push(
      note('info', 'cluster.k1-metrics', 'k = 1: the silhouette, Calinski–Harabasz and Davies–Bouldin indices need 2 clusters; only the inertia is shown.'),
    );
  }
  if (n > sampleSize && kMax >= 2) {
    notes.push(
      note(
        'info',
        'cluster.silhouette-sampled',
        `Silhouette computed on a seeded sample of ${sampleSize} of ${n} customers (seed ${seed}), the same customers for every k.`,
        { sampleSize, n, seed },
      ),
    );
  }

  const total = (kMax - kMin + 1) * (restarts + 1);
  let done = 0;
  const report = () => options.onProgress?.(++done, total);
  const cancel = () => options.shouldCancel?.() === true;
  const results: SweepRow[] = [];
  let cancelled = false;
  for (let k = kMin; k <= kMax && !cancelled; k++) {
    const km = kmeansCancellable(
      prep,
      k,
      { seed, restarts, maxIterations: options.maxIterations, tol: options.tol, algorithm: options.algorithm, method: options.method, batchSize: options.batchSize },
      (r) => {
        if (r > 0) report();
        return !cancel();
      },
    );
    if (km === null || cancel()) {
      cancelled = true;
      break;
    }
    report();
    let agree = 0;
    for (let r = 0; r < km.restartInertias.length; r++) {
      if (km.restartInertias[r] - km.inertia <= 1e-9 * Math.abs(km.inertia)) agree++;
    }
    const row: SweepRow = {
      k,
      inertia: km.inertia,
      silhouette: null,
      silhouetteSampleSize: 0,
      silhouetteExact: false,
      calinskiHarabasz: null,
      daviesBouldin: null,
      iterations: km.iterations,
      converged: km.converged,
      labels: km.labels,
      centroids: km.centroids,
      sizes: km.sizes,
      seed,
      restartAgreement: agree / km.restartInertias.length,
    };
    if (k >= 2) {
      const nonEmpty = km.sizes.reduce((a, s) => a + (s > 0 ? 1 : 0), 0);
      if (nonEmpty >= 2) {
        const sil = silhouette(points, km.labels, k, { sampleSize, seed });
        row.silhouette = sil.mean;
        row.silhouetteSampleSize = sil.sampleSize;
        row.silhouetteExact = sil.exact;
        if (sil.spread) row.silhouetteSpread = sil.spread;
        row.calinskiHarabasz = calinskiHarabasz(points, km.labels, k);
        row.daviesBouldin = daviesBouldin(points, km.labels, k);
      }
    }
    if (!km.converged) {
      notes.push(
        note(
          'warning',
          'cluster.not-converged',
          `k = ${k}: k-means stopped after ${km.iterations} iterations without converging; raise maxIterations for a settled result.`,
          { k, iterations: km.iterations },
        ),
      );
    }
    results.push(row);
    report();
  }
  if (cancelled) notes.push(note('info', 'cluster.cancelled', `Sweep cancelled after ${results.length} of ${kMax - kMin + 1} values of k.`, { done: results.length, total: kMax - kMin + 1 }));

  const knee = results.length >= 3 ? kneedle(results.map((r) => r.k), results.map((r) => r.inertia)) : null;
  let bestSilhouette: number | null = null;
  let best = -Infinity;
  for (const r of results) {
    if (r.silhouette !== null && r.silhouette > best) {
      best = r.silhouette;
      bestSilhouette = r.k;
    }
  }
  if (knee !== null && bestSilhouette !== null && knee !== bestSilhouette) {
    notes.push(
      note(
        'info',
        'cluster.k-disagree',
        `The elbow of the inertia (k = ${knee}) and the best silhouette (k = ${bestSilhouette}) point to different k; look at both charts.`,
        { knee, best: bestSilhouette },
      ),
    );
  }
  return { n, distinct: prep.distinct, kMin, kMax, results, knee, bestSilhouette, notes, cancelled };
}

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
import { BestRestart, kmeansCancellable, preparePoints, restartPlan, restartResult, validateK, KMEANS_DEFAULTS, type KMeansAlgorithm, type KMeansMethod, type KMeansResult, type PreparedPoints } from './kmeans.ts';
import { kneedle } from './knee.ts';
import { calinskiHarabasz, daviesBouldin, silhouette, type SilhouetteResult } from './metrics.ts';
import type { PointNames, Points } from './points.ts';
import { InputError } from '../errors.ts';
import { runTasksInProcess, type RestartTask, type RunTasks } from './tasks.ts';
import type { Stepwise } from '../progress.ts';

export interface SweepOptions extends PointNames, Stepwise {
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

interface SweepPlan {
  points: Points;
  prep: PreparedPoints;
  options: SweepOptions;
  kMin: number;
  kMax: number;
  restarts: number;
  seed: number;
  sampleSize: number;
  notes: Problem[];
  /** Progress steps: a restart each and a k's metrics each. */
  total: number;
}

/** The checks and notes before any k-means runs. */
function planSweep(points: Points, options: SweepOptions): SweepPlan {
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
  return { points, prep, options, kMin, kMax, restarts, seed, sampleSize, notes, total: (kMax - kMin + 1) * (restarts + 1) };
}

function kmeansOptions(plan: SweepPlan) {
  const { options } = plan;
  return { seed: plan.seed, restarts: plan.restarts, maxIterations: options.maxIterations, tol: options.tol, algorithm: options.algorithm, method: options.method, batchSize: options.batchSize };
}

/** The sweep's row for k from its kept k-means run: the metrics of that partition. */
function sweepRow(plan: SweepPlan, k: number, km: KMeansResult): SweepRow {
  const { points, sampleSize, seed } = plan;
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
  return row;
}

/** Notes on the rows (in k order), the elbow and the best silhouette. */
function finishSweep(plan: SweepPlan, results: SweepRow[], cancelled: boolean): SweepResult {
  const { notes, kMin, kMax, prep } = plan;
  for (const row of results) {
    if (!row.converged) {
      notes.push(
        note(
          'warning',
          'cluster.not-converged',
          `k = ${row.k}: k-means stopped after ${row.iterations} iterations without converging; raise maxIterations for a settled result.`,
          { k: row.k, iterations: row.iterations },
        ),
      );
    }
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
  return { n: plan.points.n, distinct: prep.distinct, kMin, kMax, results, knee, bestSilhouette, notes, cancelled };
}

/**
 * Runs the k sweep. Throws InputError for non-finite data (row and column named), a bad range,
 * or when not even kMin is possible (`cluster.k-too-large`, e.g. "k = 2 but only 1 distinct customer").
 */
export function sweep(points: Points, options: SweepOptions = {}): SweepResult {
  const plan = planSweep(points, options);
  let done = 0;
  const report = () => options.onProgress?.(++done, plan.total);
  const cancel = () => options.shouldCancel?.() === true;
  const results: SweepRow[] = [];
  let cancelled = false;
  for (let k = plan.kMin; k <= plan.kMax && !cancelled; k++) {
    const km = kmeansCancellable(plan.prep, k, kmeansOptions(plan), (r) => {
      if (r > 0) report();
      return !cancel();
    });
    if (km === null || cancel()) {
      cancelled = true;
      break;
    }
    report();
    results.push(sweepRow(plan, k, km));
    report();
  }
  return finishSweep(plan, results, cancelled);
}

/**
 * As `sweep`, with the k-means restarts of every k run by `runTasks` (threads; default: in
 * process). The result is the same as `sweep`'s, bit for bit, for any strategy and thread count:
 * each restart is a pure task and each k keeps its best restart by (inertia, restart index).
 * The metrics of a k are computed here as soon as its last restart arrives.
 */
export async function sweepAsync(points: Points, options: SweepOptions & { runTasks?: RunTasks } = {}): Promise<SweepResult> {
  const plan = planSweep(points, options);
  const { spec, restarts } = restartPlan(plan.prep, kmeansOptions(plan));
  let done = 0;
  const report = () => options.onProgress?.(++done, plan.total);
  const cancel = () => options.shouldCancel?.() === true;
  // Largest k first: the longest tasks start early, so the threads finish close together.
  const tasks: RestartTask[] = [];
  for (let k = plan.kMax; k >= plan.kMin; k--) for (let r = 0; r < restarts; r++) tasks.push({ k, restart: r });
  const best = new Map<number, BestRestart>();
  const rows = new Map<number, SweepRow>();
  for (let k = plan.kMin; k <= plan.kMax; k++) best.set(k, new BestRestart(restarts));
  let cancelled = false;
  await (options.runTasks ?? runTasksInProcess)({ points, spec, tasks }, (i, run) => {
    const { k, restart } = tasks[i];
    const b = best.get(k) as BestRestart;
    b.add(restart, run);
    report();
    if (b.complete) {
      rows.set(k, sweepRow(plan, k, restartResult(k, spec, b)));
      best.delete(k);
      report();
    }
    if (cancel()) cancelled = true;
    return !cancelled;
  });
  const results = [...rows.values()].sort((a, b) => a.k - b.k);
  return finishSweep(plan, results, cancelled || results.length < plan.kMax - plan.kMin + 1);
}

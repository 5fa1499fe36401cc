/**
 * Mini-batch k-means (Sculley 2010, as scikit-learn's `MiniBatchKMeans` 1.2): an explicit,
 * approximate alternative to the exact k-means of kmeans/ for very large data. It is NOT the
 * same partition as the exact path: each step looks at a random batch only, so the result is
 * close to, not equal to, full k-means (within a few per cent of its inertia on well-separated
 * data; tests/core/cluster/minibatch.test.ts checks this against scikit-learn).
 *
 * One run (one restart), seeded:
 * - start: greedy k-means++ on a seeded sample of min(n, max(3 × batch, 3k)) rows (all rows when
 *   the sample has fewer than k distinct rows), as sklearn's `init_size`;
 * - each step draws `batchSize` rows with replacement, assigns them to the nearest centre and moves
 *   each centre towards its batch mean with a per-centre rate 1 / (points it has seen so far);
 * - a centre that has seen less than 1 % of the busiest centre's points is moved to a random row
 *   of the batch (sklearn's `reassignment_ratio` = 0.01, checked every 10·k rows drawn);
 * - stops after `maxEpochs` passes' worth of rows, or when the exponentially weighted average of
 *   the batch inertia has not improved for 10 steps (sklearn's `max_no_improvement`);
 * - final labels are nearest-centre labels over all rows and the inertia is over all rows. When a
 *   centre ends up with no row (possible with an approximate method), one exact Lloyd step from
 *   these centres fixes it (an empty cluster takes the farthest row, as in the exact path).
 */
import type { Rng } from '../random.ts';
import { sampleIndices } from '../random.ts';
import { assignNearest, nearestCentre, squaredDistance } from './kmeans/distance.ts';
import { runKMeans, type KMeansRun } from './kmeans/lloyd.ts';
import { kmeansPlusPlus } from './kmeans/seeding.ts';
import { inertia } from './metrics.ts';
import { countDistinctRows, type Points } from './points.ts';

export interface MiniBatchOptions {
  /** Rows per step (sklearn's default 1024). */
  batchSize: number;
  /** At most this many passes' worth of rows (steps = ⌈maxEpochs · n / batchSize⌉). */
  maxEpochs: number;
}

export const MINI_BATCH_DEFAULTS = { batchSize: 1024 } as const;
const MAX_NO_IMPROVEMENT = 10;
const REASSIGNMENT_RATIO = 0.01;

/** One seeded mini-batch k-means run; `iterations` counts steps (batches), `converged` = stopped early. */
export function miniBatchRun(points: Points, k: number, rng: Rng, options: MiniBatchOptions): KMeansRun {
  const { data, n, d } = points;
  const b = Math.min(options.batchSize, n);
  // start: k-means++ on a seeded sample (sklearn's init_size = 3 × batch_size, at least 3k)
  const initSize = Math.min(n, Math.max(3 * b, 3 * k));
  let start: Float64Array;
  if (initSize < n) {
    const idx = sampleIndices(n, initSize, rng);
    const sub: Points = { n: initSize, d, data: new Float64Array(initSize * d) };
    for (let t = 0; t < initSize; t++) sub.data.set(data.subarray(idx[t] * d, idx[t] * d + d), t * d);
    start = countDistinctRows(sub) >= k ? kmeansPlusPlus(sub, k, rng) : kmeansPlusPlus(points, k, rng);
  } else start = kmeansPlusPlus(points, k, rng);

  const centres = start.slice();
  const counts = new Float64Array(k);
  const bsums = new Float64Array(k * d);
  const bcounts = new Int32Array(k);
  const batch = new Int32Array(b);
  const steps = Math.max(1, Math.ceil((options.maxEpochs * n) / b));
  const alpha = Math.min(1, (2 * b) / (n + 1));
  let ewa = NaN;
  let ewaMin = Infinity;
  let noImprovement = 0;
  let sinceReassign = 0;
  let converged = false;
  let step = 0;
  for (; step < steps; step++) {
    for (let t = 0; t < b; t++) batch[t] = rng.int(n);
    bsums.fill(0);
    bcounts.fill(0);
    let batchInertia = 0;
    for (let t = 0; t < b; t++) {
      const o = batch[t] * d;
      const best = nearestCentre(data, o, centres, k, d);
      batchInertia += squaredDistance(data, o, centres, best * d, d);
      bcounts[best]++;
      const q = best * d;
      for (let j = 0; j < d; j++) bsums[q + j] += data[o + j];
    }
    // centre ← centre + (batch sum − m·centre) / (points seen), i.e. the running mean of its points
    for (let c = 0; c < k; c++) {
      const m = bcounts[c];
      if (m === 0) continue;
      counts[c] += m;
      const q = c * d;
      for (let j = 0; j < d; j++) centres[q + j] += (bsums[q + j] - m * centres[q + j]) / counts[c];
    }
    // move centres that see (almost) no points to random rows of the batch
    sinceReassign += b;
    let anyZero = false;
    for (let c = 0; c < k; c++) if (counts[c] === 0) anyZero = true;
    if (anyZero || sinceReassign >= 10 * k) {
      sinceReassign = 0;
      let max = 0;
      for (let c = 0; c < k; c++) if (counts[c] > max) max = counts[c];
      let keptMin = Infinity;
      for (let c = 0; c < k; c++) if (!(counts[c] < REASSIGNMENT_RATIO * max) && counts[c] < keptMin) keptMin = counts[c];
      for (let c = 0; c < k; c++) {
        if (!(counts[c] < REASSIGNMENT_RATIO * max)) continue;
        const i = batch[rng.int(b)];
        centres.set(data.subarray(i * d, i * d + d), c * d);
        counts[c] = keptMin;
      }
    }
    // early stop on the smoothed batch inertia (the first step, right after the start, is skipped)
    if (step === 0) continue;
    const per = batchInertia / b;
    ewa = Number.isNaN(ewa) ? per : ewa * (1 - alpha) + per * alpha;
    if (ewa < ewaMin) {
      ewaMin = ewa;
      noImprovement = 0;
    } else if (++noImprovement >= MAX_NO_IMPROVEMENT) {
      converged = true;
      step++;
      break;
    }
  }

  const labels = assignNearest(points, centres);
  const sizes = new Int32Array(k);
  for (let i = 0; i < n; i++) sizes[labels[i]]++;
  if (sizes.some((s) => s === 0)) {
    const fixed = runKMeans(points, centres, { maxIterations: 1, tolerance: 0, algorithm: 'lloyd' });
    return { ...fixed, iterations: step, converged };
  }
  return { labels, centroids: centres, inertia: inertia(points, labels, centres), iterations: step, converged, sizes };
}

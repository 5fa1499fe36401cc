/** Where a k-means run starts: greedy k-means++ (sklearn's `_kmeans_plusplus`) or given centres. */
import { InputError } from '../../errors.ts';
import type { Rng } from '../../random.ts';
import type { Points } from '../points.ts';
import { squaredDistance } from './distance.ts';

/**
 * Greedy k-means++ (as sklearn's `_kmeans_plusplus`): first centre uniform; then each step draws
 * 2 + ⌊ln k⌋ candidates with probability ∝ squared distance to the nearest chosen centre and keeps
 * the candidate that minimises the total potential. Points already at a centre are never drawn.
 * Returns k·d centres (copies of data rows).
 *
 * Speed: a point x whose nearest chosen centre c satisfies ‖c − y‖² > 4‖x − c‖² cannot get closer
 * to candidate y (triangle inequality), so its distance to y is not computed. The pass that commits
 * the chosen candidate also rebuilds the cumulative sums the next draw needs (one pass instead of
 * two), and d = 2 has its own branch (distance.ts). Same arithmetic in the same order as the plain loops, so the
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
    const s = squaredDistance(data, i * d, centres, 0, d);
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
    potentials(data, n, d, k, ids, trials, closest, nearest, cyAll, pots);
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
    commit(data, n, d, c, id, closest, nearest, cy, cum, acc);
    total = acc.total;
    lastPositive = acc.lastPositive;
    centres.set(data.subarray(id * d, id * d + d), c * d);
  }
  return centres;
}

/** cy[c] = ‖c − y‖²/4 (shrunk by 1e-9 for rounding) for the m chosen centres and data row y. */
function candidateHalfDistances(data: Float64Array, d: number, centres: Float64Array, m: number, y: number, cy: Float64Array): void {
  const yo = y * d;
  for (let c = 0; c < m; c++) cy[c] = 0.25 * squaredDistance(centres, c * d, data, yo, d) * (1 - 1e-9);
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
      const s = squaredDistance(data, o, data, ids[t] * d, d);
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
      const s = squaredDistance(data, i * d, data, yo, d);
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

/** Given starting centres (k rows of d, or a k·d Float64Array) checked and copied. */
export function initialCentres(init: Float64Array | readonly (readonly number[])[], k: number, d: number): Float64Array {
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

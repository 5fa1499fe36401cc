/**
 * SPSS QUICK CLUSTER (Analyze > Classify > K-Means Cluster; 快速聚类), following the IBM SPSS
 * Statistics Command Syntax Reference (QUICK CLUSTER: CRITERIA, METHOD, PRINT) and the
 * reconstruction in shared/notes/spss-quick-cluster.md:
 *
 *   initial centres   first k complete cases + one pass of the two replacement rules (initial.ts),
 *                     or the first k cases with NOINITIAL;
 *   KMEANS(NOUPDATE)  default: each iteration assigns every case to the nearest centre, then every
 *                     centre becomes the mean of its cases (batch Lloyd);
 *   KMEANS(UPDATE)    running means: within a pass each case joins the nearest current centre, which
 *                     becomes the mean of (old centre + its cases so far); then a classification pass
 *                     and the means of that classification;
 *   CLASSIFY          one assignment to the initial centres; final centres = means; no iterations.
 * Iteration stops after MXITER iterations or when the largest absolute coordinate change of any
 * centre is ≤ CONVERGE × (smallest distance between initial centres). CONVERGE = 0 (the default)
 * stops only when nothing changes. Clusters keep their initial slot numbers (no re-sorting).
 * A cluster that loses every case keeps its previous centre (SPSS does not document this case).
 */
import { InputError } from '../../errors.ts';
import { anovaTable, type AnovaTable } from '../../explain/anova.ts';
import type { Points } from '../points.ts';
import { nearestCentre } from '../kmeans/distance.ts';
import { initialCentres } from './initial.ts';

export type QuickClusterMethod = 'kmeans' | 'update' | 'classify';

export interface QuickClusterOptions {
  /** MXITER, default 10 (ignored by CLASSIFY). */
  mxiter?: number;
  /** CONVERGE, default 0 (ignored by CLASSIFY). */
  converge?: number;
  /** METHOD: 'kmeans' = KMEANS(NOUPDATE) (default), 'update' = KMEANS(UPDATE), 'classify' = CLASSIFY. */
  method?: QuickClusterMethod;
  /** NOINITIAL: the first k cases are the initial centres, without the replacement pass. */
  noinitial?: boolean;
  /** Column names for the ANOVA table. */
  names?: readonly string[];
}

export const QUICK_CLUSTER_DEFAULTS = { mxiter: 10, converge: 0, method: 'kmeans' as QuickClusterMethod, noinitial: false };

export interface QuickClusterIteration {
  iteration: number;
  /** Euclidean change of each cluster centre in this iteration ("Change in Cluster Centers"). */
  changes: number[];
}

export interface QuickClusterResult {
  k: number;
  /** Number of features. */
  d: number;
  /** Number of cases clustered. */
  n: number;
  method: QuickClusterMethod;
  mxiter: number;
  converge: number;
  /** k·d initial centres, row-major, in SPSS slot order. */
  initialCentres: Float64Array;
  /** 0-based case (point) index that supplied each initial centre. */
  initialSources: number[];
  /** Smallest distance between initial centres (footnote of the Iteration History). */
  minInitialDistance: number;
  /** Iteration History; empty for CLASSIFY. */
  iterations: QuickClusterIteration[];
  /** true: stopped by the CONVERGE criterion; false: stopped at MXITER; null: CLASSIFY (no iterations). */
  converged: boolean | null;
  /** Largest absolute coordinate change of any centre in the last iteration (footnote). */
  maxCoordinateChange: number;
  /** k·d final centres = means of the final membership. */
  finalCentres: Float64Array;
  /** k×k Euclidean distances between final centres, row-major. */
  distances: Float64Array;
  /** Cases per cluster. */
  sizes: number[];
  /** 0-based cluster of each case. */
  labels: Int32Array;
  /** Distance of each case to the centre it was classified by (SPSS /SAVE DISTANCE). */
  caseDistances: Float64Array;
  /** Clusters (0-based) that were empty at the end; their centre is the previous one. */
  emptyClusters: number[];
  /** One-way ANOVA per feature on the final membership (descriptive only). */
  anova: AnovaTable;
}

function assign(points: Points, c: Float64Array, k: number, labels: Int32Array): void {
  const { data, n, d } = points;
  for (let i = 0; i < n; i++) labels[i] = nearestCentre(data, i * d, c, k, d);
}

/** Means of the cases of each cluster; an empty cluster keeps `fallback`'s centre. */
function means(points: Points, labels: Int32Array, k: number, fallback: Float64Array): { c: Float64Array; sizes: number[]; empty: number[] } {
  const { data, n, d } = points;
  const sums = new Float64Array(k * d);
  const sizes = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    const g = labels[i];
    sizes[g]++;
    for (let j = 0; j < d; j++) sums[g * d + j] += data[i * d + j];
  }
  const empty: number[] = [];
  for (let g = 0; g < k; g++) {
    if (sizes[g] === 0) {
      empty.push(g);
      sums.set(fallback.subarray(g * d, g * d + d), g * d);
    } else for (let j = 0; j < d; j++) sums[g * d + j] /= sizes[g];
  }
  return { c: sums, sizes, empty };
}

function check(points: Points, k: number, mxiter: number, converge: number, method: string): void {
  if (!Number.isInteger(k) || k < 2) throw new InputError('quick-cluster.k', `QUICK CLUSTER needs a whole number of clusters k ≥ 2; got ${k}.`, {}, { k });
  if (points.n < k) {
    throw new InputError('quick-cluster.too-few', `QUICK CLUSTER with k = ${k} needs at least ${k} complete cases; got ${points.n}.`, {}, { k, n: points.n });
  }
  if (!Number.isInteger(mxiter) || mxiter < 1 || mxiter > 999) {
    throw new InputError('quick-cluster.mxiter-range', `MXITER must be a whole number from 1 to 999; got ${mxiter}.`, {}, { value: mxiter });
  }
  if (!(converge >= 0) || !Number.isFinite(converge)) {
    throw new InputError('quick-cluster.converge-range', `CONVERGE must be a number ≥ 0; got ${converge}.`, {}, { value: converge });
  }
  if (method !== 'kmeans' && method !== 'update' && method !== 'classify') {
    throw new InputError('quick-cluster.method', `METHOD must be kmeans, update or classify; got "${method}".`, {}, { value: String(method) });
  }
  const { data } = points;
  for (let p = 0; p < data.length; p++) {
    if (!Number.isFinite(data[p])) {
      const i = Math.floor(p / points.d);
      throw new InputError('quick-cluster.not-finite', `Case ${i + 1} has a missing or non-finite value; leave incomplete cases out first.`, {}, { row: i + 1 });
    }
  }
}

/** QUICK CLUSTER of `points` (complete cases in file order) into k clusters. */
export function quickCluster(points: Points, k: number, options: QuickClusterOptions = {}): QuickClusterResult {
  const mxiter = options.mxiter ?? QUICK_CLUSTER_DEFAULTS.mxiter;
  const converge = options.converge ?? QUICK_CLUSTER_DEFAULTS.converge;
  const method = options.method ?? QUICK_CLUSTER_DEFAULTS.method;
  check(points, k, mxiter, converge, method);
  const { data, n, d } = points;
  const init = initialCentres(points, k, { noinitial: options.noinitial });
  const c0 = init.centres;
  const labels = new Int32Array(n);
  const iterations: QuickClusterIteration[] = [];
  let centres: Float64Array = c0.slice();
  let classifiedBy: Float64Array = c0;
  let sizes: number[] = [];
  let empty: number[] = [];
  let converged: boolean | null = null;
  let maxCoordinateChange = 0;
  if (method === 'classify') {
    assign(points, c0, k, labels);
    ({ c: centres, sizes, empty } = means(points, labels, k, c0));
  } else {
    const threshold = converge * init.minDistance;
    converged = false;
    for (let it = 1; it <= mxiter; it++) {
      const prev = centres;
      if (method === 'update') {
        const running = prev.slice();
        const sums = prev.slice();
        const counts = new Float64Array(k).fill(1);
        for (let i = 0; i < n; i++) {
          const o = i * d;
          const g = nearestCentre(data, o, running, k, d);
          counts[g]++;
          for (let j = 0; j < d; j++) {
            sums[g * d + j] += data[o + j];
            running[g * d + j] = sums[g * d + j] / counts[g];
          }
        }
        classifiedBy = running;
      } else classifiedBy = prev;
      assign(points, classifiedBy, k, labels);
      ({ c: centres, sizes, empty } = means(points, labels, k, classifiedBy));
      const changes = new Array<number>(k);
      maxCoordinateChange = 0;
      for (let g = 0; g < k; g++) {
        let s = 0;
        for (let j = 0; j < d; j++) {
          const t = centres[g * d + j] - prev[g * d + j];
          s += t * t;
          if (Math.abs(t) > maxCoordinateChange) maxCoordinateChange = Math.abs(t);
        }
        changes[g] = Math.sqrt(s);
      }
      iterations.push({ iteration: it, changes });
      if (maxCoordinateChange <= threshold) {
        converged = true;
        break;
      }
    }
  }
  const caseDistances = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += (data[i * d + j] - classifiedBy[labels[i] * d + j]) ** 2;
    caseDistances[i] = Math.sqrt(s);
  }
  const distances = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += (centres[a * d + j] - centres[b * d + j]) ** 2;
      distances[a * k + b] = Math.sqrt(s);
    }
  }
  const columns = Array.from({ length: d }, (_, j) => Float64Array.from({ length: n }, (_, i) => data[i * d + j]));
  const anova = anovaTable(columns, labels, { names: options.names });
  return {
    k,
    d,
    n,
    method,
    mxiter,
    converge,
    initialCentres: c0,
    initialSources: init.sources,
    minInitialDistance: init.minDistance,
    iterations,
    converged,
    maxCoordinateChange,
    finalCentres: centres,
    distances,
    sizes,
    labels,
    caseDistances,
    emptyClusters: empty,
    anova,
  };
}

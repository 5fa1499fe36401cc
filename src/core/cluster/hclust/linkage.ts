/**
 * Agglomerative hierarchical clustering (SPSS CLUSTER; 系统聚类 / 层次聚类) of points with Euclidean
 * distances, as scipy.cluster.hierarchy.linkage defines the merge heights:
 *   single    min distance                 (minimum spanning tree, Prim);
 *   complete  max distance                 (nearest-neighbour chain);
 *   average   UPGMA mean distance          (nearest-neighbour chain);
 *   ward      Lance–Williams on Euclidean distances: height = sqrt(2 · ΔESS), where ΔESS is the
 *             increase of the within-cluster sum of squared deviations (squared Euclidean, as
 *             SPSS's Ward method) caused by the merge (nearest-neighbour chain).
 * Merges are listed by increasing height (stable for ties) and numbered like scipy's linkage
 * matrix: points are 0..n−1, the cluster formed at merge i is n + i; a < b.
 *
 * Memory is O(n²): the condensed distance matrix holds n(n−1)/2 doubles (HCLUST_MAX_N points
 * ≈ 64 MB). Larger inputs are refused here; `hclust.ts` draws a seeded sample first.
 */
import { InputError } from '../../errors.ts';
import type { Points } from '../points.ts';

export type LinkageMethod = 'ward' | 'average' | 'complete' | 'single';

export const LINKAGE_METHODS: readonly LinkageMethod[] = ['ward', 'average', 'complete', 'single'];

/** Largest number of points clustered at once (condensed matrix of n(n−1)/2 doubles ≈ 64 MB). */
export const HCLUST_MAX_N = 4000;

export interface Merge {
  /** Smaller id of the two clusters joined (0..n−1 a point, n + i the cluster of merge i). */
  a: number;
  b: number;
  height: number;
  /** Points in the new cluster. */
  size: number;
}

/** Index of pair (i, j), i ≠ j, in the condensed upper-triangle matrix of n points. */
function at(n: number, i: number, j: number): number {
  if (i > j) {
    const t = i;
    i = j;
    j = t;
  }
  return n * i - (i * (i + 1)) / 2 + (j - i - 1);
}

/** Condensed Euclidean distances, pairs (0,1), (0,2), …, (n−2,n−1). */
export function condensedDistances(points: Points): Float64Array {
  const { data, n, d } = points;
  const out = new Float64Array((n * (n - 1)) / 2);
  let p = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let c = 0; c < d; c++) {
        const t = data[i * d + c] - data[j * d + c];
        s += t * t;
      }
      out[p++] = Math.sqrt(s);
    }
  }
  return out;
}

type Update = (dxi: number, dyi: number, dxy: number, nx: number, ny: number, ni: number) => number;

const UPDATES: Record<Exclude<LinkageMethod, 'single'>, Update> = {
  complete: (dxi, dyi) => (dxi > dyi ? dxi : dyi),
  average: (dxi, dyi, _dxy, nx, ny) => (nx * dxi + ny * dyi) / (nx + ny),
  ward: (dxi, dyi, dxy, nx, ny, ni) => {
    const t = 1 / (nx + ny + ni);
    return Math.sqrt((ni + nx) * t * dxi * dxi + (ni + ny) * t * dyi * dyi - ni * t * dxy * dxy);
  },
};

/** Raw merges (point/slot indices, height) of a reducible linkage by the nearest-neighbour chain. */
function nnChain(dist: Float64Array, n: number, update: Update): [number, number, number][] {
  const D = dist.slice();
  const size = new Int32Array(n).fill(1);
  const chain = new Int32Array(n);
  let len = 0;
  const out: [number, number, number][] = [];
  for (let step = 0; step < n - 1; step++) {
    if (len === 0) {
      let first = 0;
      while (size[first] === 0) first++;
      chain[0] = first;
      len = 1;
    }
    let x = 0;
    let y = 0;
    let best = Infinity;
    for (;;) {
      x = chain[len - 1];
      // Prefer the chain's previous element on ties, so the chain cannot cycle.
      if (len > 1) {
        y = chain[len - 2];
        best = D[at(n, x, y)];
      } else best = Infinity;
      for (let i = 0; i < n; i++) {
        if (size[i] === 0 || i === x) continue;
        const v = D[at(n, x, i)];
        if (v < best) {
          best = v;
          y = i;
        }
      }
      if (len > 1 && y === chain[len - 2]) break;
      chain[len++] = y;
    }
    len -= 2;
    if (x > y) {
      const t = x;
      x = y;
      y = t;
    }
    const nx = size[x];
    const ny = size[y];
    out.push([x, y, best]);
    size[x] = 0;
    size[y] = nx + ny;
    for (let i = 0; i < n; i++) {
      const ni = size[i];
      if (ni === 0 || i === y) continue;
      D[at(n, i, y)] = update(D[at(n, i, x)], D[at(n, i, y)], best, nx, ny, ni);
    }
  }
  return out;
}

/** Raw single-linkage merges from Prim's minimum spanning tree. */
function mstSingle(dist: Float64Array, n: number): [number, number, number][] {
  const merged = new Uint8Array(n);
  const D = new Float64Array(n).fill(Infinity);
  const out: [number, number, number][] = [];
  let x = 0;
  for (let step = 0; step < n - 1; step++) {
    let best = Infinity;
    let y = 0;
    merged[x] = 1;
    for (let i = 0; i < n; i++) {
      if (merged[i]) continue;
      const v = dist[at(n, x, i)];
      if (D[i] > v) D[i] = v;
      if (D[i] < best) {
        best = D[i];
        y = i;
      }
    }
    out.push([x, y, best]);
    x = y;
  }
  return out;
}

/** Sorts raw merges by height (stable) and renames them to cluster ids with a union–find. */
function label(raw: [number, number, number][], n: number): Merge[] {
  const order = raw.map((_, i) => i).sort((p, q) => raw[p][2] - raw[q][2] || p - q);
  const parent = Int32Array.from({ length: 2 * n - 1 }, (_, i) => i);
  const size = new Int32Array(2 * n - 1).fill(1);
  const find = (v: number): number => {
    let r = v;
    while (parent[r] !== r) r = parent[r];
    while (parent[v] !== r) {
      const next = parent[v];
      parent[v] = r;
      v = next;
    }
    return r;
  };
  return order.map((o, i) => {
    const [x, y, height] = raw[o];
    const rx = find(x);
    const ry = find(y);
    const id = n + i;
    parent[rx] = id;
    parent[ry] = id;
    size[id] = size[rx] + size[ry];
    return { a: Math.min(rx, ry), b: Math.max(rx, ry), height, size: size[id] };
  });
}

/** The n − 1 merges of `points` by `method`, by increasing height. Needs 2 ≤ n ≤ HCLUST_MAX_N and finite values. */
export function linkage(points: Points, method: LinkageMethod): Merge[] {
  const { n, data } = points;
  if (!LINKAGE_METHODS.includes(method)) {
    throw new InputError('hclust.method', `Unknown linkage method "${String(method)}"; expected ward, average, complete or single.`, {}, { value: String(method) });
  }
  if (n < 2) throw new InputError('hclust.too-few', `Hierarchical clustering needs at least 2 cases; got ${n}.`, {}, { n });
  if (n > HCLUST_MAX_N) {
    throw new InputError('hclust.too-many', `Hierarchical clustering keeps an n × n distance matrix; ${n} cases are more than the limit of ${HCLUST_MAX_N}.`, {}, { n, max: HCLUST_MAX_N });
  }
  for (let p = 0; p < data.length; p++) {
    if (!Number.isFinite(data[p])) {
      const row = Math.floor(p / points.d) + 1;
      throw new InputError('hclust.not-finite', `Case ${row} has a missing or non-finite value; leave incomplete cases out first.`, {}, { row });
    }
  }
  const dist = condensedDistances(points);
  const raw = method === 'single' ? mstSingle(dist, n) : nnChain(dist, n, UPDATES[method]);
  return label(raw, n);
}

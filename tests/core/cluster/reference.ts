/** Typed access to tests/fixtures/cluster/sklearn_reference.json (made by tests/reference/cluster_reference.py). */
import { readFileSync } from 'node:fs';
import type { Points } from '../../../src/core/cluster/points.ts';

export interface RunRef {
  labels: number[];
  iterations: number;
  inertia: number;
  centroids: number[];
}

export interface KRef {
  k: number;
  fixed: {
    labels: number[];
    centroids: number[];
    inertia: number;
    silhouette: number;
    silhouetteSamples: number[];
    calinskiHarabasz: number;
    daviesBouldin: number;
  };
  best50Inertia: number;
  sameStart: { init: number[]; 'tol1e-4': RunRef; tol0: RunRef };
}

export interface DatasetRef {
  name: string;
  note: string;
  n: number;
  d: number;
  X: number[];
  ks: KRef[];
}

export interface EmptyRef extends RunRef {
  name: string;
  n: number;
  d: number;
  X: number[];
  init: number[];
}

export interface Reference {
  versions: Record<string, string>;
  datasets: DatasetRef[];
  emptyCluster: EmptyRef[];
}

export const ref: Reference = JSON.parse(
  readFileSync(new URL('../../fixtures/cluster/sklearn_reference.json', import.meta.url), 'utf8'),
);

export function pointsOf(ds: { X: number[]; n: number; d: number }): Points {
  return { data: Float64Array.from(ds.X), n: ds.n, d: ds.d };
}

/** |a − b| / |b| (or |a − b| when b = 0). */
export function relErr(a: number, b: number): number {
  return b === 0 ? Math.abs(a - b) : Math.abs(a - b) / Math.abs(b);
}

/** Mean per-feature population variance (sklearn's tolerance scale), computed plainly. */
export function meanVariance(p: Points): number {
  let total = 0;
  for (let j = 0; j < p.d; j++) {
    let m = 0;
    for (let i = 0; i < p.n; i++) m += p.data[i * p.d + j];
    m /= p.n;
    let v = 0;
    for (let i = 0; i < p.n; i++) v += (p.data[i * p.d + j] - m) ** 2;
    total += v / p.n;
  }
  return total / p.d;
}

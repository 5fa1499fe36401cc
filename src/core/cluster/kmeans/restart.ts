/**
 * One restart of k-means as a self-contained task: everything it depends on is in `RestartSpec`
 * plus (k, r), so it gives the same bits on any thread. Restart r of every k starts from
 * `restartSeed(seed, r)`; the seeds do not depend on how many threads run the restarts or in
 * which order. `kmeansCancellable` (index.ts) and the sweep's task runners (../tasks.ts) both call it.
 */
import { createRng } from '../../random.ts';
import { miniBatchRun } from '../minibatch.ts';
import type { Points } from '../points.ts';
import { runKMeans, type KMeansAlgorithm, type KMeansRun } from './lloyd.ts';
import { kmeansPlusPlus } from './seeding.ts';

/** What every restart of a call (or of a whole sweep) shares; plain data, so it can be posted to a thread. */
export interface RestartSpec {
  /** Base seed of the call. */
  seed: number;
  method: 'exact' | 'mini-batch';
  algorithm: KMeansAlgorithm;
  maxIterations: number;
  /** Absolute tolerance on the squared centre shift (tol × mean feature variance). */
  tolerance: number;
  /** Rows per mini-batch step (mini-batch only). */
  batchSize: number;
}

/** Seed of restart (or stream) r derived from a base seed: a 32-bit integer mix, deterministic. */
export function restartSeed(seed: number, r: number): number {
  let h = (Math.floor(seed) >>> 0) ^ Math.imul(r + 1, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Restart r for k from k-means++ (or a mini-batch run): a pure function of its arguments. */
export function runRestart(points: Points, spec: RestartSpec, k: number, r: number): KMeansRun {
  const rng = createRng(restartSeed(spec.seed, r));
  if (spec.method === 'mini-batch') return miniBatchRun(points, k, rng, { batchSize: spec.batchSize, maxEpochs: spec.maxIterations });
  return runKMeans(points, kmeansPlusPlus(points, k, rng), { maxIterations: spec.maxIterations, tolerance: spec.tolerance, algorithm: spec.algorithm });
}

/**
 * Keeps the best of a k's restarts as they arrive in any order: lowest inertia, ties → lowest
 * restart index. The same winner as trying them in order with a strict `<`, whatever the order.
 */
export class BestRestart {
  best: KMeansRun | null = null;
  bestR = -1;
  received = 0;
  readonly inertias: Float64Array;

  constructor(restarts: number) {
    this.inertias = new Float64Array(restarts);
  }

  add(r: number, run: KMeansRun): void {
    this.inertias[r] = run.inertia;
    this.received++;
    if (this.best === null || run.inertia < this.best.inertia || (run.inertia === this.best.inertia && r < this.bestR)) {
      this.best = run;
      this.bestR = r;
    }
  }

  get complete(): boolean {
    return this.received === this.inertias.length;
  }
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kmeans, kmeansPlusPlus, runKMeans, type KMeansAlgorithm, type KMeansRun } from '../../../src/core/cluster/kmeans.ts';
import { columnVariances, type Points } from '../../../src/core/cluster/points.ts';
import { createRng } from '../../../src/core/random.ts';
import { makeBlobs } from '../../../bench/blobs.ts';

const bits = (a: Float64Array): number[] => Array.from(new Uint32Array(a.slice().buffer));

function meanVariance(p: Points): number {
  const v = columnVariances(p);
  return v.reduce((a, b) => a + b, 0) / p.d;
}

/** Elkan's run and Hamerly's compared with Lloyd's, the reference path: labels, centres, inertia and iterations as bits. */
function expectSameRuns(p: Points, start: Float64Array, maxIterations: number, tolerance: number): KMeansRun {
  const runs = (['lloyd', 'hamerly', 'elkan'] as KMeansAlgorithm[]).map((algorithm) => runKMeans(p, start, { maxIterations, tolerance, algorithm }));
  const [lloyd, ...fast] = runs;
  for (const r of fast) {
    expect(Array.from(r.labels)).toEqual(Array.from(lloyd.labels));
    expect(bits(r.centroids)).toEqual(bits(lloyd.centroids));
    expect(bits(Float64Array.of(r.inertia))).toEqual(bits(Float64Array.of(lloyd.inertia)));
    expect([r.iterations, r.converged, Array.from(r.sizes)]).toEqual([lloyd.iterations, lloyd.converged, Array.from(lloyd.sizes)]);
  }
  return lloyd;
}

describe("Elkan's bounds", () => {
  it("give Lloyd's and Hamerly's partition, centres and iteration count, bit for bit, from the same k-means++ start on blobs with d = 8 and 12, k = 8..12", () => {
    for (const d of [8, 12]) {
      const { points } = makeBlobs(2500, d, 99 + d);
      for (const k of [8, 10, 12]) {
        const start = kmeansPlusPlus(points, k, createRng(k));
        const run = expectSameRuns(points, start, 300, 1e-4 * meanVariance(points));
        expect(run.iterations).toBeGreaterThan(2); // the bounds were used, not just the first assignment
        expectSameRuns(points, start, 300, 0);
      }
    }
  });

  it('give the same run on random integer data full of ties, duplicates and empty clusters, from random and k-means++ starts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 8, max: 12 }),
        fc.integer({ min: 9, max: 120 }),
        fc.integer({ min: 8, max: 14 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.boolean(),
        fc.constantFrom(0, 1e-4, 1e-2),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom(2, 5),
        (d, n, kWanted, seed, randomStart, tol, maxIterations, values) => {
          // values 0/1 (and starts of 0/1) make exact ties between centres common
          const rng = createRng(seed);
          const p: Points = { data: Float64Array.from({ length: n * d }, () => rng.int(values)), n, d };
          const k = Math.min(kWanted, n);
          const start = randomStart ? Float64Array.from({ length: k * d }, () => rng.int(values)) : kmeansPlusPlus(p, k, createRng(seed));
          expectSameRuns(p, start, maxIterations, tol * meanVariance(p));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('give k-means with restarts the same result as the default engine when chosen', () => {
    const { points } = makeBlobs(1200, 8, 5);
    const byDefault = kmeans(points, 9, { seed: 3, restarts: 3 });
    const elkan = kmeans(points, 9, { seed: 3, restarts: 3, algorithm: 'elkan' });
    expect(Array.from(elkan.labels)).toEqual(Array.from(byDefault.labels));
    expect(bits(elkan.centroids)).toEqual(bits(byDefault.centroids));
    expect(Array.from(elkan.restartInertias)).toEqual(Array.from(byDefault.restartInertias));
  });
});

/**
 * The optimised k-means (fused k-means++ passes, d = 2 loops, Hamerly moving cluster sums as it
 * relabels) against a frozen copy of the implementation it replaced (frozen/kmeans-v1.ts): from the
 * same seed both must give the same starts, labels, centres, inertia and iteration counts, bit for bit.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kmeans, kmeansPlusPlus, lloyd, runKMeans } from '../../../src/core/cluster/kmeans.ts';
import type { Points } from '../../../src/core/cluster/points.ts';
import { createRng } from '../../../src/core/random.ts';
import { makeBlobs } from '../../../bench/blobs.ts';
import * as v1 from './frozen/kmeans-v1.ts';
import { meanVariance, pointsOf, ref } from './reference.ts';

function sameRun(a: ReturnType<typeof runKMeans>, b: ReturnType<typeof runKMeans>): void {
  expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
  expect(Array.from(a.centroids)).toEqual(Array.from(b.centroids));
  expect(Object.is(a.inertia, b.inertia)).toBe(true);
  expect(a.iterations).toBe(b.iterations);
  expect(a.converged).toBe(b.converged);
  expect(Array.from(a.sizes)).toEqual(Array.from(b.sizes));
}

describe('the optimised k-means against the frozen previous implementation', () => {
  it('draws bit-identical k-means++ starts for d = 1, 2, 3 and 8 on several seeds', () => {
    for (const d of [1, 2, 3, 8]) {
      const { points } = makeBlobs(3000, d, 7 + d);
      for (const k of [2, 3, 5, 10]) {
        for (let s = 0; s < 4; s++) {
          const a = kmeansPlusPlus(points, k, createRng(s));
          const b = v1.kmeansPlusPlus(points, k, createRng(s));
          expect(Array.from(a)).toEqual(Array.from(b));
        }
      }
    }
  });

  it('returns bit-identical labels, centres, inertia and iterations with restarts on blobs (d = 2 and 8)', () => {
    for (const d of [2, 8]) {
      const { points } = makeBlobs(20000, d, 11 * d);
      for (const k of [2, 4, 7, 10]) {
        for (const seed of [0, 1, 42]) {
          const opts = { seed, restarts: 3, maxIterations: 300, tol: 1e-4 };
          const a = kmeans(points, k, opts);
          const b = v1.kmeans(points, k, opts);
          sameRun(a, b);
          expect(a.restart).toBe(b.restart);
          expect(Array.from(a.restartInertias)).toEqual(Array.from(b.restartInertias));
        }
      }
    }
  });

  it('returns bit-identical runs on the real data sets with Hamerly and with plain Lloyd', () => {
    for (const ds of ref.datasets) {
      const p = pointsOf(ds);
      for (let k = 2; k <= 8; k++) {
        const start = v1.kmeansPlusPlus(p, k, createRng(k));
        const opts = { maxIterations: 300, tolerance: 1e-4 * meanVariance(p) };
        sameRun(runKMeans(p, start, { ...opts, algorithm: 'hamerly' }), v1.runKMeans(p, start, { ...opts, algorithm: 'hamerly' }));
        sameRun(lloyd(p, start, opts), v1.lloyd(p, start, opts));
      }
    }
  });

  it('returns bit-identical runs on random integer data full of ties, duplicates and empty clusters', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 80 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.boolean(),
        fc.constantFrom(0, 1e-4, 1e-2),
        fc.integer({ min: 1, max: 40 }),
        (d, n, kWanted, seed, randomStart, tol, maxIterations) => {
          const rng = createRng(seed);
          const data = Float64Array.from({ length: n * d }, () => rng.int(7) - 3);
          const p: Points = { data, n, d };
          const k = Math.min(kWanted, n);
          const start = randomStart
            ? Float64Array.from({ length: k * d }, () => rng.int(21) - 10)
            : v1.kmeansPlusPlus(p, k, createRng(seed));
          if (!randomStart) expect(Array.from(kmeansPlusPlus(p, k, createRng(seed)))).toEqual(Array.from(start));
          const opts = { maxIterations, tolerance: tol * meanVariance(p) };
          sameRun(runKMeans(p, start, { ...opts, algorithm: 'hamerly' }), v1.runKMeans(p, start, { ...opts, algorithm: 'hamerly' }));
        },
      ),
      { numRuns: 300 },
    );
  });
});

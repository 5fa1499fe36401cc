import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kmeans as mlKmeans } from 'ml-kmeans';
import {
  assignNearest,
  hamerly,
  kmeans,
  kmeansPlusPlus,
  lloyd,
  restartSeed,
  runKMeans,
} from '../../../src/core/cluster/kmeans.ts';
import { pointsFromRows, type Points } from '../../../src/core/cluster/points.ts';
import { createRng } from '../../../src/core/random.ts';
import { meanVariance, pointsOf, ref, relErr } from './reference.ts';
import { thrown } from '../../support/thrown.ts';

function rows(p: Points): number[][] {
  return Array.from({ length: p.n }, (_, i) => Array.from(p.data.subarray(i * p.d, i * p.d + p.d)));
}


/** Three well separated 2-d groups (seeded), for ml-kmeans and engine comparisons. */
function groups(n: number, seed: number): Points {
  const rng = createRng(seed);
  const centres = [
    [0, 0],
    [6, 1],
    [2, 7],
  ];
  return pointsFromRows(
    Array.from({ length: n }, (_, i) => {
      const c = centres[i % 3];
      return [c[0] + 2 * rng.next() - 1, c[1] + 2 * rng.next() - 1];
    }),
  );
}

describe('kmeans against scikit-learn', () => {
  for (const ds of ref.datasets) {
    const p = pointsOf(ds);
    const scale = meanVariance(p);
    it(`reaches scikit-learn's labels, iteration count and inertia from the same start on ${ds.name} (k = 2..6, relative tol 1e-4 and tol 0)`, () => {
      for (const kk of ds.ks) {
        for (const [key, tol] of [['tol1e-4', 1e-4], ['tol0', 0]] as const) {
          const want = kk.sameStart[key];
          for (const algorithm of ['hamerly', 'lloyd'] as const) {
            const r = kmeans(p, kk.k, { init: Float64Array.from(kk.sameStart.init), tol, algorithm });
            expect(Array.from(r.labels)).toEqual(want.labels);
            expect(r.iterations).toBe(want.iterations);
            expect(relErr(r.inertia, want.inertia)).toBeLessThan(1e-9);
            r.centroids.forEach((v, i) => expect(Math.abs(v - want.centroids[i])).toBeLessThan(1e-9 * (1 + Math.sqrt(scale))));
          }
        }
      }
    });

    it(`keeps an inertia within 1 % of scikit-learn's best of 50 starts on ${ds.name}`, () => {
      for (const kk of ds.ks) {
        // 50 of our starts against sklearn's 50
        const r50 = kmeans(p, kk.k, { seed: 0, restarts: 50 });
        expect(r50.inertia).toBeLessThanOrEqual(kk.best50Inertia * 1.01);
        // the median of 10-start runs over 20 seeds is within 1 % too (sklearn's own: ≤ 0.71 % here)
        const r10 = Array.from({ length: 20 }, (_, s) => kmeans(p, kk.k, { seed: s, restarts: 10 }).inertia).sort((a, b) => a - b);
        expect(r10[10]).toBeLessThanOrEqual(kk.best50Inertia * 1.01);
      }
    });
  }

  it('moves an empty cluster to the point farthest from its centre, as scikit-learn does', () => {
    // 1-d, points 0 1 2 10 11, starts 0 1 100. Worked by hand:
    //  it 1: labels 0 1 1 1 1, cluster 2 empty; farthest from own centre: 11 (distance² 100)
    //        → centres 0, (1+2+10)/3, 11
    //  it 2: labels 0 0 0 2 2, cluster 1 empty; farthest: 2 (distance² 4 to 0) → centres 0.5, 2, 10.5
    //  it 3: labels 0 0 1 2 2, centres unchanged (shift 0 ≤ tol) → inertia 4 × 0.25 = 1
    const [one, two] = ref.emptyCluster;
    expect(one.labels).toEqual([0, 0, 1, 2, 2]);
    expect(one.centroids).toEqual([0.5, 2, 10.5]);
    expect(one.iterations).toBe(3);
    for (const c of [one, two]) {
      for (const algorithm of ['hamerly', 'lloyd'] as const) {
        const r = kmeans(pointsOf(c), c.init.length / c.d, { init: Float64Array.from(c.init), algorithm });
        expect(Array.from(r.labels)).toEqual(c.labels);
        expect(Array.from(r.centroids)).toEqual(c.centroids);
        expect(r.inertia).toBeCloseTo(c.inertia, 12);
        expect(r.iterations).toBe(c.iterations);
        expect(Math.min(...r.sizes)).toBeGreaterThan(0);
      }
    }
  });
});

describe('Hamerly and plain Lloyd', () => {
  it('give identical partitions from the same start on the real data sets', () => {
    for (const ds of ref.datasets) {
      const p = pointsOf(ds);
      for (let k = 2; k <= 8; k++) {
        for (let s = 0; s < 3; s++) {
          const start = kmeansPlusPlus(p, k, createRng(s));
          const opts = { maxIterations: 300, tolerance: 1e-4 * meanVariance(p) };
          const a = hamerly(p, start, opts);
          const b = lloyd(p, start, opts);
          expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
          expect(a.iterations).toBe(b.iterations);
          expect(relErr(a.inertia, b.inertia)).toBeLessThan(1e-9);
        }
      }
    }
  });

  it('give identical partitions on random integer data full of ties, duplicates and far-away starts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.boolean(),
        fc.constantFrom(0, 1e-4, 1e-2),
        fc.integer({ min: 1, max: 30 }),
        (d, n, kWanted, seed, randomStart, tol, maxIterations) => {
          const rng = createRng(seed);
          const data = Float64Array.from({ length: n * d }, () => rng.int(7) - 3);
          const p = { data, n, d };
          const k = Math.min(kWanted, n);
          // random starts on a wider grid leave clusters empty; k-means++ starts are data rows
          const start = randomStart
            ? Float64Array.from({ length: k * d }, () => rng.int(21) - 10)
            : kmeansPlusPlus(p, k, rng);
          const opts = { maxIterations, tolerance: tol * meanVariance(p) };
          const a = hamerly(p, start, opts);
          const b = lloyd(p, start, opts);
          expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
          expect(Array.from(a.centroids)).toEqual(Array.from(b.centroids));
          expect(a.iterations).toBe(b.iterations);
          expect(a.converged).toBe(b.converged);
          expect(relErr(a.inertia, b.inertia)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('plain Lloyd against ml-kmeans', () => {
  it('returns the same labels as ml-kmeans from the same starting centres', () => {
    const sets: [string, Points][] = [
      ...ref.datasets.map((ds) => [ds.name, pointsOf(ds)] as [string, Points]),
      ['three groups', groups(600, 7)],
    ];
    let compared = 0;
    for (const [, p] of sets) {
      for (let k = 2; k <= 6; k++) {
        const start = kmeansPlusPlus(p, k, createRng(k));
        const ours = lloyd(p, start, { maxIterations: 300, tolerance: 0 });
        const centres = rows({ data: start, n: k, d: p.d });
        const theirs = mlKmeans(rows(p), k, { initialization: centres, tolerance: 0, maxIterations: 300 });
        expect(theirs.converged).toBe(true);
        expect(Array.from(ours.labels)).toEqual(theirs.clusters);
        compared++;
      }
    }
    expect(compared).toBe(20);
  });
});

describe('kmeans behaviour', () => {
  const iris = pointsOf(ref.datasets.find((d) => d.name === 'iris')!);

  it('is deterministic for a seed and reproduces the winning restart from its recorded seed', () => {
    const a = kmeans(iris, 5, { seed: 11, restarts: 6 });
    const b = kmeans(iris, 5, { seed: 11, restarts: 6 });
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(Array.from(a.centroids)).toEqual(Array.from(b.centroids));
    expect(Array.from(a.restartInertias)).toEqual(Array.from(b.restartInertias));
    expect(a.seed).toBe(restartSeed(11, a.restart));
    const again = runKMeans(iris, kmeansPlusPlus(iris, 5, createRng(a.seed)), { maxIterations: 300, tolerance: 1e-4 * meanVariance(iris) });
    expect(again.inertia).toBe(a.inertia);
    expect(Math.min(...a.restartInertias)).toBe(a.inertia);
  });

  it('derives different restart seeds, so restarts start from different centres', () => {
    const seeds = new Set(Array.from({ length: 50 }, (_, r) => restartSeed(3, r)));
    expect(seeds.size).toBe(50);
    const starts = new Set(Array.from({ length: 10 }, (_, r) => kmeansPlusPlus(iris, 4, createRng(restartSeed(3, r))).join(',')));
    expect(starts.size).toBeGreaterThan(5);
  });

  it('draws k-means++ starts among distinct data rows, never a duplicate of a chosen centre', () => {
    // 3 distinct rows, each repeated: every start must be the 3 distinct rows
    const p = pointsFromRows([[0, 0], [0, 0], [5, 5], [5, 5], [5, 5], [9, 0], [9, 0]]);
    for (let s = 0; s < 30; s++) {
      const c = kmeansPlusPlus(p, 3, createRng(s));
      const set = new Set([0, 1, 2].map((i) => `${c[2 * i]},${c[2 * i + 1]}`));
      expect([...set].sort()).toEqual(['0,0', '5,5', '9,0']);
    }
  });

  it('is unchanged when the data are scaled by a power of two (the tolerance is relative)', () => {
    for (const f of [2 ** -10, 2 ** 20]) {
      const scaled = { ...iris, data: iris.data.map((v) => v * f) };
      for (const k of [3, 6]) {
        const a = kmeans(iris, k, { seed: 2, restarts: 3 });
        const b = kmeans(scaled, k, { seed: 2, restarts: 3 });
        expect(Array.from(b.labels)).toEqual(Array.from(a.labels));
        expect(b.iterations).toBe(a.iterations);
        expect(b.inertia).toBe(a.inertia * f * f);
      }
    }
  });

  it('returns nearest-centre labels even when stopped by maxIterations', () => {
    const r = kmeans(iris, 6, { seed: 5, restarts: 1, maxIterations: 1 });
    expect(r.converged).toBe(false);
    expect(r.iterations).toBe(1);
    expect(Array.from(r.labels)).toEqual(Array.from(assignNearest(iris, r.centroids)));
    expect(r.sizes.reduce((a, b) => a + b, 0)).toBe(150);
  });

  it('gives k = 1 as the column means with inertia n × Σ variances', () => {
    // iris column means (sklearn's iris): 5.843333, 3.057333, 3.758, 1.199333
    const r = kmeans(iris, 1, { seed: 0 });
    expect(Array.from(r.labels).every((l) => l === 0)).toBe(true);
    expect(r.centroids[0]).toBeCloseTo(5.843333333, 8);
    expect(r.centroids[1]).toBeCloseTo(3.057333333, 8);
    expect(r.centroids[2]).toBeCloseTo(3.758, 8);
    expect(r.centroids[3]).toBeCloseTo(1.199333333, 8);
    expect(relErr(r.inertia, 150 * 4 * meanVariance(iris))).toBeLessThan(1e-12);
    expect(r.converged).toBe(true);
  });

  it('splits duplicated customers into their distinct groups with zero inertia', () => {
    const p = pointsFromRows([[1, 1], [1, 1], [4, 0], [4, 0], [4, 0], [0, 6]]);
    const r = kmeans(p, 3, { seed: 1 });
    expect(r.inertia).toBe(0);
    expect(Array.from(r.sizes).sort()).toEqual([1, 2, 3]);
    expect(r.labels[0]).toBe(r.labels[1]);
    expect(r.labels[2]).toBe(r.labels[4]);
  });

  it('accepts constant data with k = 1', () => {
    const p = pointsFromRows([[3, 3], [3, 3], [3, 3]]);
    const r = kmeans(p, 1);
    expect(r.inertia).toBe(0);
    expect(Array.from(r.centroids)).toEqual([3, 3]);
  });
});

describe('kmeans refuses impossible input with a message that names it', () => {
  it('refuses k above the number of distinct customers', () => {
    const p = pointsFromRows([[1, 1], [1, 1], [2, 2], [2, 2], [3, 3], [3, 3]]);
    const e = thrown(() => kmeans(p, 5));
    expect(e.code).toBe('cluster.k-too-large');
    expect(e.message).toBe('k = 5 but only 3 distinct customers: customers with identical values cannot be split; choose k ≤ 3.');
  });

  it('refuses k = 2 on constant data', () => {
    const e = thrown(() => kmeans(pointsFromRows([[3], [3], [3]]), 2));
    expect(e.message).toBe('k = 2 but only 1 distinct customer: customers with identical values cannot be split; choose k ≤ 1.');
  });

  it('refuses k ≥ n, including a single customer', () => {
    const e = thrown(() => kmeans(pointsFromRows([[0], [1], [2]]), 3));
    expect(e.code).toBe('cluster.k-too-large');
    expect(e.message).toBe('k = 3 but only 3 customers: k must be smaller than the number of customers.');
    expect(thrown(() => kmeans(pointsFromRows([[7, 7]]), 1)).message).toBe(
      'k = 1 but only 1 customer: k must be smaller than the number of customers.',
    );
  });

  it('refuses no customers and a k that is not a whole number ≥ 1', () => {
    expect(thrown(() => kmeans({ data: new Float64Array(0), n: 0, d: 2 }, 1)).message).toBe('There are no customers to cluster.');
    expect(thrown(() => kmeans(pointsFromRows([[0], [1], [2]]), 1.5)).message).toBe('k = 1.5 is not a whole number of clusters (1 or more).');
    expect(thrown(() => kmeans(pointsFromRows([[0], [1], [2]]), 0)).code).toBe('cluster.k-invalid');
  });

  it('names the row and column of a missing or infinite value', () => {
    const p = pointsFromRows([[1, 2], [3, 4], [5, NaN], [7, 8]]);
    const e = thrown(() => kmeans(p, 2));
    expect(e.code).toBe('cluster.not-finite');
    expect(e.message).toBe(
      'Row 4, column 2: value is missing or not a number (NaN); k-means needs finite numbers (drop or impute missing values first).',
    );
    expect(e.where).toEqual({ row: 4, column: 'column 2' });
    const named = thrown(() => kmeans(pointsFromRows([[1, 2], [Infinity, 4], [0, 0]]), 2, { lines: [3, 9, 12], columns: ['Fresh', 'Milk'] }));
    expect(named.message).toBe(
      'Row 9, column "Fresh": value is Infinity; k-means needs finite numbers (drop or impute missing values first).',
    );
    expect(named.where).toEqual({ row: 9, column: 'Fresh' });
  });

  it('refuses bad options', () => {
    const p = pointsFromRows([[0], [1], [2], [3]]);
    expect(thrown(() => kmeans(p, 2, { maxIterations: 0 })).code).toBe('cluster.max-iterations');
    expect(thrown(() => kmeans(p, 2, { tol: -1 })).code).toBe('cluster.tolerance');
    expect(thrown(() => kmeans(p, 2, { restarts: 0 })).code).toBe('cluster.restarts');
    expect(thrown(() => kmeans(p, 2, { init: [[0]] })).message).toBe('The starting centres must be 2 rows of 1 values.');
  });
});

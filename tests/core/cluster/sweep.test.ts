import { describe, expect, it } from 'vitest';
import { kmeans } from '../../../src/core/cluster/kmeans.ts';
import { kneedle } from '../../../src/core/cluster/knee.ts';
import { pointsFromRows } from '../../../src/core/cluster/points.ts';
import { sweep } from '../../../src/core/cluster/sweep.ts';
import { createRng } from '../../../src/core/random.ts';
import { pointsOf, ref, relErr } from './reference.ts';

describe('sweep', () => {
  it("reports scikit-learn's silhouette, CH and DB for every k where it reaches scikit-learn's partition", () => {
    let matched = 0;
    for (const ds of ref.datasets) {
      const r = sweep(pointsOf(ds), { kMin: 2, kMax: 6, restarts: 10, seed: 0 });
      for (const row of r.results) {
        const f = ds.ks.find((k) => k.k === row.k)!.fixed;
        if (relErr(row.inertia, f.inertia) > 1e-9) continue; // a different local optimum: nothing to compare
        matched++;
        expect(Math.abs(row.silhouette! - f.silhouette)).toBeLessThan(1e-9);
        expect(relErr(row.calinskiHarabasz!, f.calinskiHarabasz)).toBeLessThan(1e-9);
        expect(relErr(row.daviesBouldin!, f.daviesBouldin)).toBeLessThan(1e-9);
        expect(row.silhouetteExact).toBe(true);
        expect(row.silhouetteSampleSize).toBe(ds.n);
      }
    }
    expect(matched).toBeGreaterThanOrEqual(8);
  });

  it('gives for each k exactly what kmeans gives with the same seed and restarts', () => {
    const iris = pointsOf(ref.datasets.find((d) => d.name === 'iris')!);
    const r = sweep(iris, { kMin: 2, kMax: 7, restarts: 4, seed: 21 });
    expect(r.results.map((x) => x.k)).toEqual([2, 3, 4, 5, 6, 7]);
    for (const row of r.results) {
      const km = kmeans(iris, row.k, { seed: 21, restarts: 4 });
      expect(Array.from(row.labels)).toEqual(Array.from(km.labels));
      expect(row.inertia).toBe(km.inertia);
      expect(row.iterations).toBe(km.iterations);
      expect(row.seed).toBe(21);
      expect(row.restartAgreement).toBeGreaterThan(0);
    }
    // the elbow is Kneedle's on the reported inertias; the best silhouette is the arg-max
    expect(r.knee).toBe(kneedle(r.results.map((x) => x.k), r.results.map((x) => x.inertia)));
    const best = r.results.reduce((a, b) => (b.silhouette! > a.silhouette! ? b : a));
    expect(r.bestSilhouette).toBe(best.k);
  });

  it('finds k = 3 by silhouette and the elbow on three well separated groups', () => {
    const rng = createRng(4);
    const centres = [[0, 0], [10, 0], [0, 10]];
    const p = pointsFromRows(Array.from({ length: 300 }, (_, i) => centres[i % 3].map((c) => c + rng.next() - 0.5)));
    const r = sweep(p, { kMin: 1, kMax: 8, restarts: 5, seed: 1 });
    expect(r.bestSilhouette).toBe(3);
    expect(r.knee).toBe(3);
    expect(r.results[0].silhouette).toBeNull();
    expect(r.results[0].calinskiHarabasz).toBeNull();
    expect(r.notes.map((n) => n.code)).toEqual(['cluster.k1-metrics']);
  });

  it('shortens the k range to the distinct customers, with a note', () => {
    const p = pointsFromRows([[0], [0], [1], [1], [5], [5], [9], [9]]);
    const r = sweep(p, { kMin: 2, kMax: 10, restarts: 2 });
    expect(r.kMax).toBe(4);
    expect(r.results.map((x) => x.k)).toEqual([2, 3, 4]);
    expect(r.notes[0]).toEqual({
      severity: 'warning',
      code: 'cluster.k-clamped',
      message: 'k range 2–10 shortened to 2–4: the data have only 4 distinct customers.',
      where: { path: 'options.segmentation' },
      params: { kMin: 2, kMaxAsked: 10, kMax: 4, distinct: 4, n: r.n },
      variant: 'distinct',
    });
    const few = sweep(pointsFromRows([[0], [1], [2], [3], [4]]), { kMax: 10, restarts: 1 });
    expect(few.kMax).toBe(4);
    expect(few.notes[0].message).toBe('k range 2–10 shortened to 2–4: there are only 5 customers and k must be smaller.');
  });

  it('refuses a range that the data cannot support at all, and a bad range', () => {
    expect(() => sweep(pointsFromRows([[1], [1], [1]]), { kMin: 2 })).toThrow(
      'k = 2 but only 1 distinct customer: customers with identical values cannot be split; choose k ≤ 1.',
    );
    expect(() => sweep(pointsFromRows([[1], [2]]), { kMin: 2 })).toThrow(
      'k = 2 but only 2 customers: k must be smaller than the number of customers.',
    );
    expect(() => sweep(pointsFromRows([[1], [2], [3]]), { kMin: 4, kMax: 3 })).toThrow(
      'The k range 4–3 is not valid: it needs whole numbers with 1 ≤ kMin ≤ kMax.',
    );
    expect(() => sweep(pointsFromRows([[1], [NaN], [3]]), {})).toThrow('Row 3, column 1: value is missing');
  });

  it('samples the silhouette above the limit, the same customers for every k, and says so', () => {
    const ws = pointsOf(ref.datasets.find((d) => d.name === 'wholesale')!);
    const r = sweep(ws, { kMin: 2, kMax: 4, restarts: 2, seed: 5, silhouetteSample: 100 });
    for (const row of r.results) {
      expect(row.silhouetteExact).toBe(false);
      expect(row.silhouetteSampleSize).toBe(100);
      expect(row.silhouetteSpread!.standardError).toBeGreaterThan(0);
    }
    expect(r.notes.find((n) => n.code === 'cluster.silhouette-sampled')!.message).toBe(
      'Silhouette computed on a seeded sample of 100 of 440 customers (seed 5), the same customers for every k.',
    );
  });

  it('reports progress up to the total and stops when cancelled, keeping what it has', () => {
    const iris = pointsOf(ref.datasets.find((d) => d.name === 'iris')!);
    const seen: [number, number][] = [];
    sweep(iris, { kMin: 2, kMax: 4, restarts: 3, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.length).toBe(12); // 3 values of k × (3 restarts + 1 metrics step)
    expect(seen.map((s) => s[0])).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(seen.every((s) => s[1] === 12)).toBe(true);

    let steps = 0;
    const r = sweep(iris, { kMin: 2, kMax: 6, restarts: 3, onProgress: () => steps++, shouldCancel: () => steps >= 5 });
    expect(r.cancelled).toBe(true);
    expect(r.results.map((x) => x.k)).toEqual([2]);
    expect(r.notes.at(-1)!.message).toBe('Sweep cancelled after 1 of 5 values of k.');
  });

  it('notes when k-means stopped before converging', () => {
    const iris = pointsOf(ref.datasets.find((d) => d.name === 'iris')!);
    const r = sweep(iris, { kMin: 5, kMax: 5, restarts: 1, maxIterations: 1 });
    expect(r.results[0].converged).toBe(false);
    expect(r.notes.map((n) => n.message)).toContain(
      'k = 5: k-means stopped after 1 iterations without converging; raise maxIterations for a settled result.',
    );
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { silhouetteSamples } from '../../../src/core/cluster/metrics.ts';
import { pointsFromRows } from '../../../src/core/cluster/points.ts';
import { firstDistinctRows, kmeansIteration, kmeansWalk } from '../../../src/core/teach/kmeans-walk.ts';
import { silhouetteCalculation } from '../../../src/core/teach/silhouette-calculation.ts';

// Written by tests/reference/teach_cluster_reference.py (numpy and scikit-learn).
const ref = JSON.parse(readFileSync(new URL('../../fixtures/teach/cluster-reference.json', import.meta.url), 'utf8'));
const flat = (m: number[][]): number[] => m.flat();
const close = (a: ArrayLike<number>, b: number[], digits = 9) => {
  expect(a.length).toBe(b.length);
  Array.from(a).forEach((v, i) => expect(v).toBeCloseTo(b[i], digits));
};

describe('kmeansWalk', () => {
  for (const c of ref.cases) {
    const points = pointsFromRows(c.points);
    it(`starts ${c.name} from the first ${c.k} distinct customers`, () => {
      expect(firstDistinctRows(points, c.k)).toEqual(c.startRows);
    });
    it(`assigns, moves the centres and sums the inertia of every iteration of ${c.name} as numpy does`, () => {
      const w = kmeansWalk(points, c.k);
      expect(w.iterations.length).toBe(c.iterations.length);
      w.iterations.forEach((it, t) => {
        const r = c.iterations[t];
        close(it.assign.centres, flat(r.centres));
        close(it.assign.distances, flat(r.distances));
        expect(Array.from(it.assign.labels)).toEqual(r.labels);
        expect(it.assign.changed).toBe(r.changed);
        expect(it.assign.inertia).toBeCloseTo(r.inertia, 8);
        expect(Array.from(it.move.sizes)).toEqual(r.sizes);
        close(it.move.sums, flat(r.sums));
        close(it.move.centres, flat(r.moved));
        close(it.move.shift, r.shift);
        expect(it.move.inertia).toBeCloseTo(r.inertiaAfter, 8);
        expect(it.move.inertia).toBeLessThanOrEqual(it.assign.inertia + 1e-9);
      });
    });
    it(`ends ${c.name} where scikit-learn's Lloyd k-means from the same centres ends, after as many iterations`, () => {
      const w = kmeansWalk(points, c.k);
      const last = w.iterations[w.iterations.length - 1];
      expect(w.converged).toBe(true);
      expect(w.iterations.length).toBe(c.sklearn.nIter);
      expect(Array.from(last.assign.labels)).toEqual(c.sklearn.labels);
      close(last.move.centres, flat(c.sklearn.centres), 8);
      expect(last.move.inertia).toBeCloseTo(c.sklearn.inertia, 6);
    });
  }

  it('stops at maxIterations and says it did not converge', () => {
    const c = ref.cases[0];
    const w = kmeansWalk(pointsFromRows(c.points), c.k, { maxIterations: 2 });
    expect(w.iterations.length).toBe(2);
    expect(w.converged).toBe(false);
  });

  it('leaves a centre that gets no customer where it was and names it', () => {
    const points = pointsFromRows([[0], [1], [2]]);
    const it = kmeansIteration(points, Float64Array.of(1, 1000));
    expect(Array.from(it.move.sizes)).toEqual([3, 0]);
    expect(it.move.empty).toEqual([1]);
    expect(Array.from(it.move.centres)).toEqual([1, 1000]);
    expect(it.move.shift[1]).toBe(0);
  });

  it('sends a customer equally far from two centres to the lower-numbered one', () => {
    const it = kmeansIteration(pointsFromRows([[5], [0], [10]]), Float64Array.of(0, 10));
    expect(it.assign.labels[0]).toBe(0);
  });

  it('refuses more centres than distinct customers with the engine’s message', () => {
    const points = pointsFromRows([[1, 1], [1, 1], [2, 2], [2, 2]]);
    expect(() => kmeansWalk(points, 3)).toThrow(expect.objectContaining({ code: 'cluster.k-too-large' }));
    expect(() => kmeansWalk(points, 0)).toThrow(expect.objectContaining({ code: 'cluster.k-invalid' }));
  });
});

describe('silhouetteCalculation', () => {
  for (const c of ref.cases) {
    const points = pointsFromRows(c.points);
    const labels = Int32Array.from(c.silhouette.labels);
    for (const p of c.silhouette.parts) {
      it(`gives customer ${p.row + 1} of ${c.name} the per-cluster distance sums, a(i), b(i) and s(i) of numpy and sklearn's silhouette_samples`, () => {
        const s = silhouetteCalculation(points, labels, c.k, p.row);
        close(s.distances, p.distances, 10);
        expect(s.cluster).toBe(p.cluster);
        expect(s.clusters.map((x) => [x.cluster, x.count])).toEqual(p.clusters.map((x: any) => [x.cluster, x.count]));
        close(s.clusters.map((x) => x.sum), p.clusters.map((x: any) => x.sum), 9);
        if (p.a === null) expect(s.alone && Number.isNaN(s.a)).toBe(true); // alone in its cluster
        else expect(s.a).toBeCloseTo(p.a, 10);
        expect(s.b).toBeCloseTo(p.b, 10);
        expect(s.nearest).toBe(p.nearest);
        expect(s.s).toBeCloseTo(c.silhouette.s[p.row], 12);
        if (p.a !== null) expect(s.s).toBeCloseTo((s.b - s.a) / Math.max(s.a, s.b), 15);
      });
    }
    it(`agrees with sklearn's silhouette_samples for every customer of ${c.name}`, () => {
      const s = Array.from({ length: labels.length }, (_, i) => silhouetteCalculation(points, labels, c.k, i).s);
      close(s, c.silhouette.s, 12);
      close(s, Array.from(silhouetteSamples(points, labels, c.k)), 12);
    });
  }

  it('gives a customer alone in its cluster s = 0 with no a(i), as sklearn does', () => {
    const g = ref.singleton;
    const s = silhouetteCalculation(pointsFromRows(g.points), Int32Array.from(g.labels), g.k, g.row);
    expect(g.s[g.row]).toBe(0);
    expect(s.alone).toBe(true);
    expect(s.s).toBe(0);
    expect(Number.isNaN(s.a)).toBe(true);
    expect(s.clusters.find((x) => x.cluster === s.cluster)?.count).toBe(0);
  });

  it('gives s = 0 when a and b are both 0 (identical customers in two clusters)', () => {
    const s = silhouetteCalculation(pointsFromRows([[1], [1], [1], [1]]), Int32Array.of(0, 0, 1, 1), 2, 0);
    expect(s.a).toBe(0);
    expect(s.b).toBe(0);
    expect(s.s).toBe(0);
  });

  it('needs two non-empty clusters', () => {
    expect(() => silhouetteCalculation(pointsFromRows([[1], [2], [3]]), Int32Array.of(0, 0, 0), 2, 0)).toThrow(expect.objectContaining({ code: 'cluster.metric-undefined' }));
  });
});

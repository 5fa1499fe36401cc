import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assignNearest, kmeans } from '../../../src/core/cluster/kmeans.ts';
import { inertia } from '../../../src/core/cluster/metrics.ts';
import { pointsFromRows, type Points } from '../../../src/core/cluster/points.ts';
import { thrown } from '../../support/thrown.ts';

/** tests/fixtures/cluster/minibatch_reference.json, made by tests/reference/minibatch_reference.py (scikit-learn 1.2.1). */
interface MiniBatchRef {
  n: number;
  d: number;
  batchSize: number;
  X: number[];
  ks: { k: number; full: number; miniBatch: number[]; miniBatchMean: number; miniBatchMax: number }[];
}
const ref: MiniBatchRef = JSON.parse(readFileSync(new URL('../../fixtures/cluster/minibatch_reference.json', import.meta.url), 'utf8'));
const blobs: Points = { data: Float64Array.from(ref.X), n: ref.n, d: ref.d };
const SEEDS = Array.from({ length: 10 }, (_, s) => s);


describe('mini-batch k-means against scikit-learn on the same blobs', () => {
  it('comes within 1 % of full k-means inertia at k = 3 and 4 for every seed', () => {
    for (const r of ref.ks.filter((x) => x.k === 3 || x.k === 4)) {
      for (const seed of SEEDS) {
        const m = kmeans(blobs, r.k, { seed, restarts: 3, method: 'mini-batch', batchSize: ref.batchSize });
        expect(m.inertia / r.full).toBeLessThan(1.01);
        expect(m.inertia / r.full).toBeGreaterThan(0.99);
      }
    }
  });

  it('is on average within 3 % of full k-means for k = 2..6 and never worse than scikit-learn MiniBatchKMeans at its worst', () => {
    for (const r of ref.ks) {
      const ours = SEEDS.map((seed) => kmeans(blobs, r.k, { seed, restarts: 3, method: 'mini-batch', batchSize: ref.batchSize }).inertia);
      const mean = ours.reduce((a, b) => a + b, 0) / ours.length;
      expect(mean / r.full).toBeLessThan(1.03);
      expect(mean).toBeLessThanOrEqual(r.miniBatchMean * 1.01);
      for (const x of ours) expect(x).toBeLessThanOrEqual(r.miniBatchMax);
    }
  });

  it('is not the exact path: it differs from full k-means on some k and seed', () => {
    let differs = 0;
    for (const r of ref.ks) {
      const e = kmeans(blobs, r.k, { seed: 1, restarts: 3 });
      const m = kmeans(blobs, r.k, { seed: 1, restarts: 3, method: 'mini-batch', batchSize: ref.batchSize });
      if (m.inertia !== e.inertia) differs++;
    }
    expect(differs).toBeGreaterThan(0);
  });
});

describe('mini-batch k-means behaviour', () => {
  it('is reproducible for a seed and changes with the seed', () => {
    const a = kmeans(blobs, 5, { seed: 3, restarts: 2, method: 'mini-batch', batchSize: 128 });
    const b = kmeans(blobs, 5, { seed: 3, restarts: 2, method: 'mini-batch', batchSize: 128 });
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels));
    expect(Array.from(a.centroids)).toEqual(Array.from(b.centroids));
    expect(a.inertia).toBe(b.inertia);
    const c = kmeans(blobs, 5, { seed: 4, restarts: 2, method: 'mini-batch', batchSize: 128 });
    expect(Array.from(c.centroids)).not.toEqual(Array.from(a.centroids));
  });

  it('returns nearest-centre labels over all rows, their sizes and their inertia', () => {
    const m = kmeans(blobs, 4, { seed: 2, restarts: 1, method: 'mini-batch', batchSize: 200 });
    expect(Array.from(m.labels)).toEqual(Array.from(assignNearest(blobs, m.centroids)));
    expect(m.inertia).toBe(inertia(blobs, m.labels, m.centroids));
    const sizes = new Int32Array(4);
    for (const l of m.labels) sizes[l]++;
    expect(Array.from(m.sizes)).toEqual(Array.from(sizes));
    expect(m.sizes.every((s) => s > 0)).toBe(true);
  });

  it('works when the batch is larger than the data, and splits duplicated customers into their distinct groups', () => {
    const p = pointsFromRows([
      [0, 0], [0, 0], [0, 0], [5, 5], [5, 5], [9, 0], [9, 0], [9, 0], [9, 0],
    ]);
    const m = kmeans(p, 3, { seed: 0, restarts: 2, method: 'mini-batch', batchSize: 1024 });
    expect(m.inertia).toBe(0);
    expect(Array.from(m.sizes).sort()).toEqual([2, 3, 4]);
  });

  it('gives k = 1 as (close to) the column means', () => {
    const m = kmeans(blobs, 1, { seed: 0, restarts: 1, method: 'mini-batch', batchSize: 512 });
    const e = kmeans(blobs, 1, { seed: 0, restarts: 1 });
    expect(m.inertia / e.inertia).toBeLessThan(1.01);
    expect(Array.from(m.labels).every((l) => l === 0)).toBe(true);
  });

  it('refuses a bad batch size, an unknown method and given starting centres, naming each', () => {
    for (const batchSize of [0, -5, 2.5, Number.NaN]) {
      const e = thrown(() => kmeans(blobs, 3, { method: 'mini-batch', batchSize }));
      expect(e.code).toBe('cluster.batch-size');
      expect(e.message).toContain('batchSize');
    }
    expect(thrown(() => kmeans(blobs, 3, { method: 'fast' as never })).code).toBe('cluster.method');
    const e = thrown(() => kmeans(blobs, 2, { method: 'mini-batch', init: [[0, 0], [1, 1]] }));
    expect(e.code).toBe('cluster.method');
    expect(e.message).toContain('exact');
  });
});

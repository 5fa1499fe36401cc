import { describe, expect, it } from 'vitest';
import {
  calinskiHarabasz,
  clusterMeans,
  daviesBouldin,
  inertia,
  silhouette,
  silhouetteSamples,
  silhouetteScore,
} from '../../../src/core/cluster/metrics.ts';
import { pointsFromRows } from '../../../src/core/cluster/points.ts';
import { InputError } from '../../../src/core/errors.ts';
import { createRng, sampleIndices } from '../../../src/core/random.ts';
import { pointsOf, ref, relErr } from './reference.ts';

const line = (...xs: number[]) => pointsFromRows(xs.map((x) => [x]));
const labelsOf = (...l: number[]) => Int32Array.from(l);

describe('metrics on scikit-learn partitions of real data', () => {
  for (const ds of ref.datasets) {
    const p = pointsOf(ds);
    it(`equal scikit-learn's inertia, silhouette (mean and per customer), Calinski–Harabasz and Davies–Bouldin to 1e-9 on ${ds.name}`, () => {
      for (const kk of ds.ks) {
        const f = kk.fixed;
        const labels = Int32Array.from(f.labels);
        expect(relErr(inertia(p, labels, Float64Array.from(f.centroids)), f.inertia)).toBeLessThan(1e-9);
        // the centres sklearn returns are the means of its labels
        expect(relErr(inertia(p, labels, clusterMeans(p, labels, kk.k).centroids), f.inertia)).toBeLessThan(1e-9);
        expect(Math.abs(silhouetteScore(p, labels, kk.k) - f.silhouette)).toBeLessThan(1e-9);
        const s = silhouetteSamples(p, labels, kk.k);
        s.forEach((v, i) => expect(Math.abs(v - f.silhouetteSamples[i])).toBeLessThan(1e-9));
        expect(relErr(calinskiHarabasz(p, labels, kk.k), f.calinskiHarabasz)).toBeLessThan(1e-9);
        expect(relErr(daviesBouldin(p, labels, kk.k), f.daviesBouldin)).toBeLessThan(1e-9);
      }
    });
  }
});

describe('metrics on hand-worked examples', () => {
  // points 0, 1, 4, 5 in two clusters {0, 1} and {4, 5}
  const p = line(0, 1, 4, 5);
  const l = labelsOf(0, 0, 1, 1);

  it('gives the silhouette of each point from a and b', () => {
    // x = 0: a = 1, b = (4 + 5)/2 = 4.5 → 3.5/4.5;  x = 1: a = 1, b = (3 + 4)/2 = 3.5 → 2.5/3.5
    // x = 4: a = 1, b = (4 + 3)/2 = 3.5 → 2.5/3.5;  x = 5: a = 1, b = (5 + 4)/2 = 4.5 → 3.5/4.5
    const s = silhouetteSamples(p, l, 2);
    expect(s[0]).toBeCloseTo(7 / 9, 15);
    expect(s[1]).toBeCloseTo(5 / 7, 15);
    expect(s[2]).toBeCloseTo(5 / 7, 15);
    expect(s[3]).toBeCloseTo(7 / 9, 15);
    expect(silhouetteScore(p, l, 2)).toBeCloseTo((7 / 9 + 5 / 7) / 2, 15);
  });

  it('gives 0 to a customer alone in its cluster and to customers with a = b = 0', () => {
    // x = 10 is alone; x = 0: a = 1, b = 10 → 0.9; x = 1: a = 1, b = 9 → 8/9
    const s = silhouetteSamples(line(0, 1, 10), labelsOf(0, 0, 1), 2);
    expect(Array.from(s)).toEqual([0.9, 8 / 9, 0]);
    // four identical customers split in two: a = b = 0 → 0 (sklearn: nan_to_num)
    expect(Array.from(silhouetteSamples(line(2, 2, 2, 2), labelsOf(0, 0, 1, 1), 2))).toEqual([0, 0, 0, 0]);
  });

  it('ignores a label that no customer carries', () => {
    // same partition as above, with cluster 1 empty and the second group labelled 2
    expect(silhouetteScore(p, labelsOf(0, 0, 2, 2), 3)).toBeCloseTo((7 / 9 + 5 / 7) / 2, 15);
    expect(calinskiHarabasz(p, labelsOf(0, 0, 2, 2), 3)).toBeCloseTo(32, 12);
  });

  it('gives the Calinski–Harabasz index', () => {
    // overall mean 2.5; cluster means 0.5 and 4.5: between = 2·2² + 2·2² = 16, within = 4 × 0.5² = 1
    // CH = (16 / (2 − 1)) / (1 / (4 − 2)) = 32
    expect(calinskiHarabasz(p, l, 2)).toBeCloseTo(32, 12);
    // zero within-cluster dispersion: 1 by convention (as sklearn)
    expect(calinskiHarabasz(line(0, 0, 5, 5), l, 2)).toBe(1);
  });

  it('gives the Davies–Bouldin index', () => {
    // S = 0.5 in both clusters, centres 4 apart: R = (0.5 + 0.5)/4 = 0.25 for both → DB = 0.25
    expect(daviesBouldin(p, l, 2)).toBeCloseTo(0.25, 15);
    // three clusters on a line: {0, 2} (S 1, centre 1), {10, 12} (S 1, centre 11), {30} (S 0, centre 30)
    // R_1 = max(2/10, 1/29) = 0.2; R_2 = max(2/10, 1/19) = 0.2; R_3 = max(1/29, 1/19) = 1/19
    expect(daviesBouldin(line(0, 2, 10, 12, 30), labelsOf(0, 0, 1, 1, 2), 3)).toBeCloseTo((0.2 + 0.2 + 1 / 19) / 3, 15);
    // every cluster a single point: all S = 0 → 0 (as sklearn)
    expect(daviesBouldin(line(0, 3, 9, 9), labelsOf(0, 1, 2, 2), 3)).toBe(0);
  });

  it('refuses a measure that is undefined, naming the counts', () => {
    let e: unknown;
    try {
      silhouetteScore(p, labelsOf(0, 0, 0, 0), 2);
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).code).toBe('cluster.metric-undefined');
    expect((e as InputError).message).toBe(
      'The silhouette needs at least 2 non-empty clusters and fewer clusters than customers; got 1 non-empty cluster for 4 customers.',
    );
    expect(() => calinskiHarabasz(line(0, 1, 2), labelsOf(0, 1, 2), 3)).toThrow(
      'The Calinski–Harabasz index needs at least 2 non-empty clusters and fewer clusters than customers; got 3 non-empty clusters for 3 customers.',
    );
    expect(() => daviesBouldin(p, labelsOf(0, 0, 1), 2)).toThrow('There are 3 labels for 4 customers; one label per customer is needed.');
    expect(() => silhouetteScore(p, labelsOf(0, 0, 1, 2), 2)).toThrow('Customer 4 has cluster label 2, outside 0..1.');
  });
});

describe('sampled silhouette', () => {
  const wholesale = pointsOf(ref.datasets.find((d) => d.name === 'wholesale')!);
  const k4 = ref.datasets.find((d) => d.name === 'wholesale')!.ks.find((k) => k.k === 4)!;
  const labels = Int32Array.from(k4.fixed.labels);

  it('is exact (and says so) up to the sample size', () => {
    const r = silhouette(wholesale, labels, 4, { sampleSize: 440, seed: 1 });
    expect(r).toEqual({ mean: silhouetteScore(wholesale, labels, 4), sampleSize: 440, exact: true });
    expect(Math.abs(r.mean - k4.fixed.silhouette)).toBeLessThan(1e-9);
  });

  it('above it, scores the seeded sample of customers within the sample and reports its size and spread', () => {
    const r = silhouette(wholesale, labels, 4, { sampleSize: 200, seed: 9 });
    expect(r.exact).toBe(false);
    expect(r.sampleSize).toBe(200);
    // the same customers, picked independently with the shared sampler
    const idx = sampleIndices(440, 200, createRng(9));
    const sub = pointsFromRows(Array.from(idx, (i) => Array.from(wholesale.data.subarray(i * 6, i * 6 + 6))));
    const subLabels = Int32Array.from(idx, (i) => labels[i]);
    const s = silhouetteSamples(sub, subLabels, 4);
    const mean = s.reduce((a, b) => a + b, 0) / 200;
    expect(r.mean).toBeCloseTo(mean, 14);
    // standard error with the finite-population correction, written out
    const v = s.reduce((a, b) => a + (b - mean) ** 2, 0) / 199;
    expect(r.spread!.standardError).toBeCloseTo(Math.sqrt(((1 - 200 / 440) * v) / 200), 14);
    expect(r.spread!.min).toBe(r.mean);
    expect(r.spread!.max).toBe(r.mean);
    // deterministic for the seed
    expect(silhouette(wholesale, labels, 4, { sampleSize: 200, seed: 9 })).toEqual(r);
  });

  it('brackets the sample means of several seeded samples and stays near the exact value', () => {
    const r = silhouette(wholesale, labels, 4, { sampleSize: 150, seed: 3, repeats: 5 });
    expect(r.spread!.repeats).toBe(5);
    expect(r.spread!.min).toBeLessThan(r.spread!.max);
    expect(r.mean).toBeGreaterThanOrEqual(r.spread!.min);
    expect(r.mean).toBeLessThanOrEqual(r.spread!.max);
    expect(Math.abs(r.mean - k4.fixed.silhouette)).toBeLessThan(0.05);
  });
});

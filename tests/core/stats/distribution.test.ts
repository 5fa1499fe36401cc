import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { histogram, medianOf, quantileSorted, scoreBins } from '../../../src/core/stats/distribution.ts';
import { median } from '../../../src/core/stats/describe.ts';
import { handleMissing } from '../../../src/core/data/missing.ts';

/** tests/fixtures/stats/distribution.json, made by tests/reference/stats_distribution.py (numpy, scipy). */
interface Case {
  name: string;
  values: number[];
  median: number;
  quantiles: number[];
  histogram?: { edges: number[]; counts: number[] };
  scoreBins?: { x1: number[]; x2: number[]; counts: number[] };
}
const ref: { qs: number[]; cases: Case[] } = JSON.parse(readFileSync(new URL('../../fixtures/stats/distribution.json', import.meta.url), 'utf8'));

/** Equal within a few units in the last place of the larger magnitude. */
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.max(1, Math.abs(a), Math.abs(b)));

describe('median and quantiles against numpy', () => {
  for (const c of ref.cases) {
    it(`gives numpy's median for the ${c.name} sample, the same through describe.median and the median imputation`, () => {
      near(medianOf(c.values), c.median);
      near(median(c.values), c.median);
      const col = Float64Array.from([...c.values, NaN]);
      near(handleMissing([col], ['x'], 'median').report[0].imputed!, c.median);
    });
    it(`gives numpy's linear quantiles of the ${c.name} sample`, () => {
      const sorted = Float64Array.from(c.values).sort();
      ref.qs.forEach((q, k) => near(quantileSorted(sorted, q), c.quantiles[k]));
    });
  }
  it('has no median or quantile of no values', () => {
    expect(medianOf([])).toBeNaN();
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(() => median([])).toThrow(/no values/);
  });
});

describe('histogram (equal width) against numpy.histogram with 16 bins', () => {
  for (const c of ref.cases.filter((x) => x.histogram)) {
    it(`has numpy's edges and counts for the ${c.name} sample`, () => {
      const bins = histogram(c.values, 16);
      expect(bins.map((b) => b.count)).toEqual(c.histogram!.counts);
      bins.forEach((b, k) => {
        near(b.x0, c.histogram!.edges[k]);
        near(b.x1, c.histogram!.edges[k + 1]);
      });
    });
  }
  it('skips values that are not finite numbers, and gives one bin for a constant column', () => {
    expect(histogram([1, NaN, 'x', Infinity, 3], 2).map((b) => b.count)).toEqual([1, 1]);
    expect(histogram([2, 2, 2])).toEqual([{ x0: 1.5, x1: 2.5, count: 3 }]);
    expect(histogram([NaN])).toEqual([]);
  });
});

describe('scoreBins against Scott\'s rule with round steps and numpy.histogram counts', () => {
  for (const c of ref.cases.filter((x) => x.scoreBins)) {
    it(`has the reference edges and counts for the ${c.name} sample`, () => {
      const bins = scoreBins(c.values);
      expect(bins.map((b) => b.count)).toEqual(c.scoreBins!.counts);
      bins.forEach((b, k) => {
        near(b.x1, c.scoreBins!.x1[k]);
        near(b.x2, c.scoreBins!.x2[k]);
      });
    });
  }
});

describe('scoreBins', () => {
  it('counts every finite score once, in bins of a round width whose edges cover the smallest and the largest', () => {
    let s = 7;
    const v = Float64Array.from({ length: 5000 }, () => ((s = (s * 48271) % 2147483647) / 2147483647) * 73 + 11.3);
    v[3] = NaN;
    const bins = scoreBins(v);
    expect(bins.reduce((a, b) => a + b.count, 0)).toBe(4999);
    const width = bins[0].x2 - bins[0].x1;
    expect([1, 2, 5, 10].some((m) => Math.abs(width / 10 ** Math.floor(Math.log10(width)) - m) < 1e-9)).toBe(true);
    expect(bins[0].x1).toBeLessThanOrEqual(11.3);
    expect(bins.at(-1)!.x2).toBeGreaterThan(84.2);
    // Each score is in the bin whose edges hold it.
    for (const x of [v[0], v[1], v[4999]]) {
      const b = bins.find((b) => x >= b.x1 && x < b.x2);
      expect(b).toBeDefined();
    }
    expect(bins.length).toBeGreaterThanOrEqual(8);
  });

  it('gives one bin for equal scores and none without a finite score', () => {
    expect(scoreBins([50, 50, 50])).toEqual([{ x1: 49.5, x2: 50.5, count: 3 }]);
    expect(scoreBins([])).toEqual([]);
    expect(scoreBins([NaN, Infinity])).toEqual([]);
  });
});

describe('medianOf', () => {
  it('is the middle value, or the mean of the two middle values, as sorting would give', () => {
    let s = 3;
    for (const n of [1, 2, 3, 4, 5, 10, 11, 100, 101, 1000]) {
      const v = Float64Array.from({ length: n }, () => ((s = (s * 48271) % 2147483647) % 50) / 7);
      const sorted = Array.from(v).sort((a, b) => a - b);
      const want = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      expect(medianOf(v)).toBe(want);
    }
    expect(medianOf([])).toBeNaN();
    expect(medianOf([4, 4, 4, 4])).toBe(4);
  });
});

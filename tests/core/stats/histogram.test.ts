import { describe, expect, it } from 'vitest';
import { medianOf, scoreBins } from '../../../src/core/stats/histogram.ts';

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

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { averageRanks, spearman } from '../../../src/core/stats/rank.ts';

/** tests/fixtures/stats/distribution.json, made by tests/reference/stats_distribution.py (scipy). */
interface Pair {
  name: string;
  a: number[];
  b: number[];
  ranksA: number[];
  ranksB: number[];
  spearman: number;
}
const ref: { pairs: Pair[] } = JSON.parse(readFileSync(new URL('../../fixtures/stats/distribution.json', import.meta.url), 'utf8'));

describe('averageRanks and spearman against scipy', () => {
  for (const p of ref.pairs) {
    it(`rank as scipy's rankdata(-x) and correlate as scipy's spearmanr for ${p.name}`, () => {
      expect(averageRanks(p.a)).toEqual(p.ranksA);
      expect(averageRanks(p.b)).toEqual(p.ranksB);
      expect(spearman(p.a, p.b)).toBeCloseTo(p.spearman, 12);
    });
  }
});

describe('averageRanks', () => {
  it('ranks the largest weight 1 and gives tied weights the mean of their places', () => {
    expect(averageRanks([0.1, 0.4, 0.2, 0.3])).toEqual([4, 1, 3, 2]);
    // ties: places 1–2 share 1.5, places 4–5 share 4.5 (scipy rankdata(−x) gives the same)
    expect(averageRanks([0.3, 0.3, 0.2, 0.1, 0.1])).toEqual([1.5, 1.5, 3, 4.5, 4.5]);
  });
});

describe('spearman', () => {
  it('is 1 − 6Σd²/(n(n²−1)) without ties: one swap of neighbours in 4 gives 0.8, a reversal −1', () => {
    expect(spearman([0.4, 0.3, 0.2, 0.1], [0.3, 0.4, 0.2, 0.1])).toBeCloseTo(1 - (6 * 2) / (4 * 15), 12);
    expect(spearman([0.4, 0.3, 0.2, 0.1], [0.1, 0.2, 0.3, 0.4])).toBeCloseTo(-1, 12);
  });

  it('is Pearson on average ranks with ties: −3/√72 for this hand-worked case', () => {
    // ranks [1.5,1.5,3,4.5,4.5] and [5,3,1,3,3]; deviations (−1.5,−1.5,0,1.5,1.5) and (2,0,−2,0,0)
    expect(spearman([0.3, 0.3, 0.2, 0.1, 0.1], [0.1, 0.2, 0.3, 0.2, 0.2])).toBeCloseTo(-3 / Math.sqrt(72), 12);
  });

  it('is null for a constant vector or fewer than two values', () => {
    expect(spearman([0.5, 0.5], [0.2, 0.8])).toBeNull();
    expect(spearman([1], [1])).toBeNull();
  });
});


import { describe, expect, it } from 'vitest';
import { averageRanks, compareRankings, spearman, topIndex } from '../../../src/ui/weights/ranking.ts';

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

describe('topIndex and compareRankings', () => {
  it('finds the single top indicator, and none on a tie for first', () => {
    expect(topIndex([0.2, 0.5, 0.3])).toBe(1);
    expect(topIndex([0.4, 0.4, 0.2])).toBeNull();
    expect(topIndex([])).toBeNull();
  });

  it('lists the indicators that move at least the threshold, biggest move first, and says the rankings differ', () => {
    const ahp = [0.4, 0.25, 0.15, 0.1, 0.06, 0.04];
    const entropy = [0.05, 0.1, 0.15, 0.2, 0.22, 0.28];
    const r = compareRankings(ahp, [{ method: 'entropy', weights: entropy }, { method: 'critic', weights: null }]);
    expect(r.threshold).toBe(2); // max(2, ⌈6/4⌉)
    expect(r.top).toBe(0);
    expect(r.comparisons).toHaveLength(1); // a method without weights is skipped
    const c = r.comparisons[0];
    expect(c.top).toBe(5);
    expect(c.rho).toBeCloseTo(-1, 12);
    expect(c.moves.map((m) => [m.index, m.from, m.to])).toEqual([
      [0, 1, 6],
      [5, 6, 1],
      [1, 2, 5],
      [4, 5, 2],
    ]);
    expect(r.differs).toBe(true);
  });

  it('reports no difference when every method ranks the indicators alike', () => {
    const r = compareRankings([0.5, 0.3, 0.2], [{ method: 'entropy', weights: [0.6, 0.3, 0.1] }]);
    expect(r.comparisons[0].moves).toEqual([]);
    expect(r.comparisons[0].rho).toBeCloseTo(1, 12);
    expect(r.differs).toBe(false);
  });
});

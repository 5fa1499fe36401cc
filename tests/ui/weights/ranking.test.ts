import { describe, expect, it } from 'vitest';
import { compareRankings, topIndex } from '../../../src/ui/weights/ranking.ts';

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

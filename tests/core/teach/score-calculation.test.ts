import { describe, expect, it } from 'vitest';
import { scoreCalculation } from '../../../src/core/teach/score-calculation.ts';

describe('scoreCalculation', () => {
  const cols = [Float64Array.of(0, 0.5), Float64Array.of(1, 1), Float64Array.of(0.2, 0)];
  const w = [0.2, 0.3, 0.5];

  it("lays out one customer's x'_j × w_j and the composite and criterion scores worked by hand", () => {
    const c = scoreCalculation(cols, w, 1, { criterionOf: ['cur', 'cur', 'pot'], method: 'minmax' });
    expect(c.x).toEqual([0.5, 1, 0]);
    expect(c.terms[0]).toBeCloseTo(0.1, 15);
    expect(c.termSum).toBeCloseTo(0.4, 15);
    expect(c.composite).toBeCloseTo(40, 12); // 100 · (0.2·0.5 + 0.3·1 + 0.5·0) / 1
    expect(c.criteria.map((k) => k.criterion)).toEqual(['cur', 'pot']);
    expect(c.criteria[0].score).toBeCloseTo(80, 12); // 100 · 0.4 / 0.5
    expect(c.criteria[0].weightSum).toBeCloseTo(0.5, 15);
    expect(c.criteria[1].score).toBe(0);
  });

  it('rescales weights that do not sum to 1, as the scores step does', () => {
    const c = scoreCalculation(cols, [2, 3, 5], 0, { criterionOf: ['a', 'a', 'a'], method: 'minmax' });
    expect(c.composite).toBeCloseTo((100 * (0 + 3 + 1)) / 10, 12);
    expect(c.criteria[0].score).toBeCloseTo(c.composite, 12);
  });
});

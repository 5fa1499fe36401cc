import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QUADRANT_TYPES, valueMatrix } from '../../../src/core/scoring/matrix.ts';

const f64 = (...v: number[]) => Float64Array.from(v);

describe('valueMatrix', () => {
  it('splits at the means into the four quadrants (hand-worked)', () => {
    // current 10, 20, 30, 40 (mean 25); potential 40, 10, 30, 20 (mean 25)
    //   c1 low/high → 2 (lh), c2 low/low → 3 (ll), c3 high/high → 0 (hh), c4 high/low → 1 (hl)
    const r = valueMatrix(f64(10, 20, 30, 40), f64(40, 10, 30, 20));
    expect(Array.from(r.quadrant)).toEqual([2, 3, 0, 1]);
    expect(r.cut).toEqual({ current: 25, potential: 25 });
    expect(r.counts).toEqual([1, 1, 1, 1]);
    expect(Array.from(r.quadrant, (q) => QUADRANT_TYPES[q])).toEqual(['lh', 'll', 'hh', 'hl']);
    expect(r.problems).toEqual([]);
  });

  it('counts a score equal to the cut as high', () => {
    // mean of 1, 2, 3 is 2: the middle customer is high
    const r = valueMatrix(f64(1, 2, 3), f64(1, 2, 3));
    expect(Array.from(r.quadrant)).toEqual([3, 0, 0]);
  });

  it('splits at the median (mean of the two middle values for even n)', () => {
    // current 1, 2, 3, 10: median 2.5 (mean would be 4); potential 5, 6, 7, 8: median 6.5
    const r = valueMatrix(f64(1, 2, 3, 10), f64(8, 7, 6, 5), { split: 'median' });
    expect(r.cut).toEqual({ current: 2.5, potential: 6.5 });
    expect(Array.from(r.quadrant)).toEqual([2, 2, 1, 1]);
  });

  it('splits at given values', () => {
    const r = valueMatrix(f64(10, 60), f64(70, 20), { split: 'value', splitValue: { current: 50, potential: 50 } });
    expect(Array.from(r.quadrant)).toEqual([2, 1]);
    expect(r.cut).toEqual({ current: 50, potential: 50 });
  });

  it('puts every customer in high/high when all scores are equal, and says so', () => {
    const r = valueMatrix(f64(0.3, 0.3, 0.3), f64(7, 7, 7));
    expect(Array.from(r.quadrant)).toEqual([0, 0, 0]);
    expect(r.counts).toEqual([3, 0, 0, 0]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'Every customer has the same current score (0.3), so all count as high current value (ties count as high) and the matrix does not split them.',
      'Every customer has the same potential score (7), so all count as high potential value (ties count as high) and the matrix does not split them.',
    ]);
  });

  it('warns when a given cut leaves one side empty', () => {
    const r = valueMatrix(f64(10, 20), f64(10, 20), { split: 'value', splitValue: { current: 5, potential: 90 } });
    expect(r.problems.map((p) => p.message)).toEqual([
      "Every customer's current score is at or above the cut (5): no customer is low on current value.",
      "Every customer's potential score is below the cut (90): no customer is high on potential value.",
    ]);
  });

  it("refuses split 'value' without a cut, naming the option path", () => {
    try {
      valueMatrix(f64(1), f64(1), { split: 'value', splitValue: { current: 50, potential: NaN } });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe("options.scoring.splitValue.potential is NaN; split 'value' needs a finite cut for the current and the potential score.");
      expect((e as { where: unknown }).where).toEqual({ path: 'options.scoring.splitValue.potential' });
    }
    expect(() => valueMatrix(f64(1), f64(1), { split: 'value' })).toThrow('options.scoring.splitValue.current is missing;');
  });

  it('refuses no customers, unequal lengths and NaN', () => {
    expect(() => valueMatrix(f64(), f64())).toThrow('The value matrix needs at least one customer; got none.');
    expect(() => valueMatrix(f64(1, 2), f64(1))).toThrow('Column "potential score" has 1 values but column "current score" has 2');
    expect(() => valueMatrix(f64(1, NaN), f64(1, 2))).toThrow('Column "current score" has a missing or non-numeric value (NaN) in row 2');
  });

  it('puts each customer in the quadrant given by ≥ cut on each score, and counts add up (property)', () => {
    const scores = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(scores, fc.constantFrom('mean' as const, 'median' as const), (xs, split) => {
        const cur = Float64Array.from(xs);
        const pot = Float64Array.from(xs.map((x) => (x * 37) % 101));
        const r = valueMatrix(cur, pot, { split });
        const ok = Array.from(r.quadrant).every((q, i) => {
          const t = QUADRANT_TYPES[q];
          return (t[0] === 'h') === cur[i] >= r.cut.current && (t[1] === 'h') === pot[i] >= r.cut.potential;
        });
        return ok && r.counts.reduce((a, b) => a + b, 0) === xs.length;
      }),
    );
  });
});

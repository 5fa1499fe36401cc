import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compositeScores, criterionScores } from '../../../src/core/scoring/composite.ts';

const f64 = (...v: number[]) => Float64Array.from(v);

// 3 customers × 3 min–max columns, weights 0.5, 0.3, 0.2:
//   c1 = (1, 0, 0.5)   → 100·(0.5 + 0 + 0.1)      = 60
//   c2 = (0, 1, 1)     → 100·(0 + 0.3 + 0.2)      = 50
//   c3 = (0.5, 0.5, 0) → 100·(0.25 + 0.15 + 0)    = 40
const cols = [f64(1, 0, 0.5), f64(0, 1, 0.5), f64(0.5, 1, 0)];
const w = f64(0.5, 0.3, 0.2);

describe('compositeScores', () => {
  it('gives S = 100 · Σ w x′ on min–max data (hand-worked)', () => {
    const s = compositeScores(cols, w);
    expect(s[0]).toBeCloseTo(60, 12);
    expect(s[1]).toBeCloseTo(50, 12);
    expect(s[2]).toBeCloseTo(40, 12);
  });

  it('gives S = Σ w z (no ×100) on z-score data, with mean 0', () => {
    // z columns (−1, 0, 1) and (1, 0, −1), weights 0.75 / 0.25 → −0.75 + 0.25 = −0.5, 0, 0.5
    const s = compositeScores([f64(-1, 0, 1), f64(1, 0, -1)], f64(0.75, 0.25), { method: 'zscore' });
    expect(Array.from(s)).toEqual([-0.5, 0, 0.5]);
  });

  it('rescales weights that do not sum to 1', () => {
    const s = compositeScores(cols, f64(5, 3, 2));
    expect(s[0]).toBeCloseTo(60, 12);
  });

  it('gives 0 and 100 to the customers worst and best on every indicator', () => {
    const s = compositeScores([f64(0, 1, 0.3), f64(0, 1, 0.9)], f64(0.4, 0.6));
    expect(s[0]).toBe(0);
    expect(s[1]).toBe(100);
  });

  it('keeps every min–max composite score within [0, 100] (property)', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((m) =>
          fc.tuple(fc.array(fc.array(unit, { minLength: 8, maxLength: 8 }), { minLength: m, maxLength: m }), fc.array(fc.double({ min: 0.001, max: 10, noNaN: true }), { minLength: m, maxLength: m })),
        ),
        ([c, ws]) => compositeScores(c.map((x) => Float64Array.from(x)), Float64Array.from(ws)).every((v) => v >= 0 && v <= 100),
      ),
    );
  });

  it('refuses raw (non-normalised) columns on min–max, naming column and row', () => {
    expect(() => compositeScores([f64(0.2, 1500)], f64(1), { names: ['deposits'] })).toThrow(
      "Column \"deposits\" has 1500 in row 2, outside [0, 1]: pass min–max normalised columns, or set method 'zscore'.",
    );
  });

  it('refuses all-zero, negative and miscounted weights, and a NaN', () => {
    expect(() => compositeScores(cols, f64(0, 0, 0))).toThrow('Every indicator weight is 0, so the composite score is undefined.');
    expect(() => compositeScores(cols, f64(0.5, -0.5, 1), { names: ['a', 'b', 'c'] })).toThrow('The weight of "b" is -0.5; weights must be finite and ≥ 0.');
    expect(() => compositeScores(cols, f64(1, 1))).toThrow('Got 3 indicator columns but 2 weights; give one weight per column.');
    expect(() => compositeScores([f64(0.5, NaN)], f64(1), { names: ['fees'] })).toThrow('Column "fees" has a missing or non-numeric value (NaN) in row 2');
    expect(() => compositeScores([], f64())).toThrow('A score needs at least one indicator column; got none.');
  });
});

describe('criterionScores', () => {
  it("scores each criterion from its own indicators, weights rescaled by their sum", () => {
    // current = columns 0, 1 (weights 0.5 + 0.3 = 0.8), potential = column 2 (0.2)
    //   current: c1 100·0.5/0.8 = 62.5, c2 100·0.3/0.8 = 37.5, c3 100·(0.25 + 0.15)/0.8 = 50
    //   potential: 100·x′ = 50, 100, 0
    const r = criterionScores(cols, w, ['cv', 'cv', 'pv']);
    expect(r.map((c) => [c.criterion, c.indices, c.weightSum])).toEqual([
      ['cv', [0, 1], 0.8],
      ['pv', [2], 0.2],
    ]);
    expect(r[0].scores[0]).toBeCloseTo(62.5, 12);
    expect(r[0].scores[1]).toBeCloseTo(37.5, 12);
    expect(r[0].scores[2]).toBeCloseTo(50, 12);
    expect(Array.from(r[1].scores)).toEqual([50, 100, 0]);
  });

  it('names a criterion whose indicators all have weight 0', () => {
    expect(() => criterionScores(cols, f64(0.5, 0.5, 0), ['cv', 'cv', 'potential'])).toThrow(
      'Criterion "potential" has total weight 0 (every one of its 1 indicator(s) has weight 0), so its score is undefined.',
    );
  });

  it('refuses a criterion list of the wrong length', () => {
    expect(() => criterionScores(cols, w, ['cv'])).toThrow('Got 3 indicator columns but 1 criterion ids; give one per column.');
  });
});

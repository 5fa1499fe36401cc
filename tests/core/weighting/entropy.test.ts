import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { entropyWeights } from '../../../src/core/weighting/entropy.ts';
import type { Direction } from '../../../src/core/model/project.ts';

const f64 = (...v: number[]) => Float64Array.from(v);
type Ent = { e: number[]; d: number[]; weights: number[] };
interface Ref {
  cases: { name: string; names: string[]; directions: Direction[]; columns: number[][]; entropy: { none: Ent; spssau: Ent } }[];
  hand: { columns: number[][]; directions: Direction[]; entropy: { none: Ent; spssau: Ent } };
}
// independent numpy implementation: tests/reference/weighting_reference.py
const ref: Ref = JSON.parse(readFileSync(new URL('../../fixtures/weighting/reference.json', import.meta.url), 'utf8'));

const expectClose = (actual: ArrayLike<number>, expected: ArrayLike<number>, tol = 1e-12) => {
  expect(actual.length).toBe(expected.length);
  for (let j = 0; j < expected.length; j++) expect(Math.abs(actual[j] - expected[j]), `index ${j}: ${actual[j]} vs ${expected[j]}`).toBeLessThan(tol);
};

describe('entropyWeights', () => {
  // Hand-worked 4 customers × 3 indicators (n = 4, ln 4 = 2 ln 2):
  //   A benefit 2, 4, 6, 10 → x' = 0, 1/4, 1/2, 1   Σ = 7/4  → p = 0, 1/7, 2/7, 4/7
  //     −Σp ln p = (1/7)ln 7 + (2/7)ln(7/2) + (4/7)ln(7/4) = ln 7 − (10/7) ln 2
  //     e_A = (ln 7 − (10/7) ln 2)/(2 ln 2) = 1.403677 − 0.714286 = 0.689392
  //   B cost 5, 3, 3, 1 → x' = (5 − x)/4 = 0, 1/2, 1/2, 1   Σ = 2 → p = 0, 1/4, 1/4, 1/2
  //     −Σp ln p = (1/2) ln 4 + (1/2) ln 2 = (3/2) ln 2 → e_B = 3/4 exactly
  //   C benefit 1, 2, 3, 4 → x' = 0, 1/3, 2/3, 1   Σ = 2 → p = 0, 1/6, 1/3, 1/2
  //     −Σp ln p = (1/6)ln 6 + (1/3)ln 3 + (1/2)ln 2 = (2/3) ln 2 + (1/2) ln 3
  //     e_C = 1/3 + ln 3/(4 ln 2) = 0.729574
  //   d = 0.310608, 0.25, 0.270426; Σd = 0.831034 → w = 0.373761, 0.300830, 0.325409
  const cols = [f64(2, 4, 6, 10), f64(5, 3, 3, 1), f64(1, 2, 3, 4)];
  const dirs: Direction[] = ['benefit', 'cost', 'benefit'];
  const ln2 = Math.LN2;
  const eA = (Math.log(7) - (10 / 7) * ln2) / (2 * ln2);
  const eB = 0.75;
  const eC = 1 / 3 + Math.log(3) / (4 * ln2);

  it('reproduces the hand-worked 4×3 example: e, d = 1 − e and w = d / Σd', () => {
    const r = entropyWeights(cols, { directions: dirs, names: ['A', 'B', 'C'] });
    expectClose(r.e, [eA, eB, eC], 1e-15);
    expectClose(r.d, [1 - eA, 1 - eB, 1 - eC], 1e-15);
    const sumD = 3 - eA - eB - eC;
    expectClose(r.weights, [(1 - eA) / sumD, (1 - eB) / sumD, (1 - eC) / sumD], 1e-15);
    expectClose(r.weights, [0.373761, 0.30083, 0.325409], 5e-7);
    expect(r.problems).toEqual([]);
    expect(r.constant).toEqual([false, false, false]);
  });

  it("with shift 'spssau' adds 0.01 to the min–max data (its minimum is 0) and matches numpy", () => {
    // A becomes 0.01, 0.26, 0.51, 1.01 (Σ = 1.79): no zero p any more, so every e rises a little
    const r = entropyWeights(cols, { directions: dirs, shift: 'spssau' });
    expectClose(r.e, ref.hand.entropy.spssau.e);
    expectClose(r.weights, ref.hand.entropy.spssau.weights);
    const p = [0.01, 0.26, 0.51, 1.01].map((v) => v / 1.79);
    expect(r.e[0]).toBeCloseTo(-p.reduce((s, q) => s + q * Math.log(q), 0) / Math.log(4), 14);
    expect(r.e[0]).toBeGreaterThan(eA);
  });

  it("agrees with numpy on two real data sets with both shifts (1e-12)", () => {
    for (const c of ref.cases) {
      for (const shift of ['none', 'spssau'] as const) {
        const r = entropyWeights(c.columns.map((x) => Float64Array.from(x)), { directions: c.directions, names: c.names, shift });
        expectClose(r.e, c.entropy[shift].e);
        expectClose(r.d, c.entropy[shift].d);
        expectClose(r.weights, c.entropy[shift].weights);
      }
    }
  });

  it('gives a constant column e = 1, d = 0 and weight 0, with a warning naming it', () => {
    for (const shift of ['none', 'spssau'] as const) {
      const r = entropyWeights([f64(1, 2, 3, 4), f64(9, 9, 9, 9), f64(4, 1, 1, 1)], { directions: ['benefit', 'benefit', 'benefit'], names: ['a', 'flat', 'c'], shift });
      expect(r.e[1]).toBe(1);
      expect(r.d[1]).toBe(0);
      expect(r.weights[1]).toBe(0);
      expect(r.weights[0] + r.weights[2]).toBeCloseTo(1, 15);
      expect(r.constant).toEqual([false, true, false]);
      expect(r.problems).toEqual([
        {
          severity: 'warning',
          code: 'weighting.entropy-constant',
          message: 'Column "flat" has the same value for every customer: its entropy is 1 and its entropy weight is 0.',
          where: { column: 'flat' },
          params: { column: 'flat' },
        },
      ]);
    }
  });

  it('gives e = 0 and d = 1 for n = 2 (one customer holds all of x′)', () => {
    const r = entropyWeights([f64(3, 8), f64(1, 2)], { directions: ['benefit', 'cost'] });
    expect(Array.from(r.e)).toEqual([0, 0]);
    expect(Array.from(r.weights)).toEqual([0.5, 0.5]);
  });

  it('refuses every column constant', () => {
    expect(() => entropyWeights([f64(1, 1), f64(2, 2)], { directions: ['benefit', 'cost'] })).toThrow(
      'Every indicator column is constant (2 of 2), so entropy weights are undefined: all d_j = 0.',
    );
  });

  it('refuses a single customer (ln 1 = 0) and no customers', () => {
    expect(() => entropyWeights([f64(5)], { directions: ['benefit'] })).toThrow(
      'Entropy weights need at least 2 customers (e_j divides by ln n and ln 1 = 0); got 1.',
    );
    expect(() => entropyWeights([f64()], { directions: ['benefit'] })).toThrow('got 0.');
  });

  it('refuses no columns, a wrong directions list and a NaN', () => {
    expect(() => entropyWeights([], { directions: [] })).toThrow('Entropy weights need at least one indicator column; got none.');
    expect(() => entropyWeights([f64(1, 2)], { directions: [] })).toThrow('Got 1 columns but 0 directions; give one direction per column.');
    expect(() => entropyWeights([f64(1, 2), f64(NaN, 1)], { directions: ['benefit', 'benefit'], names: ['a', 'fee_income'] })).toThrow(
      'Column "fee_income" has a missing or non-numeric value (NaN) in row 1',
    );
  });

  it('gives weights ≥ 0 that sum to 1 and e in [0, 1] (property)', () => {
    const column = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 5, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(column, { minLength: 1, maxLength: 6 }), fc.constantFrom('none' as const, 'spssau' as const), (raw, shift) => {
        const cols = raw.map((c) => Float64Array.from(c));
        const dirs = cols.map((_, j) => (j % 2 ? 'cost' : 'benefit') as Direction);
        let r;
        try {
          r = entropyWeights(cols, { directions: dirs, shift });
        } catch (e) {
          // only legitimate refusal: every column constant
          return (e as Error).message.startsWith('Every indicator column is constant');
        }
        const s = r.weights.reduce((a, b) => a + b, 0);
        return Math.abs(s - 1) < 1e-12 && r.weights.every((w) => w >= 0) && r.e.every((v) => v >= 0 && v <= 1);
      }),
    );
  });
});

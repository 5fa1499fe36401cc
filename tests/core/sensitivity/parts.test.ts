import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelChange, rankReversals, topChange, topCount, topSet } from '../../../src/core/sensitivity/compare.ts';
import { partitionChange } from '../../../src/core/sensitivity/match.ts';
import { saatyStep, SAATY_SCALE } from '../../../src/core/sensitivity/saaty-step.ts';
import { analyseSensitivity, perturbWeight } from '../../../src/core/sensitivity/analyse.ts';

const ref = JSON.parse(readFileSync(new URL('../../fixtures/sensitivity/wholesale_reference.json', import.meta.url), 'utf8'));

describe('one step along Saaty’s scale', () => {
  it('moves 3 to 4 and 2, 1 to 2 and 1/2, 1/2 to 1 and 1/3', () => {
    expect([saatyStep(3, 1), saatyStep(3, -1)]).toEqual([4, 2]);
    expect([saatyStep(1, 1), saatyStep(1, -1)]).toEqual([2, 1 / 2]);
    expect([saatyStep(1 / 2, 1), saatyStep(1 / 2, -1)]).toEqual([1, 1 / 3]);
  });
  it('has no step beyond 9 or below 1/9', () => {
    expect(saatyStep(9, 1)).toBeNull();
    expect(saatyStep(1 / 9, -1)).toBeNull();
    expect(saatyStep(9, -1)).toBe(8);
  });
  it('moves a judgment between scale values (a group’s geometric mean) to the next scale value', () => {
    expect(saatyStep(Math.sqrt(6), 1)).toBe(3);
    expect(saatyStep(Math.sqrt(6), -1)).toBe(2);
  });
  it('refuses zero, negative and non-finite values', () => {
    for (const v of [0, -2, NaN, Infinity]) expect(saatyStep(v, 1)).toBeNull();
  });
  it('has the 17 values of the scale, ascending', () => {
    expect(SAATY_SCALE).toHaveLength(17);
    for (let i = 1; i < 17; i++) expect(SAATY_SCALE[i]).toBeGreaterThan(SAATY_SCALE[i - 1]);
  });
});

describe('rank reversals of indicator weights', () => {
  it('counts the pairs whose order flips', () => {
    expect(rankReversals([0.5, 0.3, 0.2], [0.2, 0.3, 0.5])).toBe(3);
    expect(rankReversals([0.5, 0.3, 0.2], [0.5, 0.2, 0.3])).toBe(1);
  });
  it('does not count a pair that becomes or was tied', () => {
    expect(rankReversals([0.5, 0.5], [0.4, 0.6])).toBe(0);
    expect(rankReversals([0.6, 0.4], [0.5, 0.5])).toBe(0);
  });
  it('is 0 for one indicator', () => expect(rankReversals([1], [1])).toBe(0));
});

describe('the top customers', () => {
  it('takes ⌈10 % · n⌉ customers, at least one, and exactly 3 of 30 despite 0.1 · 30 rounding above 3', () => {
    expect(topCount(30, 0.1)).toBe(3);
    expect(topCount(31, 0.1)).toBe(4);
    expect(topCount(2, 0.1)).toBe(1);
    expect(topCount(0, 0.1)).toBe(0);
  });
  it('breaks ties by row order and puts NaN last', () => {
    expect(Array.from(topSet([1, 2, 2, NaN], 2))).toEqual([0, 1, 1, 0]);
    expect(Array.from(topSet([NaN, 1], 1))).toEqual([0, 1]);
  });
  it('is the first count rows of the whole ranking (score descending, then row ascending), ties, NaN and infinities included', () => {
    // The definition written out: sort every row, take the first `count`.
    const bySort = (scores: number[], count: number) => {
      const key = (i: number) => (Number.isNaN(scores[i]) ? -Infinity : scores[i]);
      const order = scores.map((_, i) => i).sort((x, y) => (key(x) === key(y) ? x - y : key(y) > key(x) ? 1 : -1));
      const out = new Array<number>(scores.length).fill(0);
      for (const i of order.slice(0, count)) out[i] = 1;
      return out;
    };
    const score = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ noNaN: false }), fc.constantFrom(NaN, Infinity, -Infinity, 0, -0));
    fc.assert(
      fc.property(fc.array(score, { maxLength: 60 }), fc.nat(70), (scores, count) => {
        expect(Array.from(topSet(scores, count))).toEqual(bySort(scores, count));
      }),
      { numRuns: 500 },
    );
  });
  it('reports the share of the old top who left it', () => {
    expect(topChange(Uint8Array.from([1, 1, 0, 0]), Uint8Array.from([1, 0, 1, 0]))).toBe(0.5);
    expect(topChange(new Uint8Array(0), new Uint8Array(0))).toBe(0);
  });
  it('counts changed quadrants', () => expect(labelChange([0, 1, 2, 3], [0, 1, 3, 3])).toBe(0.25));
});

describe('matching clusters between two partitions', () => {
  it('agrees with scipy’s linear_sum_assignment on the reference cases', () => {
    for (const c of ref.matching) expect(partitionChange(c.a, c.b)).toBeCloseTo(c.change, 12);
  });
  it('gives 0 for the same partition under other numbers', () => {
    expect(partitionChange([0, 0, 1, 1, 2], [5, 5, 3, 3, 9])).toBe(0);
  });
  it('counts customers of a cluster with no counterpart as changed', () => {
    expect(partitionChange([0, 0, 0, 0], [0, 0, 1, 2])).toBe(0.5);
    expect(partitionChange([], [])).toBe(0);
  });
  it('never exceeds 1 − 1/k and is 0 against itself (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 40, maxLength: 40 }), (a, bb) => {
        const b = bb.slice(0, a.length);
        expect(partitionChange(a, a)).toBe(0);
        const change = partitionChange(a, b);
        expect(change).toBeGreaterThanOrEqual(0);
        expect(change).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('perturbing one final weight', () => {
  it('multiplies it by 1.1 and rescales all to sum 1', () => {
    const w = perturbWeight([0.5, 0.3, 0.2], 0, 0.1);
    expect(w[0]).toBeCloseTo(0.55 / 1.05, 15);
    expect(w[1]).toBeCloseTo(0.3 / 1.05, 15);
  });
  it('leaves a single indicator at 1 and a zero weight at 0', () => {
    expect(Array.from(perturbWeight([1], 0, 0.1))).toEqual([1]);
    expect(Array.from(perturbWeight([0, 1], 0, -0.1))).toEqual([0, 1]);
  });
  it('keeps tiny weights (near underflow) finite and summing to 1', () => {
    const w = perturbWeight([1e-300, 1 - 1e-300, 5e-324], 2, 0.1);
    expect(w.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
  });
});

describe('the analysis on degenerate input', () => {
  const evaluate = (w: Float64Array) => ({ composite: Float64Array.from([w[0], 1 - w[0]]), quadrant: null, labels: null });
  const project = { hierarchy: { goal: 'g', criteria: [] }, experts: [], judgments: [] };
  it('works for two customers and one indicator: one top customer, no reversal, no segments', () => {
    const s = analyseSensitivity({ project, indicators: [{ id: 'a', name: 'A' }], final: [1], finalOf: null, evaluate }, { clustering: false });
    expect(s.topCount).toBe(1);
    expect(s.rows.map((r) => [r.step, r.rankReversals, r.topChange, r.segmentChange])).toEqual([
      ['up', 0, 0, null],
      ['down', 0, 0, null],
    ]);
    expect(s.segmentsSkipped).toBe('no-clustering');
    expect(s.judgmentsApply).toBe(false);
  });
  it('says segments were not re-run above the customer limit', () => {
    const s = analyseSensitivity({ project, indicators: [{ id: 'a', name: 'A' }], final: [1], finalOf: null, evaluate }, { segmentLimit: 1 });
    expect(s.segments).toBe(false);
    expect(s.segmentsSkipped).toBe('too-many');
  });
  it('stops when cancelled', () => {
    expect(() => analyseSensitivity({ project, indicators: [{ id: 'a', name: 'A' }], final: [1], finalOf: null, evaluate }, { shouldCancel: () => true })).toThrow(/cancelled/);
  });
});

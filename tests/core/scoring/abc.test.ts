import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { abcClasses } from '../../../src/core/scoring/abc.ts';

const f64 = (...v: number[]) => Float64Array.from(v);
const letters = (cls: Uint8Array) => Array.from(cls, (c) => 'ABC'[c]).join('');

describe('abcClasses', () => {
  it('classes by the share held by the customers ranked above (hand-worked 80/15/5)', () => {
    // rows: 5, 50, 2, 30, 3, 10 (total 100). Ranked: 50, 30, 10, 5, 3, 2
    //   share before: 0 → A, 0.50 → A, 0.80 → B (not < 0.80), 0.90 → B, 0.95 → C, 0.98 → C
    const r = abcClasses(f64(5, 50, 2, 30, 3, 10));
    expect(letters(r.cls)).toBe('BACACB');
    expect(Array.from(r.order)).toEqual([1, 3, 5, 0, 4, 2]);
    expect(r.counts).toEqual([2, 2, 2]);
    expect(r.valueShare.map((s) => +s.toFixed(12))).toEqual([0.8, 0.15, 0.05]);
    expect(Array.from(r.cumulative, (c) => +c.toFixed(12))).toEqual([0.95, 0.5, 1, 0.8, 0.98, 0.9]);
    expect(r.problems).toEqual([]);
  });

  it('keeps in A the customer whose value crosses the 80 % line', () => {
    // 70, 20, 10: before = 0, 0.7, 0.9 → A, A (0.7 < 0.8 although 0.7 + 0.2 = 0.9), B
    expect(letters(abcClasses(f64(70, 20, 10)).cls)).toBe('AAB');
    // the largest customer is A even when it alone holds 99 %
    expect(letters(abcClasses(f64(99, 1)).cls)).toBe('AC');
  });

  it('treats a share exactly at the cut as past it, despite rounding', () => {
    // 0.04 / (0.04 + 0.01) is 0.8 exactly but 0.7999999999999999 in floating point; 4 / 5 is exact
    expect(letters(abcClasses(f64(0.04, 0.01)).cls)).toBe('AB');
    expect(letters(abcClasses(f64(4, 1)).cls)).toBe('AB');
  });

  it('uses custom cut-offs (55 % / 85 %)', () => {
    // before: 0, 0.5, 0.8, 0.9, 0.95, 0.98 → A A B C C C
    expect(letters(abcClasses(f64(50, 30, 10, 5, 3, 2), { cuts: [0.55, 0.85] }).cls)).toBe('AABCCC');
  });

  it('returns the Pareto curve from (0, 0) to (1, 1)', () => {
    const r = abcClasses(f64(50, 30, 10, 5, 3, 2));
    expect(Array.from(r.curve.customers, (x) => +x.toFixed(12))).toEqual([0, 1 / 6, 2 / 6, 3 / 6, 4 / 6, 5 / 6, 1].map((x) => +x.toFixed(12)));
    expect(Array.from(r.curve.value, (x) => +x.toFixed(12))).toEqual([0, 0.5, 0.8, 0.9, 0.95, 0.98, 1]);
  });

  it('counts negative values as 0, with a warning naming the first row', () => {
    // 10, −5, 0: −5 counts as 0; ties keep row order; both zeros have share before = 1 → C
    const r = abcClasses(f64(10, -5, 0), { name: 'profit' });
    expect(letters(r.cls)).toBe('ACC');
    expect(Array.from(r.order)).toEqual([0, 1, 2]);
    expect(r.problems).toEqual([
      { severity: 'warning', code: 'scoring.abc-negative', message: '"profit" has 1 negative value(s) (the first in row 2); they count as 0 in the ABC shares.', where: { column: 'profit' }, params: { column: 'profit', count: 1, row: 2 } },
    ]);
  });

  it('puts everyone in C when no value is positive, with a warning', () => {
    const r = abcClasses(f64(0, 0, 0), { name: 'profit' });
    expect(letters(r.cls)).toBe('CCC');
    expect(r.counts).toEqual([0, 0, 3]);
    expect(r.problems.map((p) => p.message)).toEqual(['No value of "profit" is positive, so there is no value to share out: every customer is class C.']);
    expect(Array.from(r.curve.value)).toEqual([0, 0, 0, 0]);
  });

  it('handles no customers', () => {
    const r = abcClasses(f64());
    expect(r.counts).toEqual([0, 0, 0]);
    expect(Array.from(r.curve.customers)).toEqual([0]);
    expect(r.problems).toEqual([]);
  });

  it('refuses cut-offs out of order or out of (0, 1], naming the path', () => {
    expect(() => abcClasses(f64(1), { cuts: [0.8, 0.7] })).toThrow(
      'options.scoring.abc.cuts[1] is 0.7; the B cut-off must be greater than options.scoring.abc.cuts[0] (0.8) and at most 1.',
    );
    try {
      abcClasses(f64(1), { cuts: [80, 95] });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe('options.scoring.abc.cuts[0] is 80; the A cut-off is a share strictly between 0 and 1 (e.g. 0.8).');
      expect((e as { where: unknown }).where).toEqual({ path: 'options.scoring.abc.cuts[0]' });
    }
    expect(() => abcClasses(f64(1), { cuts: [0.9, 0.8], path: 'x.abc' })).toThrow('x.abc.cuts[1] is 0.8;');
  });

  it('gives A at least the first cut of the value, classes that never improve down the ranking, and counts summing to n (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 }), (xs) => {
        const r = abcClasses(Float64Array.from(xs));
        const byRank = Array.from(r.order, (i) => r.cls[i]);
        const monotone = byRank.every((c, k) => k === 0 || c >= byRank[k - 1]);
        const total = xs.reduce((a, b) => a + b, 0);
        const aOk = total === 0 || r.valueShare[0] >= 0.8 - 1e-12;
        return monotone && aOk && r.counts[0] + r.counts[1] + r.counts[2] === xs.length;
      }),
    );
  });
});

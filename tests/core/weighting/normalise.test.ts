import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { minMax, normaliseColumns, zScore } from '../../../src/core/weighting/normalise.ts';
import type { Direction } from '../../../src/core/model/project.ts';

const f64 = (...v: number[]) => Float64Array.from(v);

interface Case { name: string; names: string[]; directions: Direction[]; columns: number[][]; minmax: number[][]; zscore: number[][] }
// numpy min–max and z-score (ddof = 1) on UCI Wholesale customers and ISLR Credit: tests/reference/weighting_reference.py
const ref: { cases: Case[] } = JSON.parse(readFileSync(new URL('../../fixtures/weighting/reference.json', import.meta.url), 'utf8'));

describe('minMax', () => {
  it('maps a benefit column to (x − min)/(max − min)', () => {
    // min 2, max 10, range 8: 2→0, 4→0.25, 6→0.5, 10→1
    const r = minMax(f64(2, 4, 6, 10), 'benefit');
    expect(Array.from(r.values)).toEqual([0, 0.25, 0.5, 1]);
    expect([r.min, r.max, r.constant]).toEqual([2, 10, false]);
  });

  it('maps a cost column to (max − x)/(max − min)', () => {
    // max 5, min 1, range 4: 5→0, 3→0.5, 1→1
    expect(Array.from(minMax(f64(5, 3, 3, 1), 'cost').values)).toEqual([0, 0.5, 0.5, 1]);
  });

  it('sets a constant column to 0 and flags it, without dividing by zero', () => {
    const r = minMax(f64(7, 7, 7), 'benefit');
    expect(Array.from(r.values)).toEqual([0, 0, 0]);
    expect(r.constant).toBe(true);
    expect(minMax(f64(3), 'cost').constant).toBe(true);
  });

  it('names the column holding a NaN', () => {
    expect(() => minMax(f64(1, NaN), 'benefit', { name: 'loan_balance' })).toThrow(
      'Column "loan_balance" has a missing or non-numeric value (NaN) in row 2 of the data passed in; impute or drop missing values first.',
    );
  });

  it('refuses an empty column', () => {
    expect(() => minMax(f64(), 'benefit', { name: 'x' })).toThrow('Column "x" has no values to normalise.');
  });

  it('keeps every value in [0, 1] and hits both ends (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 40 }), fc.constantFrom<Direction>('benefit', 'cost'), (xs, dir) => {
        const r = minMax(Float64Array.from(xs), dir);
        for (const v of r.values) if (!(v >= 0 && v <= 1)) return false;
        if (r.constant) return r.values.every((v) => v === 0);
        return Math.min(...r.values) === 0 && Math.max(...r.values) === 1;
      }),
    );
  });

  it('reverses the ranking for a cost column (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 2, maxLength: 30 }), (xs) => {
        const b = minMax(Float64Array.from(xs), 'benefit').values;
        const c = minMax(Float64Array.from(xs), 'cost').values;
        for (let i = 0; i < xs.length; i++) {
          for (let k = 0; k < xs.length; k++) {
            if (xs[i] < xs[k] && !(b[i] < b[k] && c[i] > c[k])) return false;
          }
        }
        return true;
      }),
    );
  });
});

describe('zScore', () => {
  it('uses the sample standard deviation (n − 1), as SPSS', () => {
    // 2, 4, 6: mean 4, s = √((4 + 0 + 4)/2) = 2 → −1, 0, 1
    const r = zScore(f64(2, 4, 6), 'benefit');
    expect(Array.from(r.values)).toEqual([-1, 0, 1]);
    expect([r.mean, r.sd]).toEqual([4, 2]);
  });

  it('flips the sign for a cost column', () => {
    expect(Array.from(zScore(f64(2, 4, 6), 'cost').values)).toEqual([1, -0, -1]);
  });

  it('gives 0 for a constant column and for a single value', () => {
    const r = zScore(f64(0.1, 0.1, 0.1, 0.1), 'benefit');
    expect(Array.from(r.values)).toEqual([0, 0, 0, 0]);
    expect([r.constant, r.sd]).toEqual([true, 0]);
    expect(zScore(f64(42), 'benefit').constant).toBe(true);
  });
});

describe('normaliseColumns', () => {
  it('agrees with numpy on two real data sets, with a cost column in each', () => {
    for (const c of ref.cases) {
      const cols = c.columns.map((x) => Float64Array.from(x));
      for (const method of ['minmax', 'zscore'] as const) {
        const r = normaliseColumns(cols, c.directions, { method, names: c.names });
        const want = method === 'minmax' ? c.minmax : c.zscore;
        r.columns.forEach((col, j) => col.forEach((v, i) => expect(Math.abs(v - want[j][i]), `${c.name} ${method} ${c.names[j]}[${i}]`).toBeLessThan(1e-12)));
        expect(r.problems).toEqual([]);
      }
    }
  });

  it('warns about a constant column by name and keeps the others', () => {
    const r = normaliseColumns([f64(1, 2, 3), f64(5, 5, 5)], ['benefit', 'cost'], { method: 'minmax', names: ['deposits', 'branch_code'] });
    expect(r.constant).toEqual([false, true]);
    expect(Array.from(r.columns[1])).toEqual([0, 0, 0]);
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        code: 'weighting.constant-column',
        message: 'Column "branch_code" has the same value (5) for every customer: min–max normalisation sets it to 0 and it cannot tell customers apart.',
        where: { column: 'branch_code' },
        params: { column: 'branch_code', value: 5 },
        variant: 'minmax',
      },
    ]);
    const z = normaliseColumns([f64(5, 5, 5)], ['benefit'], { method: 'zscore', names: ['branch_code'] });
    expect(z.problems[0].message).toBe('Column "branch_code" has the same value (5) for every customer: z-score standardisation sets it to 0 and it cannot tell customers apart.');
  });

  it('returns the parameters used, for the step-by-step panel', () => {
    const r = normaliseColumns([f64(2, 4, 6)], ['benefit'], { method: 'zscore' });
    expect(r.params).toEqual([{ mean: 4, sd: 2 }]);
    expect(normaliseColumns([f64(2, 4, 6)], ['benefit'], { method: 'minmax' }).params).toEqual([{ min: 2, max: 6 }]);
  });

  it('refuses a directions list of the wrong length and columns of unequal length', () => {
    expect(() => normaliseColumns([f64(1, 2)], [], { method: 'minmax' })).toThrow('Got 1 columns but 0 directions; give one direction per column.');
    expect(() => normaliseColumns([f64(1, 2), f64(1)], ['benefit', 'benefit'], { method: 'minmax', names: ['a', 'b'] })).toThrow(
      'Column "b" has 1 values but column "a" has 2; all columns must have one value per customer.',
    );
  });

  it('names the column with a NaN', () => {
    expect(() => normaliseColumns([f64(1, 2), f64(1, NaN)], ['benefit', 'cost'], { method: 'zscore', names: ['a', 'overdue_days'] })).toThrow(
      'Column "overdue_days" has a missing or non-numeric value (NaN) in row 2',
    );
  });
});

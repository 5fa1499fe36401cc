import { describe, expect, it } from 'vitest';
import { extent, isConstant, mean, median, sd, variance } from '../../../src/core/stats/describe.ts';
import { checkColumns } from '../../../src/core/stats/check.ts';
import { pearson } from '../../../src/core/stats/correlation.ts';

const f64 = (...v: number[]) => Float64Array.from(v);

describe('descriptive statistics', () => {
  it('gives the sample variance with n − 1 and the population variance with ddof = 0', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, Σ(x − 5)² = 9+1+1+1+0+0+4+16 = 32
    const x = f64(2, 4, 4, 4, 5, 5, 7, 9);
    expect(mean(x)).toBe(5);
    expect(variance(x)).toBeCloseTo(32 / 7, 14);
    expect(variance(x, 0)).toBe(4);
    expect(sd(x, 0)).toBe(2);
  });

  it('returns exactly the common value as the mean of equal values', () => {
    // a plain Σx/n of ten 0.1s is 0.09999999999999999
    expect(mean(new Float64Array(10).fill(0.1))).toBe(0.1);
    expect(mean(new Float64Array(3).fill(0.3))).toBe(0.3);
    expect(variance(new Float64Array(7).fill(0.1))).toBe(0);
  });

  it('takes the median of an even count as the mean of the two middle values', () => {
    expect(median(f64(9, 1, 4, 3))).toBe(3.5);
    expect(median(f64(9, 1, 4))).toBe(4);
  });

  it('calls a column constant when its spread is rounding noise only', () => {
    expect(isConstant(f64(5, 5, 5))).toBe(true);
    expect(isConstant(f64(0.1 + 0.2, 0.3))).toBe(true);
    expect(isConstant(f64(1, 1 + 1e-9))).toBe(false);
    expect(extent(f64(3, -1, 7))).toEqual({ min: -1, max: 7 });
  });

  it('refuses empty input and a variance of one value', () => {
    expect(() => mean(f64())).toThrow('Cannot compute the mean of no values.');
    expect(() => variance(f64(1))).toThrow('The variance with 1 degree(s) of freedom removed needs more than 1 value(s); got 1.');
  });
});

describe('pearson', () => {
  it('gives r for a hand-worked example and null when a column is constant', () => {
    // x = 1,2,3,4; y = 2,1,4,3: x̄ = ȳ = 2.5; Σdxdy = (−1.5)(−.5)+(−.5)(−1.5)+(.5)(1.5)+(1.5)(.5) = 3; Σdx² = Σdy² = 5 → r = 0.6
    expect(pearson(f64(1, 2, 3, 4), f64(2, 1, 4, 3))).toBeCloseTo(0.6, 15);
    expect(pearson(f64(1, 2, 3), f64(6, 4, 2))).toBe(-1);
    expect(pearson(f64(1, 2, 3), f64(7, 7, 7))).toBeNull();
  });
});

describe('checkColumns', () => {
  it('names the column and row of a NaN', () => {
    expect(() => checkColumns([f64(1, 2), f64(3, NaN)], ['deposits', 'loans'])).toThrow(
      'Column "loans" has a missing or non-numeric value (NaN) in row 2 of the data passed in; impute or drop missing values first.',
    );
  });

  it('names the column whose length differs', () => {
    expect(() => checkColumns([f64(1, 2), f64(3)], ['deposits', 'loans'])).toThrow(
      'Column "loans" has 1 values but column "deposits" has 2; all columns must have one value per customer.',
    );
  });

  it('falls back to "column j" when no names are given', () => {
    expect(() => checkColumns([f64(1), f64(Infinity)])).toThrow('Column "column 2" has a missing or non-numeric value (Infinity)');
  });
});

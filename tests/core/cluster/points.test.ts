import { describe, expect, it } from 'vitest';
import { columnVariances, countDistinctRows, pointsFromColumns, pointsFromRows } from '../../../src/core/cluster/points.ts';

describe('points', () => {
  it('builds row-major points from columns', () => {
    const p = pointsFromColumns([Float64Array.from([1, 2, 3]), Float64Array.from([10, 20, 30])]);
    expect(p.n).toBe(3);
    expect(p.d).toBe(2);
    expect(Array.from(p.data)).toEqual([1, 10, 2, 20, 3, 30]);
  });

  it('refuses columns of different lengths and no columns at all', () => {
    expect(() => pointsFromColumns([Float64Array.from([1, 2]), Float64Array.from([1])])).toThrow(
      'Feature column 2 has 1 values but column 1 has 2; every column needs one value per customer.',
    );
    expect(() => pointsFromColumns([])).toThrow('No feature columns to cluster on.');
  });

  it('counts distinct rows, treating 0 and −0 as equal', () => {
    expect(countDistinctRows(pointsFromRows([[0, 1], [-0, 1], [1, 0], [0, 1], [1, 0.5]]))).toBe(3);
    expect(countDistinctRows(pointsFromRows([[2], [2], [2]]))).toBe(1);
    // many rows: 1,000 rows over 37 distinct values
    expect(countDistinctRows(pointsFromRows(Array.from({ length: 1000 }, (_, i) => [i % 37, (i % 37) * 2])))).toBe(37);
  });

  it('computes population variances per column', () => {
    // column 1: 1 2 3 4 → mean 2.5, variance (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25; column 2 constant → 0
    expect(Array.from(columnVariances(pointsFromRows([[1, 7], [2, 7], [3, 7], [4, 7]])))).toEqual([1.25, 0]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupRows, groupValues, pick } from '../../../src/core/stats/groups.ts';

/** The definition: a Map of growing arrays, labels in order of first appearance. */
function byMap(groups: number[]): { labels: number[]; rows: number[][] } {
  const m = new Map<number, number[]>();
  groups.forEach((g, i) => {
    const list = m.get(g);
    if (list) list.push(i);
    else m.set(g, [i]);
  });
  return { labels: [...m.keys()], rows: [...m.values()] };
}

describe('grouping rows by label', () => {
  it('lists labels in order of first appearance with their rows ascending', () => {
    const g = groupRows([3, 1, 3, 0, 1, 3]);
    expect(g.labels).toEqual([3, 1, 0]);
    expect(g.rows.map((r) => Array.from(r))).toEqual([[0, 2, 5], [1, 4], [3]]);
  });
  it('treats NaN as one label and −0 as 0, as a Map does, and handles large, negative and fractional labels', () => {
    const g = groupRows([NaN, -0, 0, NaN, -2, 1e9, 0.5, 0.5]);
    expect(g.labels).toEqual([NaN, 0, -2, 1e9, 0.5]);
    expect(Object.is(g.labels[1], 0)).toBe(true);
    expect(g.rows.map((r) => Array.from(r))).toEqual([[0, 3], [1, 2], [4], [5], [6, 7]]);
  });
  it('gives no group for no rows', () => expect(groupRows([])).toEqual({ labels: [], rows: [] }));
  it('agrees with a Map of arrays on any labels', () => {
    const label = fc.oneof(fc.integer({ min: -3, max: 5000 }), fc.constantFrom(NaN, -0, 0.25, 4095, 4096));
    fc.assert(
      fc.property(fc.array(label, { maxLength: 80 }), (groups) => {
        const g = groupRows(groups);
        const want = byMap(groups);
        expect(g.labels).toEqual(want.labels);
        expect(g.rows.map((r) => Array.from(r))).toEqual(want.rows);
      }),
      { numRuns: 300 },
    );
  });
  it('picks the values of each group in row order', () => {
    expect(Array.from(pick([10, 20, 30], [2, 0]))).toEqual([30, 10]);
    const v = groupValues([1.5, 2.5, 3.5, 4.5], [7, 8, 7, 8]);
    expect(v.labels).toEqual([7, 8]);
    expect(v.values.map((x) => Array.from(x))).toEqual([[1.5, 3.5], [2.5, 4.5]]);
  });
});

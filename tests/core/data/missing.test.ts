import { describe, expect, it } from 'vitest';
import { handleMissing } from '../../../src/core/data/missing.ts';

const col = (...v: number[]) => Float64Array.from(v);

describe('handleMissing', () => {
  it('imputes the median of the readable values and says which value it used', () => {
    // readable values 1, 3, 10, 4 → sorted 1, 3, 4, 10 → median (3 + 4) / 2 = 3.5
    const r = handleMissing([col(1, NaN, 3, 10, 4)], ['deposits'], 'median');
    expect(Array.from(r.columns[0])).toEqual([1, 3.5, 3, 10, 4]);
    expect(r.report).toEqual([{ column: 'deposits', missing: 1, imputed: 3.5, lines: [3] }]);
    expect(r.dropped).toBe(0);
  });

  it('names the file lines given by the reader, which differ from row + 2 after multi-line cells', () => {
    const r = handleMissing([col(1, NaN, 3)], ['a'], 'median', [2, 5, 6]);
    expect(r.report[0].lines).toEqual([5]);
  });

  it('imputes the mean or zero when asked', () => {
    expect(Array.from(handleMissing([col(2, NaN, 4)], ['a'], 'mean').columns[0])).toEqual([2, 3, 4]);
    expect(Array.from(handleMissing([col(2, NaN, 4)], ['a'], 'zero').columns[0])).toEqual([2, 0, 4]);
  });

  it('drops every row with a missing value in any indicator and keeps the row indices', () => {
    const r = handleMissing([col(1, NaN, 3, 4), col(5, 6, NaN, 8)], ['a', 'b'], 'drop');
    expect(Array.from(r.rows)).toEqual([0, 3]);
    expect(Array.from(r.columns[0])).toEqual([1, 4]);
    expect(Array.from(r.columns[1])).toEqual([5, 8]);
    expect(r.dropped).toBe(2);
    expect(r.report.map((c) => c.lines)).toEqual([[3], [4]]);
  });

  it('refuses a column with no readable value, naming it', () => {
    expect(() => handleMissing([col(1, 2), col(NaN, NaN)], ['a', 'loan_balance'], 'median')).toThrow(
      'Column "loan_balance" has no readable value in any of its 2 rows; it cannot be an indicator.',
    );
  });

  it('refuses to drop every row', () => {
    expect(() => handleMissing([col(1, NaN), col(NaN, 2)], ['a', 'b'], 'drop')).toThrow(
      'Every one of the 2 rows has a missing indicator value, so dropping rows leaves nothing; impute instead (median, mean or zero).',
    );
  });
});

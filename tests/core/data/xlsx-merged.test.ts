import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../src/core/data/xlsx/read.ts';
import { row, workbook, zip } from '../../fixtures/xlsx/make-xlsx.ts';

/** A one-sheet workbook from rows and merge references (as Excel writes them after sheetData). */
const book = (rows: string[], merges: string[]) =>
  zip(workbook([{ name: 'Sheet1', body: `<sheetData>${rows.join('')}</sheetData><mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` }]));

const nums = (a: ArrayLike<number>) => Array.from(a, (v) => (Number.isNaN(v) ? null : v));

describe('merged cells in the data area of a workbook', () => {
  it('gives every cell of a range merged over rows and columns the top-left value, numbers staying numbers', () => {
    // C3:D4 holds 7.5 in C3 only; the other three cells are empty in the file, as Excel writes them.
    const bytes = book(
      [
        row(1, ['id', 'branch', 'x', 'y']),
        row(2, ['C1', '东区', 1, 2]),
        row(3, ['C2', null, 7.5, null]),
        row(4, ['C3', '西区', null, null]),
        row(5, ['C4', null, 3, 4]),
      ],
      ['B2:B3', 'C3:D4', 'B4:B5'],
    );
    const r = readWorkbook(bytes);
    expect(r.table.array('branch')).toEqual(['东区', '东区', '西区', '西区']);
    expect(nums(r.table.array('x') as Float64Array)).toEqual([1, 7.5, 7.5, 3]);
    expect(nums(r.table.array('y') as Float64Array)).toEqual([2, 7.5, 7.5, 4]);
    const x = r.report.columns.find((c) => c.name === 'x')!;
    expect([x.type, x.missing]).toEqual(['numeric', 0]);
    const p = r.report.problems.find((q) => q.code === 'xlsx.merged-filled')!;
    expect(p.params).toEqual({ ranges: 'B2:B3, C3:D4, B4:B5', count: 3 });
    expect(p.severity).toBe('info');
  });

  it('fills past a totals row inside the range without bringing the totals row back', () => {
    const bytes = book([row(1, ['id', 'group', 'v']), row(2, ['C1', 'A', 1]), row(3, ['C2', null, 2]), row(4, ['合计', null, 3]), row(5, ['C3', null, 4])], ['B2:B5']);
    const r = readWorkbook(bytes);
    expect(r.table.array('id')).toEqual(['C1', 'C2', 'C3']);
    expect(r.table.array('group')).toEqual(['A', 'A', 'A']);
    expect(r.report.excludedRows).toEqual([{ row: 4, kind: 'total', label: '合计' }]);
  });

  it('says a range it cannot fill (its first cell empty or not a data row) and reads the rest as missing', () => {
    const bytes = book([row(1, ['id', 'group', 'v']), row(2, ['C1', null, 1]), row(3, ['C2', null, 2]), row(4, ['C3', 'B', 3]), row(5, ['C4', null, 4])], ['B2:B3', 'B4:B5']);
    const r = readWorkbook(bytes);
    expect(r.table.array('group')).toEqual([null, null, 'B', 'B']);
    expect(r.report.problems.find((q) => q.code === 'xlsx.merged-data')!.params).toEqual({ ranges: 'B2:B3', count: 1 });
    expect(r.report.problems.find((q) => q.code === 'xlsx.merged-filled')!.params).toEqual({ ranges: 'B4:B5', count: 1 });
  });
});

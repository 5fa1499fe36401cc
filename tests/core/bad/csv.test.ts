/**
 * The hostile CSV corpus (tests/fixtures/bad/, listed in its README): for each file, the exact
 * message the user sees (code, text, where) and that every other cell was read correctly.
 */
import { describe, expect, it } from 'vitest';
import { readTable, type ReadResult } from '../../../src/core/data/read.ts';
import { InputError } from '../../../src/core/errors.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { BASE_ROWS } from '../../fixtures/bad/make.ts';
import { bigFixture, fixture, said, smallProject } from './helpers.ts';

const read = (name: string): ReadResult => readTable(fixture(name), { fileName: name });
const values = (r: ReadResult, column: string): unknown[] => Array.from(r.table.array(column) as ArrayLike<unknown>);
const problems = (r: ReadResult) => r.report.problems.map((p) => ({ severity: p.severity, code: p.code, message: p.message, where: p.where }));

/** The InputError `f` throws (fails the test when it throws nothing or something else). */
function thrown(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

const BASE = {
  customer_id: BASE_ROWS.map((r) => r[0]),
  deposits: BASE_ROWS.map((r) => r[1]),
  loans: BASE_ROWS.map((r) => r[2]),
  growth: BASE_ROWS.map((r) => r[3]),
};
/** Every column of the base table read back exactly, on file lines 2..7. */
function expectBaseTable(r: ReadResult): void {
  expect(r.table.columnNames()).toEqual(['customer_id', 'deposits', 'loans', 'growth']);
  for (const [name, col] of Object.entries(BASE)) expect(values(r, name)).toEqual(col);
  expect(r.report.columns.map((c) => c.type)).toEqual(['identifier', 'numeric', 'numeric', 'numeric']);
  expect(Array.from(r.lines)).toEqual([2, 3, 4, 5, 6, 7]);
}

describe('bad CSV files: the whole file', () => {
  it('refuses an empty file with "The file is empty."', () => {
    const e = thrown(() => read('csv-empty.csv'));
    expect([e.code, e.message, e.where]).toEqual(['csv.empty', 'The file is empty.', {}]);
  });

  it('refuses a file of blank lines and lone delimiters as empty', () => {
    const e = thrown(() => read('csv-blank-lines.csv'));
    expect([e.code, e.message]).toEqual(['csv.empty', 'The file is empty.']);
  });

  it('refuses a header without rows, naming the header line and its column count', () => {
    const e = thrown(() => read('csv-header-only.csv'));
    expect([e.code, e.message, e.where]).toEqual(['csv.no-rows', 'The file has a header (3 columns) but no data rows.', { row: 1 }]);
  });

  it('refuses a file whose first line is data, quoting its first cells', () => {
    const e = thrown(() => read('csv-no-header.csv'));
    expect([e.code, e.message, e.where]).toEqual([
      'csv.no-header',
      'Line 1 should be the header with the column names, but all its cells are numbers or empty ("1", "120.5", "300"). Add a first line with a name for each column.',
      { row: 1 },
    ]);
  });

  it('refuses an Excel workbook renamed .csv and says how to save it as CSV', () => {
    const e = thrown(() => read('csv-xlsx-workbook.csv'));
    expect([e.code, e.message]).toEqual([
      'csv.not-text',
      'This is an Excel workbook (.xlsx) or another zip file, not CSV text. In Excel, choose File → Save As → "CSV UTF-8 (Comma delimited)" and open that file.',
    ]);
  });

  it('refuses binary data, naming the byte where the zero is', () => {
    const e = thrown(() => read('csv-binary.csv'));
    expect([e.code, e.message]).toEqual(['csv.not-text', 'This file contains binary data (a zero byte at byte 27), so it is not a CSV text file.']);
  });
});

describe('bad CSV files: byte-order marks and encodings', () => {
  it('reads UTF-8 with a BOM: the BOM is not part of the first column name', () => {
    const r = read('csv-bom-utf8.csv');
    expect(r.report.encoding).toBe('utf-8-bom');
    expectBaseTable(r);
    expect(problems(r)).toEqual([]);
  });

  it('reads UTF-16 LE with its BOM', () => {
    const r = read('csv-bom-utf16le.csv');
    expect(r.report.encoding).toBe('utf-16le');
    expectBaseTable(r);
    expect(problems(r)).toEqual([]);
  });

  it('reads UTF-16 BE with its BOM', () => {
    const r = read('csv-bom-utf16be.csv');
    expect(r.report.encoding).toBe('utf-16be');
    expectBaseTable(r);
    expect(problems(r)).toEqual([]);
  });

  it('removes a doubled UTF-8 BOM, says so, and keeps the line numbers right (FIXED: lines were one too low)', () => {
    const r = read('csv-bom-double.csv');
    expectBaseTable(r);
    expect(problems(r)).toEqual([
      said('info', 'csv.extra-bom', 'The file starts with 2 byte-order marks instead of one (it was probably saved twice as "CSV UTF-8"); the extra mark was removed.', { row: 1 }),
    ]);
  });

  it('reads a GBK file from Chinese Excel and names the first line that is not UTF-8', () => {
    const r = read('csv-gbk.csv');
    expect(r.report.encoding).toBe('gb18030');
    expect(r.table.columnNames()).toEqual(['客户号', '行业', '存款', '贷款']);
    expect(values(r, '行业')).toEqual(['制造业', '批发零售', '餐饮']);
    expect(values(r, '存款')).toEqual([120.5, 80, 310.25]);
    expect(values(r, '贷款')).toEqual([300, 150, 0]);
    expect(problems(r)).toEqual([
      said('info', 'csv.encoding', 'The file is not UTF-8 (line 1 has bytes that are not UTF-8); it was read as GB18030/GBK, the encoding of CSV files saved by Chinese Excel.', { row: 1 }),
    ]);
  });

  it('reads GB18030 four-byte characters (𠀀, é, Ü) that GBK cannot hold', () => {
    const r = read('csv-gb18030-4byte.csv');
    expect(r.report.encoding).toBe('gb18030');
    expect(values(r, '名称')).toEqual(['𠀀记商行', 'Café Ünïcode']);
    expect(values(r, '存款')).toEqual([120.5, 80]);
    expect(r.report.problems.map((p) => p.code)).toEqual(['csv.encoding']);
  });

  it('falls back to Windows-1252 for Latin text that is neither UTF-8 nor GB18030, and warns', () => {
    const r = read('csv-windows-1252.csv');
    expect(r.report.encoding).toBe('windows-1252');
    expect(values(r, 'city')).toEqual(['Café', 'Paris']);
    expect(values(r, 'deposits')).toEqual([120.5, 80]);
    expect(problems(r)).toEqual([
      said('warning', 'csv.encoding', 'The file is neither UTF-8 nor GB18030 (line 2 has bytes that are not UTF-8); it was read as Windows-1252 (Western European). Check that accented letters look right, or save it as "CSV UTF-8".', { row: 2 }),
    ]);
  });

  it('names the line holding "锟斤拷", the trace of text already lost to a wrong encoding', () => {
    const r = read('csv-mojibake.csv');
    expect(values(r, '存款')).toEqual([120.5, 80]);
    expect(problems(r)).toEqual([
      said('warning', 'csv.misdecoded', 'Line 3 contains "锟斤拷", the trace of characters lost when a GBK file was read as UTF-8 and saved again; the original text cannot be recovered from this file. Export the data again from its source (in Excel: "CSV UTF-8 (Comma delimited)").', { row: 3 }),
    ]);
  });
});

describe('bad CSV files: structure', () => {
  it('reads \\r\\n, \\n and lone \\r in one file as line breaks (FIXED: rows were joined into one cell)', () => {
    const r = read('csv-mixed-line-endings.csv');
    expectBaseTable(r);
    expect(problems(r)).toEqual([]);
  });

  it('keeps a line break inside a quoted cell as written when it unifies mixed line breaks', () => {
    const r = readTable('id,note,x\r\nA,"two\r\nlines",1\nB,plain,2\rC,"x\ny",3\n');
    expect(values(r, 'note')).toEqual(['two\r\nlines', 'plain', 'x\ny']);
    expect(values(r, 'x')).toEqual([1, 2, 3]);
    expect(Array.from(r.lines)).toEqual([2, 4, 5]);
  });

  it('pads a short line and cuts a long one, naming each line and the columns read as missing', () => {
    const r = read('csv-ragged.csv');
    expect(problems(r)).toEqual([
      { severity: 'warning', code: 'csv.ragged', message: 'Line 3 has 2 fields; the header has 4. Columns "loans", "growth" are read as missing on this line.', where: { row: 3 } },
      { severity: 'warning', code: 'csv.ragged', message: 'Line 4 has 6 fields; the header has 4. The 2 extra fields are dropped.', where: { row: 4 } },
    ]);
    expect(values(r, 'customer_id')).toEqual(['C01', 'C02', 'C03', 'C04']);
    expect(values(r, 'deposits')).toEqual([120.5, 80, 310.25, 45]);
    expect(values(r, 'loans')).toEqual([300, NaN, 0, 820]);
    expect(values(r, 'growth')).toEqual([0.05, NaN, -0.02, 0.3]);
  });

  it('reads a ragged TSV the same way, tab-delimited', () => {
    const r = read('tsv-ragged-tabs.tsv');
    expect(r.report.delimiter).toBe('\t');
    expect(values(r, 'deposits')).toEqual([120.5, 80, 310.25]);
    expect(values(r, 'loans')).toEqual([300, NaN, 0]);
    expect(problems(r)).toEqual([
      { severity: 'warning', code: 'csv.ragged', message: 'Line 3 has 2 fields; the header has 3. Column "loans" is read as missing on this line.', where: { row: 3 } },
    ]);
  });

  it('says which line opens a quote that never closes and which lines it swallowed; the rows above are intact', () => {
    const r = read('csv-quote-open.csv');
    expect(problems(r)).toEqual([
      said('error', 'csv.unterminated-quote', 'Line 3 opens a quoted field ("Beta Ltd,80…") that is never closed, so the rest of the file (lines 3 to 5) was read as one cell. Close the quote or remove it.', { row: 3 }),
      { severity: 'warning', code: 'csv.ragged', message: 'Line 3 has 2 fields; the header has 3. Column "deposits" is read as missing on this line.', where: { row: 3 } },
    ]);
    expect(values(r, 'customer_id')).toEqual(['C01', 'C02']);
    expect(values(r, 'name')[0]).toBe('Acme');
    expect(values(r, 'deposits')[0]).toBe(120.5);
  });

  it('warns about text after a closing quote and names the line', () => {
    const r = read('csv-quote-stray.csv');
    expect(r.report.problems[0]).toMatchObject(said('warning', 'csv.malformed-quote', 'Line 2 has a quoted field with text after its closing quote ("Acme" Ltd,120.5…); the field was read up to the next quote that ends a field, which may join it with the lines below.', { row: 2 }));
    expect(r.report.problems.map((p) => p.code)).toEqual(['csv.malformed-quote', 'csv.unterminated-quote', 'csv.ragged', 'csv.all-missing']);
  });

  it('renames a duplicate column "deposits (2)" and keeps both columns’ values', () => {
    const r = read('csv-duplicate-headers.csv');
    expect(r.table.columnNames()).toEqual(['customer_id', 'deposits', 'deposits (2)', 'loans']);
    expect(values(r, 'deposits')).toEqual([120.5, 80, 310.25]);
    expect(values(r, 'deposits (2)')).toEqual([121, 81, 311]);
    expect(values(r, 'loans')).toEqual([300, 150, 0]);
    expect(problems(r)).toEqual([
      said('warning', 'csv.duplicate-column', 'Columns 2 and 3 are both named "deposits"; column 3 is renamed to "deposits (2)".', { row: 1, column: 'deposits (2)' }),
    ]);
  });

  it('names empty header cells "column N" and keeps their values', () => {
    const r = read('csv-empty-headers.csv');
    expect(r.table.columnNames()).toEqual(['customer_id', 'column 2', 'deposits', 'column 4']);
    expect(values(r, 'column 2')).toEqual(['x', 'y', 'z']);
    expect(values(r, 'column 4')).toEqual([1, 2, 3]);
    expect(values(r, 'deposits')).toEqual([120.5, 80, 310.25]);
    expect(problems(r)).toEqual([
      { severity: 'warning', code: 'csv.empty-header', message: 'Column 2 has no name in the header; it is called "column 2".', where: { row: 1, column: 'column 2' } },
      { severity: 'warning', code: 'csv.empty-header', message: 'Column 4 has no name in the header; it is called "column 4".', where: { row: 1, column: 'column 4' } },
    ]);
  });

  it('reads 10,000 columns (generated: c<j> holds j, j+1, j+2) with every value in place', () => {
    const r = readTable(bigFixture('csv-10000-columns.csv'));
    expect(r.report.columns.length).toBe(10_000);
    expect(r.report.rows).toBe(3);
    expect(r.report.problems).toEqual([]);
    for (const j of [1, 2, 777, 5000, 9999]) expect(values(r, `c${j}`)).toEqual([j, j + 1, j + 2]);
    expect(values(r, 'customer_id')).toEqual(['C01', 'C02', 'C03']);
  });

  it('reads a 1 MB quoted cell with commas, quotes and line breaks, and counts the lines after it', () => {
    const r = readTable(bigFixture('csv-1mb-cell.csv'));
    const note = values(r, 'note') as string[];
    expect(note[1].length).toBe(2 ** 20); // 1,048,576 characters, as written (it ends in a letter, nothing to trim)
    expect(note[1].startsWith('lorem, "ipsum"\n dolor 中文')).toBe(true);
    expect([note[0], note[2]]).toEqual(['short', 'plain']);
    expect(values(r, 'deposits')).toEqual([120.5, 80, 310.25]);
    const breaks = note[1].split('\n').length - 1;
    expect(Array.from(r.lines)).toEqual([2, 3, 4 + breaks]);
  });
});

describe('bad CSV files: numbers as people write them', () => {
  const one = (name: string, column: string) => {
    const r = read(name);
    return { r, v: values(r, column), col: r.report.columns.find((c) => c.name === column)! };
  };

  it('reads thousands separators: "1,234.5" → 1234.5, "-1,000,000.25" → −1000000.25', () => {
    const { r, v, col } = one('csv-number-thousands.csv', 'deposits');
    expect(col.type).toBe('numeric');
    expect(v).toEqual([1234.5, 12000, -1000000.25, 950]);
    expect(problems(r)).toEqual([]);
  });

  it('refuses decimal commas "1.234,5" and "80,5", naming the lines and explaining the rule; other cells are read', () => {
    const { r, v } = one('csv-number-decimal-comma.txt', 'deposits');
    expect(r.report.delimiter).toBe(';');
    expect(v.slice(0, 4)).toEqual([NaN, NaN, 310, 45]);
    expect(values(r, 'loans').slice(0, 3)).toEqual([300, 150, 0]);
    expect(problems(r)).toEqual([
      said('warning', 'csv.invalid-number', 'Column "deposits" has 2 cells that are not numbers (lines 2 and 3: "1.234,5", "80,5"); they are treated as missing. Values such as "1,5" or "1.234,5" use a decimal comma; this tool reads "." as the decimal point and "," as the thousands separator, so save the file with "." decimals.', { column: 'deposits', row: 2 }),
    ]);
  });

  it('reads currency: "¥1,000" → 1000, "￥250", "$75.5", "1.5万元" → 15000, "€-20" → −20, and warns that the column mixes currencies (CHANGED, issue 16 case 8: the amounts were added silently)', () => {
    const { r, v } = one('csv-number-currency.csv', 'deposits');
    expect(v).toEqual([1000, 250, 75.5, 15000, -20]);
    expect(r.report.problems.map((p) => p.code)).toEqual(['csv.mixed-currency']);
    expect(r.report.problems[0].message).toBe(
      'Column "deposits" mixes currencies: "¥", "$", "元", "€" (first seen on lines 2, 4, 5, 6). "¥" is the sign of both the yuan and the yen, so check that the "¥" amounts are yuan like the "元" ones. The amounts are read as plain numbers, without conversion, so they are added and compared as if they were one currency; convert them to one currency in the file.',
    );
  });

  it('reads percentages as fractions: "12.5%" → 0.125, full-width "１０％" → 0.1', () => {
    const { r, v, col } = one('csv-number-percent.csv', 'growth');
    expect(v).toEqual([0.125, -0.03, 0.005, 0.1]);
    expect(col.percent).toBe(true);
    expect(problems(r)).toEqual([]);
  });

  it('warns when a column mixes "12.5%" and "0.08", naming one line of each', () => {
    const { r, v } = one('csv-number-percent-mixed.csv', 'growth');
    expect(v).toEqual([0.125, 0.08, 0.03]);
    expect(problems(r)).toEqual([
      said('warning', 'csv.mixed-percent', 'Column "growth" mixes values written with % (line 2: "12.5%", read as 0.125) and without (line 3: "0.08", read as 0.08); check that they are on the same scale.', { column: 'growth', row: 3 }),
    ]);
  });

  it('reads accounting parentheses as negative: "(300)" → −300, "($1,200.50)" → −1200.5, "（３００）" → −300', () => {
    const { r, v } = one('csv-number-parentheses.csv', 'profit');
    expect(v).toEqual([-300, -1200.5, 450, -300]);
    expect(problems(r)).toEqual([]);
  });

  it('reads full-width digits: "１２３．５" → 123.5, "－５" → −5, "１，２３４" → 1234', () => {
    const { r, v } = one('csv-number-fullwidth.csv', 'deposits');
    expect(v).toEqual([123.5, -5, 1234, 7]);
    expect(problems(r)).toEqual([]);
  });

  it('reads scientific notation: "1.2e3", "9.3448E-05", "-2.5e+2"', () => {
    const { r, v } = one('csv-number-scientific.csv', 'deposits');
    expect(v).toEqual([1200, 9.3448e-5, -250, 4]);
    expect(problems(r)).toEqual([]);
  });

  it('reads "NaN" and "nan" as missing (how pandas writes a missing number), not as a number', () => {
    const { r, v, col } = one('csv-nan.csv', 'deposits');
    expect(v).toEqual([NaN, 80, 310.25, 45]);
    expect(col.missing).toBe(1);
    expect(values(r, 'loans')).toEqual([300, NaN, 0, 820]);
    expect(problems(r)).toEqual([]);
  });

  it('reports "Infinity" and "-inf" as invalid, keeping the column numeric (FIXED: it became an identifier column with no message)', () => {
    const { r, v, col } = one('csv-infinity.csv', 'deposits');
    expect(col.type).toBe('numeric');
    expect(v).toEqual([NaN, 80, 310.25, 45, 99.9, 150, 12, 13, 14, NaN]);
    expect(problems(r)).toEqual([
      said('warning', 'csv.invalid-number', 'Column "deposits" has 2 cells that are not numbers (lines 2 and 11: "Infinity", "-inf"); they are treated as missing. "Infinity" is not an amount a customer can have (it usually comes from a division by zero); fix it at the source or leave the cell empty.', { column: 'deposits', row: 2 }),
    ]);
  });

  it('reports a number too large for a double ("1e400") as invalid instead of reading Infinity', () => {
    const { r, v } = one('csv-number-too-large.csv', 'deposits');
    expect(v.slice(0, 3)).toEqual([NaN, 80, 310]);
    expect(problems(r)).toEqual([
      said('warning', 'csv.invalid-number', 'Column "deposits" has 1 cell that is not a number (line 2: "1e400"); it is treated as missing.', { column: 'deposits', row: 2 }),
    ]);
  });

  it('reports Excel "#DIV/0!" as invalid and "#N/A" as missing, naming the line', () => {
    const r = read('csv-excel-errors.csv');
    expect(values(r, 'deposits').slice(0, 3)).toEqual([NaN, 80, 310.25]);
    expect(values(r, 'loans').slice(0, 3)).toEqual([300, 150, NaN]);
    expect(problems(r)).toEqual([
      said('warning', 'csv.invalid-number', 'Column "deposits" has 1 cell that is not a number (line 2: "#DIV/0!"); it is treated as missing. Values such as "#DIV/0!" are Excel formula errors; fix the formulas in the spreadsheet and export again.', { column: 'deposits', row: 2 }),
    ]);
  });
});

describe('bad CSV files: data the method cannot use as they are', () => {
  it('warns about a column empty in every row, and the project bound to it names the indicator (FIXED: said "categorical, not numeric")', () => {
    const r = read('csv-all-missing-column.csv');
    expect(problems(r)).toEqual([{ severity: 'warning', code: 'csv.all-missing', message: 'Column "loans" is empty in all 4 rows.', where: { column: 'loans' } }]);
    expect(values(r, 'deposits')).toEqual([120.5, 80, 310.25, 45]);
    expect(values(r, 'growth')).toEqual([0.05, 0.12, -0.02, 0.3]);
    const e = thrown(() => runPipeline(smallProject(), r.table, { report: r.report, lines: r.lines }));
    expect([e.code, e.message, e.where]).toEqual([
      'project.invalid',
      'hierarchy.criteria[0].indicators[1].column: column "loans" is empty in every row, so it cannot be an indicator',
      { path: 'hierarchy.criteria[0].indicators[1].column' },
    ]);
  });

  it('warns about a constant column; entropy gives it weight 0 and still scores every customer', () => {
    const r = read('csv-constant-column.csv');
    expect(problems(r)).toEqual([
      { severity: 'warning', code: 'csv.constant', message: 'Column "loans" has the same value, 300, in all 5 rows where it is filled; it cannot tell customers apart.', where: { column: 'loans' } },
    ]);
    const res = runPipeline(smallProject({ method: 'entropy' }), r.table, { report: r.report, lines: r.lines });
    expect(res.weights.indicators.map((w) => w.final)[1]).toBe(0);
    expect(res.problems).toContainEqual({
      severity: 'warning',
      code: 'weighting.entropy-constant',
      message: 'Column "loans" has the same value for every customer: its entropy is 1 and its entropy weight is 0.',
      where: { column: 'loans' },
      params: { column: 'loans' },
    });
    expect(Array.from(res.scores.composite).every(Number.isFinite)).toBe(true);
  });

  it('names the criterion whose only indicator is constant under entropy weights, with its path (FIXED: named it by id, with no path)', () => {
    const r = read('csv-constant-column.csv');
    const p = smallProject({ method: 'entropy' });
    p.hierarchy.criteria[0].indicators = [
      { id: 'dep', name: 'Deposits', column: 'deposits', direction: 'benefit' },
      { id: 'gro', name: 'Growth', column: 'growth', direction: 'benefit' },
    ];
    p.hierarchy.criteria[1].indicators = [{ id: 'loan', name: 'Loans', column: 'loans', direction: 'benefit' }];
    p.judgments[1].items = ['dep', 'gro'];
    const e = thrown(() => runPipeline(p, r.table, { report: r.report, lines: r.lines }));
    expect([e.code, e.message, e.where]).toEqual([
      'scoring.criterion-zero-weight',
      'hierarchy.criteria[1]: every indicator of criterion "Potential value" ("loans") has weight 0 under entropy weights (a column with the same value for every customer gets entropy and CRITIC weight 0), so its score is undefined; add an indicator that varies or use AHP weights.',
      { path: 'hierarchy.criteria[1]' },
    ]);
    p.options.weighting.method = 'ahp';
    expect(Array.from(runPipeline(p, r.table, { report: r.report, lines: r.lines }).scores.composite).every(Number.isFinite)).toBe(true);
  });

  it('treats values differing only below double resolution (0 and 5e-324) as constant under z-scores (FIXED: gave ±Infinity scores and a "missing value" error)', () => {
    const r = readTable('customer_id,deposits,loans,growth\nC1,0,300,0.05\nC2,5e-324,150,0.12\nC3,0,0,-0.02\n');
    expect(values(r, 'deposits')).toEqual([0, 5e-324, 0]);
    const p = smallProject();
    p.options.normalisation = 'zscore';
    const res = runPipeline(p, r.table, { report: r.report, lines: r.lines });
    expect(Array.from(res.scores.composite).every(Number.isFinite)).toBe(true);
    expect(res.weights.indicators[0].constant).toBe(true);
  });

  it('computes entropy weights on negative values through the documented min–max shift: finite, and the same as for the data moved above zero', () => {
    const r = read('csv-negative-values.csv');
    expect(values(r, 'deposits')).toEqual([-120.5, 80, -310.25, 45, -99.9, 150]);
    const res = runPipeline(smallProject({ method: 'entropy' }), r.table, { report: r.report, lines: r.lines });
    const w = res.weights.indicators.map((x) => x.final);
    expect(w.every((x) => Number.isFinite(x) && x > 0)).toBe(true);
    // Moving every column above zero (x + 1000) must not change entropy weights computed on min–max data.
    const shifted = ['customer_id,deposits,loans,growth', ...[0, 1, 2, 3, 4, 5].map((i) => ['deposits', 'loans', 'growth'].reduce((s, c) => `${s},${(values(r, c)[i] as number) + 1000}`, `C${i}`))].join('\n');
    const r2 = readTable(shifted);
    const res2 = runPipeline(smallProject({ method: 'entropy' }), r2.table, { report: r2.report, lines: r2.lines });
    res2.weights.indicators.forEach((x, j) => expect(x.final).toBeCloseTo(w[j], 12));
    expect(Array.from(res.scores.composite).every(Number.isFinite)).toBe(true);
  });

  it('refuses k ≥ the number of customers, naming options.segmentation.k (FIXED: said "distinct customers" and named no option)', () => {
    const r = read('csv-fewer-rows-than-k.csv');
    expect(values(r, 'deposits')).toEqual([120.5, 80, 310.25]);
    for (const k of [3, 4]) {
      const e = thrown(() => runPipeline(smallProject({ k, kMax: 10 }), r.table, { report: r.report, lines: r.lines }));
      expect([e.code, e.message, e.where]).toEqual([
        'cluster.k-too-large',
        `options.segmentation.k: k = ${k} but only 3 customers: k must be smaller than the number of customers.`,
        { path: 'options.segmentation.k' },
      ]);
    }
  });

  it('still segments with k = 2 on three customers, and says the sweep from kMin = 4 was skipped', () => {
    const r = read('csv-fewer-rows-than-k.csv');
    const res = runPipeline(smallProject({ k: 2, kMin: 4, kMax: 10 }), r.table, { report: r.report, lines: r.lines });
    expect(res.clustering.sweep).toEqual([]);
    expect(new Set(res.clustering.labels)).toEqual(new Set([1, 2]));
    expect(res.problems).toContainEqual({
      severity: 'warning',
      code: 'cluster.sweep-skipped',
      message: 'options.segmentation.kMin: the k sweep starts at k = 4, but 3 customers allow at most k = 2; no elbow or silhouette chart is drawn. Lower kMin or load more customers.',
      where: { path: 'options.segmentation.kMin' },
      params: { kMin: 4, n: 3, max: 2 },
    });
  });

  it('refuses a single customer with a named error, after reading it correctly', () => {
    const r = read('csv-one-row.csv');
    expect(values(r, 'deposits')).toEqual([120.5]);
    const e = thrown(() => runPipeline(smallProject(), r.table, { report: r.report, lines: r.lines }));
    expect([e.code, e.message]).toEqual(['data.too-few-rows', 'Only 1 usable customer row(s); the method needs at least 2.']);
  });

  it('names the missing-value policy when dropping rows with missing values leaves fewer than two customers', () => {
    const r = readTable('customer_id,deposits,loans,growth\nC01,120.5,300,0.05\nC02,80,,0.12\nC03,310.25,NA,-0.02\n', { fileName: 'holes.csv' });
    const project = smallProject();
    project.options.missing = 'drop';
    const e = thrown(() => runPipeline(project, r.table, { report: r.report, lines: r.lines }));
    expect([e.code, e.message, e.where]).toEqual(['data.too-few-rows', 'Only 1 usable customer row(s); the method needs at least 2.', { path: 'options.missing' }]);
    // A single customer in the file is not the policy's doing: no place is named.
    const one = read('csv-one-row.csv');
    expect(thrown(() => runPipeline(smallProject(), one.table, { report: one.report, lines: one.lines })).where).toEqual({});
  });
});

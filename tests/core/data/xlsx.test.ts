import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readData } from '../../../src/core/data/read-data.ts';
import { readWorkbook } from '../../../src/core/data/xlsx/read.ts';
import { isDateFormat } from '../../../src/core/data/xlsx/workbook.ts';
import { columnOfRef, serialToIso } from '../../../src/core/data/xlsx/sheet.ts';
import { XmlScanner, decodeEntities } from '../../../src/core/data/xlsx/xml.ts';
import { problemMessage } from '../../../src/i18n/index.ts';
import { row, workbook, zip } from '../../fixtures/xlsx/make-xlsx.ts';
import { thrown } from '../../support/thrown.ts';

const root = new URL('../../../', import.meta.url);
const file = (p: string) => new Uint8Array(readFileSync(new URL(p, root)));
const bank = file('tests/fixtures/xlsx/bank-export.xlsx');
/** Written by tests/fixtures/xlsx/make_bank.py (openpyxl) from the values it put in the workbook. */
const expected = JSON.parse(readFileSync(new URL('tests/fixtures/xlsx/bank-export.expected.json', root), 'utf8'));
const bad = (name: string) => file(`tests/fixtures/bad/${name}`);


const nums = (a: ArrayLike<number>) => Array.from(a, (v) => (Number.isNaN(v) ? null : v));

describe('reading a bank-style Excel export', () => {
  const { table, report, lines } = readData(bank, { fileName: 'bank-export.xlsx' });

  it('takes the row under the merged title as the header and says which row it took', () => {
    expect(report.sheet).toBe(expected.sheet);
    expect(report.headerRow).toBe(expected.headerRow);
    expect(report.columns.map((c) => c.name)).toEqual(expected.columns);
    const p = report.problems.find((x) => x.code === 'xlsx.header-row')!;
    expect(p.message).toContain(`Row ${expected.headerRow} of sheet "客户明细" was taken as the header`);
  });

  it('reads every customer, leaves the 合计 row out and names it', () => {
    expect(report.rows).toBe(expected.rows);
    expect(table.array('客户编号')).toEqual(expected.ids);
    expect(report.excludedRows).toEqual([{ row: expected.totalsRow, kind: 'total', label: '合计' }]);
    expect(report.problems.find((p) => p.code === 'xlsx.excluded-row')!.message).toBe(`Row ${expected.totalsRow} ("合计") is a totals row; it was left out.`);
    expect(Array.from(lines)).toEqual(expected.ids.map((_: string, i: number) => expected.headerRow + 1 + i));
  });

  it('reads Excel numbers as numbers and text numbers ("12,669", "¥1,200") like the CSV reader, blanks as missing', () => {
    for (const name of ['日均存款', '贷款余额', '中间业务收入']) {
      expect(report.columns.find((c) => c.name === name)!.type).toBe('numeric');
      expect(nums(table.array(name) as Float64Array), name).toEqual(expected[name]);
    }
  });

  it('keeps Excel dates as dates (ISO text) and says the hidden column was read', () => {
    expect(table.array('开户日期')).toEqual(expected['开户日期']);
    expect(report.problems.find((p) => p.code === 'xlsx.hidden')!.message).toBe(`The sheet has hidden column "${expected.hiddenColumn}"; it was read like the others.`);
  });

  it('lists the notes sheet among the sheets and reads it when asked by name or position', () => {
    expect(report.sheets!.map((s) => s.name)).toEqual(['客户明细', '说明']);
    const notes = readData(bank, { sheet: '说明' });
    expect(notes.report.sheet).toBe('说明');
    expect(readData(bank, { sheet: 2 }).report.sheet).toBe('说明');
    expect(thrown(() => readData(bank, { sheet: '客户' })).message).toBe('The workbook has no sheet "客户"; its sheets are "客户明细", "说明".');
  });

  it('takes the header row given instead of the detected one', () => {
    const r = readData(bank, { headerRow: 3 });
    expect(r.report.headerRow).toBe(3);
    expect(r.report.problems.some((p) => p.code === 'xlsx.header-row')).toBe(false);
    expect(thrown(() => readData(bank, { headerRow: 40 })).code).toBe('xlsx.header-row');
  });

  it('gives the same table when the sheet is unpacked in small pieces', () => {
    const ids: number[] = [];
    const small = readWorkbook(bank, { onProgress: (_d, _t, rows) => ids.push(rows) });
    expect(small.table.objects()).toEqual(table.objects());
  });
});

describe('hostile Excel files', () => {
  it('refuses a password-protected workbook with a message saying how to remove the password', () => {
    const e = thrown(() => readData(bad('xlsx-encrypted.xlsx')));
    expect(e.code).toBe('xlsx.encrypted');
    expect(e.message).toContain('protected with a password');
  });

  it('refuses an Excel 97 .xls, naming the file, and says how to save it as .xlsx', () => {
    const e = thrown(() => readData(bad('xlsx-xls97.xls'), { fileName: '客户 2023.xls' }));
    expect(e.code).toBe('xlsx.xls');
    expect(e.params).toEqual({ file: '客户 2023.xls' });
    expect(e.message).toBe('客户 2023.xls is an old Excel 97–2003 workbook (.xls), which ValueSeg does not read. In Excel or WPS, choose File → Save As → "Excel Workbook (.xlsx)" (or "CSV UTF-8") and open that file.');
    expect(problemMessage('en', e)).toBe(e.message);
    expect(problemMessage('zh-CN', e)).toBe('客户 2023.xls 是旧版 Excel 97–2003 工作簿（.xls），ValueSeg 不读取该格式。请在 Excel 或 WPS 中选择“文件 → 另存为 → Excel 工作簿（.xlsx）”（或“CSV UTF-8”），再打开保存的文件。');
  });

  it('refuses an Excel 97 .xls read without a file name with the same advice, saying "this"', () => {
    const e = thrown(() => readData(bad('xlsx-xls97.xls')));
    expect(e.variant).toBe('unnamed');
    expect(e.message).toMatch(/^This is an old Excel 97–2003 workbook \(\.xls\).*"Excel Workbook \(\.xlsx\)"/);
    expect(problemMessage('zh-CN', e)).toMatch(/^这是旧版 Excel 97–2003 工作簿（\.xls）.*Excel 工作簿（\.xlsx）/);
  });

  it('stops a zip bomb whose directory lies about its size once it unpacks past the limit, naming the part and the limit', () => {
    const e = thrown(() => readData(bad('xlsx-zip-bomb.xlsx'), { partLimit: 4 * 2 ** 20 }));
    expect(e.code).toBe('xlsx.too-large');
    expect(e.message).toContain('xl/worksheets/sheet1.xml unpacks to more than 4 MB');
  });

  it('refuses a part whose declared size is over the limit before unpacking it', () => {
    const files = workbook([{ name: 'S', body: `<sheetData>${row(1, ['a', 'b'])}${' '.repeat(2 ** 20)}${row(2, [1, 2])}</sheetData>` }]);
    const e = thrown(() => readData(zip(files), { partLimit: 2 ** 19 }));
    expect(e.code).toBe('xlsx.too-large');
    expect(readData(zip(files)).report.rows).toBe(1);
  });

  it('reads an .xlsx that is really CSV text as CSV and says so', () => {
    const r = readData(bad('xlsx-really-csv.xlsx'), { fileName: 'x.xlsx' });
    expect(r.report.rows).toBe(6);
    expect(r.report.problems[0].code).toBe('xlsx.really-text');
  });

  it('skips a chart-only first sheet, reads the data sheet, and refuses a chart sheet asked for by name', () => {
    const f = bad('xlsx-chart-only.xlsx');
    const r = readData(f);
    expect(r.report.sheet).toBe('数据');
    expect(r.report.rows).toBe(6);
    expect(r.report.problems[0].message).toBe('Sheet "图表" has no cells (a chart); the next sheet was read.');
    expect(thrown(() => readData(f, { sheet: '趋势图' })).message).toBe('Sheet "趋势图" holds a chart, not cells. Choose a sheet with the data: "图表", "数据".');
    expect(thrown(() => readData(f, { sheet: 1 })).code).toBe('xlsx.chart-sheet');
  });

  it('fills each cell of a range merged across the data area with its first cell’s value and names the ranges', () => {
    const r = readData(bad('xlsx-merged-data.xlsx'));
    expect(r.table.array('branch')).toEqual(['B1', 'B1', 'B2', 'B2', 'B3', 'B3']);
    expect(r.report.problems.find((p) => p.code === 'xlsx.merged-filled')!.message).toContain('Cells A2:A3, A4:A5, A6:A7 are merged (3 ranges in the data)');
    expect(r.report.problems.some((p) => p.code === 'xlsx.merged-data')).toBe(false);
  });

  it('uses formulas’ cached values, reads error values and uncalculated formulas as missing, and counts them', () => {
    const r = readData(bad('xlsx-errors.xlsx'));
    expect(nums(r.table.array('ratio') as Float64Array)).toEqual([2.5, null, 0.25, null, null, 0.2]);
    const errors = r.report.problems.find((p) => p.code === 'xlsx.errors')!;
    expect(errors.message).toBe('2 cells hold an Excel error value (#DIV/0!, #N/A …) and were read as missing: "ratio" 2 (rows 3, 5). Fix the formulas in Excel if these customers should count.');
    expect(r.report.problems.find((p) => p.code === 'xlsx.formulas')!.params).toEqual({ formulas: 6, uncached: 1 });
  });

  it('says a Word document is not a workbook', () => {
    const e = thrown(() => readData(bad('xlsx-not-workbook.xlsx')));
    expect(e.code).toBe('xlsx.not-workbook');
    expect(e.variant).toBe('docx');
  });

  it('joins a two-row header under a merged group into one name per column', () => {
    const r = readData(bad('xlsx-two-row-header.xlsx'));
    expect(r.report.columns.map((c) => c.name)).toEqual(['客户号', '存款 活期', '存款 定期', '贷款']);
    expect(r.report.rows).toBe(3);
  });
});

describe('SpreadsheetML details', () => {
  it('reads shared strings with rich-text runs and leaves phonetic runs out', () => {
    const files = workbook([{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>5</v></c></row></sheetData>' }], ['id', 'amount', 'x']);
    files['xl/sharedStrings.xml'] = new TextEncoder().encode(
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>id</t></si><si><r><t>am</t></r><r><rPr><b/></rPr><t>ount</t></r><rPh><t>ア</t></rPh></si><si><t xml:space="preserve"> C&amp;1_x000D_</t></si></sst>',
    );
    const r = readData(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v]))));
    expect(r.report.columns.map((c) => c.name)).toEqual(['id', 'amount']);
    expect(r.table.array('id')).toEqual(['C&1']);
  });

  it('knows date formats from number formats, built-in and custom', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('[$-F800]dddd, mmmm dd, yyyy')).toBe(true);
    expect(isDateFormat('#,##0.00 "元"')).toBe(false);
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('[Red]#,##0')).toBe(false);
  });

  it('turns date serials into the dates Excel shows (1900 and 1904 systems)', () => {
    expect(serialToIso(45473, false)).toBe('2024-06-30');
    expect(serialToIso(1, false)).toBe('1900-01-01');
    expect(serialToIso(61, false)).toBe('1900-03-01');
    expect(serialToIso(45473.5, false)).toBe('2024-06-30 12:00:00');
    expect(serialToIso(44011, true)).toBe('2024-06-30');
  });

  it('reads column letters of cell references', () => {
    expect([columnOfRef('A1'), columnOfRef('Z9'), columnOfRef('AA10'), columnOfRef('XFD1048576')]).toEqual([0, 25, 26, 16383]);
  });

  it('tokenizes XML split anywhere, entities included, and refuses a DOCTYPE', () => {
    const xml = '<a x="1&gt;2"><b>t&amp;u</b><c/></a>';
    for (let cut = 1; cut < xml.length; cut++) {
      const events: string[] = [];
      let text = '';
      const s = new XmlScanner({ open: (n, a) => events.push(`<${n}${a}>`), close: (n) => (events.push(`</${n}>`), text && events.push(decodeEntities(text)), (text = '')), text: (t) => (text += t) });
      s.push(xml.slice(0, cut));
      s.push(xml.slice(cut), true);
      expect(events.join(''), `cut at ${cut}`).toBe('<a x="1&gt;2"><b></b>t&u<c></c></a>');
    }
    expect(() => new XmlScanner({ open() {}, close() {}, text() {} }).push('<!DOCTYPE x [<!ENTITY a "b">]><x/>', true)).toThrow(/document type/);
  });

  it('fills cells a row leaves out with missing values and reads booleans and inline strings', () => {
    const body = `<sheetData>${row(1, ['id', 'flag', 'v'])}<row r="2"><c r="A2" t="inlineStr"><is><t>A</t></is></c><c r="C2"><v>1.5</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>B</t></is></c><c r="B3" t="b"><v>1</v></c><c r="C3"><v>2</v></c></row></sheetData>`;
    const r = readData(zip(workbook([{ name: 'S', body }])));
    expect(r.table.array('flag')).toEqual([null, 'TRUE']);
    expect(nums(r.table.array('v') as Float64Array)).toEqual([1.5, 2]);
  });
});

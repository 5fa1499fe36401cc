import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/core/data/read.ts';
import type { Problem } from '../../../src/core/errors.ts';
import { thrown } from '../../support/thrown.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/data/${name}`, import.meta.url)));


const byCode = (problems: Problem[], code: string) => problems.filter((p) => p.code === code);
const messages = (problems: Problem[], code: string) => byCode(problems, code).map((p) => p.message);

describe('readTable: errors that stop reading', () => {
  it('says "The file is empty." for empty text, blank lines or empty bytes', () => {
    for (const input of ['', '  \n\n \r\n', new Uint8Array(), new Uint8Array([0xef, 0xbb, 0xbf])]) {
      const e = thrown(() => readTable(input));
      expect(e.code).toBe('csv.empty');
      expect(e.message).toBe('The file is empty.');
    }
  });

  it('treats a file of blank records (only delimiters) as empty', () => {
    expect(thrown(() => readTable(',,\n , ,\n')).code).toBe('csv.empty');
  });

  it('says how many columns the header has when there are no data rows', () => {
    const e = thrown(() => readTable('id,balance,segment\n\n'));
    expect(e.code).toBe('csv.no-rows');
    expect(e.message).toBe('The file has a header (3 columns) but no data rows.');
    expect(e.where).toEqual({ row: 1 });
  });

  it('refuses a first line made only of numbers: the file has no header', () => {
    const e = thrown(() => readTable('5.1,3.5,1.4,0.2,NA\n4.9,3.0,1.4,0.2,1\n'));
    expect(e.code).toBe('csv.no-header');
    expect(e.message).toBe('Line 1 should be the header with the column names, but all its cells are numbers or empty ("5.1", "3.5", "1.4", "0.2", …). Add a first line with a name for each column.');
  });

  it('refuses an unusable delimiter option', () => {
    expect(thrown(() => readTable('a,b\n1,2', { delimiter: '"' })).code).toBe('csv.delimiter');
    expect(thrown(() => readTable('a,b\n1,2', { delimiter: '' })).code).toBe('csv.delimiter');
  });
});

describe('readTable: problems collected in the report', () => {
  it('pads a short line with missing cells and names the columns it lacks', () => {
    const { table, report } = readTable('id,a,b,c,d,e\nx1,1,2,3,4,5\nx2,1,2,3,4,5\nx3,1,2,3,4,5\nx4,1,2,3,4,5\nx5,1,2,3,4,5\nx6,1,2,3,4\n');
    expect(messages(report.problems, 'csv.ragged')).toEqual(['Line 7 has 5 fields; the header has 6. Column "e" is read as missing on this line.']);
    expect(byCode(report.problems, 'csv.ragged')[0].where).toEqual({ row: 7 });
    expect(Array.from(table.array('e') as Float64Array)).toEqual([5, 5, 5, 5, 5, NaN]);
    expect(report.columns[5].missing).toBe(1);
  });

  it('names up to three absent columns and counts the rest', () => {
    const { report } = readTable('id,a,b,c,d,e\nx1,1\nx2,1,2,3,4,5\n');
    expect(messages(report.problems, 'csv.ragged')).toEqual(['Line 2 has 2 fields; the header has 6. Columns "b", "c", "d" and 1 more are read as missing on this line.']);
  });

  it('drops the extra fields of a long line and says so', () => {
    const { table, report } = readTable('id,a\nx1,1\nx2,2,9,9\nx3,3,\n');
    expect(messages(report.problems, 'csv.ragged')).toEqual([
      'Line 3 has 4 fields; the header has 2. The 2 extra fields are dropped.',
      'Line 4 has 3 fields; the header has 2. The extra field is dropped.',
    ]);
    expect(Array.from(table.array('a') as Float64Array)).toEqual([1, 2, 3]);
  });

  it('reports the first ten ragged lines one by one and the rest in one summary', () => {
    const lines = ['id,a,b'];
    for (let i = 0; i < 15; i++) lines.push(`x${i},1`); // lines 2 to 16
    const { report } = readTable(lines.join('\n'));
    const ragged = messages(report.problems, 'csv.ragged');
    expect(ragged).toHaveLength(11);
    expect(ragged[9]).toBe('Line 11 has 2 fields; the header has 3. Column "b" is read as missing on this line.');
    expect(ragged[10]).toBe('5 more lines have a different number of fields from the header (15 in all; the next is line 12); short lines are padded with missing cells and long lines cut.');
  });

  it('renames a duplicate column name and says which columns clash', () => {
    const { table, report } = readTable('id,x,y,z,x,x\nc1,1,2,3,4,5\nc2,1,2,3,4,6\n');
    expect(messages(report.problems, 'csv.duplicate-column')).toEqual([
      'Columns 2 and 5 are both named "x"; column 5 is renamed to "x (2)".',
      'Columns 2 and 6 are both named "x"; column 6 is renamed to "x (3)".',
    ]);
    expect(table.columnNames()).toEqual(['id', 'x', 'y', 'z', 'x (2)', 'x (3)']);
  });

  it('does not let a renamed duplicate take a name already in the file', () => {
    const { table } = readTable('x,x (2),x\n1,2,3\n4,5,6\n');
    expect(table.columnNames()).toEqual(['x', 'x (2)', 'x (3)']);
  });

  it('names an empty header cell after its position', () => {
    const { table, report } = readTable('id,a,b, ,e\nc1,1,2,3,4\nc2,1,2,4,4\n');
    expect(messages(report.problems, 'csv.empty-header')).toEqual(['Column 4 has no name in the header; it is called "column 4".']);
    expect(table.columnNames()).toEqual(['id', 'a', 'b', 'column 4', 'e']);
  });

  it('reports a column that is empty in every row', () => {
    const { table, report } = readTable('id,balance,TESTING\nc1,10,\nc2,20,NA\nc3,30, \n');
    expect(messages(report.problems, 'csv.all-missing')).toEqual(['Column "TESTING" is empty in all 3 rows.']);
    expect(report.columns[2]).toMatchObject({ name: 'TESTING', missing: 3, distinct: 0, constant: false });
    expect(table.array('TESTING')).toEqual([null, null, null]);
  });

  it('reports a constant column', () => {
    const { report } = readTable('id,tenure,branch\nc1,12,Lanzhou\nc2,12,Lanzhou\nc3,12,\n');
    expect(messages(report.problems, 'csv.constant')).toEqual([
      'Column "tenure" has the same value, 12, in all 3 rows where it is filled; it cannot tell customers apart.',
      'Column "branch" has the same value, "Lanzhou", in all 2 rows where it is filled; it cannot tell customers apart.',
    ]);
    expect(report.columns[1].constant).toBe(true);
    expect(report.columns[0].constant).toBe(false);
  });

  it('counts non-numbers in a numeric column and names their lines and values', () => {
    const rows = ['id,balance'];
    for (let i = 1; i <= 27; i++) rows.push(`c${i},${i * 10}`); // lines 2 to 28
    rows.push('c28,abc', 'c29,#DIV/0!', 'c30,n.v.'); // lines 29 to 31: 3 of 30 filled cells (10%) unreadable
    const { table, report } = readTable(rows.join('\n'));
    const col = report.columns[1];
    expect(col).toMatchObject({ type: 'numeric', missing: 0, invalid: 3, invalidRows: [29, 30, 31], invalidExamples: ['abc', '#DIV/0!', 'n.v.'] });
    expect(messages(report.problems, 'csv.invalid-number')).toEqual([
      'Column "balance" has 3 cells that are not numbers (lines 29, 30 and 31: "abc", "#DIV/0!", "n.v."); they are treated as missing. Values such as "#DIV/0!" are Excel formula errors; fix the formulas in the spreadsheet and export again.',
    ]);
    expect(byCode(report.problems, 'csv.invalid-number')[0].where).toEqual({ column: 'balance', row: 29 });
    const values = table.column('balance') as unknown as Float64Array;
    expect(values).toBeInstanceOf(Float64Array);
    expect(Number.isNaN(values[27])).toBe(true);
    // mean of 10, 20, …, 270 = 10 · (1 + 27) / 2 = 140
    expect(col.mean).toBe(140);
    expect(col.min).toBe(10);
    expect(col.max).toBe(270);
  });

  it('lists only the first 20 lines and 5 distinct values of many invalid cells, and hints at decimal commas', () => {
    const rows = ['id,amount'];
    for (let i = 0; i < 300; i++) rows.push(`c${i},${i}`);
    for (let i = 0; i < 25; i++) rows.push(`d${i},${i % 6},5`); // 25 decimal-comma cells, lines 302 to 326 (quoted below)
    const text = rows.map((r, k) => (k > 300 ? r.replace(/,(\d),(\d)$/, ',"$1,$2"') : r)).join('\n');
    const { report } = readTable(text);
    const col = report.columns[1];
    expect(col.invalid).toBe(25);
    expect(col.invalidRows).toEqual(Array.from({ length: 20 }, (_, k) => 302 + k));
    expect(col.invalidExamples).toEqual(['0,5', '1,5', '2,5', '3,5', '4,5']);
    expect(messages(report.problems, 'csv.invalid-number')[0]).toBe(
      `Column "amount" has 25 cells that are not numbers (lines ${col.invalidRows.join(', ')}, …: "0,5", "1,5", "2,5", "3,5", "4,5"); they are treated as missing. Values such as "1,5" or "1.234,5" use a decimal comma; this tool reads "." as the decimal point and "," as the thousands separator, so save the file with "." decimals.`,
    );
  });

  it('names the line of an unterminated quote', () => {
    const { report } = readTable('id,note,amount\nc1,ok,1\nc2,"never closed,2\nc3,x,3\nc4,y,4\n');
    expect(messages(report.problems, 'csv.unterminated-quote')).toEqual([
      'Line 3 opens a quoted field ("never closed,2…") that is never closed, so the rest of the file (lines 3 to 5) was read as one cell. Close the quote or remove it.',
    ]);
    expect(report.rows).toBe(2);
  });

  it('names the line of a quoted field with text after its closing quote', () => {
    const { report } = readTable('id,note,amount\nc1,"ab"cd,1\nc2,"x",2\n');
    const p = byCode(report.problems, 'csv.malformed-quote');
    expect(p).toHaveLength(1);
    expect(p[0].where).toEqual({ row: 2 });
    expect(p[0].message).toMatch(/^Line 2 has a quoted field with text after its closing quote \("ab"cd,1…\)/);
  });

  it('warns about a type set for a column that is not in the file', () => {
    const { report } = readTable('id,a\nc1,1\nc2,2\n', { types: { Balance: 'numeric' } });
    expect(messages(report.problems, 'csv.unknown-column')).toEqual(['A type is set for column "Balance", which is not in the file.']);
  });

  it('warns when a column mixes values with and without %', () => {
    const { report } = readTable('id,growth\nc1,12.5%\nc2,13\nc3,5%\n');
    expect(messages(report.problems, 'csv.mixed-percent')).toEqual([
      'Column "growth" mixes values written with % (line 2: "12.5%", read as 0.125) and without (line 3: "13", read as 13); check that they are on the same scale.',
    ]);
  });

  it('explains a column left categorical because too few cells are numbers', () => {
    const rows = ['id,score'];
    for (let i = 0; i < 8; i++) rows.push(`c${i},${i % 4}`);
    rows.push('c8,high', 'c9,low'); // 8 of 10 = 80% < 90%
    const { report } = readTable(rows.join('\n'));
    expect(report.columns[1].type).toBe('categorical');
    expect(messages(report.problems, 'csv.mostly-numeric')).toEqual([
      'Column "score" is read as categorical: only 80% of its 10 filled cells are numbers (numeric needs 90%). Set its type to numeric to read the numbers and count the rest as invalid.',
    ]);
  });

  it('reports Excel error values in a text column as invalid', () => {
    const { table, report } = readTable('id,segment\nc1,A\nc2,#VALUE!\nc3,A\n');
    expect(report.columns[1]).toMatchObject({ type: 'categorical', invalid: 1, invalidRows: [3], invalidExamples: ['#VALUE!'], distinct: 1 });
    expect(table.array('segment')).toEqual(['A', null, 'A']);
    expect(messages(report.problems, 'csv.invalid-number')[0]).toMatch(/^Column "segment" has 1 Excel error value \(line 3: "#VALUE!"\); it is treated as missing\./);
  });

  it('warns when a column forced to identifier has repeated values', () => {
    const { report } = readTable('code,x\nA,1\nB,2\nA,3\n', { types: { code: 'identifier' } });
    expect(messages(report.problems, 'csv.identifier-not-unique')).toEqual(['Column "code" is set as an identifier but 1 of its values repeats an earlier one (first: "A" on lines 2 and 4).']);
  });

  it('reports nothing for a clean file', () => {
    expect(readTable('id,balance,segment\nc1,1,A\nc2,2,B\nc3,3,A\n').report.problems).toEqual([]);
  });
});

describe('readTable: line numbers', () => {
  it('counts file lines through quoted multi-line cells, blank lines and CRLF', () => {
    const text = ['id,note,amount', 'c1,"two', 'lines",1', '', 'c2,"three', '', 'lines",oops', '   ', 'c3,plain,x2', 'c4,"a ""quoted"" word",4'].join('\r\n');
    const { report, lines, table } = readTable(text, { types: { amount: 'numeric' } });
    expect(Array.from(lines)).toEqual([2, 5, 9, 10]);
    expect(report.rows).toBe(4);
    expect(report.columns[2]).toMatchObject({ invalid: 2, invalidRows: [5, 9] });
    expect(table.array('note')).toEqual(['two\r\nlines', 'three\r\n\r\nlines', 'plain', 'a "quoted" word']);
  });

  it('counts lone CR line breaks inside cells as lines', () => {
    const { lines } = readTable('id,note\nc1,"a\rb"\nc2,x\n');
    expect(Array.from(lines)).toEqual([2, 4]);
  });

  it('numbers rows from the real header line when the file starts with blank lines', () => {
    const { lines, report } = readTable('\n\nid,x\nc1,abc\nc2,1\n', { types: { x: 'numeric' } });
    expect(Array.from(lines)).toEqual([4, 5]);
    expect(report.columns[1].invalidRows).toEqual([4]);
  });
});

describe('readTable: column types and values', () => {
  it('reads numeric columns as Float64Array with NaN for missing, and text trimmed with null for missing', () => {
    const { table, report } = readTable('id,gender,balance\nc1, Male ,"1,000"\nc2,Female,NA\nc3,  ,-\nc4,Male,(50)\n');
    expect(table.column('balance')).toBeInstanceOf(Float64Array);
    expect(Array.from(table.array('balance') as Float64Array)).toEqual([1000, NaN, NaN, -50]);
    expect(table.array('gender')).toEqual(['Male', 'Female', null, 'Male']);
    expect(report.columns.map((c) => c.type)).toEqual(['identifier', 'categorical', 'numeric']);
    expect(report.columns[2]).toMatchObject({ missing: 2, invalid: 0, distinct: 2, min: -50, max: 1000, mean: 475 });
  });

  it('types an integer id column as identifier when its name says so and values are unique', () => {
    const text = 'RowNumber,CustomerId,客户编号,CUST_ID,CLIENTNUM,No,Age\n1,15634602,1001,7,768805383,1,40\n2,15647311,1002,8,818770008,2,41\n3,15619304,1003,9,713982108,3,42\n';
    const { report, table } = readTable(text);
    expect(report.columns.map((c) => c.type)).toEqual(['identifier', 'identifier', 'identifier', 'identifier', 'identifier', 'identifier', 'numeric']);
    expect(table.array('CLIENTNUM')).toEqual(['768805383', '818770008', '713982108']);
  });

  it('keeps an id-named column numeric when its values repeat or are not whole numbers', () => {
    const { report } = readTable('id,score_no,branch_code\n1,0.5,7\n2,0.25,7\n3,0.125,8\n');
    expect(report.columns.map((c) => c.type)).toEqual(['identifier', 'numeric', 'numeric']);
  });

  it('types a text column with all values distinct and none missing as identifier, and repeated text as categorical', () => {
    const { report } = readTable('customer,segment,note\nC10001,A,x\nC10002,B,\nC10003,A,y\n');
    expect(report.columns.map((c) => c.type)).toEqual(['identifier', 'categorical', 'categorical']);
  });

  it('keeps leading zeros of text identifiers and unwraps Excel\'s ="…" protection', () => {
    const { table, report } = readTable('账号,余额\n="0012345",100\n="0012346",200\n');
    expect(table.array('账号')).toEqual(['0012345', '0012346']);
    expect(report.columns[0].type).toBe('identifier');
  });

  it('uses 90% as the numeric threshold: 9 numbers in 10 filled cells is numeric', () => {
    const rows = ['id,score'];
    for (let i = 0; i < 9; i++) rows.push(`c${i},${i}`);
    rows.push('c9,high');
    rows.push('c10,NA'); // missing cells do not count in the share
    const { report } = readTable(rows.join('\n'));
    expect(report.columns[1]).toMatchObject({ type: 'numeric', invalid: 1, missing: 1, invalidExamples: ['high'] });
  });

  it('applies types chosen by the user', () => {
    const { table, report } = readTable('id,branch,score\nc1,101,1\nc2,102,2\nc3,101,x\n', { types: { branch: 'categorical', score: 'numeric', id: 'categorical' } });
    expect(report.columns.map((c) => c.type)).toEqual(['categorical', 'categorical', 'numeric']);
    expect(table.array('branch')).toEqual(['101', '102', '101']);
    expect(report.columns[2].invalid).toBe(1);
  });

  it('marks percent columns and reads 12.5% as 0.125', () => {
    const { table, report } = readTable('id,growth\nc1,12.5%\nc2,-3%\nc3,0.5%\n');
    expect(report.columns[1].percent).toBe(true);
    expect(Array.from(table.array('growth') as Float64Array)).toEqual([0.125, -0.03, 0.005]);
  });

  it('keeps column order even for names that look like numbers', () => {
    const { table } = readTable('name,2021,2020,10\na,1,2,3\nb,4,5,6\n');
    expect(table.columnNames()).toEqual(['name', '2021', '2020', '10']);
  });

  it('reports the file name, delimiter and encoding', () => {
    const r = readTable(fixture('customers.gbk.csv'), { fileName: 'customers.csv' }).report;
    expect(r.fileName).toBe('customers.csv');
    expect(r.encoding).toBe('gb18030');
    expect(r.delimiter).toBe(',');
    expect(readTable('a;b\n1;2\n').report).toMatchObject({ encoding: 'text', delimiter: ';' });
    expect(readTable('a;b\n1;2\n').report.fileName).toBeUndefined();
    expect(readTable('a;b\n1,5;2\n', { delimiter: ';' }).report.delimiter).toBe(';');
  });
});

describe('readTable: encodings', () => {
  // customers.utf8.csv, written out:
  //   客户编号,姓名,性别,存款余额,贷款余额,增长率
  //   C001,张三,男,"1,234.5",300,12.5%
  //   C002,李四,女,￥2000,(150),-3%
  //   C003,王五,男,NA,0,5.0%
  const expectCustomers = (input: Uint8Array | string) => {
    const { table, report } = readTable(input);
    expect(table.columnNames()).toEqual(['客户编号', '姓名', '性别', '存款余额', '贷款余额', '增长率']);
    expect(table.array('客户编号')).toEqual(['C001', 'C002', 'C003']);
    expect(table.array('性别')).toEqual(['男', '女', '男']);
    expect(Array.from(table.array('存款余额') as Float64Array)).toEqual([1234.5, 2000, NaN]);
    expect(Array.from(table.array('贷款余额') as Float64Array)).toEqual([300, -150, 0]);
    expect(Array.from(table.array('增长率') as Float64Array)).toEqual([0.125, -0.03, 0.05]);
    expect(report.columns.map((c) => c.type)).toEqual(['identifier', 'identifier', 'categorical', 'numeric', 'numeric', 'numeric']);
    return report;
  };

  it('reads the same table from UTF-8, UTF-8 with BOM, GBK and UTF-16 files', () => {
    expect(expectCustomers(fixture('customers.utf8.csv')).encoding).toBe('utf-8');
    expect(expectCustomers(fixture('customers.utf8-bom.csv')).encoding).toBe('utf-8-bom');
    expect(expectCustomers(fixture('customers.gbk.csv')).encoding).toBe('gb18030');
    expect(expectCustomers(fixture('customers.utf16le.csv')).encoding).toBe('utf-16le');
    expect(expectCustomers(fixture('customers.utf16be.csv')).encoding).toBe('utf-16be');
  });

  it('says a GBK file was read as GB18030', () => {
    const { report } = readTable(fixture('customers.gbk.csv'));
    expect(report.problems).toEqual([
      {
        severity: 'info',
        code: 'csv.encoding',
        message: 'The file is not UTF-8 (line 1 has bytes that are not UTF-8); it was read as GB18030/GBK, the encoding of CSV files saved by Chinese Excel.',
        where: { row: 1 },
        params: { line: 1 },
        variant: 'gb18030',
      },
    ]);
  });

  it('strips a BOM left at the start of text input', () => {
    const { table } = readTable('\uFEFFid,x\nc1,1\nc2,2\n');
    expect(table.columnNames()).toEqual(['id', 'x']);
  });

  it('warns when text input is a GBK file already decoded as UTF-8', () => {
    const damaged = new TextDecoder('utf-8').decode(fixture('customers.gbk.csv'));
    const { report } = readTable(damaged);
    expect(byCode(report.problems, 'csv.misdecoded')).toHaveLength(1);
    expect(byCode(report.problems, 'csv.misdecoded')[0].message).toMatch(/^The file is not valid UTF-8 \(line 1 has undecodable bytes/);
  });

  it('reads GB18030 four-byte characters in cells', () => {
    const { table } = readTable(fixture('gb18030-4byte.gb18030.csv'));
    expect(table.array('备注')).toEqual(['𠀀字', '€100', '😀']);
  });
});

describe('readTable: size', () => {
  it('types every row of a 100,000 × 10 file, not a sample of the first ones', () => {
    const header = 'id,region,a,b,c,d,e,f,g,code';
    const rows = [header];
    for (let i = 0; i < 100_000; i++) {
      const a = i % 997;
      rows.push(`C${i},${['N', 'S', 'E'][i % 3]},${a}.5,"${(a * 1000).toLocaleString('en-US')}",${i % 7}%,${i % 11},${i % 13},(${i % 17}),${i % 19},K${i}`);
    }
    rows[100_000] = rows[100_000].replace(/,K99999$/, ',K5'); // the last row repeats an earlier code
    rows[99_999] = rows[99_999].replace(/^C99998,(\w),[^,]+,/, 'C99998,$1,oops,'); // line 100,000
    const { table, report } = readTable(rows.join('\n'));
    expect(report.rows).toBe(100_000);
    expect(table.numRows()).toBe(100_000);
    expect(report.columns.map((c) => c.type)).toEqual(['identifier', 'categorical', 'numeric', 'numeric', 'numeric', 'numeric', 'numeric', 'numeric', 'numeric', 'categorical']);
    expect(report.columns[2]).toMatchObject({ invalid: 1, invalidRows: [100_000], invalidExamples: ['oops'] });
    expect(report.columns[4].percent).toBe(true);
    // i % 17 for i = 0..99,999 written as (k): the mean of −(i % 17)
    let s = 0;
    for (let i = 0; i < 100_000; i++) s += i % 17;
    expect(report.columns[7].mean).toBeCloseTo(-s / 100_000, 12);
  });
});

describe('readTable: one data row', () => {
  it('reads a single data row without calling its columns constant', () => {
    const { report, table } = readTable('id,balance,segment\nc1,100,A\n');
    expect(report.rows).toBe(1);
    expect(report.problems).toEqual([]);
    expect(report.columns.map((c) => c.type)).toEqual(['identifier', 'numeric', 'categorical']);
    expect(report.columns[1]).toMatchObject({ constant: true, distinct: 1, min: 100, max: 100, mean: 100 });
    expect(table.numRows()).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { csvField, customersCsv, customersTable, defuseFormula, formatCsvNumber, toCsv } from '../../../src/core/report/csv.ts';
import { IDS, sampleProject, sampleResult, sampleTable } from './builder.ts';

const BOM = '\uFEFF';

/** Parses CSV text (BOM removed) with papaparse, the reader the app itself uses. */
function parse(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const out = Papa.parse<string[]>(text.slice(1), { header: false, delimiter: ',', newline: '\r\n', skipEmptyLines: false });
  expect(out.errors).toEqual([]);
  // The text ends with CRLF, so papaparse reports one empty record at the end.
  expect(out.data[out.data.length - 1]).toEqual(['']);
  return out.data.slice(0, -1);
}

/** Removes quoted fields, leaving only the line structure. */
const outsideQuotes = (text: string) => text.replace(/"(?:[^"]|"")*"/g, 'Q');

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const text = toCsv([[1, 'a'], [2, 'b']], ['n', 's']);
    expect(text).toBe('\uFEFFn,s\r\n1,a\r\n2,b\r\n');
  });

  it('leaves the BOM out on request', () => {
    expect(toCsv([[1]], ['n'], { bom: false })).toBe('n\r\n1\r\n');
  });

  it('quotes fields with commas, quotes and line breaks as RFC 4180 says (inner quotes doubled)', () => {
    const text = toCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\ronly', 'plain']], ['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(text).toBe('\uFEFFc1,c2,c3,c4,c5\r\n"a,b","say ""hi""","two\nlines","cr\ronly",plain\r\n');
  });

  it('writes null, undefined, NaN and ±Infinity as empty cells, never as text', () => {
    const text = toCsv([[null, undefined, NaN, Infinity, -Infinity, 0]], ['a', 'b', 'c', 'd', 'e', 'f']);
    expect(text).toBe('\uFEFFa,b,c,d,e,f\r\n,,,,,0\r\n');
    expect(text).not.toMatch(/NaN|undefined|null|Infinity/);
  });

  it('defuses formula injection: text starting with = + - @ tab or CR gets a leading quote', () => {
    const cells = ['=1+1', '+cmd', '-2+3', '@SUM(A1:A2)', '\tx', '\rx', '=HYPERLINK("http://evil.example","x")'];
    const rows = parse(toCsv([cells], cells.map((_, j) => `c${j}`)));
    expect(rows[1]).toEqual(["'=1+1", "'+cmd", "'-2+3", "'@SUM(A1:A2)", "'\tx", "'\rx", "'=HYPERLINK(\"http://evil.example\",\"x\")"]);
  });

  it('does not touch numbers, negative numbers or text that is a plain number (-3.5 stays -3.5)', () => {
    const text = toCsv([[-3.5, '-3.5', '+2', '1e-7', '-', 'a=b']], ['a', 'b', 'c', 'd', 'e', 'f']);
    expect(text).toBe("\uFEFFa,b,c,d,e,f\r\n-3.5,-3.5,+2,1e-7,'-,a=b\r\n");
  });

  it('defuses header cells too', () => {
    expect(toCsv([], ['=evil()'])).toBe("\uFEFF'=evil()\r\n");
  });

  it('writes numbers with the column decimals (fixed) or at full precision, without a "-0"', () => {
    const text = toCsv([[12.345678, 12.345678, -0.00001, -0, 2.5]], ['a', 'b', 'c', 'd', 'e'], { decimals: [4, undefined, 4, undefined, 4] });
    expect(text).toBe('\uFEFFa,b,c,d,e\r\n12.3457,12.345678,0.0000,0,2.5000\r\n');
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv([[1, 2]], ['a'])).toThrow('CSV row 1 has 2 cells but the header has 1 columns.');
  });

  it('round-trips any text through papaparse (defused cells come back with their leading quote)', () => {
    const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const text = toCsv(rows, ['a', 'b']);
        expect(outsideQuotes(text.slice(1)).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        const parsed = parse(text).slice(1);
        const expected = rows.map((r) => r.map((s) => (/^[=+\-@\t\r]/.test(s) && !plainNumber.test(s) ? `'${s}` : s)));
        expect(parsed).toEqual(expected);
      }),
    );
  });

  it('round-trips finite doubles exactly at full precision', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 8 }), (values) => {
        const parsed = parse(toCsv([values], values.map((_, j) => `c${j}`)))[1];
        parsed.forEach((cell, j) => expect(Number(cell) === values[j]).toBe(true));
      }),
    );
  });
});

describe('csv helpers', () => {
  it('formatCsvNumber: shortest exact text, fixed decimals on request, empty for non-finite', () => {
    expect(formatCsvNumber(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(formatCsvNumber(1 / 3, 4)).toBe('0.3333');
    expect(formatCsvNumber(NaN)).toBe('');
    expect(formatCsvNumber(-0)).toBe('0');
  });

  it('defuseFormula and csvField agree with the OWASP rule', () => {
    expect(defuseFormula('=A1')).toBe("'=A1");
    expect(defuseFormula('A1=')).toBe('A1=');
    expect(defuseFormula('')).toBe('');
    expect(csvField('@x,y')).toBe('"\'@x,y"');
  });
});

describe('customersCsv', () => {
  const table = sampleTable();
  const project = sampleProject();

  it('writes the id, raw indicators, scores to 4 decimals, quadrant, tier, ABC, segment number and name for the rows used', () => {
    const text = customersCsv(table, sampleResult(), project);
    const expected =
      '\uFEFF' +
      [
        'id,deposits,loans,growth,overdue,products,Composite score,Current value score,Potential value score,Value matrix quadrant,Tier,ABC class,Segment,Segment name',
        'C1,100,10,0.125,0,4,52.1235,60.0000,40.0000,"High current, low potential",Gold,A,1,High quality',
        '"\'=HYPERLINK(""http://evil.example"",""x"")",250.5,20,0.05,5,2,40.0000,30.5000,55.0000,"Low current, high potential",Diamond,B,2,Low quality',
        '-3.5,,30,-0.02,12,1,33.3334,20.0000,50.0000,"Low current, low potential",Ordinary,C,2,Low quality',
        '"C5, ""Ltd""\nBranch",1e-7,-3.5,0,1,6,75.5000,80.0000,70.1235,"High current, high potential",Ordinary,A,1,High quality',
      ].join('\r\n') +
      '\r\n';
    expect(text).toBe(expected);
  });

  it('heads the columns as Chinese theses do in zh-CN and names quadrants and segments in Chinese', () => {
    const rows = parse(customersCsv(table, sampleResult(), project, { locale: 'zh-CN' }));
    expect(rows[0]).toEqual([
      'id', 'deposits', 'loans', 'growth', 'overdue', 'products',
      '综合得分', '当前价值得分', '潜在价值得分', '价值矩阵象限', '客户等级', 'ABC分类', '细分类别', '细分名称',
    ]);
    expect(rows[1].slice(9)).toEqual(['高当前价值、低潜在价值', 'Gold', 'A', '1', '高质量型']);
    expect(rows[2].slice(9)).toEqual(['低当前价值、高潜在价值', 'Diamond', 'B', '2', '低质量型']);
  });

  it('names the quadrants by position under the Bank A naming scheme too: the scheme names the segments', () => {
    const p = sampleProject();
    p.options.segmentation.naming = 'bankA';
    const rows = parse(customersCsv(table, sampleResult(), p, { locale: 'zh-CN' }));
    expect(rows.slice(1).map((r) => r[9])).toEqual(['高当前价值、低潜在价值', '低当前价值、高潜在价值', '低当前价值、低潜在价值', '高当前价值、高潜在价值']);
  });

  it('has one data row per used row, parsing back to the table ids in result order', () => {
    const rows = parse(customersCsv(table, sampleResult([4, 0, 2]), project));
    expect(rows.length).toBe(4);
    expect(rows.slice(1).map((r) => r[0])).toEqual([IDS[4], IDS[0], IDS[2]]);
  });

  it('writes a missing raw value as an empty cell, not the imputed value and never NaN', () => {
    const text = customersCsv(table, sampleResult([0, 1, 2, 3, 4]), project);
    expect(text).not.toMatch(/NaN|undefined/);
    const rows = parse(text);
    expect(rows[3][1]).toBe(''); // deposits of table row 3 (index 2)
    expect(rows[4][2]).toBe(''); // loans of table row 4 (index 3)
  });

  it('numbers the rows (1-based) under 序号 / Row when the project has no id column', () => {
    const p = sampleProject();
    delete p.data.idColumn;
    const rows = parse(customersCsv(table, sampleResult(), p, { locale: 'zh-CN' }));
    expect(rows[0][0]).toBe('序号');
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '5']);
    expect(parse(customersCsv(table, sampleResult(), p))[0][0]).toBe('Row');
  });

  it('leaves out the columns of schemes the result does not have', () => {
    const r = sampleResult();
    r.tiers = null;
    r.matrix = null;
    r.abc = null;
    const header = parse(customersCsv(table, r, project))[0];
    expect(header).not.toContain('Tier');
    expect(header).not.toContain('Value matrix quadrant');
    expect(header).not.toContain('ABC class');
    expect(header.slice(-2)).toEqual(['Segment', 'Segment name']);
  });

  it("uses the segment's own name, defused when it looks like a formula", () => {
    const r = sampleResult();
    r.segments[1].customName = '=cmd|calc';
    const rows = parse(customersCsv(table, r, project));
    expect(rows[2][13]).toBe("'=cmd|calc");
    expect(rows[1][13]).toBe('High quality');
  });

  it('takes header, quadrant and segment names from options.names', () => {
    const t = customersTable(table, sampleResult(), project, {
      names: { headers: { composite: 'Score', id: 'Customer' }, indicators: 'name', quadrants: ['Q0', 'Q1', 'Q2', 'Q3'], segments: { 2: 'Watch list' } },
    });
    expect(t.header.slice(0, 7)).toEqual(['Customer', 'Deposits', 'Loans', 'Growth', 'Overdue days', 'Products', 'Score']);
    expect(t.rows.map((r) => r[9])).toEqual(['Q1', 'Q2', 'Q3', 'Q0']);
    expect(t.rows.map((r) => r[13])).toEqual(['High quality', 'Watch list', 'Watch list', 'High quality']);
  });

  it('makes a header unique when a data column has the name of a computed column', () => {
    const p = sampleProject();
    p.hierarchy.criteria[0].indicators![0].column = 'Composite score';
    const t2 = sampleTable().rename({ deposits: 'Composite score' });
    const r = sampleResult();
    r.weights.indicators[0].column = 'Composite score';
    const header = customersTable(t2, r, p).header;
    expect(header[1]).toBe('Composite score');
    expect(header[6]).toBe('Composite score (2)');
  });

  it('names the column when the id or an indicator column is absent from the table', () => {
    const p = sampleProject();
    p.data.idColumn = 'customer_no';
    expect(() => customersCsv(table, sampleResult(), p)).toThrow('The data has no column "customer_no" (project.data.idColumn); the customer table cannot be exported.');
  });

  it('refuses a result whose rows are outside the table or whose arrays do not match its rows', () => {
    expect(() => customersCsv(table, sampleResult([0, 9]), project)).toThrow('Result row 2 refers to data row 10, but the table has 5 rows.');
    const r = sampleResult();
    r.scores.composite = new Float64Array(3);
    expect(() => customersCsv(table, r, project)).toThrow("The result's composite score has 3 values but 4 rows were used; the result does not belong to these rows.");
  });
});

describe('customersCsv with the categorical columns (issue 8 item 10)', () => {
  it('writes the categorical columns as read after the id, before the indicators, defused, missing as empty', () => {
    const text = customersCsv(sampleTable(), sampleResult(), sampleProject(), { categorical: ['industry'], locale: 'zh-CN' });
    const rows = parse(text);
    expect(rows[0].slice(0, 3)).toEqual(['id', 'industry', 'deposits']);
    // The result's rows are data rows 0, 1, 2 and 4 (row 3 dropped).
    expect(rows.slice(1).map((r) => r[1])).toEqual(['Retail', 'Logistics', '', "'@SUM(1,2)"]);
  });

  it('leaves out the id column and columns bound as indicators, and writes none when none is given', () => {
    const t = customersTable(sampleTable(), sampleResult(), sampleProject(), { categorical: ['id', 'deposits', 'industry'] });
    expect(t.keys.filter((k) => k.startsWith('category:'))).toEqual(['category:industry']);
    expect(customersTable(sampleTable(), sampleResult(), sampleProject()).keys.some((k) => k.startsWith('category:'))).toBe(false);
  });
});

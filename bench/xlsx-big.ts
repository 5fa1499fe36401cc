/**
 * The largest sheet Excel can hold, 1,048,576 rows (a header + 1,048,575 customers) × 5 columns,
 * built in memory (too big to commit) and read by the Excel reader as the page's worker does.
 *
 *   npx tsx bench/xlsx-big.ts            # prints rows, columns, seconds and the peak heap
 *
 * Checks the read is complete (every row, the last id, the sum of one column) and says how
 * long it took; no time is asserted (the machine is shared).
 */
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import { readData } from '../src/core/data/read-data.ts';
import { workbook } from '../tests/fixtures/xlsx/make-xlsx.ts';

const ROWS = Number(process.env.ROWS ?? 1_048_575);

function build(): Uint8Array {
  const chunks: Uint8Array[] = [];
  const z = new Zip((err, data) => {
    if (err) throw err;
    chunks.push(data);
  });
  const files = workbook([{ name: 'Big', body: '' }]);
  delete files['xl/worksheets/sheet1.xml'];
  for (const [name, bytes] of Object.entries(files)) {
    const f = new ZipDeflate(name, { level: 1 });
    z.add(f);
    f.push(bytes, true);
  }
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  z.add(sheet);
  sheet.push(strToU8('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>deposits</t></is></c><c r="C1" t="inlineStr"><is><t>loans</t></is></c><c r="D1" t="inlineStr"><is><t>fees</t></is></c><c r="E1" t="inlineStr"><is><t>years</t></is></c></row>'));
  let part: string[] = [];
  for (let i = 1; i <= ROWS; i++) {
    const r = i + 1;
    part.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>C${i}</t></is></c><c r="B${r}"><v>${(i % 9973) * 10.5}</v></c><c r="C${r}"><v>${i % 5000}</v></c><c r="D${r}"><v>${i % 77}</v></c><c r="E${r}"><v>${i % 30}</v></c></row>`);
    if (part.length === 10000) {
      sheet.push(strToU8(part.join('')));
      part = [];
    }
  }
  sheet.push(strToU8(part.join('') + '</sheetData></worksheet>'), true);
  z.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const bytes = build();
if (process.env.SAVE) { (await import("node:fs")).writeFileSync(process.env.SAVE, bytes); process.exit(0); }
const t0 = performance.now();
const { report, table } = readData(bytes, { fileName: 'big.xlsx' });
const seconds = (performance.now() - t0) / 1000;
const loans = table.array('loans') as Float64Array;
let sum = 0;
for (const v of loans) sum += v;
let expectedSum = 0;
for (let i = 1; i <= ROWS; i++) expectedSum += i % 5000;
console.log(
  JSON.stringify({
    fileMB: +(bytes.length / 2 ** 20).toFixed(1),
    rows: report.rows,
    columns: report.columns.map((c) => `${c.name}:${c.type}`),
    lastId: (table.array('id') as string[])[ROWS - 1],
    complete: report.rows === ROWS && sum === expectedSum,
    seconds: +seconds.toFixed(1),
    heapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  }),
);

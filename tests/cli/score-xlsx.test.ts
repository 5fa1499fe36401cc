import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { row, workbook, zip } from '../fixtures/xlsx/make-xlsx.ts';

const root = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'valueseg-score-xlsx-'));
const MODEL = 'tests/fixtures/warehouse/sample.model.json';

function cli(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const csvRows = (path: string) => Papa.parse<string[]>(readFileSync(new URL(path, root), 'utf8').trim(), { skipEmptyLines: true }).data;
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * next-period.csv as a bank would export it: a merged title row and a units row above the header, plain numbers
 * as numbers, percentages and the missing markers (NA, -) as text, a 合计 row at the bottom and a
 * second sheet of notes.
 */
function bankWorkbook(edit?: (cells: (string | number | null)[], i: number) => void): Uint8Array {
  const [header, ...data] = csvRows('tests/fixtures/warehouse/next-period.csv');
  const body = [row(1, ['下期客户明细']), row(2, ['单位：万元']), row(3, header.map(xml))];
  data.forEach((r, i) => {
    const cells = r.map((v) => (v === '' ? null : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : xml(v)));
    edit?.(cells, i);
    body.push(row(4 + i, cells));
  });
  body.push(row(4 + data.length, ['合计', null, null, 123456]));
  const merge = `<mergeCells count="1"><mergeCell ref="A1:M1"/></mergeCells>`;
  return zip(workbook([
    { name: '客户', body: `<sheetData>${body.join('')}</sheetData>${merge}` },
    { name: '说明', body: `<sheetData>${row(1, ['数据来源：核心系统'])}</sheetData>` },
  ]));
}

describe('cli score on an Excel workbook', () => {
  it('scores a bank-style .xlsx as the independent Python reference scores the same customers, naming the header row and the totals row it left out', () => {
    const file = join(dir, 'next-period.xlsx');
    writeFileSync(file, bankWorkbook());
    const out = join(dir, 'scores.csv');
    const s = cli(['score', '--model', MODEL, '--data', file, '--out', out]);
    expect(s.code, s.stderr).toBe(0);
    const summary = JSON.parse(s.stdout);
    expect(summary).toMatchObject({ rows: 400, skipped: 0, read: { sheet: '客户', headerRow: 3, excludedRows: [{ row: 404, kind: 'total', label: '合计' }] } });
    const got = Papa.parse<string[]>(readFileSync(out, 'utf8').trim()).data;
    const ref = csvRows('tests/fixtures/warehouse/next-period.reference.csv');
    expect(got.length).toBe(ref.length);
    expect(got[0]).toEqual(ref[0]);
    for (let i = 1; i < ref.length; i++) {
      expect(got[i][0]).toBe(ref[i][0]);
      for (const j of [1, 2, 3]) expect(Math.abs(Number(got[i][j]) - Number(ref[i][j]))).toBeLessThan(1e-9);
      expect(got[i].slice(4)).toEqual(ref[i].slice(4));
    }
  });

  it('names a bad row by its sheet row, and takes --sheet and --header-row as the other data commands do', () => {
    const file = join(dir, 'bad.xlsx');
    // Data row 5 (sheet row 8): loan_balance holds text.
    writeFileSync(file, bankWorkbook((cells, i) => i === 4 && (cells[4] = 'n/a yet')));
    const fail = cli(['score', '--model', MODEL, '--data', file, '--sheet', '客户', '--header-row', '3']);
    expect(fail.code).toBe(2);
    expect(fail.stderr).toMatch(/line 8: column "loan_balance" has "n\/a yet", which is not a number/);
    const skip = cli(['score', '--model', MODEL, '--data', file, '--sheet', '1', '--on-error', 'skip', '--out', join(dir, 'skip.csv')]);
    expect(skip.code, skip.stderr).toBe(0);
    expect(JSON.parse(skip.stdout)).toMatchObject({ rows: 400, skipped: 1, skippedLines: [{ line: 8 }] });
    const noSheet = cli(['score', '--model', MODEL, '--data', file, '--sheet', '汇总']);
    expect(noSheet.code).toBe(2);
    expect(noSheet.stderr).toMatch(/no sheet "汇总"; its sheets are "客户", "说明"/);
    const csv = cli(['score', '--model', MODEL, '--data', 'tests/fixtures/warehouse/next-period.csv', '--sheet', '1']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/--sheet is for Excel workbooks/);
  });
});

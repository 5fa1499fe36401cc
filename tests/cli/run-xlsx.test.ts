/**
 * `valueseg run` reads an Excel workbook with --sheet and --header-row as every other verb that
 * reads --data does: the workbook below holds the sample's customers on its second sheet under a
 * title row and a units row, with a decoy sheet of other figures first.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { row, workbook, zip } from '../fixtures/xlsx/make-xlsx.ts';

const root = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'valueseg-run-xlsx-'));
const PROJECT = 'datasets/corporate_customers.project.json';
const CSV = 'datasets/corporate_customers.csv';

function cli(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function sampleWorkbook(): string {
  const [header, ...data] = Papa.parse<string[]>(readFileSync(new URL(CSV, root), 'utf8').trim()).data;
  const body = [row(1, ['企业客户明细']), row(2, ['单位：万元']), row(3, header.map(xml))];
  data.forEach((r, i) => body.push(row(4 + i, r.map((v) => (/^-?\d+(\.\d+)?$/.test(v) ? Number(v) : xml(v))))));
  // the first sheet: other figures under other headings, which the project cannot use
  const decoy = [row(1, ['月份', '笔数']), row(2, ['2024-01', 12]), row(3, ['2024-02', 15])];
  const file = join(dir, 'customers.xlsx');
  writeFileSync(file, zip(workbook([
    { name: '汇总', body: `<sheetData>${decoy.join('')}</sheetData>` },
    { name: '客户', body: `<sheetData>${body.join('')}</sheetData>` },
  ])));
  return file;
}

describe('cli run on an Excel workbook', () => {
  const xlsx = sampleWorkbook();

  it('reads the sheet named by --sheet and the header on --header-row, giving the result of the same customers read from CSV', () => {
    const fromCsv = cli(['run', '--project', PROJECT, '--data', CSV]);
    expect(fromCsv.code, fromCsv.stderr).toBe(0);
    const fromXlsx = cli(['run', '--project', PROJECT, '--data', xlsx, '--sheet', '客户', '--header-row', '3']);
    expect(fromXlsx.code, fromXlsx.stderr).toBe(0);
    const a = JSON.parse(fromCsv.stdout);
    const b = JSON.parse(fromXlsx.stdout);
    expect(b.n).toBe(600);
    expect(b.scores.composite).toEqual(a.scores.composite);
    expect(b.clustering.labels).toEqual(a.clustering.labels);
    // by position too
    const byIndex = cli(['run', '--project', PROJECT, '--data', xlsx, '--sheet', '2']);
    expect(byIndex.code, byIndex.stderr).toBe(0);
    expect(JSON.parse(byIndex.stdout).scores.composite).toEqual(a.scores.composite);
  }, 120_000);

  it('reads the first sheet without --sheet, and a wrong --header-row is used, not ignored: the project then does not fit', () => {
    const first = cli(['run', '--project', PROJECT, '--data', xlsx]);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('does not fit');
    const wrongHeader = cli(['run', '--project', PROJECT, '--data', xlsx, '--sheet', '客户', '--header-row', '2']);
    expect(wrongHeader.code).toBe(2);
    expect(wrongHeader.stderr).toContain('avg_daily_deposits');
  }, 120_000);

  it('names a sheet the workbook lacks, and refuses --sheet on a CSV file', () => {
    const missing = cli(['run', '--project', PROJECT, '--data', xlsx, '--sheet', 'Sheet9']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"Sheet9"');
    const csv = cli(['run', '--project', PROJECT, '--data', CSV, '--sheet', '1']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('--sheet is for Excel workbooks (.xlsx)');
  }, 120_000);
});

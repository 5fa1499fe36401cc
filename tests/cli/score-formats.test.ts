import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'valueseg-score-formats-'));
const MODEL = 'tests/fixtures/warehouse/sample.model.json';
const DATA = 'tests/fixtures/warehouse/next-period.csv';
/** Scores of next-period.csv by tests/reference/warehouse_score_reference.py (numpy), independently of ValueSeg. */
const ref = Papa.parse<string[]>(readFileSync(new URL('tests/fixtures/warehouse/next-period.reference.csv', root), 'utf8').trim()).data;

function cli(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** openpyxl reads the workbook back, independently of ValueSeg's writer. */
function openpyxl(file: string): Record<string, { rows: (string | number | null)[][]; formats: string[]; frozen: string | null }> {
  const r = spawnSync('/usr/bin/python3', ['tests/reference/read_xlsx_cells.py', file], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

/** Each customer's row equals the reference's: id and labels as text, scores to 1e-9, the segment as a number. */
function expectReference(rows: (string | number | null)[][]): void {
  expect(rows.length).toBe(ref.length - 1);
  rows.forEach((row, i) => {
    const want = ref[i + 1];
    expect(row[0]).toBe(want[0]);
    for (const j of [1, 2, 3]) {
      expect(typeof row[j]).toBe('number');
      expect(Math.abs((row[j] as number) - Number(want[j]))).toBeLessThan(1e-9);
    }
    expect([row[4], row[5], row[6], row[7]]).toEqual([want[4] || null, want[5] || null, want[6] === '' ? null : Number(want[6]), want[7] || null]);
  });
}

describe('cli score --format', () => {
  it('writes an Excel workbook whose scores sheet openpyxl reads back as the Python reference scores, numbers as numbers shown to 2 decimals', () => {
    const out = join(dir, 'scores.xlsx');
    const r = cli(['score', '--model', MODEL, '--data', DATA, '--format', 'xlsx', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    const book = openpyxl(out);
    expect(Object.keys(book)).toEqual(['scores', 'summary']);
    expect(book.scores.rows[0]).toEqual(ref[0]);
    expectReference(book.scores.rows.slice(1));
    expect(book.scores.formats.slice(1, 4)).toEqual(['0.00', '0.00', '0.00']);
    expect(book.scores.frozen).toBe('A2');
    const item = Object.fromEntries(book.summary.rows.slice(1).map(([k, v]) => [k, v]));
    expect(item).toMatchObject({ rows: 400, scored: summary.scored, skipped: 0, 'tier: Diamond': summary.tiers.Diamond, 'abc A (avg_daily_deposits)': summary.abc.counts.A });
  });

  it('writes JSON with the columns, one object per customer as the reference scores them, and the summary', () => {
    const r = cli(['score', '--model', MODEL, '--data', DATA, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.columns).toEqual(ref[0]);
    expectReference(doc.customers.map((c: Record<string, string | number | null>) => doc.columns.map((k: string) => c[k])));
    // Without --out the summary also goes to stderr, as for CSV.
    expect(doc.summary).toEqual(JSON.parse(r.stderr.slice(r.stderr.indexOf('{'))));
  });

  it('takes the format from an --out file named .xlsx or .json, and keeps CSV otherwise', () => {
    const xlsx = join(dir, 'by-name.xlsx');
    expect(cli(['score', '--model', MODEL, '--data', DATA, '--out', xlsx]).code).toBe(0);
    expect([...readFileSync(xlsx).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const json = join(dir, 'by-name.json');
    expect(cli(['score', '--model', MODEL, '--data', DATA, '--out', json]).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8')).customers).toHaveLength(400);
    const csv = join(dir, 'by-name.txt');
    expect(cli(['score', '--model', MODEL, '--data', DATA, '--out', csv]).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\n')[0]).toBe(ref[0].join(','));
  });

  it('refuses a workbook to stdout and an unknown format with a clear message, exit code 2', () => {
    const a = cli(['score', '--model', MODEL, '--data', DATA, '--format', 'xlsx']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--format xlsx writes a workbook, which is binary: give the file with --out scores.xlsx');
    const b = cli(['score', '--model', MODEL, '--data', DATA, '--format', 'xml']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('--format xml: expected csv, json or xlsx');
  });

  it('refuses an Excel 97 .xls naming the file and saying to save it as .xlsx, as the other commands do', () => {
    const r = cli(['score', '--model', MODEL, '--data', 'tests/fixtures/bad/xlsx-xls97.xls', '--format', 'xlsx', '--out', join(dir, 'never.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tests/fixtures/bad/xlsx-xls97.xls is an old Excel 97–2003 workbook (.xls), which ValueSeg does not read. In Excel or WPS, choose File → Save As → "Excel Workbook (.xlsx)"');
  });
});

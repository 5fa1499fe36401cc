import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
/** Written by tests/fixtures/xlsx/make_bank.py (openpyxl) from the values it put in the workbook. */
const expected = JSON.parse(readFileSync(new URL('tests/fixtures/xlsx/bank-export.expected.json', root), 'utf8'));

function cli(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli with an Excel workbook as --data', () => {
  it('sweep on a bank export counts only the complete customers and names the totals row it left out', () => {
    const r = cli(['sweep', '--data', 'tests/fixtures/xlsx/bank-export.xlsx', '--columns', '日均存款,贷款余额,中间业务收入', '--kmax', '3']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.n).toBe(expected.complete);
    expect(out.read).toEqual({ rows: expected.rows, sheet: '客户明细', headerRow: expected.headerRow, excludedRows: [{ row: expected.totalsRow, kind: 'total', label: '合计' }] });
  });

  it('takes --sheet by name or position and --header-row, and says clearly when the sheet does not exist', () => {
    const byIndex = cli(['sweep', '--data', 'tests/fixtures/xlsx/bank-export.xlsx', '--sheet', '1', '--header-row', '3', '--columns', '日均存款,贷款余额', '--kmax', '2']);
    expect(JSON.parse(byIndex.stdout).read.headerRow).toBe(3);
    const missing = cli(['sweep', '--data', 'tests/fixtures/xlsx/bank-export.xlsx', '--sheet', 'Sheet9', '--columns', 'a']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('valueseg: The workbook has no sheet "Sheet9"; its sheets are "客户明细", "说明".\n');
  });

  it('refuses --sheet on a CSV file with a clear message', () => {
    const r = cli(['sweep', '--data', 'tests/fixtures/bad/xlsx-really-csv.xlsx', '--sheet', '1', '--columns', 'deposits']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--sheet is for Excel workbooks (.xlsx)');
  });

  it('an .xls 97 file gets the message to save it as .xlsx, exit code 2', () => {
    const r = cli(['sweep', '--data', 'tests/fixtures/bad/xlsx-xls97.xls', '--columns', 'a']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tests/fixtures/bad/xlsx-xls97.xls is an old Excel 97–2003 workbook (.xls)');
    expect(r.stderr).toContain('Save As → "Excel Workbook (.xlsx)"');
  });
});

describe('every cli command with --data reads workbooks', () => {
  it('hclust and quick-cluster take --sheet and --header-row and count only complete customers', () => {
    const h = cli(['hclust', '--data', 'tests/fixtures/xlsx/bank-export.xlsx', '--sheet', '客户明细', '--columns', '日均存款,贷款余额', '--method', 'ward', '--kmin', '2', '--kmax', '3']);
    expect(h.stderr).toBe('');
    const q = cli(['quick-cluster', '--data', 'tests/fixtures/xlsx/bank-export.xlsx', '--header-row', '3', '--columns', '日均存款,中间业务收入', '--k', '2']);
    expect(q.stderr).toBe('');
    expect(JSON.stringify(JSON.parse(q.stdout))).toContain('"n":' + expected.complete);
  });
});

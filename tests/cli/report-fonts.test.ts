import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'valueseg-docx-fonts-'));
const SAMPLE = ['--project', 'datasets/corporate_customers.project.json', '--data', 'datasets/corporate_customers.csv'];

type Font = [string | null, string | null, number | null];

/** python-docx reads the runs' fonts back (tests/reference/check_docx_fonts.py). */
function fonts(args: string[], name: string): { body: Font[]; cells: Font[] } {
  const out = join(dir, name);
  const made = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', 'report', ...SAMPLE, '--format', 'docx', '--lang', 'zh-CN', '--out', out, ...args], { cwd: root, encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  const r = spawnSync('/usr/bin/python3', ['tests/reference/check_docx_fonts.py', out], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe('cli report: the Word chapter’s fonts are settable', () => {
  it('sets tables in 宋体 / Times New Roman at 五号 (10.5 pt) by default', () => {
    const f = fonts([], 'default.docx');
    expect(f.cells.length).toBeGreaterThan(0);
    for (const [east, latin, size] of f.cells) expect([east, latin, size]).toEqual(['宋体', 'Times New Roman', 10.5]);
    expect(f.body.every(([east, latin]) => east === '宋体' && latin === 'Times New Roman')).toBe(true);
  });

  it('uses the fonts and table size given by --font-cn, --font-en and --table-size everywhere', () => {
    const f = fonts(['--font-cn', '黑体', '--font-en', 'Arial', '--table-size', '9'], 'custom.docx');
    for (const [east, latin, size] of f.cells) expect([east, latin, size]).toEqual(['黑体', 'Arial', 9]);
    expect(f.body.length).toBeGreaterThan(0);
    expect(f.body.every(([east, latin]) => east === '黑体' && latin === 'Arial')).toBe(true);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'valueseg-report-'));

function cli(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** python-docx (Debian python3-docx) reads the file: tables, three-line borders, pictures, captions. */
function pythonDocx(file: string) {
  const r = spawnSync('/usr/bin/python3', ['tests/reference/check_docx.py', file], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

const SAMPLE = ['--project', 'datasets/corporate_customers.project.json', '--data', 'datasets/corporate_customers.csv'];

describe('cli report: the analysis as a Word thesis chapter', () => {
  it('writes a zh-CN .docx that python-docx opens with three-line tables, 300-dpi pictures, numbered 表/图 captions and the methods paragraph', () => {
    const out = join(dir, 'ch4.docx');
    const r = cli(['report', ...SAMPLE, '--format', 'docx', '--lang', 'zh-CN', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const d = pythonDocx(out);
    expect(d.tables).toBeGreaterThanOrEqual(5);
    expect(d.threeLineTables).toBe(d.tables);
    expect(d.pictures).toBeGreaterThanOrEqual(3);
    expect(d.pictureDpi.every((dpi: number) => dpi === 300)).toBe(true);
    expect(d.tableCaptions.length).toBe(d.tables);
    expect(d.tableCaptions.map((c: string) => /^表 4-(\d+)/.exec(c)![1])).toEqual(d.tableCaptions.map((_: string, i: number) => String(i + 1)));
    expect(d.figureCaptions.map((c: string) => /^图 4-(\d+)/.exec(c)![1])).toEqual(d.figureCaptions.map((_: string, i: number) => String(i + 1)));
    expect(d.figureCaptions.some((c: string) => c.includes('肘部图'))).toBe(true);
    expect(d.figureCaptions.some((c: string) => c.includes('轮廓系数'))).toBe(true);
    expect(d.methods.length).toBe(1);
    expect(d.tableCaptions.some((c: string) => c.includes('判断矩阵'))).toBe(true);
  });

  it('numbers captions by the chapter given and writes English with --lang en', () => {
    const out = join(dir, 'ch3.docx');
    const r = cli(['report', ...SAMPLE, '--format', 'docx', '--lang', 'en', '--chapter', '3', '--out', out]);
    expect(r.code).toBe(0);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']);
    expect(xml).toContain('Table 3-1');
    expect(xml).toContain('Figure 3-1');
    expect(xml).toContain('analytic hierarchy process');
  });

  it('writes the same chapter as one self-contained HTML page with --format html', () => {
    const out = join(dir, 'ch4.html');
    expect(cli(['report', ...SAMPLE, '--format', 'html', '--lang', 'zh-CN', '--out', out]).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('表 4-1');
    // The charts are inline vector pictures (tests/cli/report-html-svg.test.ts looks inside them).
    expect((html.match(/<figure><svg /g) ?? []).length).toBeGreaterThanOrEqual(3);
    expect(html).not.toMatch(/<script/i);
  });

  it('refuses a wrong --format or --lang with a clear message and exit code 2', () => {
    const r = cli(['report', ...SAMPLE, '--format', 'pdf', '--out', join(dir, 'x.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format pdf: expected docx or html');
  });
});

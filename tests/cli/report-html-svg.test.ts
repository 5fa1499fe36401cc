import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/core/data/read.ts';
import type { Project } from '../../src/core/model/project.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { chapterFigures } from '../../src/core/report/charts/figures.ts';
import { chapterHtml } from '../../src/core/report/html-chapter.ts';
import { reportWords } from '../../src/i18n/report.ts';

const root = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'valueseg-html-svg-'));
const SAMPLE = ['--project', 'datasets/corporate_customers.project.json', '--data', 'datasets/corporate_customers.csv'];

interface Fig {
  caption: string;
  svg: { viewbox: string; width: string; height: string; 'aria-label': string; role: string; counts: Record<string, number>; dotColours: Record<string, number> } | null;
  img: string | null;
}

/** Python's own HTML parser reads the page back (tests/reference/check_html_figures.py), independently of ValueSeg. */
function figures(file: string): { figures: Fig[]; scripts: number } {
  const r = spawnSync('/usr/bin/python3', ['tests/reference/check_html_figures.py', file], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

function report(lang: string): string {
  const out = join(dir, `chapter-${lang}.html`);
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', 'report', ...SAMPLE, '--format', 'html', '--lang', lang, '--out', out], { cwd: root, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return out;
}

/** Customers in the sample: its data lines (one header line, no quoted line breaks in this file). */
const customers = readFileSync(new URL('datasets/corporate_customers.csv', root), 'utf8').trim().split('\n').length - 1;

describe('the HTML chapter draws its charts as inline SVG', () => {
  for (const [lang, matrixWord, elbowWord] of [
    ['en', 'value matrix', 'Elbow'],
    ['zh-CN', '价值矩阵', '肘部图'],
  ] as const) {
    it(`every figure is an inline <svg> named by its caption, with no PNG and no script (${lang})`, () => {
      const { figures: figs, scripts } = figures(report(lang));
      expect(scripts).toBe(0);
      expect(figs.length).toBeGreaterThanOrEqual(5);
      for (const f of figs) {
        expect(f.img).toBeNull();
        expect(f.svg).not.toBeNull();
        expect(f.svg!.role).toBe('img');
        expect(f.caption).toContain(f.svg!['aria-label']);
        expect(f.svg!.viewbox).toMatch(/^0 0 \d+ \d+$/);
        // Sized in points for 300 dpi: 1650 pixels are 5.5 in = 396 pt.
        const [, , w] = f.svg!.viewbox.split(' ').map(Number);
        expect(parseFloat(f.svg!.width)).toBeCloseTo((w / 300) * 72, 1);
        expect(f.svg!.width).toMatch(/pt$/);
      }
      const matrix = figs.find((f) => f.caption.includes(matrixWord))!;
      // One dot per customer of the sample, in the quadrants' colours.
      expect(matrix.svg!.counts.circle).toBe(customers);
      expect(Object.keys(matrix.svg!.dotColours).length).toBe(4);
      const elbow = figs.find((f) => f.caption.includes(elbowWord))!;
      // k = 2…10: nine points, eight segments and the dashed line at the chosen k.
      expect(elbow.svg!.counts.circle).toBe(9);
      expect(elbow.svg!.counts.line).toBe(9);
    });
  }

  it('falls back to the 300-dpi PNG for a figure that has no SVG', () => {
    const project = JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8')) as Project;
    const { table, report: rr, lines } = readTable(readFileSync(new URL('datasets/corporate_customers.csv', root)));
    const result = runPipeline(project, table, { report: rr, lines });
    const figs = chapterFigures(result, project, reportWords('en'));
    const { svg: _drop, ...noSvg } = figs[0];
    const out = join(dir, 'fallback.html');
    writeFileSync(out, chapterHtml(project, result, { words: reportWords('en'), figures: [noSvg, ...figs.slice(1)] }));
    const parsed = figures(out).figures;
    expect(parsed[0].img).toBe('data:image/png');
    expect(parsed[0].svg).toBeNull();
    expect(parsed.slice(1).every((f) => f.svg !== null && f.img === null)).toBe(true);
  });
});

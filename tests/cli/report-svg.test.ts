import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'valueseg-docx-svg-'));

interface Picture {
  fallback: { contentType: string; png: boolean; width: number; height: number; dpi: number };
  svg: { contentType: string; root: string; viewBox: string; width: string; height: string; counts: Record<string, number>; texts: string[] } | null;
  description: string;
}

/** python-docx and Python's XML parser read the pictures back (tests/reference/check_docx_svg.py), independently of ValueSeg. */
function pictures(lang: string): Picture[] {
  const out = join(dir, `chapter-${lang}.docx`);
  const made = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', 'report', '--project', 'datasets/corporate_customers.project.json', '--data', 'datasets/corporate_customers.csv', '--format', 'docx', '--lang', lang, '--out', out], { cwd: root, encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  const r = spawnSync('/usr/bin/python3', ['tests/reference/check_docx_svg.py', out], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe('the Word chapter’s charts are vector pictures with a PNG fallback', () => {
  for (const lang of ['zh-CN', 'en']) {
    it(`every picture carries Word's SVG (svgBlip) of the same size as its 300-dpi PNG fallback (${lang})`, () => {
      const pics = pictures(lang);
      expect(pics.length).toBeGreaterThanOrEqual(5);
      for (const p of pics) {
        expect(p.fallback).toMatchObject({ contentType: 'image/png', png: true, dpi: 300 });
        expect(p.svg).not.toBeNull();
        expect(p.svg).toMatchObject({ contentType: 'image/svg+xml', root: 'svg', viewBox: `0 0 ${p.fallback.width} ${p.fallback.height}` });
        // Printed at the PNG's size: pixels at 300 dpi, in points.
        expect(parseFloat(p.svg!.width)).toBeCloseTo((p.fallback.width / 300) * 72, 1);
        expect(parseFloat(p.svg!.height)).toBeCloseTo((p.fallback.height / 300) * 72, 1);
      }
    });
  }

  it('draws the data as vector shapes: a dot per customer in the value matrix, a dot and a segment per k in the elbow chart', () => {
    const pics = pictures('en');
    const matrix = pics.find((p) => p.description.startsWith('Horizontal: current value score'))!;
    // The sample's 600 customers, each a circle (the PNG stamps the same dots).
    expect(matrix.svg!.counts.circle).toBe(600);
    const elbow = pics.find((p) => p.description.startsWith('Horizontal: number of clusters k'))!;
    // k = 2…10: nine points, eight segments between them and the dashed line at the chosen k.
    expect(elbow.svg!.counts.circle).toBe(9);
    expect(elbow.svg!.counts.line).toBe(9);
    expect(elbow.svg!.texts).toEqual(expect.arrayContaining(['2', '10']));
  });
});

/**
 * The Office exports of the thesis templates (issue 9): the workbook of a project with a derived
 * indicator (ICBC's value index), every customer's tier and ABC strategy per class in the
 * customers sheet, and the survey tables (Cronbach's α per dimension and item, satisfaction by
 * segment) in the workbook and the Word chapter. Files are read back by openpyxl / zipfile
 * (tests/reference/read_office.py), the α values checked against numpy
 * (tests/fixtures/templates/reliability.json, tests/reference/reliability_reference.py).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/core/data/read.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { withDerived } from '../../../src/core/periods/freeze.ts';
import { chapterDocx } from '../../../src/core/report/docx/chapter.ts';
import { projectSurveyTables } from '../../../src/core/report/survey-tables.ts';
import { analysisWorkbook } from '../../../src/core/report/xlsx/analysis.ts';
import { findTemplate, templateProject } from '../../../src/core/templates/index.ts';
import { reportWords } from '../../../src/i18n/report.ts';

const root = new URL('../../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'valueseg-office-templates-'));
const fixture = JSON.parse(readFileSync(new URL('tests/fixtures/templates/reliability.json', root), 'utf8'));

function read(file: string) {
  const r = spawnSync('/usr/bin/python3', ['tests/reference/read_office.py', file], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

/** The sheet of a table: its title, cut to Excel's 31 characters. */
const sheetOf = (sheets: Record<string, unknown[][]>, title: string): unknown[][] => sheets[title.replace(/[:\\/?*[\]]/g, ' ').trim().slice(0, 31)];

function open(id: string, locale: 'zh-CN' | 'en') {
  const t = findTemplate(id)!;
  const project = templateProject(t, locale);
  const { table, report, lines } = readTable(t.generate());
  const result = runPipeline(project, table, { report, lines });
  return { project, table, lines, result };
}

describe('Office exports of the thesis templates', () => {
  it('writes the workbook of a project with a derived indicator (icbc-star’s value index), its values beside the file’s columns', () => {
    const { project, table, lines, result } = open('icbc-star', 'zh-CN');
    const derived = project.data.derived![0].name;
    const full = withDerived(project, table, lines).table;
    const file = join(dir, 'icbc.xlsx');
    writeFileSync(file, analysisWorkbook(full, result, project, { words: reportWords('zh-CN') }));
    const customers: unknown[][] = read(file).sheets['客户'];
    const at = customers[0].indexOf(derived);
    expect(at).toBeGreaterThan(0);
    const source = full.column(derived) as unknown as Float64Array;
    for (const p of [0, 1, 57, result.rows.length - 1]) expect(customers[p + 1][at]).toBeCloseTo(source[result.rows[p]], 9);
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`writes every customer's tier and ABC strategy, the text of their class, in the customers sheet (${locale})`, () => {
      const { project, table, lines, result } = open('banka-retail', locale);
      const file = join(dir, `retail-${locale}.xlsx`);
      writeFileSync(file, analysisWorkbook(withDerived(project, table, lines).table, result, project, { words: reportWords(locale) }));
      const sheets: Record<string, unknown[][]> = read(file).sheets;
      const zh = locale === 'zh-CN';
      const customers = sheets[zh ? '客户' : 'Customers'];
      const head = customers[0];
      const abc = head.indexOf(zh ? 'ABC分类' : 'ABC class');
      const abcText = head.indexOf(zh ? 'ABC分类策略' : 'ABC strategy');
      const tier = head.indexOf(zh ? '客户等级' : 'Tier');
      const tierText = head.indexOf(zh ? '客户等级策略' : 'Tier strategy');
      expect(Math.min(abc, abcText, tier, tierText)).toBeGreaterThan(0);
      // The per-class sheets give one text per class; each customer carries the text of their class.
      const bySheet = (title: string) => new Map(sheetOf(sheets, title).slice(1).filter((r) => typeof r[1] === 'number').map((r) => [r[0], r[3]]));
      const abcTexts = bySheet(zh ? 'ABC 各类客户的营销策略' : 'Strategy per ABC class');
      const tierTexts = bySheet(zh ? '各客户等级的营销策略' : 'Strategy per tier');
      expect([...abcTexts.keys()]).toEqual(['A', 'B', 'C']);
      expect(new Set(abcTexts.values()).size).toBe(3);
      const seen = new Set<unknown>();
      for (const r of customers.slice(1)) {
        expect(r[abcText]).toBe(abcTexts.get(r[abc]));
        expect(r[tierText]).toBe(tierTexts.get(r[tier]));
        seen.add(r[abc]);
      }
      expect([...seen].sort()).toEqual(['A', 'B', 'C']);
    });

    it(`puts the survey tables (α per dimension and item, satisfaction by segment) in the workbook and the Word chapter (${locale})`, async () => {
      const { project, table, lines, result } = open('spdb-survey', locale);
      const survey = projectSurveyTables(project, withDerived(project, table, lines).table, result, reportWords(locale));
      expect(survey.map((t) => t.id)).toEqual(['survey:reliability', 'survey:items', 'survey:by-segment']);
      const xlsx = join(dir, `survey-${locale}.xlsx`);
      writeFileSync(xlsx, analysisWorkbook(table, result, project, { words: reportWords(locale), extraTables: survey }));
      const sheets: Record<string, unknown[][]> = read(xlsx).sheets;
      const rel = sheetOf(sheets, survey[0].title);
      // The first dimension's α and standardised α against numpy.
      expect(rel[1][3] as number).toBeCloseTo(fixture['spdb-service'].alpha, 9);
      expect(rel[1][4] as number).toBeCloseTo(fixture['spdb-service'].standardisedAlpha, 9);
      const items = sheetOf(sheets, survey[1].title);
      fixture['spdb-service'].citc.forEach((c: number, j: number) => {
        expect(items[j + 1][3] as number).toBeCloseTo(c, 9);
        expect(items[j + 1][4] as number).toBeCloseTo(fixture['spdb-service'].alphaIfDeleted[j], 9);
      });
      expect(sheetOf(sheets, survey[2].title).filter((r) => typeof r[1] === 'number').length).toBe(result.segments.length);

      const docx = join(dir, `survey-${locale}.docx`);
      writeFileSync(docx, await chapterDocx(project, result, { words: reportWords(locale), surveyTables: survey }));
      const paras: string[] = read(docx).paragraphs;
      const heading = locale === 'zh-CN' ? '问卷信度与各细分的满意度' : 'Survey reliability and satisfaction by segment';
      const h = paras.findIndex((p) => p.endsWith(heading));
      expect(h).toBeGreaterThan(0);
      for (const t of survey) expect(paras.findIndex((p, i) => i > h && p.includes(t.title))).toBeGreaterThan(h);
      // α to three decimals, as the three-line table prints it.
      expect(paras).toContain(fixture['spdb-service'].alpha.toFixed(3));
    });
  }
});

// One rule for the names of the 2×2 quadrants (issue 9, docs/templates.md): by position, as the
// value-matrix chart shows them (the page's catalogue, scores.quadrant.*), in the customers CSV,
// the migration matrix of two periods (its table, its CSV, `cli periods` JSON) alike, whatever
// naming scheme names the segments. The expected names are read from the page's catalogue, not
// from the module under test.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { addDerivedColumns } from '../../../src/core/data/derived.ts';
import { readData } from '../../../src/core/data/read-data.ts';
import { comparePeriods } from '../../../src/core/periods/index.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { customersTable } from '../../../src/core/report/csv.ts';
import { comparisonJson, migrationCustomersCsv, migrationTable } from '../../../src/core/report/migration.ts';
import { QUADRANT_NAMES, quadrantName } from '../../../src/core/scoring/quadrant-names.ts';
import { findTemplate, templateProject } from '../../../src/core/templates/index.ts';
import { en, zh } from '../../../src/i18n/messages/scores.ts';
import { reportWords } from '../../../src/i18n/report.ts';

const CHART = {
  en: [en['scores.quadrant.hh'], en['scores.quadrant.hl'], en['scores.quadrant.lh'], en['scores.quadrant.ll']],
  'zh-CN': [zh['scores.quadrant.hh'], zh['scores.quadrant.hl'], zh['scores.quadrant.lh'], zh['scores.quadrant.ll']],
} as const;
const LOCALES = ['en', 'zh-CN'] as const;

const read = (path: string) => readData(readFileSync(path), { fileName: path });

function twoPeriods(id: string) {
  const tpl = findTemplate(id)!;
  const project = templateProject(tpl, 'zh-CN');
  const one = read(`datasets/templates/${id}.csv`);
  const two = read(`datasets/templates/period2/${id}.csv`);
  const result = runPipeline(project, one.table, { lines: one.lines, report: one.report });
  const cmp = comparePeriods(project, one.table, result, two.table, { lines1: one.lines, lines2: two.lines });
  return { project, one, result, cmp };
}

describe('the 2×2 quadrants have one name each, the value matrix’s', () => {
  it('are the names the value-matrix chart shows, in English and Chinese', () => {
    for (const locale of LOCALES) {
      expect((['hh', 'hl', 'lh', 'll'] as const).map((q) => QUADRANT_NAMES[q][locale])).toEqual(CHART[locale]);
      expect([0, 1, 2, 3].map((c) => quadrantName(c, locale))).toEqual(CHART[locale]);
    }
    expect(quadrantName(4, 'en')).toBe('');
    expect(quadrantName(Number.NaN, 'zh-CN')).toBe('');
  });

  // icbc-star names no 2×2 segments of its own (the default G Bank scheme names its clusters);
  // banka-retail names its segments by the Bank A scheme (最优选客户…).
  for (const id of ['icbc-star', 'banka-retail']) {
    describe(id, () => {
      const { project, one, result, cmp } = twoPeriods(id);
      const quadrant = cmp.schemes.find((s) => s.scheme === 'quadrant')!;

      it('labels the migration matrix, its report table, its CSV and the cli periods JSON with the chart’s names', () => {
        for (const locale of LOCALES) {
          expect(quadrant.labels[locale]).toEqual(CHART[locale]);
          const table = migrationTable(quadrant, reportWords(locale));
          expect(table.columns.slice(1, 5)).toEqual(CHART[locale]);
          expect(table.rows.slice(0, 4).map((r) => r[0])).toEqual(CHART[locale]);
          expect(comparisonJson(cmp, locale).migrations.find((m) => m.scheme === 'quadrant')!.labels).toEqual(CHART[locale]);
          // The per-customer CSV: each period-1 customer's quadrant (the rows start with them, in order).
          const rows = Papa.parse<string[]>(migrationCustomersCsv(cmp, reportWords(locale), { bom: false }), { newline: '\r\n', skipEmptyLines: true }).data;
          const col = rows[0].findIndex((h) => h === (locale === 'en' ? 'quadrant_1' : '价值矩阵（2×2）_第一期'));
          expect(col).toBeGreaterThan(0);
          cmp.period1.quadrant.forEach((q, i) => expect(rows[i + 1][col]).toBe(CHART[locale][q]));
        }
      });

      it('writes each customer’s quadrant in the customers CSV with the chart’s name of the quadrant the value matrix put it in', () => {
        for (const locale of LOCALES) {
          const table = addDerivedColumns(one.table, project.data.derived ?? [], { lines: one.lines }).table;
          const t = customersTable(table, result, project, { locale });
          const col = t.keys.indexOf('quadrant');
          expect(col).toBeGreaterThan(-1);
          t.rows.forEach((row, p) => expect(row[col]).toBe(CHART[locale][result.matrix!.quadrant[p]]));
        }
      });

      it('keeps the naming scheme for the segments: the quadrant names are not segment names', () => {
        const segmentNames = result.segments.map((s) => s.name['zh-CN'].replace(/ [IVX]+$/, ''));
        const expected = id === 'banka-retail' ? ['最优选客户', '一般客户', '次优选客户', '低价值客户'] : ['高质量型', '高现值型', '高潜力型', '低质量型'];
        for (const n of segmentNames) expect(expected).toContain(n);
        for (const n of CHART['zh-CN']) expect(segmentNames).not.toContain(n);
      });
    });
  }
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/core/data/read.ts';
import type { Project } from '../../../src/core/model/project.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { chapterFigures } from '../../../src/core/report/charts/figures.ts';
import { formatCell } from '../../../src/core/report/table.ts';
import { reportTables } from '../../../src/core/report/tables.ts';
import { reportWords } from '../../../src/i18n/report.ts';

const root = new URL('../../../', import.meta.url);
const project = JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8')) as Project;
const { table, report, lines } = readTable(readFileSync(new URL('datasets/corporate_customers.csv', root)));

describe('the weight sensitivity in the report', () => {
  const result = runPipeline(project, table, { report, lines, sensitivity: true });
  const s = result.sensitivity!;

  it('prints one row per perturbation with the shares as percentages, in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = reportTables(result, project, reportWords(locale)).find((x) => x.id === 'sensitivity')!;
      expect(t.rows).toHaveLength(s.rows.length);
      expect(t.notes?.join(' ')).toMatch(/Triantaphyllou/);
      // The row with the largest segment change comes first (the tornado's order).
      const top = Math.max(...s.rows.map((r) => r.segmentChange ?? 0));
      const first = t.rows[0];
      const shares = [first[6], t.rows[1][6]] as number[];
      expect(Math.max(...shares)).toBe(top);
      expect(formatCell(first[5], t.formats![5], t.decimals)).toMatch(/^\d+\.\d%$/);
    }
    const zh = reportTables(result, project, reportWords('zh-CN')).find((x) => x.id === 'sensitivity')!;
    expect(zh.title).toContain('权重敏感性分析');
    expect(zh.columns).toContain('细分类别变动');
  });

  it('writes judgments as scale values (1/3) and weights with four decimals', () => {
    const t = reportTables(result, project, reportWords('en')).find((x) => x.id === 'sensitivity')!;
    const judgment = t.rows.find((r) => String(r[0]).includes(' vs '))!;
    expect(String(judgment[2])).toMatch(/^(1\/)?\d$/);
    const weight = t.rows.find((r) => String(r[0]).startsWith('weight of '))!;
    expect(String(weight[2])).toMatch(/^0\.\d{4}$/);
  });

  it('adds the tornado figure after the other figures, and neither table nor figure without the analysis', () => {
    const figures = chapterFigures(result, project, reportWords('en'));
    expect(figures.at(-1)!.id).toBe('tornado');
    expect(figures.at(-1)!.note).toMatch(/^Horizontal: the share of customers who change segment/);
    const plain = runPipeline(project, table, { report, lines });
    expect(chapterFigures(plain, project, reportWords('en')).some((f) => f.id === 'tornado')).toBe(false);
    expect(reportTables(plain, project, reportWords('en')).some((t) => t.id === 'sensitivity')).toBe(false);
  });
});

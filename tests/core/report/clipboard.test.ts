import { describe, expect, it } from 'vitest';
import { tableHtml, tableTsv } from '../../../src/core/report/clipboard.ts';
import type { ReportTable } from '../../../src/core/report/table.ts';

const table: ReportTable = {
  id: 't',
  title: '最终聚类中心',
  columns: ['指标', '聚类 1', '聚类 2'],
  rows: [
    ['日均存款', 1234.5, 0.25],
    ['A\tB<x>', null, 1 / 3],
  ],
  formats: [null, 'number', 'ratio'],
  decimals: 2,
  notes: ['注 & 说明'],
};

describe('copying a table', () => {
  it('gives tab-separated text with the cells as the page shows them, tabs inside cells flattened', () => {
    expect(tableTsv(table)).toBe('指标\t聚类 1\t聚类 2\r\n日均存款\t1234.50\t1/4\r\nA B<x>\t\t1/3\r\n');
  });

  it('gives three-line HTML: 1.5 pt rules above and below, 0.75 pt under the header, no vertical rules, text escaped', () => {
    const html = tableHtml(table, '表 4-1 最终聚类中心');
    expect(html).toContain('border-top:1.5pt solid #000;border-bottom:1.5pt solid #000');
    expect(html).toContain('<th style="border-bottom:0.75pt solid #000;');
    expect(html).not.toMatch(/border-(left|right)/);
    expect(html).toContain('表 4-1 最终聚类中心');
    expect(html).toContain('A\tB&lt;x&gt;');
    expect(html).toContain('注 &amp; 说明');
  });
});

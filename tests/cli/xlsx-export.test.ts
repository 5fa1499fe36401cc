import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'valueseg-xlsx-'));

/** openpyxl (Debian python3-openpyxl) reads the workbook independently of ValueSeg. */
function openpyxl(file: string) {
  const r = spawnSync('/usr/bin/python3', ['tests/reference/check_xlsx.py', file], { cwd: root, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe('Excel out: the analysis as one workbook', () => {
  const out = join(dir, 'analysis.xlsx');
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', 'report', '--project', 'datasets/corporate_customers.project.json', '--data', 'datasets/corporate_customers.csv', '--format', 'xlsx', '--lang', 'zh-CN', '--out', out], { cwd: root, encoding: 'utf8' });

  it('has a customers sheet with id, categorical columns, indicators, scores, quadrant, tier, segment and segment name, in Chinese, numbers as numbers with formats', () => {
    expect(r.status).toBe(0);
    const wb = openpyxl(out);
    const c = wb.tables['客户'];
    expect(wb.sheets[0]).toBe('客户');
    expect(c.rows).toBe(601);
    expect(c.header.slice(0, 3)).toEqual(['customer_id', 'industry', 'region']);
    for (const h of ['综合得分', '当前价值得分', '潜在价值得分', '价值矩阵象限', '客户等级', '细分类别', '细分名称']) expect(c.header).toContain(h);
    const score = c.header.indexOf('综合得分');
    expect(c.types[score]).toBe('float');
    expect(c.formats[score]).toBe('0.0000');
    expect(c.types[c.header.indexOf('avg_daily_deposits')]).toBe('float');
  });

  it('has one sheet per table: judgment matrices with their CR line, weights, centres, ANOVA and segment profiles', () => {
    const wb = openpyxl(out);
    const names: string[] = wb.sheets;
    const matrices = names.filter((n) => n.startsWith('判断矩阵'));
    expect(matrices.length).toBe(3);
    for (const m of matrices) expect(wb.tables[m].texts.some((t: string) => t.includes('CR值'))).toBe(true);
    for (const want of ['层次总排序权重', '最终聚类中心', 'ANOVA（单因素方差分析）', '细分群体画像（Z 分数）']) expect(names).toContain(want);
    const weights = wb.tables['层次总排序权重'];
    expect(weights.formats.some((f: string) => f === '0.0000')).toBe(true);
  });
});

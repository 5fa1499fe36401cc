import { describe, expect, it } from 'vitest';
import { tableTsv } from '../../../src/core/report/clipboard.ts';
import type { Scored } from '../../../src/core/result.ts';
import { translate, type MessageKey } from '../../../src/i18n/index.ts';
import { abcCopyTable, matrixCopyTable, rankingCopyTable, tiersCopyTable, type RankingCopy } from '../../../src/ui/scores/copy-tables.ts';

const en = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
const zh = (key: MessageKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);

/** Five customers: composite 10, 50, 30, 90, 70; quadrants, tiers and ABC classes given. */
function scored(over: Partial<Scored> = {}): Scored {
  return {
    rows: Int32Array.from([0, 1, 2, 3, 4]),
    n: 5,
    scores: { composite: Float64Array.from([10, 50, 30, 90, 70.126]), current: Float64Array.from([1, 2, 3, 4, 5]), potential: null, criteria: {} },
    matrix: { quadrant: Uint8Array.from([3, 1, 2, 0, 0]), cut: { current: 3, potential: 47.5 }, counts: [2, 1, 1, 1] },
    tiers: { labels: ['Low', 'High'], tier: Uint8Array.from([0, 1, 0, 1, 1]), counts: [2, 3], thresholds: [40] },
    abc: { cls: Uint8Array.from([2, 1, 2, 0, 0]), counts: [2, 1, 2], cuts: [0.8, 0.95] },
    ...over,
  } as unknown as Scored;
}

const ranking = (order: number[]): RankingCopy => ({
  columns: [
    { key: 'rank', label: 'Rank' },
    { key: 'id', label: 'Customer' },
    { key: 'composite', label: 'Composite' },
    { key: 'quadrant', label: 'Quadrant' },
    { key: 'tier', label: 'Tier' },
    { key: 'abc', label: 'ABC' },
  ],
  order,
  rank: [5, 3, 4, 1, 2],
  idOf: (pos) => `C${pos}`,
  clusters: null,
  quadrantName: (q) => ['HH', 'HL', 'LH', 'LL'][q],
});

describe('Copy table of the scores step', () => {
  it('copies the ranking in the order shown with the columns shown, scores to 2 decimals', () => {
    const table = rankingCopyTable(scored(), ranking([3, 4, 1, 2, 0]), en);
    expect(tableTsv(table).split('\r\n')).toEqual([
      'Rank\tCustomer\tComposite\tQuadrant\tTier\tABC',
      '1\tC3\t90.00\tHH\tHigh\tA',
      '2\tC4\t70.13\tHH\tHigh\tA',
      '3\tC1\t50.00\tHL\tHigh\tB',
      '4\tC2\t30.00\tLH\tLow\tC',
      '5\tC0\t10.00\tLL\tLow\tC',
      '',
    ]);
    expect(table.notes).toBeUndefined();
  });

  it('stops a long ranking at the limit and says in a note how many of how many customers it holds', () => {
    const table = rankingCopyTable(scored(), ranking([3, 4, 1, 2, 0]), zh, 2);
    expect(table.rows.map((r) => r[1])).toEqual(['C3', 'C4']);
    expect(table.notes).toEqual(['按当前排序的前 2 位客户（共 5 位）；全部客户可在“导出”步骤中下载（CSV、Excel 工作簿）。']);
  });

  it('copies the tiers by threshold lowest first with their counts and shares', () => {
    const table = tiersCopyTable(scored(), en, { thresholds: [40] }, 'avg_daily_deposits')!;
    expect(tableTsv(table).split('\r\n').slice(0, 3)).toEqual(['Label\tFrom (≥)\tCustomers\tShare', 'Low\tlowest tier\t2\t40.0%', 'High\t40\t3\t60.0%']);
    expect(table.notes).toEqual(['Tiers by avg_daily_deposits.']);
  });

  it('copies tiers by rules top first, with the customers who meet no rule last, not as a rule', () => {
    const result = scored({ tiers: { labels: ['未定级', 'Gold', 'Diamond'], tier: Uint8Array.from([0, 1, 1, 2, 2]), counts: [1, 2, 2], thresholds: [], unmatched: { label: '未定级', count: 1, lines: [2] } } });
    const table = tiersCopyTable(result, en, { rules: ['deposits ≥ 300', 'deposits ≥ 3000'] })!;
    expect(table.rows).toEqual([
      ['Diamond', 'deposits ≥ 3000', 2, 0.4],
      ['Gold', 'deposits ≥ 300', 2, 0.4],
      ['未定级', 'meets no rule', 1, 0.2],
    ]);
  });

  it('copies the value matrix as one row per quadrant with its side of each split and the split in a note', () => {
    const table = matrixCopyTable(scored(), zh, '均值')!;
    expect(tableTsv(table).split('\r\n').slice(0, 2)).toEqual(['象限\t当前价值得分\t潜在价值得分\t客户数\t占比', '高当前价值、高潜在价值\t高当前价值\t高潜在价值\t2\t40.0%']);
    expect(table.rows.map((r) => r[3])).toEqual([2, 1, 1, 1]);
    expect(table.notes).toEqual(['按均值划分：当前价值得分 3.00，潜在价值得分 47.50。']);
  });

  it('copies the ABC classes with customer and value shares, the value share empty when unknown', () => {
    expect(tableTsv(abcCopyTable(scored(), en, [0.8, 0.15, 0.05], 'deposits')!).split('\r\n')[1]).toBe('A\t2\t40.0%\t80.0%');
    expect(tableTsv(abcCopyTable(scored(), en, null, 'deposits')!).split('\r\n')[2]).toBe('B\t1\t20.0%\t');
    expect(matrixCopyTable(scored({ matrix: null }), en, 'mean')).toBeNull();
  });
});

// Issue 16 case 8: the Chinese mixed-currency message names the currencies and lines without the
// English phrases core builds for its own message ("line 4 … names two currencies in one cell").
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/core/data/read.ts';
import { problemMessage } from '../../src/i18n/index.ts';
import { fixture } from '../core/bad/helpers.ts';

const zhOf = (file: string) => {
  const p = readTable(fixture(file)).report.problems.find((x) => x.code === 'csv.mixed-currency');
  if (!p) throw new Error(`${file}: no csv.mixed-currency problem`);
  return problemMessage('zh-CN', p);
};

describe('the mixed-currency warning in Chinese', () => {
  it('names both currencies, the first line and the cell with two currencies, in Chinese words only', () => {
    const zh = zhOf('csv-mixed-currency.csv');
    expect(zh).toContain('"$" / "¥"');
    expect(zh).toContain('最早见于第 2 行');
    expect(zh).toContain('第 4 行的一个单元格里写了两种货币');
    expect(zh).not.toMatch(/\b(line|names|currencies|cell)\b/);
  });

  it('says for ¥ beside 元 that ¥ is also the yen sign, in Chinese words only', () => {
    const zh = zhOf('csv-currency-yen-yuan.csv');
    expect(zh).toContain('"¥" / "元"');
    expect(zh).toContain('日元');
    expect(zh).not.toMatch(/\b(line|names|currencies|cell)\b/);
  });
});

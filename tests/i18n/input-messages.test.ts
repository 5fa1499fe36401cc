// Issue 16 cases 8 and 10: input messages in Chinese name currencies and lines without the English
// phrases core builds for its own message, and a one-line file is not given a range "1 to 1".
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/core/data/read.ts';
import type { Problem } from '../../src/core/errors.ts';
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

describe('the unclosed header quote in a one-line file', () => {
  it('does not name a range "lines 1 to 1", in English or Chinese', () => {
    let error: unknown;
    try {
      readTable(new TextEncoder().encode('"id,amount\n'));
    } catch (e) {
      error = e;
    }
    const p = error as Problem;
    expect(p?.code).toBe('csv.unterminated-quote');
    expect(problemMessage('en', p)).toBe(p.message);
    expect(problemMessage('en', p)).not.toContain('lines 1 to 1');
    expect(problemMessage('zh-CN', p)).toContain('第 1 行的表头');
    expect(problemMessage('zh-CN', p)).not.toContain('至 1 行');
  });
});

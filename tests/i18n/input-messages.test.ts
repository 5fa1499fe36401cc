// Issue 16 case 10: a header quote left open in a one-line file is not given a range "1 to 1".
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/core/data/read.ts';
import type { Problem } from '../../src/core/errors.ts';
import { catalogues, problemKey, problemMessage } from '../../src/i18n/index.ts';

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

describe('the mixed-currency warning', () => {
  const read = (csv: string) => readTable(new TextEncoder().encode(csv)).report.problems.find((p) => p.code === 'csv.mixed-currency')!;
  const files = {
    plain: 'id,amount\nC1,$5\nC2,€6\nC3,7\n',
    'yen-yuan': 'id,amount\nC1,¥5\nC2,6元\nC3,7\n',
    'two-in-cell': 'id,amount\nC1,$5\nC2,€6\nC3,$7元\n',
    'yen-yuan-two-in-cell': 'id,amount\nC1,¥5\nC2,6元\nC3,$7元\n',
    'one-cell': 'id,amount\nC1,$5\nC2,$7元\nC3,8\n',
  };

  it('gives both languages the same word-free values: the currency signs, their first lines and the cell naming two', () => {
    const p = read(files['two-in-cell']);
    expect(p.variant).toBe('two-in-cell');
    expect(p.params).toEqual({ column: 'amount', currencies: '"$", "€"', lines: '2, 3', cellLine: 4, cell: '$7元' });
    expect(problemMessage('zh-CN', p)).toBe(
      '列“amount”混用了多种货币："$", "€"（依次首见于第 2, 3 行）；第 4 行（“$7元”）在一个单元格中写了两种货币。金额按普通数字读取、不做换算，因此会被当作同一种货币相加和比较；请在文件中统一换算为一种货币。',
    );
  });

  it('has an English catalogue entry per variant that, filled in, is the core message itself', () => {
    for (const [variant, csv] of Object.entries(files)) {
      const p = read(csv);
      expect(p.variant ?? 'plain', csv).toBe(variant);
      const template = catalogues.en[problemKey(p)!];
      const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => String(p.params![name]));
      expect(filled).toBe(p.message);
      const zh = problemMessage('zh-CN', p);
      expect(zh, variant).not.toMatch(/\b(line|lines|names|currenc\w*|first|seen)\b/);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

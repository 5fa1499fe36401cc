// Issue 16 case 10: a header quote left open in a one-line file is not given a range "1 to 1".
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/core/data/read.ts';
import type { Problem } from '../../src/core/errors.ts';
import { problemMessage } from '../../src/i18n/index.ts';

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

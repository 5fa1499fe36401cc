import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogues, problemKey, problemMessage, type CoreMessage } from '../src/i18n/index.ts';
import type { Problem } from '../src/core/errors.ts';
import { readTable } from '../src/core/data/index.ts';
import { validateProject } from '../src/core/model/validate.ts';
import { parseJudgment } from '../src/core/ahp/judgment.ts';
import { kmeans } from '../src/core/cluster/kmeans.ts';
import { pointsFromRows } from '../src/core/cluster/points.ts';
import sample from '../datasets/corporate_customers.project.json';
import { thrown } from './support/thrown.ts';

const keys = Object.keys(catalogues.en);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every problem code written in src/core: `code: '…'`, `new InputError('…'`, `fail('…'`, `note('…', '…'`, validation codes. */
function emittedCodes(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /\bcode:\s*'([a-z0-9]+\.[a-z0-9.-]+)'/g,
    /new InputError\(\s*'([a-z0-9]+\.[a-z0-9.-]+)'/g,
    /\bfail\(\s*'([a-z0-9]+\.[a-z0-9.-]+)'/g,
    /\bnote\(\s*'\w+',\s*'([a-z0-9]+\.[a-z0-9.-]+)'/g,
    /'(project\.[a-z-]+)'/g,
  ];
  for (const file of sourceFiles('src/core')) {
    const text = readFileSync(file, 'utf8');
    for (const re of patterns) for (const m of text.matchAll(re)) found.set(m[1], file);
  }
  return found;
}

/** The Chinese message must be a translation: no placeholder left, not the English text, naming the same values. */
function expectTranslated(p: CoreMessage): void {
  const key = problemKey(p);
  expect(key, `${p.code}${p.variant ? '.' + p.variant : ''} has no catalogue entry: ${p.message}`).not.toBeNull();
  const zh = problemMessage('zh-CN', p);
  expect(zh, p.message).not.toBe(p.message);
  expect(zh, `${key}: ${zh}`).not.toMatch(/\{\w+\}/);
  expect(zh).toMatch(/[\u4e00-\u9fff]/);
  for (const [name, v] of Object.entries(p.params ?? {})) {
    if (typeof v === 'number' && catalogues['zh-CN'][key!].includes(`{${name}}`)) expect(zh, `${key} names ${name}`).toContain(String(v));
  }
  expect(problemMessage('en', p)).toBe(p.message);
}


describe('core problems in Chinese', () => {
  it('every problem code emitted in src/core has a catalogue entry (by code or code and variant)', () => {
    const codes = emittedCodes();
    expect(codes.size).toBeGreaterThan(100);
    const missing = [...codes].filter(([code]) => !keys.some((k) => k === `problem.${code}` || k.startsWith(`problem.${code}.`)));
    expect(missing).toEqual([]);
  });

  it('every problem of a messy file is said in Chinese, naming the same lines and counts', () => {
    const csv = [
      'id,name,amount,,amount,flat,pct,code',
      '1,a,10,x,1,5,10%,A',
      '2,b,#DIV/0!,x,2,5,0.2,A',
      '3,c,12,x,3,5,30%,B',
      '4,d,oops',
      '5,e,14,x,5,5,40%,C,extra,more',
      '6,f,15,x,6,5,50%,D',
    ].join('\n');
    const { report } = readTable(csv, { types: { ghost: 'numeric', code: 'identifier' } });
    const codes = new Set(report.problems.map((p) => p.code));
    for (const c of ['csv.empty-header', 'csv.duplicate-column', 'csv.ragged', 'csv.invalid-number', 'csv.constant', 'csv.mixed-percent', 'csv.unknown-column', 'csv.identifier-not-unique']) {
      expect(codes, c).toContain(c);
    }
    for (const p of report.problems) expectTranslated(p);
    const ragged = report.problems.find((p) => p.code === 'csv.ragged' && p.variant === 'short')!;
    expect(problemMessage('zh-CN', ragged)).toBe('第 5 行有 3 个字段，而表头有 8 列；该行的 "column 4", "amount (2)", "flat", … 列按缺失值读取。');
  });

  it('errors that stop reading a file are said in Chinese', () => {
    for (const input of ['', 'a,b\n', '1,2\n3,4\n', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), new Uint8Array([0x61, 0, 0x62])]) {
      expectTranslated(thrown(() => readTable(input)));
    }
    const quote = readTable('a,b\n1,"open\n2,3\n');
    expect(quote.report.problems.map((p) => p.code)).toContain('csv.unterminated-quote');
    for (const p of quote.report.problems) expectTranslated(p);
  });

  it('every validation problem of a broken project is said in Chinese, with its path in front', () => {
    const bad = structuredClone(sample) as Record<string, unknown> & typeof sample;
    (bad as Record<string, unknown>).version = 99;
    (bad as Record<string, unknown>).name = 7;
    const c0 = bad.hierarchy.criteria[0] as Record<string, unknown>;
    c0.name = '';
    c0.role = 'future';
    const ind = (bad.hierarchy.criteria[1] as { indicators?: Record<string, unknown>[]; subcriteria?: { indicators: Record<string, unknown>[] }[] });
    const list = ind.indicators ?? ind.subcriteria![0].indicators;
    list[0].direction = 'up';
    list[0].id = 'goal';
    bad.options.segmentation.k = 1;
    bad.options.segmentation.kMin = 9;
    bad.options.segmentation.kMax = 3;
    (bad.options as Record<string, unknown>).normalisation = 'log';
    bad.options.scoring.abc.cuts = [0.9, 0.5];
    (bad as Record<string, unknown>).segments = [{ cluster: 0 }, { cluster: 2, name: 5 }, { cluster: 2 }];
    const problems = validateProject(bad);
    expect(problems.length).toBeGreaterThan(10);
    for (const p of problems) {
      expectTranslated(p);
      expect(problemMessage('zh-CN', p).startsWith(`${p.where.path}：`)).toBe(true);
      expect(problemMessage('zh-CN', p, { withoutPath: true }).startsWith(p.where.path!)).toBe(false);
    }
    const enumProblem = problems.find((p) => p.where.path === 'options.normalisation')!;
    expect(problemMessage('zh-CN', enumProblem, { withoutPath: true })).toBe('为 "log"；应为以下之一：minmax, zscore');
  });

  it('bad judgments and an impossible k are said in Chinese, naming the items and k', () => {
    const place = { node: 'Current value', row: 'Deposits', col: 'Loans', expert: 'E1' };
    for (const v of ['', 'abc', '1/0', '0', '-3', '12']) expectTranslated(thrown(() => parseJudgment(v, place)));
    const e = thrown(() => parseJudgment('-3', place));
    expect(problemMessage('zh-CN', e)).toContain('“Deposits”对“Loans”');
    const k = thrown(() => kmeans(pointsFromRows([[0], [1], [2]]), 5));
    expectTranslated(k);
    expect(problemMessage('zh-CN', k)).toContain('k = 5');
  });

  it('a cancelled read and an internal error of the workers are said in Chinese', () => {
    expect(problemMessage('zh-CN', { code: 'cancelled', message: 'Cancelled.', params: {} })).toBe('已取消。');
    expect(problemMessage('zh-CN', { code: 'internal', message: 'Internal error: boom', params: { detail: 'boom' } })).toBe('内部错误：boom');
  });

  it('falls back to the English message for a code without an entry or without the values it names', () => {
    const unknown: Problem = { severity: 'error', code: 'nobody.knows', message: 'Something at line 3.', where: {} };
    expect(problemMessage('zh-CN', unknown)).toBe('Something at line 3.');
    const noParams: Problem = { severity: 'warning', code: 'csv.all-missing', message: 'Column "x" is empty in all 3 rows.', where: { column: 'x' } };
    expect(problemMessage('zh-CN', noParams)).toBe('Column "x" is empty in all 3 rows.');
  });
});

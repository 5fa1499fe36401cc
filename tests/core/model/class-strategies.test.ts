import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { classStrategyProblems, setAbcStrategy, setTierStrategy, tierStrategyText, abcStrategyText } from '../../../src/core/model/class-strategies.ts';
import { validateProject } from '../../../src/core/model/validate.ts';
import { abcStrategy, tierStrategy } from '../../../src/core/explain/strategies.ts';
import { customersCsv } from '../../../src/core/report/csv.ts';
import { reportTables } from '../../../src/core/report/tables.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { readData } from '../../../src/core/data/read-data.ts';
import { addDerivedColumns } from '../../../src/core/data/derived.ts';
import { findTemplate, templateProject } from '../../../src/core/templates/index.ts';
import type { Project } from '../../../src/core/model/project.ts';
import { catalogues } from '../../../src/i18n/index.ts';
import { reportWords } from '../../../src/i18n/report.ts';

const icbc = () => templateProject(findTemplate('icbc-star')!, 'zh-CN');

describe('strategies per tier and ABC class in the project', () => {
  it('are saved by label and class, removed again by an empty text, and leave no empty lists behind', () => {
    const p: Project = icbc();
    setTierStrategy(p, '★★★★★★★', '私人银行专属服务');
    setAbcStrategy(p, 'B', 'B 类交叉销售');
    setAbcStrategy(p, 'A', 'A 类一户一策');
    expect(p.strategies).toEqual({ tiers: [{ label: '★★★★★★★', strategy: '私人银行专属服务' }], abc: [{ class: 'A', strategy: 'A 类一户一策' }, { class: 'B', strategy: 'B 类交叉销售' }] });
    setTierStrategy(p, '★★★★★★★', '');
    setAbcStrategy(p, 'A', ' ');
    setAbcStrategy(p, 'B', '');
    expect(p.strategies).toBeUndefined();
  });

  it('keep a hostile tier label as data (no prototype is set, the text is found by the label)', () => {
    const p: Project = icbc();
    setTierStrategy(p, '__proto__', 'x');
    setTierStrategy(p, 'constructor', 'y');
    expect(Object.getPrototypeOf(p.strategies)).toBe(Object.prototype);
    expect(tierStrategyText(p, ['constructor', '__proto__'], 1, 'en')).toBe('x');
    expect(tierStrategyText(p, ['constructor', '__proto__'], 0, 'en')).toBe('y');
    expect(validateProject(JSON.parse(JSON.stringify(p))).filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('fall back to the template of the class in the language asked for', () => {
    const p: Project = icbc();
    const t = tierStrategy(6, 7, 'en');
    expect(tierStrategyText(p, ['a', 'b', 'c', 'd', 'e', 'f', 'g'], 6, 'en')).toBe(`${t.characteristics} ${t.strategy}`);
    const a = abcStrategy(2, 'zh-CN', { cuts: [0.7, 0.9] });
    expect(abcStrategyText(p, 2, 'zh-CN', [0.7, 0.9])).toBe(`${a.characteristics}${a.strategy}`);
    expect(abcStrategyText(p, 2, 'zh-CN', [0.7, 0.9])).toContain('90%');
  });

  it('are validated: each problem names its path and has a Chinese message', () => {
    const bad = classStrategyProblems({ tiers: [{ label: 'x', strategy: 1 }, { label: 'x', strategy: 'a' }], abc: [{ class: 'D', strategy: 'a' }], other: 1 });
    expect(bad.map((b) => b.path)).toEqual(['strategies.other', 'strategies.tiers[0].strategy', 'strategies.tiers[1].label', 'strategies.abc[0].class']);
    for (const b of bad) expect(catalogues['zh-CN'][`problem.project.invalid.${b.variant}` as keyof typeof catalogues.en]).toBeTruthy();
    const p = { ...icbc(), strategies: { abc: [{ class: 'A', strategy: 5 }] } };
    expect(validateProject(p).filter((x) => x.severity === 'error').map((x) => x.where.path)).toEqual(['strategies.abc[0].strategy']);
    expect(classStrategyProblems([])[0].path).toBe('strategies');
  });
});

describe('strategies per tier and ABC class in the exports', () => {
  const t = findTemplate('icbc-star')!;
  const { table, lines, report } = readData(new TextEncoder().encode(t.generate()), { fileName: 'icbc-star.csv' });
  // The export reads the derived indicator (星点值) beside the file's columns, as the page's export does.
  const withIndex = addDerivedColumns(table, icbc().data.derived!, { lines }).table;

  it('fill a tier-strategy and an ABC-strategy column of the customers CSV once the project has its own text, one per customer by class', () => {
    const p: Project = icbc();
    const plain = runPipeline(p, table, { lines, report });
    expect(customersCsv(withIndex, plain, p, { locale: 'zh-CN' })).not.toContain('客户等级策略');
    setTierStrategy(p, '★★★★★★★', '=七星：私人银行');
    setAbcStrategy(p, 'C', 'C 类：线上化');
    const r = runPipeline(p, table, { lines, report });
    const rows = Papa.parse<string[]>(customersCsv(withIndex, r, p, { locale: 'zh-CN' }).slice(1).trim(), { newline: '\r\n' }).data;
    const h = rows[0];
    const [tier, tierS, abc, abcS] = ['客户等级', '客户等级策略', 'ABC分类', 'ABC分类策略'].map((x) => h.indexOf(x));
    expect(Math.min(tier, tierS, abc, abcS)).toBeGreaterThanOrEqual(0);
    const seven = rows.slice(1).filter((row) => row[tier] === '★★★★★★★');
    expect(seven.length).toBe(r.tiers!.counts[6]);
    // the text is defused as a formula, as every text cell
    for (const row of seven) expect(row[tierS]).toBe("'=七星：私人银行");
    const three = rows.slice(1).find((row) => row[tier] === '★★★')!;
    expect(three[tierS]).toBe(tierStrategyText(p, r.tiers!.labels, 2, 'zh-CN'));
    for (const row of rows.slice(1)) expect(row[abcS]).toBe(row[abc] === 'C' ? 'C 类：线上化' : abcStrategyText(p, row[abc] === 'A' ? 0 : 1, 'zh-CN', r.abc!.cuts));
  });

  it('give the report a strategy table per tier (highest first, with counts) and per ABC class', () => {
    const p: Project = icbc();
    setTierStrategy(p, '★★', 'two stars');
    const r = runPipeline(p, table, { lines, report });
    const tables = reportTables(r, p, reportWords('en'));
    const tiers = tables.find((x) => x.id === 'strategies:tiers')!;
    expect(tiers.rows.map((row) => row[0])).toEqual([...r.tiers!.labels].reverse());
    expect(tiers.rows.map((row) => row[1])).toEqual([...r.tiers!.counts].reverse());
    expect(tiers.rows.find((row) => row[0] === '★★')![3]).toBe('two stars');
    const abc = tables.find((x) => x.id === 'strategies:abc')!;
    expect(abc.rows.map((row) => row[0])).toEqual(['A', 'B', 'C']);
    expect(abc.rows.map((row) => row[1])).toEqual(r.abc!.counts);
  });
});

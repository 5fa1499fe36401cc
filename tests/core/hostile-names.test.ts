/**
 * No user string is ever compiled as code. Arquero can compile table expressions with
 * `Function(...)`; the core only uses plain column access, so column names, criterion and
 * indicator names, tier labels and strategy texts from a file or a project stay data. These
 * tests rename the sample's columns to hostile names (code fragments, template literals, names
 * of Object.prototype members, quotes and newlines) and run the whole method and the exports,
 * with the global `Function` and `eval` replaced by traps that record any call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { readTable } from '../../src/core/data/read.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import type { Project } from '../../src/core/model/project.ts';
import { validateProject } from '../../src/core/model/validate.ts';
import { customersCsv, reportTables, resultToJson, methodsParagraph, tableToCsv } from '../../src/core/report/index.ts';
import { reportWords } from '../../src/i18n/report.ts';

const root = new URL('../../', import.meta.url);
const sampleCsv = readFileSync(new URL('datasets/corporate_customers.csv', root), 'utf8');
const sampleProject = (): Project => JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8'));

/** Set by any of the hostile names if it were ever run as code. */
const SENTINEL = '__valuesegPwned';
const g = globalThis as unknown as Record<string, unknown>;

/** The sample's 13 columns, renamed (same order: id, industry, region, then the 10 indicators). */
const HOSTILE: Record<string, string> = {
  customer_id: 'valueOf',
  industry: '__proto__',
  region: 'constructor',
  avg_daily_deposits: `a); globalThis.${SENTINEL} = 1; (b`,
  loan_balance: `\`\${globalThis.${SENTINEL} = 2}\``,
  intermediary_income: 'toString',
  settlement_volume: `say "hi",\nthen\r\n'quit' \\ done`,
  years_of_cooperation: `d => (globalThis.${SENTINEL} = 3)`,
  revenue_growth: '$',
  credit_rating: 'hasOwnProperty',
  products_held: `op.row_number() + (globalThis.${SENTINEL} = 4)`,
  industry_outlook: '<img src=x onerror=alert(1)>',
  overdue_days: '"><svg onload=alert(1)>',
};

/** The sample CSV with the hostile header (quoted as RFC 4180 says). */
function hostileCsv(): string {
  const [header, ...rest] = sampleCsv.split('\n');
  const names = header.split(',').map((h) => HOSTILE[h]);
  expect(names.every((n) => n !== undefined)).toBe(true);
  return [names.map((n) => `"${n.replace(/"/g, '""')}"`).join(','), ...rest].join('\n');
}

/** The sample project bound to the renamed columns, with hostile names for its own text fields too. */
function hostileProject(): Project {
  const p = sampleProject();
  p.name = `x'); globalThis.${SENTINEL} = 5; ('`;
  p.data = { ...p.data, idColumn: HOSTILE.customer_id };
  p.hierarchy.goal = '${globalThis.' + SENTINEL + ' = 6}';
  p.hierarchy.criteria.forEach((c, i) => {
    c.name = i === 0 ? 'constructor' : `__proto__ "); (globalThis.${SENTINEL} = 7`;
    for (const ind of c.indicators ?? []) {
      ind.column = HOSTILE[ind.column];
      ind.name = `${ind.column} (name)`;
    }
  });
  p.experts = [{ id: 'e1', name: `</script><script>globalThis.${SENTINEL} = 8</script>` }];
  p.options.scoring.tiers = { ...p.options.scoring.tiers!, source: HOSTILE.avg_daily_deposits };
  p.options.scoring.tiers.labels = ['toString', '__proto__', 'valueOf', `\${globalThis.${SENTINEL} = 9}`];
  p.options.scoring.abc.source = HOSTILE.avg_daily_deposits;
  p.options.segmentation.compositionColumn = HOSTILE.industry;
  p.segments = [{ cluster: 1, name: 'constructor', strategy: `\`\${globalThis.${SENTINEL} = 10}\`` }];
  return p;
}

// Traps: any call of the global Function constructor or eval while the core runs is recorded.
const compiled: string[] = [];
const RealFunction = globalThis.Function;
const realEval = globalThis.eval;
beforeAll(() => {
  g.Function = new Proxy(RealFunction, {
    apply: (target, self, args: unknown[]) => {
      compiled.push(String(args.at(-1)));
      return Reflect.apply(target, self, args);
    },
    construct: (target, args: unknown[]) => {
      compiled.push(String(args.at(-1)));
      return Reflect.construct(target, args);
    },
  });
  g.eval = (code: string) => {
    compiled.push(String(code));
    return realEval(code);
  };
});
afterAll(() => {
  g.Function = RealFunction;
  g.eval = realEval;
});

describe('hostile column and project names are data, never code', () => {
  const plain = () => {
    const { table, report, lines } = readTable(sampleCsv);
    return { table, result: runPipeline(sampleProject(), table, { report, lines }) };
  };

  it('the trap itself catches a call of Function (so the checks below can fail)', () => {
    const before = compiled.length;
    (g.Function as FunctionConstructor)('return 1')();
    expect(compiled.length).toBe(before + 1);
    compiled.length = before;
  });

  it('reads every hostile header as a column of that exact name, with the sample’s values', () => {
    const { table, report } = readTable(hostileCsv());
    expect(table.columnNames()).toEqual(Object.values(HOSTILE));
    expect(report.columns.map((c) => c.name)).toEqual(Object.values(HOSTILE));
    const base = readTable(sampleCsv).table;
    for (const [from, to] of Object.entries(HOSTILE)) {
      expect(Array.from(table.column(to) as unknown as ArrayLike<unknown>)).toEqual(Array.from(base.column(from) as unknown as ArrayLike<unknown>));
    }
    expect(compiled).toEqual([]);
    expect(g[SENTINEL]).toBeUndefined();
  });

  it('validates, weights, scores and clusters exactly as with the plain names (renaming changes nothing)', () => {
    const { table, report, lines } = readTable(hostileCsv());
    const project = hostileProject();
    expect(validateProject(project, report.columns.map((c) => ({ name: c.name, type: c.type }))).filter((p) => p.severity === 'error')).toEqual([]);
    const result = runPipeline(project, table, { report, lines });
    const ref = plain().result;
    expect(result.weights.indicators.map((w) => w.column)).toEqual(ref.weights.indicators.map((w) => HOSTILE[w.column]));
    expect(result.weights.indicators.map((w) => [w.ahp, w.final])).toEqual(ref.weights.indicators.map((w) => [w.ahp, w.final]));
    expect(Array.from(result.scores.composite)).toEqual(Array.from(ref.scores.composite));
    expect(result.clustering.k).toBe(ref.clustering.k);
    expect(Array.from(result.clustering.labels)).toEqual(Array.from(ref.clustering.labels));
    expect(result.segments.map((s) => s.size)).toEqual(ref.segments.map((s) => s.size));
    expect(compiled).toEqual([]);
    expect(g[SENTINEL]).toBeUndefined();
  });

  it('exports the customers CSV, the JSON result, the report tables and the methods paragraph with the names as text', () => {
    const { table, report, lines } = readTable(hostileCsv());
    const project = hostileProject();
    const result = runPipeline(project, table, { report, lines });
    const csv = customersCsv(table, result, project);
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const header = parsed.data[0];
    // The indicator columns keep their data names, so the file reads back into the same columns.
    for (const name of Object.values(HOSTILE).slice(3)) expect(header).toContain(name);
    expect(parsed.data.length).toBe(601);
    const ids = Array.from(table.column('valueOf') as unknown as ArrayLike<string>);
    expect(parsed.data.slice(1).map((r) => r[header.indexOf('valueOf')])).toEqual(ids);
    const json = JSON.stringify(resultToJson(result));
    expect(JSON.parse(json).weights.indicators.map((w: { column: string }) => w.column)).toEqual(Object.values(HOSTILE).slice(3));
    const tables = reportTables(result, project, reportWords('en'));
    const text = tables.map((t) => tableToCsv(t)).join('\n') + methodsParagraph(project, result, reportWords('en'));
    expect(text).toContain('toString');
    expect(text).toContain('constructor');
    expect(compiled).toEqual([]);
    expect(g[SENTINEL]).toBeUndefined();
  });
});

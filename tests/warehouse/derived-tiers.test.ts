/**
 * Derived indicator columns and tiers on several columns (model version 2), three ways:
 * `cli score`'s streaming scorer against the pipeline (`cli run`) on the training file, and the
 * warehouse SQL run in DuckDB and PostgreSQL against `cli score` on the templates' next-period
 * files (datasets/templates/period2, which no model was built on), for the issue-9 templates
 * that use them and for the sample project given every kind of derived column and rules on
 * derived columns and scores, with text that tries to break out of the SQL quotes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { HiveSQL, SparkSQL } from 'dt-sql-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbEngine, postgresEngine, type Engine } from '../../src/cli/engines.ts';
import { runCommand } from '../../src/cli/commands.ts';
import { modelFromFiles } from '../../src/cli/model.ts';
import type { InputError } from '../../src/core/errors.ts';
import type { Project } from '../../src/core/model/project.ts';
import { readScoringModel } from '../../src/core/scoring-model/read.ts';
import { scoringSql } from '../../src/core/scoring-model/sql.ts';
import { StreamScorer } from '../../src/core/scoring-model/stream-score.ts';
import type { ScoringModel } from '../../src/core/scoring-model/types.ts';
import { findTemplate, templateProject } from '../../src/core/templates/index.ts';
import { loadTable, startPostgres, typedRows, type Cluster } from './engines.ts';

const root = new URL('../../', import.meta.url);
const text = (p: string) => readFileSync(new URL(p, root), 'utf8');
const CREATED = '2026-12-07T00:00:00.000Z';

/** The sample project with derived columns of every kind standing in for indicators and under tier rules. */
function derivedSampleProject(): Project {
  const p = JSON.parse(text('datasets/corporate_customers.project.json')) as Project;
  p.data.derived = [
    { name: 'loan_to_deposit', kind: 'ratio', inputs: ['loan_balance', 'avg_daily_deposits'] },
    { name: 'log_settlement', kind: 'log', inputs: ['settlement_volume'], offset: 1 },
    { name: 'deposit_share', kind: 'share', inputs: ['avg_daily_deposits', 'loan_balance', 'intermediary_income'] },
    { name: 'rating_gap', kind: 'difference', inputs: ['credit_rating', 'industry_outlook'] },
    // a weighted sum over raw and derived columns (a derived column may read an earlier one)
    { name: 'value"); DROP TABLE x; --', kind: 'weighted-sum', inputs: ['avg_daily_deposits', 'loan_to_deposit', 'intermediary_income'], coefficients: [0.5, -20, 3.1] },
    // defined but used by nothing the model computes: left out of the model
    { name: 'unused', kind: 'difference', inputs: ['overdue_days', 'years_of_cooperation'] },
  ];
  const ind = p.hierarchy.criteria.flatMap((c) => c.indicators ?? []);
  ind.find((i) => i.column === 'settlement_volume')!.column = 'log_settlement';
  ind.find((i) => i.column === 'loan_balance')!.column = 'loan_to_deposit';
  ind.find((i) => i.column === 'industry_outlook')!.column = 'rating_gap';
  delete p.options.scoring.tiers;
  p.options.scoring.abc.source = 'score:composite';
  p.options.scoring.tierRules = {
    unmatched: "no tier'); DELETE FROM t; --\\",
    rules: [
      { label: 'C', conditions: [{ source: 'value"); DROP TABLE x; --', op: '>=', value: 100 }] },
      { label: 'B `"\'', match: 'any', conditions: [{ source: 'score:composite', op: '>', value: 55 }, { source: 'deposit_share', op: '>=', value: 0.6 }, { source: 'products_held', op: '==', value: 7 }] },
      { label: '钻石', match: 'all', conditions: [{ source: 'value"); DROP TABLE x; --', op: '>=', value: 500 }, { source: 'score:current', op: '>=', value: 30 }, { source: 'log_settlement', op: '<', value: 9.5 }, { source: 'overdue_days', op: '<=', value: 20 }] },
    ],
  };
  return p;
}

/** The sample's next-period file with cells that make derived values undefined: a zero divisor, a logarithm of a number ≤ 0, a missing input. */
function derivedNextPeriod(): string {
  const rows = Papa.parse<string[]>(text('tests/fixtures/warehouse/next-period.csv').trim()).data;
  const h = rows[0];
  const col = (name: string) => h.indexOf(name);
  for (let i = 1; i < rows.length; i += 37) rows[i][col('avg_daily_deposits')] = '0';
  for (let i = 5; i < rows.length; i += 41) rows[i][col('settlement_volume')] = '-3';
  for (let i = 9; i < rows.length; i += 43) (rows[i][col('avg_daily_deposits')] = '0'), (rows[i][col('loan_balance')] = '0'), (rows[i][col('intermediary_income')] = '0');
  for (let i = 11; i < rows.length; i += 29) rows[i][col('credit_rating')] = '';
  return Papa.unparse(rows) + '\n';
}

interface Case {
  name: string;
  project: Project;
  trainFile: string;
  train: string;
  next: string;
}

const template = (id: string): Case => ({
  name: `template ${id}`,
  project: templateProject(findTemplate(id)!, 'zh-CN'),
  trainFile: `${id}.csv`,
  train: text(`datasets/templates/${id}.csv`),
  next: text(`datasets/templates/period2/${id}.csv`),
});

const CASES: Case[] = [
  template('icbc-star'), // a weighted-sum derived index as indicator, tier-rule source and ABC source; 1–7 stars
  template('banka-corporate'), // tiers on several columns (any / all) with an unmatched tier
  template('banka-retail'), // tiers on two columns (any), the lowest holding for everyone
  { name: 'sample project with derived columns of every kind', project: derivedSampleProject(), trainFile: 'corporate_customers.csv', train: text('datasets/corporate_customers.csv'), next: derivedNextPeriod() },
];

const bytes = (s: string) => new TextEncoder().encode(s);
const modelOf = (c: Case) => modelFromFiles(bytes(JSON.stringify(c.project)), 'project.json', bytes(c.train), c.trainFile, { createdAt: CREATED });

/** cli score's rows (header first), parsed. */
function cliScore(m: ScoringModel, csv: string): string[][] {
  const s = new StreamScorer(m, { delimiter: ',' });
  return Papa.parse<string[]>((s.push(csv) + s.finish()).trim()).data;
}

describe('scoring model with derived columns and tier rules', () => {
  for (const c of CASES) {
    it(`${c.name}: cli score gives the training file the pipeline's scores, tiers, quadrants and segments`, () => {
      const model = modelOf(c);
      expect(model.version).toBe(2);
      expect(model.tierRules).not.toBeNull();
      const run = runCommand(bytes(JSON.stringify(c.project)), 'project.json', bytes(c.train), c.trainFile) as any;
      const rows = cliScore(model, c.train);
      expect(rows.length - 1).toBe(run.n);
      const tiers = new Set<string>();
      run.rows.forEach((r: number, i: number) => {
        const s = rows[r + 1];
        expect(Number(s[1])).toBe(run.scores.composite[i]);
        expect(Number(s[2])).toBe(run.scores.current[i]);
        expect(Number(s[3])).toBe(run.scores.potential[i]);
        expect(s[4], `row ${r}`).toBe(run.tiers.labels[run.tiers.tier[i]]);
        expect(s[5]).toBe(['hh', 'hl', 'lh', 'll'][run.matrix.quadrant[i]]);
        expect(Number(s[6])).toBe(run.clustering.labels[i]);
        tiers.add(s[4]);
      });
      // the rules sort customers into several tiers: the comparison is not of one constant
      expect(tiers.size).toBeGreaterThan(2);
    }, 60_000);
  }

  it('keeps only the derived columns the model uses, and reads their inputs, not the derived names, from the file', () => {
    const model = modelOf(CASES[3]);
    expect(model.derived.map((d) => d.name)).toEqual(['loan_to_deposit', 'log_settlement', 'deposit_share', 'rating_gap', 'value"); DROP TABLE x; --']);
    const inputs = model.inputs.map((x) => x.column);
    expect(inputs).toContain('settlement_volume');
    expect(inputs).not.toContain('log_settlement');
    expect(inputs).not.toContain('unused');
    const icbc = modelOf(CASES[0]);
    expect(icbc.derived).toEqual([{ name: 'value_index', kind: 'weighted-sum', inputs: ['deposits_6m_avg', 'wealth_6m_avg', 'loans_6m_avg', 'fee_income'], coefficients: [0.01, 0.01, 0.005, 0.1] }]);
    expect(icbc.tierRules!.unmatched).toBeNull();
    expect(modelOf(CASES[1]).tierRules!.unmatched).toBe('未定级');
  });

  it('reads back the model it writes (JSON round trip)', () => {
    for (const c of CASES) {
      const m = modelOf(c);
      expect(readScoringModel(JSON.stringify(m))).toEqual(m);
    }
  });

  it('gives a missing value, filled like any other, where a derived column is undefined (zero divisor, logarithm of a number ≤ 0, missing input)', () => {
    const model = modelOf(CASES[3]);
    const rows = cliScore(model, CASES[3].next);
    expect(rows.length - 1).toBe(400);
    for (const r of rows.slice(1)) expect(Number.isFinite(Number(r[1])), r[0]).toBe(true);
  });
});

describe('reading a version 2 model names the field that is wrong', () => {
  const good = modelOf(CASES[3]);
  const broken = (change: (m: any) => void) => {
    const m = structuredClone(good) as any;
    change(m);
    try {
      readScoringModel(JSON.stringify(m));
    } catch (e) {
      expect((e as InputError).code).toBe('model.invalid');
      expect((e as InputError).message).toContain((e as InputError).where.path!);
      return (e as InputError).where.path;
    }
    return 'accepted';
  };

  it('in derived columns', () => {
    expect(broken((m) => (m.derived[0].kind = 'cube'))).toBe('derived[0].kind');
    expect(broken((m) => (m.derived[1].inputs[0] = 'no such column'))).toBe('derived[1].inputs[0]');
    expect(broken((m) => (m.derived[0].inputs[0] = 'deposit_share'))).toBe('derived[0].inputs[0]'); // defined later
    expect(broken((m) => (m.derived[2].name = 'avg_daily_deposits'))).toBe('derived[2].name');
    expect(broken((m) => (m.derived[3].name = 'loan_to_deposit'))).toBe('derived[3].name');
    expect(broken((m) => m.derived[4].coefficients.pop())).toBe('derived[4].coefficients');
    expect(broken((m) => (m.derived[0].inputs = ['loan_balance']))).toBe('derived[0].inputs');
    expect(broken((m) => (m.derived[1].offset = 'one'))).toBe('derived[1].offset');
    expect(broken((m) => m.derived.splice(1, 1))).toBe('indicators[3].column');
    expect(broken((m) => (m.derived = {}))).toBe('derived');
  });

  it('in tier rules', () => {
    expect(broken((m) => (m.tierRules.rules[1].conditions[0].op = '!='))).toBe('tierRules.rules[1].conditions[0].op');
    expect(broken((m) => (m.tierRules.rules[2].conditions[2].source = 'no such column'))).toBe('tierRules.rules[2].conditions[2].source');
    expect(broken((m) => (m.tierRules.rules[0].conditions[0].value = '100'))).toBe('tierRules.rules[0].conditions[0].value');
    expect(broken((m) => (m.tierRules.rules[1].match = 'some'))).toBe('tierRules.rules[1].match');
    expect(broken((m) => (m.tierRules.rules[2].label = ''))).toBe('tierRules.rules[2].label');
    expect(broken((m) => (m.tierRules.unmatched = null))).toBe('tierRules.unmatched');
    expect(broken((m) => (m.tierRules.rules = []))).toBe('tierRules.rules');
    expect(broken((m) => (m.tiers = { source: 'avg_daily_deposits', thresholds: [1], labels: ['a', 'b'] }))).toBe('tierRules');
    expect(broken((m) => (m.abc.source = 'no such column'))).toBe('abc.source');
  });

  it('refuses derived columns or tier rules in a version 1 model, and reads a version 1 model without them', () => {
    expect(broken((m) => (m.version = 1))).toBe('derived');
    // the sample's model as version 1 wrote it: no derived, no tierRules
    const v1 = JSON.parse(text('tests/fixtures/warehouse/sample.model.json'));
    expect(v1.version).toBe(2);
    v1.version = 1;
    delete v1.derived;
    delete v1.tierRules;
    const m = readScoringModel(JSON.stringify(v1));
    expect([m.derived, m.tierRules]).toEqual([[], null]);
    expect(m.tiers!.labels).toEqual(['Ordinary', 'Gold', 'Platinum', 'Diamond']);
    v1.tierRules = null;
    expect(() => readScoringModel(JSON.stringify(v1))).toThrow(/tierRules must be absent in a version 1 model/);
  });
});

/** The engine's rows against cli score's, customer by customer; returns the tiers seen. */
async function expectSameAsCliScore(engine: Engine, dialect: 'duckdb' | 'postgres', m: ScoringModel, csv: string, table: string): Promise<Set<string>> {
  await loadTable(engine as any, dialect, table, typedRows(m, csv));
  const got = await engine.query(scoringSql(m, { dialect, table }));
  const want = new Map(cliScore(m, csv).slice(1).map((r) => [r[0], r]));
  expect(got.length).toBe(want.size);
  const tiers = new Set<string>();
  for (const row of got) {
    const w = want.get(row[0]!)!;
    expect(w, `id ${row[0]}`).toBeDefined();
    for (const j of [1, 2, 3]) {
      if (w[j] === '') expect(row[j]).toBeNull();
      else expect(Math.abs(Number(row[j]) - Number(w[j])), `${row[0]} column ${j}`).toBeLessThanOrEqual(1e-9);
    }
    expect([row[4] ?? '', row[5] ?? '', row[6] ?? '', row[7] ?? ''], `id ${row[0]}`).toEqual(w.slice(4, 8));
    tiers.add(row[4] ?? '');
  }
  return tiers;
}

describe('warehouse SQL with derived columns and tier rules in DuckDB', () => {
  let duck: Awaited<ReturnType<typeof duckdbEngine>>;
  beforeAll(async () => {
    duck = await duckdbEngine(':memory:');
  });
  afterAll(() => duck.close());

  for (const c of CASES) {
    it(`${c.name}: every customer of the next-period file gets cli score's segment, tier, quadrant and scores (1e-9)`, async () => {
      const tiers = await expectSameAsCliScore(duck, 'duckdb', modelOf(c), c.next, 'customers');
      expect(tiers.size).toBeGreaterThan(2);
    }, 60_000);
  }
});

describe('warehouse SQL with derived columns and tier rules in PostgreSQL', () => {
  let cluster: Cluster | null = null;
  let pg: Engine;
  beforeAll(() => {
    const c = startPostgres();
    if ('missing' in c) {
      if (process.env.VALUESEG_REQUIRE_POSTGRES === '1') throw new Error(`VALUESEG_REQUIRE_POSTGRES=1 but ${c.missing}`);
      console.log(`PostgreSQL tests skipped: ${c.missing}`);
      return;
    }
    cluster = c;
    pg = postgresEngine(c.url);
  }, 60_000);
  afterAll(() => cluster?.stop());

  for (const c of CASES) {
    it(`${c.name}: every customer of the next-period file gets cli score's segment, tier, quadrant and scores (1e-9)`, async (ctx) => {
      if (!cluster) return ctx.skip();
      const tiers = await expectSameAsCliScore(pg, 'postgres', modelOf(c), c.next, 'customers');
      expect(tiers.size).toBeGreaterThan(2);
    }, 60_000);
  }
});

describe('Spark SQL and Hive statements with derived columns and tier rules', () => {
  for (const [dialect, Parser] of [['spark', SparkSQL], ['hive', HiveSQL]] as const) {
    it(`parse with dt-sql-parser's ${dialect} grammar`, () => {
      const sql = scoringSql(modelOf(CASES[3]), { dialect, table: 'bank.customers' });
      expect(sql).toContain('LN(');
      expect(new Parser().validate(sql)).toEqual([]);
    }, 60_000);
  }
});

describe('cli model, score and sql on a template with derived columns and tier rules', () => {
  it('writes a version 2 model, scores a next-period file with it, and prints SQL that DuckDB runs to the same tiers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'valueseg-derived-'));
    const c = CASES[0];
    writeFileSync(join(dir, 'p.json'), JSON.stringify(c.project));
    writeFileSync(join(dir, 'train.csv'), c.train);
    writeFileSync(join(dir, 'next.csv'), c.next);
    const cli = (args: string[]) => spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
    const made = cli(['model', '--project', join(dir, 'p.json'), '--data', join(dir, 'train.csv'), '--out', join(dir, 'm.json')]);
    expect(made.status, made.stderr).toBe(0);
    const scored = cli(['score', '--model', join(dir, 'm.json'), '--data', join(dir, 'next.csv'), '--out', join(dir, 's.csv')]);
    expect(scored.status, scored.stderr).toBe(0);
    const summary = JSON.parse(scored.stdout);
    expect(Object.keys(summary.tiers).length).toBeGreaterThan(2);
    const sql = cli(['sql', '--model', join(dir, 'm.json'), '--dialect', 'duckdb', '--table', 'customers']);
    expect(sql.status, sql.stderr).toBe(0);
    const model = readScoringModel(readFileSync(join(dir, 'm.json'), 'utf8'));
    const duck = await duckdbEngine(':memory:');
    try {
      await loadTable(duck as any, 'duckdb', 'customers', typedRows(model, c.next));
      const got = await duck.query(sql.stdout);
      const want = Papa.parse<string[]>(readFileSync(join(dir, 's.csv'), 'utf8').trim()).data.slice(1);
      expect(got.map((r) => [r[0], r[4]])).toEqual(want.map((r) => [r[0], r[4]]));
    } finally {
      duck.close();
    }
  }, 120_000);
});

/**
 * The projects of the derived-column and tier-rule tests (derived-tiers.test.ts, the v2 model
 * fixtures): three issue-9 templates and the sample project given every kind of derived column.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { modelFromFiles } from '../../src/cli/model.ts';
import type { Project } from '../../src/core/model/project.ts';
import { findTemplate, templateProject } from '../../src/core/templates/index.ts';

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

export interface Case {
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

export const CASES: Case[] = [
  template('icbc-star'), // a weighted-sum derived index as indicator, tier-rule source and ABC source; 1–7 stars
  template('banka-corporate'), // tiers on several columns (any / all) with an unmatched tier
  template('banka-retail'), // tiers on two columns (any), the lowest holding for everyone
  { name: 'sample project with derived columns of every kind', project: derivedSampleProject(), trainFile: 'corporate_customers.csv', train: text('datasets/corporate_customers.csv'), next: derivedNextPeriod() },
];

export const bytes = (s: string) => new TextEncoder().encode(s);
export const modelOf = (c: Case) => modelFromFiles(bytes(JSON.stringify(c.project)), 'project.json', bytes(c.train), c.trainFile, { createdAt: CREATED });

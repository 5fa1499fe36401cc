import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateProject, type ColumnInfo } from '../../../src/core/model/validate.ts';
import { listIndicators, childrenOf } from '../../../src/core/model/hierarchy.ts';
import type { Project } from '../../../src/core/model/project.ts';

const sample = (): Project =>
  JSON.parse(readFileSync(new URL('../../../datasets/corporate_customers.project.json', import.meta.url), 'utf8'));

const sampleColumns: ColumnInfo[] = [
  { name: 'customer_id', type: 'identifier' },
  { name: 'industry', type: 'categorical' },
  ...['avg_daily_deposits', 'loan_balance', 'intermediary_income', 'settlement_volume', 'years_of_cooperation',
    'revenue_growth', 'credit_rating', 'products_held', 'industry_outlook', 'overdue_days'].map((name) => ({ name, type: 'numeric' as const })),
];

const messages = (raw: unknown, cols?: ColumnInfo[]) => validateProject(raw, cols).map((p) => p.message);

describe('validateProject', () => {
  it('accepts the shipped sample project bound to its data', () => {
    expect(validateProject(sample(), sampleColumns)).toEqual([]);
  });

  it('names the path of an indicator whose column is not in the data', () => {
    const p = sample();
    p.hierarchy.criteria[1].indicators![0].column = 'loan_bal';
    expect(messages(p, sampleColumns)).toEqual(['hierarchy.criteria[1].indicators[0].column: no column "loan_bal" in the data']);
  });

  it('says when an indicator is bound to a column that is not numeric', () => {
    const p = sample();
    p.hierarchy.criteria[0].indicators![2].column = 'industry';
    expect(messages(p, sampleColumns)).toEqual(['hierarchy.criteria[0].indicators[2].column: column "industry" is categorical, not numeric']);
  });

  it('accepts column types in data.types and names a bad type by its column', () => {
    const p = sample();
    p.data.types = { customer_id: 'categorical', industry: 'identifier' };
    expect(validateProject(p, sampleColumns)).toEqual([]);
    (p.data as Record<string, unknown>).types = { customer_id: 'text', 'loan.balance': 3 };
    expect(messages(p)).toEqual([
      'data.types["customer_id"]: is "text"; expected identifier, numeric or categorical',
      'data.types["loan.balance"]: is 3; expected identifier, numeric or categorical',
    ]);
    (p.data as Record<string, unknown>).types = ['numeric'];
    expect(messages(p)).toEqual(['data.types: expected an object mapping column names to identifier, numeric or categorical']);
  });

  it('names a malformed segment basis by its path', () => {
    const p = sample();
    (p as unknown as Record<string, unknown>).segments = [{ cluster: 1, name: 'A', basis: { k: 4, type: 'hh' } }, { cluster: 2, name: 'B', basis: { k: 0, type: 'xx' } }];
    expect(messages(p)).toEqual(['segments[1].basis: is {"k":0,"type":"xx"}; expected {"k": whole number ≥ 1, "type": "hh", "hl", "lh", "ll" or null}']);
  });

  it('warns, naming the column, when data.types sets a type for a column the data does not have', () => {
    const p = sample();
    p.data.types = { customer_id: 'categorical', ghost: 'numeric' };
    const problems = validateProject(p, sampleColumns);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: 'warning',
      code: 'project.unknown-type-column',
      message: 'data.types["ghost"]: a type is set for column "ghost", which is not in the data',
      where: { path: 'data.types["ghost"]' },
      params: { column: 'ghost' },
    });
  });

  it('rejects a project of another version and says which version it reads', () => {
    const p = { ...sample(), version: 7 };
    expect(messages(p)).toEqual(['version: is 7; this version of ValueSeg reads project version 1']);
  });

  it('lists every missing top-level field', () => {
    const m = messages({ version: 1 });
    expect(m).toContain('name: missing project name');
    expect(m).toContain('hierarchy: missing or not an object');
    expect(m).toContain('experts: expected at least one expert');
    expect(m).toContain('options: missing or not an object');
  });

  it('rejects an id used twice in the tree, which would make the tree ambiguous', () => {
    const p = sample();
    p.hierarchy.criteria[1].indicators![4].id = 'deposits';
    expect(messages(p)).toEqual([
      'hierarchy.criteria[1].indicators[4].id: id "deposits" is already used at hierarchy.criteria[0].indicators[0].id',
      // The potential node's matrix still compares the old id "overdue".
      "judgments[2].items: the matrix (node Potential value, expert Expert 1) compares Revenue growth, Credit rating, Products held, Industry outlook, overdue; the node's children are Revenue growth, Credit rating, Products held, Industry outlook, Average daily deposits (missing Average daily deposits; not children of this node: overdue)",
    ]);
  });

  it('rejects an unknown enum value with the allowed ones', () => {
    const p = sample() as unknown as { options: { ahp: { ri: string } } };
    p.options.ahp.ri = 'saaty1977';
    expect(messages(p)).toEqual(['options.ahp.ri: is "saaty1977"; expected one of saaty1980, saaty2005, cn, alonso-lamata']);
  });

  it('rejects thresholds that do not increase, naming the offending one', () => {
    const p = sample();
    p.options.scoring.tiers!.thresholds = [300, 3000, 1000];
    expect(messages(p)).toEqual(['options.scoring.tiers.thresholds[2]: is 1000; thresholds must increase (previous is 3000)']);
  });

  it('rejects a judgment matrix for a node that does not exist', () => {
    const p = sample();
    p.judgments[1].node = 'nowhere';
    expect(messages(p)).toEqual(['judgments[1].node: is "nowhere"; no such node in the hierarchy']);
  });

  it('rejects a second matrix for the same node and expert', () => {
    const p = sample();
    p.judgments.push({ ...p.judgments[0] });
    expect(messages(p)).toEqual(['judgments[3]: a second matrix for node "goal" and expert "e1" (the first is judgments[0])']);
  });

  it('rejects a matrix whose size does not match its items', () => {
    const p = sample();
    p.judgments[0].matrix = [[1, 2, 3], [1, 1, 1], [1, 1, 1]];
    expect(messages(p)).toEqual(['judgments[0].matrix: expected a 2×2 matrix (one row and column per item)']);
  });

  it('rejects a 5 MB name without echoing it back', () => {
    const p = { ...sample(), name: 'x'.repeat(5_000_000) };
    const m = messages(p);
    expect(m).toEqual(['name: is 5000000 characters long; at most 500']);
  });

  it('treats a __proto__ key in the JSON as an ordinary unknown field and does not pollute objects', () => {
    const raw = JSON.parse(readFileSync(new URL('../../../datasets/corporate_customers.project.json', import.meta.url), 'utf8').replace('"version": 1,', '"version": 1, "__proto__": {"polluted": true},'));
    expect(validateProject(raw).map((p) => [p.severity, p.code, p.where.path])).toEqual([['warning', 'project.unknown-field', '__proto__']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects kMin above kMax and k below 2', () => {
    const p = sample();
    p.options.segmentation.kMin = 6;
    p.options.segmentation.kMax = 3;
    p.options.segmentation.k = 1;
    expect(messages(p)).toEqual([
      'options.segmentation.kMin: is 6, larger than kMax = 3',
      'options.segmentation.k: is 1; at least 2 segments are needed',
    ]);
  });

  it('accepts the k-means method absent, exact or mini-batch with a batch size, and names a bad method or batch size', () => {
    const p = sample();
    expect(messages(p)).toEqual([]);
    p.options.segmentation.algorithm = 'mini-batch';
    p.options.segmentation.batchSize = 1024;
    expect(messages(p)).toEqual([]);
    p.options.segmentation.algorithm = 'exact';
    expect(messages(p)).toEqual([]);
    (p.options.segmentation as Record<string, unknown>).algorithm = 'fast';
    p.options.segmentation.batchSize = 2.5;
    expect(messages(p)).toEqual([
      'options.segmentation.algorithm: is "fast"; expected one of exact, mini-batch',
      'options.segmentation.batchSize: is 2.5; expected an integer from 10 to 1000000',
    ]);
    p.options.segmentation.algorithm = 'mini-batch';
    p.options.segmentation.batchSize = 5;
    expect(messages(p)).toEqual(['options.segmentation.batchSize: is 5; expected an integer from 10 to 1000000']);
  });

  it('checks the saved segment names and strategies', () => {
    const p = { ...sample(), segments: [{ cluster: 0, name: 5 }, 'x', { cluster: 2 }, { cluster: 2 }] };
    expect(messages(p)).toEqual([
      'segments[0].cluster: is 0; expected a cluster number from 1',
      'segments[0].name: expected a name of at most 200 characters',
      'segments[1]: expected an object with cluster, name and strategy',
      'segments[3].cluster: cluster 2 appears twice',
    ]);
  });

  it('answers a non-object with one clear problem', () => {
    expect(messages([1, 2])).toEqual(['(root): the project file must be a JSON object']);
  });
});

describe('hierarchy helpers', () => {
  it('lists indicators depth first with their top-level criterion and role', () => {
    const refs = listIndicators(sample().hierarchy);
    expect(refs.map((r) => r.id)).toEqual(['deposits', 'loans', 'fees', 'settlement', 'years', 'growth', 'rating', 'products', 'outlook', 'overdue']);
    expect(refs[5]).toMatchObject({ criterion: 'potential', role: 'potential', at: 'hierarchy.criteria[1].indicators[0]' });
  });

  it('finds the children of the goal and of a criterion, and nothing for an unknown node', () => {
    const h = sample().hierarchy;
    expect(childrenOf(h, 'goal')?.map((c) => c.id)).toEqual(['current', 'potential']);
    expect(childrenOf(h, 'potential')?.length).toBe(5);
    expect(childrenOf(h, 'nope')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { applyPreset, CORPORATE, matchPreset, RETAIL } from '../../../src/core/model/presets.ts';
import { validateProject, type ColumnInfo } from '../../../src/core/model/validate.ts';
import { readTable } from '../../../src/core/data/read.ts';
import { analyseHierarchy } from '../../../src/core/ahp/hierarchy.ts';
import type { Project } from '../../../src/core/model/project.ts';

const sample = (): Project =>
  JSON.parse(readFileSync(new URL('../../../datasets/corporate_customers.project.json', import.meta.url), 'utf8'));

/** Column names and types of a shipped data set, as the reader types them. */
const columnsOf = (file: string): ColumnInfo[] =>
  readTable(new Uint8Array(readFileSync(new URL(`../../../datasets/${file}`, import.meta.url))), { fileName: file }).report.columns.map((c) => ({ name: c.name, type: c.type }));

const binding = (p: Project) =>
  p.hierarchy.criteria.map((c) => ({ id: c.id, role: c.role, indicators: c.indicators!.map((i) => [i.id, i.column, i.direction]) }));

describe('the corporate preset', () => {
  it('rebuilds the sample project’s hand-written hierarchy from the sample data’s columns', () => {
    const p = sample();
    const expected = sample().hierarchy;
    const m = applyPreset(p, CORPORATE, columnsOf('corporate_customers.csv'));
    expect(p.hierarchy.goal).toBe(expected.goal);
    expect(binding(p)).toEqual(binding({ hierarchy: expected } as Project));
    expect(p.hierarchy.criteria.map((c) => c.indicators!.map((i) => i.name))).toEqual(expected.criteria.map((c) => c.indicators!.map((i) => i.name)));
    expect(m.unmatched.map((u) => u.indicator)).toEqual(['spread', 'profit', 'cost', 'size', 'wallet', 'loyalty']);
    expect(m.skipped).toEqual([]);
    expect(m.options).toEqual([]);
  });

  it('gives equal judgments (all 1) and a project valid for the data', () => {
    const p = sample();
    const cols = columnsOf('corporate_customers.csv');
    applyPreset(p, CORPORATE, cols);
    expect(p.judgments.map((j) => [j.node, j.items.length])).toEqual([['goal', 2], ['current', 5], ['potential', 5]]);
    expect(p.judgments.every((j) => j.matrix.flat().every((v) => v === 1))).toBe(true);
    expect(validateProject(p, cols)).toEqual([]);
    const ahp = analyseHierarchy(p, { method: 'eigen', ri: 'saaty1980', aggregation: 'aij' });
    for (const g of ahp.global) expect(g.weight).toBeCloseTo(0.1, 12); // 1/2 × 1/5 each
  });

  it('reads Chinese column names and names the hierarchy in Chinese', () => {
    const cols: ColumnInfo[] = [
      { name: '客户号', type: 'identifier' },
      { name: '日均存款余额', type: 'numeric' },
      { name: '贷款余额', type: 'numeric' },
      { name: '中间业务收入', type: 'numeric' },
      { name: '合作年限', type: 'numeric' },
      { name: '营业收入增长率', type: 'numeric' },
      { name: '信用等级', type: 'numeric' },
      { name: '行业', type: 'categorical' },
      { name: '逾期天数', type: 'numeric' },
    ];
    const p = sample();
    const m = applyPreset(p, CORPORATE, cols, 'zh-CN');
    expect(p.hierarchy.goal).toBe('对公客户价值');
    expect(p.hierarchy.criteria.map((c) => c.name)).toEqual(['当前价值', '潜在价值']);
    expect(m.bound.map((b) => `${b.name}=${b.column}`)).toEqual([
      '存款日均余额=日均存款余额',
      '贷款余额=贷款余额',
      '中间业务收入=中间业务收入',
      '合作年限=合作年限',
      '营业收入增长率=营业收入增长率',
      '信用等级=信用等级',
      '逾期天数=逾期天数',
    ]);
    expect(p.hierarchy.criteria[1].indicators!.at(-1)!.direction).toBe('cost');
    expect(m.options).toEqual(['data.idColumn', 'options.scoring.abc.source', 'options.scoring.tiers.source', 'options.segmentation.compositionColumn']);
    expect(validateProject(p, cols)).toEqual([]);
  });
});

describe('the retail preset', () => {
  it('binds bank_churners.csv’s columns by their meaning and names the indicators without a column', () => {
    const p = sample();
    const cols = columnsOf('bank_churners.csv');
    const m = applyPreset(p, RETAIL, cols);
    expect(p.hierarchy.goal).toBe('Retail customer value');
    // Expected from datasets/README.md's reading of the columns: current = revolving (loan) balance,
    // transaction amount and count, tenure; potential = credit limit, products held, growth, and
    // Months_Inactive_12_mon as a negative indicator; contacts with the bank stand for the maintenance cost.
    expect(binding(p)).toEqual([
      {
        id: 'current',
        role: 'current',
        indicators: [
          ['loans', 'Total_Revolving_Bal', 'benefit'],
          ['transactions', 'Total_Trans_Amt', 'benefit'],
          ['tx_count', 'Total_Trans_Ct', 'benefit'],
          ['years', 'Months_on_book', 'benefit'],
          ['cost', 'Contacts_Count_12_mon', 'cost'],
        ],
      },
      {
        id: 'potential',
        role: 'potential',
        indicators: [
          ['credit', 'Credit_Limit', 'benefit'],
          ['products', 'Total_Relationship_Count', 'benefit'],
          ['growth', 'Total_Amt_Chng_Q4_Q1', 'benefit'],
          ['inactivity', 'Months_Inactive_12_mon', 'cost'],
        ],
      },
    ]);
    expect(m.unmatched.map((u) => u.name)).toEqual(['Average daily deposits', 'Financial assets (AUM)', 'Intermediary income', 'Overdue', 'Income', 'Mobile banking use', 'Loyalty and activity']);
    expect(p.data.idColumn).toBe('CLIENTNUM');
    expect(p.options.segmentation.compositionColumn).toBe('Attrition_Flag');
    expect(validateProject(p, cols)).toEqual([]);
  });

  it('binds churn_modelling.csv’s balance, tenure, credit score, products, salary and activity', () => {
    const m = matchPreset(RETAIL, columnsOf('churn_modelling.csv'));
    expect(m.bound.map((b) => `${b.indicator}=${b.column}`)).toEqual([
      'deposits=Balance',
      'years=Tenure',
      'credit=CreditScore',
      'products=NumOfProducts',
      'income=EstimatedSalary',
      'loyalty=IsActiveMember',
    ]);
  });

  it('never binds a categorical column, nor one column twice, and tells 不活跃 from 活跃', () => {
    const cols: ColumnInfo[] = [
      { name: 'income_band', type: 'categorical' },
      { name: '月收入', type: 'numeric' },
      { name: '不活跃月数', type: 'numeric' },
      { name: '活跃天数', type: 'numeric' },
    ];
    const m = matchPreset(RETAIL, cols, 'zh-CN');
    expect(m.bound.map((b) => `${b.indicator}=${b.column}`)).toEqual(['income=月收入', 'loyalty=活跃天数', 'inactivity=不活跃月数']);
    expect(m.skipped).toEqual([{ criterion: 'current', name: '当前价值' }]);
  });
});

describe('applyPreset', () => {
  it('leaves out a criterion none of whose indicators found a column', () => {
    const p = sample();
    const cols: ColumnInfo[] = [{ name: 'Credit_Limit', type: 'numeric' }, { name: 'Total_Relationship_Count', type: 'numeric' }];
    const m = applyPreset(p, RETAIL, cols);
    expect(p.hierarchy.criteria.map((c) => c.id)).toEqual(['potential']);
    expect(m.skipped.map((s) => s.criterion)).toEqual(['current']);
    expect(p.judgments.map((j) => j.node)).toEqual(['potential']);
    expect(validateProject(p, cols)).toEqual([]);
  });

  it('refuses when no column matches and keeps the project as it was', () => {
    const p = sample();
    const before = JSON.stringify(p);
    const cols = columnsOf('iris.csv');
    expect(() => applyPreset(p, RETAIL, cols)).toThrow(/No numeric column matches/);
    expect(JSON.stringify(p)).toBe(before);
  });

  it('adds an expert when the project has none', () => {
    const p = sample();
    p.experts = [];
    p.judgments = [];
    applyPreset(p, CORPORATE, columnsOf('corporate_customers.csv'));
    expect(p.experts).toEqual([{ id: 'e1', name: 'Expert 1' }]);
    expect(p.judgments).toHaveLength(3);
  });
});

/**
 * The real public data sets, read as a user would (file bytes, nothing set), checked against
 * the published figures quoted in /work/shared/datasets/real/README.md (row counts, class
 * counts, column means, missing cells). The repo's `datasets/` holds byte-identical copies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/core/data/read.ts';

const read = (name: string) => readTable(new Uint8Array(readFileSync(new URL(`../../../datasets/${name}`, import.meta.url))), { fileName: name });

function column(report: ReturnType<typeof read>['report'], name: string) {
  const c = report.columns.find((x) => x.name === name);
  if (!c) throw new Error(`no column ${name}`);
  return c;
}

function counts(values: ArrayLike<unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < values.length; i++) {
    const k = String(values[i]);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

describe('real data sets', () => {
  it('cc_general.csv: 8,950 rows, 313 missing MINIMUM_PAYMENTS and 1 missing CREDIT_LIMIT', () => {
    const { report } = read('cc_general.csv');
    expect(report).toMatchObject({ fileName: 'cc_general.csv', encoding: 'utf-8', delimiter: ',', rows: 8950 });
    expect(report.columns).toHaveLength(18);
    expect(column(report, 'MINIMUM_PAYMENTS')).toMatchObject({ type: 'numeric', missing: 313, invalid: 0 });
    expect(column(report, 'CREDIT_LIMIT')).toMatchObject({ type: 'numeric', missing: 1, invalid: 0 });
    expect(column(report, 'CUST_ID').type).toBe('identifier');
    // README: mean BALANCE 1,564.47; mean PURCHASES 1,003.20
    expect(column(report, 'BALANCE').mean).toBeCloseTo(1564.47, 2);
    expect(column(report, 'PURCHASES').mean).toBeCloseTo(1003.2, 2);
    expect(report.problems).toEqual([]);
  });

  it('bank_churners.csv: 10,127 rows, CLIENTNUM an identifier, mean Credit_Limit 8,631.95', () => {
    const { report, table } = read('bank_churners.csv');
    expect(report.rows).toBe(10127);
    expect(report.columns).toHaveLength(23);
    expect(column(report, 'CLIENTNUM')).toMatchObject({ type: 'identifier', distinct: 10127, missing: 0 });
    expect(column(report, 'Credit_Limit').mean).toBeCloseTo(8631.95, 2);
    expect(counts(table.array('Attrition_Flag'))['Attrited Customer']).toBe(1627);
    expect(column(report, 'Income_Category').type).toBe('categorical');
    expect(report.problems).toEqual([]);
  });

  it('churn_modelling.csv: 10,000 rows, mean Balance 76,485.89, RowNumber and CustomerId identifiers', () => {
    const { report, table } = read('churn_modelling.csv');
    expect(report.rows).toBe(10000);
    expect(column(report, 'Balance').mean).toBeCloseTo(76485.89, 2);
    expect(column(report, 'CreditScore').mean).toBeCloseTo(650.5288, 4);
    expect(column(report, 'EstimatedSalary').mean).toBeCloseTo(100090.24, 2);
    expect(column(report, 'RowNumber').type).toBe('identifier');
    expect(column(report, 'CustomerId').type).toBe('identifier');
    expect(column(report, 'Surname').type).toBe('categorical');
    expect(counts(table.array('Exited'))['1']).toBe(2037);
    expect(report.problems).toEqual([]);
  });

  it('islr_credit.csv: Gender " Male" is trimmed to Male, 193 Male and 207 Female', () => {
    const { report, table } = read('islr_credit.csv');
    expect(report.rows).toBe(400);
    expect(column(report, 'Gender')).toMatchObject({ type: 'categorical', distinct: 2 });
    expect(counts(table.array('Gender'))).toEqual({ Male: 193, Female: 207 });
    expect(counts(table.array('Student')).Yes).toBe(40);
    expect(column(report, 'Balance').mean).toBeCloseTo(520.015, 3);
    expect(column(report, 'Income').mean).toBeCloseTo(45.219, 3);
    expect(column(report, 'Limit').mean).toBeCloseTo(4735.6, 1);
    expect(column(report, 'Rating').mean).toBeCloseTo(354.94, 2);
  });

  it('bank_marketing.csv: 521 y = yes, mean balance 1,422.66, mean age 41.17', () => {
    const { report, table } = read('bank_marketing.csv');
    expect(report.rows).toBe(4521);
    expect(counts(table.array('y')).yes).toBe(521);
    expect(column(report, 'balance').mean).toBeCloseTo(1422.66, 2);
    expect(column(report, 'age').mean).toBeCloseTo(41.17, 2);
  });

  it('wholesale_customers.csv: Channel 298/142, Region 77/47/316, mean Fresh 12,000.30 and Milk 5,796.27', () => {
    const { report, table } = read('wholesale_customers.csv');
    expect(report.rows).toBe(440);
    expect(counts(table.array('Channel'))).toEqual({ 1: 298, 2: 142 });
    expect(counts(table.array('Region'))).toEqual({ 1: 77, 2: 47, 3: 316 });
    expect(column(report, 'Fresh').mean).toBeCloseTo(12000.3, 2);
    expect(column(report, 'Milk').mean).toBeCloseTo(5796.27, 2);
  });

  it('iris.csv and wine.csv: class counts 50/50/50 and 59/71/48', () => {
    expect(counts(read('iris.csv').table.array('species'))).toEqual({ 'Iris-setosa': 50, 'Iris-versicolor': 50, 'Iris-virginica': 50 });
    const wine = read('wine.csv');
    expect(counts(wine.table.array('cultivar'))).toEqual({ class_0: 59, class_1: 71, class_2: 48 });
    expect(wine.report.columns.filter((c) => c.type === 'numeric')).toHaveLength(13);
  });
});

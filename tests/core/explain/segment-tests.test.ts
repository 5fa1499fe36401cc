import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTable } from '../../../src/core/data/read.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { segmentTests } from '../../../src/core/explain/segment-tests.ts';
import { segmentTestTables } from '../../../src/core/report/segment-tests.ts';
import { groupTests } from '../../../src/core/stats/posthoc.ts';
import { chiSquareTest } from '../../../src/core/stats/chisquare.ts';
import type { Project } from '../../../src/core/model/project.ts';
import { reportWords } from '../../../src/i18n/report.ts';

// The statistics are checked against scipy in tests/core/stats/posthoc.test.ts; here the pipeline
// must test the indicators on the segments it made and every categorical column of the data.
const root = new URL('../../../', import.meta.url);
const project: Project = JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8'));
const { table, report, lines } = readTable(readFileSync(new URL('datasets/corporate_customers.csv', root)));
const result = runPipeline(project, table, { report, lines });

describe('segment tests in the pipeline', () => {
  it('tests every indicator on the segment labels, as the post hoc functions do on the same values', () => {
    const tests = result.tests!;
    expect(tests.indicators.map((t) => t.column)).toEqual(result.weights.indicators.map((w) => w.column));
    const first = result.weights.indicators[0].column;
    const values = Float64Array.from(result.rows, (r) => (table.column(first) as unknown as Float64Array)[r]);
    const direct = groupTests(values, result.clustering.labels);
    // the pipeline imputes missing values first; this column has none in the sample
    expect(tests.indicators[0].eta2).toBe(direct.eta2);
    expect(tests.indicators[0].pairs).toEqual(direct.pairs);
    expect(tests.indicators[0].pairs).toHaveLength((result.clustering.k * (result.clustering.k - 1)) / 2);
  });

  it('runs a chi-square test of each categorical column against the segments', () => {
    const cats = report.columns.filter((c) => c.type === 'categorical').map((c) => c.name);
    expect(cats.length).toBeGreaterThan(0);
    expect(result.tests!.categorical.map((c) => c.column)).toEqual(cats);
    const col = table.column(cats[0]) as unknown as ArrayLike<unknown>;
    const direct = chiSquareTest(Array.from(result.rows, (r) => (col[r] == null ? null : String(col[r]))), result.clustering.labels);
    expect(result.tests!.categorical[0].chi2).toBe(direct.chi2);
  });

  it('skips a categorical column with one value or more than 50', () => {
    const many = Array.from({ length: 120 }, (_, i) => `c${i % 60}`);
    const r = segmentTests([Float64Array.from({ length: 120 }, (_, i) => i)], Int32Array.from({ length: 120 }, (_, i) => (i % 3) + 1), {
      categorical: [{ column: 'id-like', values: many }, { column: 'one', values: many.map(() => 'x') }],
    });
    expect(r.skipped).toEqual(['id-like', 'one']);
    expect(r.categorical).toEqual([]);
  });
});

describe('segment test tables', () => {
  it('prints η² and Levene, the post hoc comparisons and the chi-square tables in both languages with their sources', () => {
    const en = segmentTestTables(result, reportWords('en'));
    expect(en.map((t) => t.id)).toEqual(['segment-effect', 'segment-posthoc', 'segment-posthoc-ci', 'segment-chisquare']);
    expect(en[0].rows[0][1]).toBe(result.tests!.indicators[0].eta2);
    expect(en[0].notes!.join(' ')).toContain('Levene 1960');
    expect(en[1].rows).toHaveLength(result.tests!.indicators.length * result.tests!.indicators[0].pairs.length);
    expect(en[1].notes!.join(' ')).toContain('Games & Howell 1976');
    const zh = segmentTestTables(result, reportWords('zh-CN'));
    expect(zh[0].title).toContain('方差齐性');
    expect(zh[3].columns).toContain('Pearson 卡方');
  });

  it('prints the 95 % intervals of each pair next to its mean difference, lower below upper', () => {
    const ci = segmentTestTables(result, reportWords('en')).find((t) => t.id === 'segment-posthoc-ci')!;
    const first = result.tests!.indicators[0].pairs[0];
    expect(ci.rows[0].slice(3, 6)).toEqual([first.diff, first.lsdCi![0], first.lsdCi![1]]);
    for (const row of ci.rows) for (const k of [4, 6, 8]) if (row[k] !== null) expect(row[k] as number).toBeLessThanOrEqual(row[k + 1] as number);
    expect(segmentTestTables(result, reportWords('zh-CN')).find((t) => t.id === 'segment-posthoc-ci')!.title).toContain('95% 置信区间');
  });

  it('is empty for a result without tests', () => {
    expect(segmentTestTables({ ...result, tests: undefined }, reportWords('en'))).toEqual([]);
  });
});

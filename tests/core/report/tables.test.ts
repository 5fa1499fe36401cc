import { describe, expect, it } from 'vitest';
import {
  ahpConsistencyTable,
  ahpMatrixTables,
  anovaTable,
  clusterCentresTable,
  clusterFeatureCentresTable,
  clusterSizesTable,
  globalWeightsTable,
  kSweepTable,
  reportTables,
  segmentProfilesTable,
  segmentScoresTable,
  weightsByMethodTable,
} from '../../../src/core/report/tables.ts';
import { formatCell, formatRows, tableToCsv, type ReportTable } from '../../../src/core/report/table.ts';
import { sampleProject, sampleResult } from './builder.ts';
import { reportWords } from '../../../src/i18n/report.ts';

const project = sampleProject();

/** Every row has one cell per column. */
function expectRectangular(t: ReportTable) {
  for (const row of t.rows) expect(row.length).toBe(t.columns.length);
  if (t.formats) expect(t.formats.length).toBe(t.columns.length);
}

describe('ahpMatrixTables', () => {
  it('gives one n × (n + 2) table per node: names, the judgments as numbers, the weights', () => {
    const tables = ahpMatrixTables(sampleResult(), project, reportWords('en'));
    expect(tables.map((t) => t.id)).toEqual(['ahp-matrix:goal', 'ahp-matrix:current', 'ahp-matrix:potential']);
    const pot = tables[2];
    expectRectangular(pot);
    expect(pot.title).toBe('Judgment matrix: Potential value');
    expect(pot.columns).toEqual(['Potential value', 'Growth', 'Overdue days', 'Products', 'Weight']);
    expect(pot.rows).toEqual([
      ['Growth', 1, 3, 5, 0.637],
      ['Overdue days', 1 / 3, 1, 3, 0.2583],
      ['Products', 0.2, 1 / 3, 1, 0.1047],
    ]);
  });

  it('prints judgments as ratios (1/3, 1/5) and weights to 4 decimals', () => {
    const pot = ahpMatrixTables(sampleResult(), project, reportWords('en'))[2];
    expect(formatRows(pot)).toEqual([
      ['Growth', '1', '3', '5', '0.6370'],
      ['Overdue days', '1/3', '1', '3', '0.2583'],
      ['Products', '1/5', '1/3', '1', '0.1047'],
    ]);
  });

  it('writes the λmax / CI / RI / CR / verdict line with the terms of SPSSAU in zh-CN and names the RI table', () => {
    const pot = ahpMatrixTables(sampleResult(), project, reportWords('zh-CN'))[2];
    expect(pot.title).toBe('判断矩阵（Potential value）');
    expect(pot.columns[4]).toBe('权重');
    expect(pot.notes).toEqual([
      '最大特征根 λmax = 3.039，CI值 = 0.0193，RI值 = 0.58，CR值 = 0.0332 < 0.10，一致性检验结果：通过',
      'RI 取自 Saaty (1980) 随机一致性指标表。',
    ]);
  });

  it('says "failed" (未通过) for CR ≥ 0.10 and that a 2×2 matrix is always consistent', () => {
    const r = sampleResult();
    r.ahp.nodes[2].aggregated = { ...r.ahp.nodes[2].aggregated, cr: 0.1523, consistent: false };
    const [goal, , pot] = ahpMatrixTables(r, project, reportWords('en'));
    expect(pot.notes![0]).toBe('λmax = 3.039, CI = 0.0193, RI = 0.58, CR = 0.1523 ≥ 0.10: consistency check failed');
    expect(ahpMatrixTables(r, project, reportWords('zh-CN'))[2].notes![0]).toMatch(/一致性检验结果：未通过$/);
    expect(goal.notes).toContain('n = 2: a 1×1 or 2×2 reciprocal matrix is always consistent (CR = 0).');
  });

  it('lists every expert with a CR when several experts judged the node', () => {
    const r = sampleResult();
    const p = sampleProject();
    p.experts.push({ id: 'e2', name: 'Dr Li' });
    const base = r.ahp.nodes[2].experts[0];
    r.ahp.nodes[2].experts = [base, { ...base, expert: 'e2', cr: 0.1234, consistent: false }];
    const notes = ahpMatrixTables(r, p, reportWords('en'))[2].notes!;
    expect(notes).toContain("The matrix is the element-wise geometric mean of 2 experts' judgments; weights aggregated by the element-wise geometric mean of the judgments (AIJ).");
    expect(notes).toContain('Each expert: Expert 1: CR = 0.0332 (passed), Dr Li: CR = 0.1234 (failed)');
  });
});

describe('ahpConsistencyTable', () => {
  it('lists n, λmax, CI, RI, CR and the verdict per matrix, then the total ranking CR', () => {
    const t = ahpConsistencyTable(sampleResult(), reportWords('zh-CN'));
    expectRectangular(t);
    expect(t.columns).toEqual(['判断矩阵', '阶数 n', '最大特征根', 'CI值', 'RI值', 'CR值', '一致性检验结果']);
    expect(t.rows).toEqual([
      ['Customer value', 2, 2, 0, 0, 0, '通过'],
      ['Current value', 2, 2, 0, 0, 0, '通过'],
      ['Potential value', 3, 3.038511, 0.0193, 0.58, 0.0332, '通过'],
      ['层次总排序', null, null, null, null, 0.0111, '通过'],
    ]);
    expect(t.notes![0]).toBe('RI 取自 Saaty (1980) 随机一致性指标表。来源：T. L. Saaty, The Analytic Hierarchy Process, McGraw-Hill, 1980.');
  });
});

describe('globalWeightsTable', () => {
  it('gives criterion, criterion weight, indicator, local and global weight per indicator, and the total CR', () => {
    const t = globalWeightsTable(sampleResult(), reportWords('en'));
    expectRectangular(t);
    expect(t.columns).toEqual(['Criterion', 'Criterion weight', 'Indicator', 'Local weight', 'Global weight']);
    expect(t.rows).toEqual([
      ['Current value', 0.75, 'Deposits', 2 / 3, 0.5],
      ['Current value', 0.75, 'Loans', 1 / 3, 0.25],
      ['Potential value', 0.25, 'Growth', 0.637, 0.15925],
      ['Potential value', 0.25, 'Overdue days', 0.2583, 0.064575],
      ['Potential value', 0.25, 'Products', 0.1047, 0.026175],
    ]);
    expect(t.notes![0]).toBe('Total ranking consistency: CR = 0.011 < 0.10: consistency check passed');
    expect(globalWeightsTable(sampleResult(), reportWords('zh-CN')).columns).toEqual(['准则层', '准则层权重', '指标层', '单层次排序权重', '层次总排序权重']);
  });

  it('joins a sub-criterion path with " / " and uses the parent node weight', () => {
    const r = sampleResult();
    r.ahp.nodes.push({
      node: 'assets',
      name: 'Assets',
      path: 'hierarchy.criteria[0].subcriteria[0]',
      items: [{ id: 'dep', name: 'Deposits' }],
      experts: [],
      aggregated: { matrix: [[1]], weights: [1], lambdaMax: 1, ci: 0, ri: 0, cr: 0, consistent: true, worst: [], cycles: [] },
      local: [1],
      global: 0.4,
    });
    r.ahp.global[0].path = ['current', 'assets'];
    expect(globalWeightsTable(r, reportWords('en')).rows[0]).toEqual(['Current value / Assets', 0.4, 'Deposits', 1, 0.5]);
  });
});

describe('weightsByMethodTable', () => {
  it('shows AHP, entropy e/d/w, CRITIC and final weights with the SPSSAU terms; missing weights are empty cells', () => {
    const t = weightsByMethodTable(sampleResult(), project, reportWords('zh-CN'));
    expectRectangular(t);
    expect(t.columns).toEqual(['指标', '方向', 'AHP权重', '信息熵值e', '信息效用值d', '熵权法权重', 'CRITIC权重', '最终权重']);
    expect(t.rows[0]).toEqual(['Deposits', '正向', 0.5, 0.94, 0.06, 0.3, 0.21, 0.5]);
    expect(t.rows[3][1]).toBe('负向');
    expect(t.rows[4]).toEqual(['Products', '正向', 0.026175, 1, 0, 0, null, 0.026175]);
    expect(t.notes).toEqual(['最终权重 = AHP 层次总排序权重。', '常数列（所有客户取值相同）：Products；标准化后为 0，客观权重为 0。']);
  });

  it('leaves e and d empty when no entropy was computed', () => {
    const r = sampleResult();
    r.weights.entropy = null;
    const t = weightsByMethodTable(r, project, reportWords('en'));
    expect(t.rows.map((row) => [row[3], row[4]])).toEqual(Array.from({ length: 5 }, () => [null, null]));
  });

  it('states α only for a linear combination', () => {
    const r = sampleResult();
    r.weights.method = 'combined';
    const p = sampleProject();
    p.options.weighting = { method: 'combined', objective: 'entropy', combination: 'linear', alpha: 0.6 };
    expect(weightsByMethodTable(r, p, reportWords('en')).notes![0]).toBe('final weight = α·w_AHP + (1 − α)·w_obj with α = 0.6 (linear combination, w_obj from the entropy weight method).');
    p.options.weighting.combination = 'multiplicative';
    const note = weightsByMethodTable(r, p, reportWords('en')).notes![0];
    expect(note).toBe('final weight = w_AHP·w_obj / Σ(w_AHP·w_obj) (multiplicative combination, w_obj from the entropy weight method).');
    expect(note).not.toContain('α');
  });
});

describe('kSweepTable', () => {
  it('lists k, SSE, silhouette, CH and DB per k and notes the knee, the best silhouette and the chosen k', () => {
    const t = kSweepTable(sampleResult(), reportWords('zh-CN'));
    expectRectangular(t);
    expect(t.columns).toEqual(['聚类数 k', '簇内误差平方和（SSE）', '轮廓系数', 'CH 指数', 'DB 指数']);
    expect(t.rows).toEqual([
      [2, 1234.5678, 0.61, 12.5, 0.45],
      [3, 456.25, 0.52, 10.25, 0.5],
      [4, 0, null, null, null],
    ]);
    expect(t.notes![0]).toBe('肘部法则拐点（Kneedle）：k = 3；平均轮廓系数最大：k = 2；选定聚类数 k = 2。');
    expect(t.notes![1]).toBe('轮廓系数按全部 4 个客户精确计算。');
    expect(t.notes![2]).toBe('未在最大迭代次数内收敛：k = 4。');
  });

  it('says when the silhouette was computed on a seeded sample', () => {
    const r = sampleResult();
    r.n = 10000;
    for (const row of r.clustering.sweep) row.silhouetteSampleSize = 5000;
    expect(kSweepTable(r, reportWords('en')).notes![1]).toBe('Silhouette on a seeded random sample of 5000 of the 10000 customers (seed 20240601).');
  });

  it('says when no knee was detected', () => {
    const r = sampleResult();
    r.clustering.knee = null;
    expect(kSweepTable(r, reportWords('en')).notes![0]).toBe('Elbow (Kneedle knee): none detected; best mean silhouette: k = 2; chosen k = 2.');
  });
});

describe('clusterSizesTable', () => {
  it('gives cluster, name, count and share, the valid total and the rows dropped for missing values', () => {
    const t = clusterSizesTable(sampleResult(), reportWords('zh-CN'));
    expectRectangular(t);
    expect(t.title).toBe('每个聚类中的个案数目');
    expect(t.columns).toEqual(['聚类', '名称', '个案数', '占比']);
    expect(t.rows).toEqual([
      [1, '高质量型', 2, 0.5],
      [2, '低质量型', 2, 0.5],
      ['有效', null, 4, 1],
      ['缺失', null, 1, null],
    ]);
    expect(formatRows(t)[0]).toEqual(['1', '高质量型', '2', '50.0%']);
  });

  it('uses a custom segment name from the result or the project', () => {
    const r = sampleResult();
    r.segments[0].customName = 'Key accounts';
    const p = sampleProject();
    p.segments = [{ cluster: 2, name: 'Dormant' }];
    expect(clusterSizesTable(r, reportWords('en'), p).rows.slice(0, 2).map((row) => row[1])).toEqual(['Key accounts', 'Dormant']);
  });
});

describe('cluster centres', () => {
  it('gives the raw indicator means per cluster (最终聚类中心), clusters labelled with their names', () => {
    const t = clusterCentresTable(sampleResult(), reportWords('zh-CN'));
    expectRectangular(t);
    expect(t.title).toBe('最终聚类中心');
    expect(t.columns).toEqual(['指标', '聚类1（高质量型）', '聚类2（低质量型）']);
    expect(t.rows).toEqual([
      ['Deposits', 50.00000005, 250.5],
      ['Loans', 3.25, 25],
      ['Growth', 0.0625, 0.015],
      ['Overdue days', 0.5, 8.5],
      ['Products', 5, 1.5],
    ]);
    expect(t.notes![1]).toBe('聚类变量为当前价值得分与潜在价值得分，其聚类中心见“最终聚类中心（聚类变量）”表。');
  });

  it('gives the centres in the clustering features, named as readers know them', () => {
    const t = clusterFeatureCentresTable(sampleResult(), reportWords('en'));
    expect(t.columns).toEqual(['Feature', 'Cluster 1 (High quality)', 'Cluster 2 (Low quality)']);
    expect(t.rows).toEqual([
      ['current value score', 70, 25.25],
      ['potential value score', 55.061725, 52.5],
    ]);
  });
});

describe('anovaTable', () => {
  it('prints the SPSS columns (聚类均方, df, 误差均方, df, F, 显著性) with indicator names', () => {
    const t = anovaTable(sampleResult(), reportWords('zh-CN'));
    expectRectangular(t);
    expect(t.columns).toEqual(['指标', '聚类均方', 'df', '误差均方', 'df', 'F', '显著性']);
    expect(t.rows[0]).toEqual(['Deposits', 40000, 1, 2500, 2, 16, 0.0572]);
    expect(t.rows[3]).toEqual(['Overdue days', 64, 1, 0, 2, '∞', 0]);
    expect(t.rows[4]).toEqual(['Products', 0, 1, 0, 2, null, null]);
  });

  it("carries IBM's note that the F tests are descriptive only, and why F is missing or infinite", () => {
    const en = anovaTable(sampleResult(), reportWords('en'));
    expect(en.notes![0]).toMatch(/^The F tests are only descriptive and the resulting probabilities should not be interpreted \(IBM SPSS Statistics/);
    expect(en.notes).toContain('Overdue days: constant within every cluster but different between clusters: F is infinite, Sig. = 0.');
    expect(en.notes).toContain('Products: the same value for every customer: F is undefined.');
    expect(anovaTable(sampleResult(), reportWords('zh-CN')).notes![0]).toMatch(/^F 检验仅用于描述/);
  });

  it('writes small p-values as <0.001 and keeps three decimals otherwise', () => {
    const rows = formatRows(anovaTable(sampleResult(), reportWords('en')));
    expect(rows.map((r) => r[6])).toEqual(['0.057', '0.218', '<0.001', '<0.001', '']);
    expect(rows[0].slice(1, 6)).toEqual(['40000.000', '1', '2500.000', '2', '16.000']);
  });
});

describe('segment tables', () => {
  it('gives the z-score of every indicator per cluster and the distinctive indicators below', () => {
    const t = segmentProfilesTable(sampleResult(), reportWords('en'));
    expectRectangular(t);
    expect(t.rows.map((r) => r.slice(1))).toEqual([
      [0.41, -0.41],
      [-0.72, 0.72],
      [0.83, -0.83],
      [-0.95, 0.95],
      [1.1, -1.1],
    ]);
    expect(t.notes).toContain('Cluster 1 (High quality) stands out on: Products (+1.10), Overdue days (-0.95)');
  });

  it('gives the mean scores per segment against the overall means and flags boundary segments', () => {
    const t = segmentScoresTable(sampleResult(), reportWords('zh-CN'));
    expectRectangular(t);
    expect(t.rows).toEqual([
      [1, '高质量型', 2, 63.811728, 70, 55.061725],
      [2, '低质量型', 2, 36.666675, 25.25, 52.5],
    ]);
    expect(t.notes![0]).toContain('当前价值 47.63，潜在价值 53.78');
    expect(t.notes![1]).toBe('接近总体均值（±0.1 个标准差内）、命名需人工判断：聚类1（高质量型）、聚类2（低质量型）。');
  });
});

describe('reportTables', () => {
  it('returns every table with unique ids, rectangular rows, and numbers kept as numbers', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const tables = reportTables(sampleResult(), project, reportWords(locale));
      expect(new Set(tables.map((t) => t.id)).size).toBe(tables.length);
      // 13 tables of the method, then the strategies per tier and per ABC class
      expect(tables.length).toBe(15);
      for (const t of tables) {
        expectRectangular(t);
        for (const row of t.rows) for (const c of row) expect(typeof c === 'number' ? Number.isFinite(c) : true).toBe(true);
        for (const text of formatRows(t).flat()) expect(text).not.toMatch(/NaN|undefined|Infinity/);
      }
    }
  });
});

describe('formatCell and tableToCsv', () => {
  it('formats numbers by format: fixed, integer, percent, ratio, p', () => {
    expect(formatCell(0.12345)).toBe('0.123');
    expect(formatCell(-0.0001)).toBe('0.000');
    expect(formatCell(2.5, 'integer')).toBe('3');
    expect(formatCell(0.3456, 'percent')).toBe('34.6%');
    expect(formatCell(1 / 7, 'ratio')).toBe('1/7');
    expect(formatCell(9, 'ratio')).toBe('9');
    expect(formatCell(2.5, 'ratio')).toBe('2.500');
    expect(formatCell(0.0004, 'p')).toBe('<0.001');
    expect(formatCell(0.0004, 'p', 4)).toBe('0.0004');
    expect(formatCell(null)).toBe('');
    expect(formatCell(NaN, 'number', 3, '—')).toBe('—');
    expect(formatCell('text', 'p')).toBe('text');
  });

  it('exports a table as CSV with ratios as decimals (a spreadsheet would read 1/3 as a date)', () => {
    const pot = ahpMatrixTables(sampleResult(), project, reportWords('en'))[2];
    const text = tableToCsv(pot);
    expect(text.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFPotential value,Growth,Overdue days,Products,Weight',
      'Growth,1.0000,3.0000,5.0000,0.6370',
      'Overdue days,0.3333,1.0000,3.0000,0.2583',
    ]);
    const full = tableToCsv(pot, { numbers: 'full', titleAndNotes: true, bom: false }).split('\r\n');
    expect(full[0]).toBe('Judgment matrix: Potential value');
    expect(full[3]).toBe(`Overdue days,${1 / 3},1,3,0.2583`);
    expect(full[5]).toBe('"λmax = 3.039, CI = 0.0193, RI = 0.58, CR = 0.0332 < 0.10: consistency check passed"');
  });
});

describe('formatCell with thousands separators (issue 8 item 10: ANOVA mean squares)', () => {
  it('groups the integer part of number and integer cells on request, leaving decimals, signs, small numbers, p values and percents alone', () => {
    expect(formatCell(140123.4567, 'number', 3, '', true)).toBe('140,123.457');
    expect(formatCell(-1234567, 'integer', 3, '', true)).toBe('-1,234,567');
    expect(formatCell(999.5, 'number', 1, '', true)).toBe('999.5');
    expect(formatCell(0.0004, 'p', 3, '', true)).toBe('<0.001');
    expect(formatCell(12.345, 'percent', 3, '', true)).toBe('1234.5%');
    expect(formatCell(140123.4567, 'number', 3)).toBe('140123.457');
  });
});

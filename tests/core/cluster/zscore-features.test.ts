import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTable } from '../../../src/core/data/read.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { defaultOptions, type Project } from '../../../src/core/model/project.ts';
import { methodsParagraph } from '../../../src/core/report/methods.ts';
import { reportWords } from '../../../src/i18n/report.ts';

const csv = readFileSync(new URL('../../fixtures/templates/zscore.csv', import.meta.url));
// scipy.stats.zscore(ddof=1), made offline by tests/reference/zscore_features_reference.py.
const { z } = JSON.parse(readFileSync(new URL('../../fixtures/templates/zscore.json', import.meta.url), 'utf8')) as { z: number[][] };

function project(): Project {
  const options = defaultOptions();
  options.segmentation.features = 'zscores';
  options.segmentation.kMax = 5;
  return {
    version: 1,
    name: 'z',
    data: {},
    hierarchy: {
      goal: 'value',
      criteria: [
        { id: 'c', name: 'Current', role: 'current', indicators: [{ id: 'd', name: 'Deposits', column: 'deposits', direction: 'benefit' }, { id: 'l', name: 'Loans', column: 'loans', direction: 'benefit' }] },
        { id: 'p', name: 'Potential', role: 'potential', indicators: [{ id: 'q', name: 'Products', column: 'products', direction: 'benefit' }] },
      ],
    },
    experts: [{ id: 'e1', name: 'E1' }],
    // very unequal AHP weights: they must not matter for the z-score features
    judgments: [
      { node: 'goal', expert: 'e1', items: ['c', 'p'], matrix: [[1, 9], ['1/9', 1]] },
      { node: 'c', expert: 'e1', items: ['d', 'l'], matrix: [[1, 7], ['1/7', 1]] },
    ],
    options,
  };
}

describe('clustering on unweighted standardised indicators (z-scores, the SPSS habit)', () => {
  const { table, report, lines } = readTable(csv);
  const r = runPipeline(project(), table, { report, lines });

  it('clusters on the scipy z-scores (sample SD): centres are the member means of those z-scores', () => {
    expect(r.clustering.features).toBe('zscores');
    for (const s of r.segments) {
      const members = z.filter((_, i) => r.clustering.labels[i] === s.cluster);
      const mean = [0, 1, 2].map((j) => members.reduce((a, row) => a + row[j], 0) / members.length);
      s.centre.forEach((c, j) => expect(c).toBeCloseTo(mean[j], 10));
    }
  });

  it('finds the four designed groups of eight whatever the AHP weights, with inertia on the z-scores', () => {
    const groups = [0, 1, 2, 3].map((g) => new Set(Array.from(r.clustering.labels.slice(g * 8, g * 8 + 8))));
    for (const g of groups) expect(g.size).toBe(1);
    let sse = 0;
    for (const s of r.segments) z.forEach((row, i) => r.clustering.labels[i] === s.cluster && row.forEach((v, j) => (sse += (v - s.centre[j]) ** 2)));
    expect(r.clustering.inertia).toBeCloseTo(sse, 9);
  });

  it('says in the methods paragraph that the indicators were z-scores with equal weights', () => {
    expect(methodsParagraph(project(), r, reportWords('zh-CN'))).toContain('Z 分数标准化后的指标（等权');
    expect(methodsParagraph(project(), r, reportWords('en'))).toContain('z-scores with equal weights');
  });
});

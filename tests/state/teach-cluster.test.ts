import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { silhouetteSamples } from '../../src/core/cluster/metrics.ts';
import { readTable } from '../../src/core/data/read.ts';
import type { ClusterFeatures, Project } from '../../src/core/model/project.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { silhouetteCalculation } from '../../src/core/teach/silhouette-calculation.ts';
import { clusterPoints } from '../../src/state/teach-cluster.ts';

const root = new URL('../../', import.meta.url);
const sample = readTable(readFileSync(new URL('datasets/corporate_customers.csv', root)));
const project = (features: ClusterFeatures): Project => {
  const p = JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8')) as Project;
  Object.assign(p.options.segmentation, { features, kMin: 3, kMax: 4, k: 4, restarts: 2 });
  return p;
};
// The page's loaded data: numeric columns as Float64Arrays, with their file lines.
const names = sample.table.columnNames();
const dataset = { loaded: { columns: Object.fromEntries(names.map((n) => [n, sample.table.column(n) as unknown as Float64Array])), lines: sample.lines } } as never;

describe('clusterPoints', () => {
  for (const features of ['scores', 'indicators', 'zscores'] as const) {
    it(`rebuilds the points the pipeline clustered on ${features}: their silhouettes are the step's own, customer by customer`, () => {
      const p = project(features);
      const result = runPipeline(p, sample.table, { lines: sample.lines });
      const cp = clusterPoints(result, p, dataset)!;
      expect(cp.features).toBe(features);
      expect(cp.points.n).toBe(600);
      expect(cp.points.d).toBe(features === 'scores' ? 2 : 10);
      const labels = Int32Array.from(result.clustering.labels, (l) => l - 1);
      const s = silhouetteSamples(cp.points, labels, 4);
      const step = result.clustering.silhouetteSamples;
      expect(result.clustering.silhouetteRows.length).toBe(600);
      for (let i = 0; i < 600; i++) expect(s[i]).toBeCloseTo(step[i], 12);
      expect(silhouetteCalculation(cp.points, labels, 4, 17).s).toBeCloseTo(step[17], 12);
    });
  }

  it('gives nothing when the loaded data do not match the result (another file is loading)', () => {
    const p = project('indicators');
    const result = runPipeline(p, sample.table, { lines: sample.lines });
    const short = { loaded: { columns: Object.fromEntries(names.map((n) => [n, (sample.table.column(n) as unknown as Float64Array).slice(0, 100)])), lines: sample.lines.slice(0, 100) } } as never;
    expect(clusterPoints(result, p, short)).toBeNull();
    expect(clusterPoints(result, p, null)).toBeNull();
  });
});

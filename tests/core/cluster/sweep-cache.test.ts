import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTable } from '../../../src/core/data/read.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { fingerprint, SweepCache, sweepKey } from '../../../src/core/cluster/sweep-cache.ts';
import type { Project } from '../../../src/core/model/project.ts';

const root = new URL('../../../', import.meta.url);
const csv = readFileSync(new URL('datasets/corporate_customers.csv', root));
const project = (): Project => JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8'));

describe('SweepCache', () => {
  const { table, report, lines } = readTable(csv);

  it('reuses the sweep when only k changes, and gives the same result as a fresh run', () => {
    const cache = new SweepCache();
    runPipeline(project(), table, { report, lines, sweepCache: cache });
    const p = project();
    p.options.segmentation.k = 3;
    const reused = runPipeline(p, table, { report, lines, sweepCache: cache });
    expect(cache.hits).toBe(1);
    const fresh = runPipeline(p, table, { report, lines });
    expect(reused.clustering.sweep).toEqual(fresh.clustering.sweep);
    expect(Array.from(reused.clustering.labels)).toEqual(Array.from(fresh.clustering.labels));
    expect(reused.segments.map((s) => s.size)).toEqual(fresh.segments.map((s) => s.size));
  });

  it('runs the sweep again when a judgment, the seed or the data change', () => {
    const cache = new SweepCache();
    runPipeline(project(), table, { report, lines, sweepCache: cache });
    const p = project();
    p.judgments[0].matrix = [[1, 3], ['1/3', 1]];
    runPipeline(p, table, { report, lines, sweepCache: cache });
    const q = project();
    q.options.segmentation.seed = 2;
    runPipeline(q, table, { report, lines, sweepCache: cache });
    expect(cache.hits).toBe(0);
  });

  it('runs the sweep again when the k-means method or batch size changes; "exact" is the same sweep as no method', () => {
    const cache = new SweepCache();
    const exact = runPipeline(project(), table, { report, lines, sweepCache: cache });
    const e = project();
    e.options.segmentation.algorithm = 'exact';
    runPipeline(e, table, { report, lines, sweepCache: cache });
    expect(cache.hits).toBe(1);
    const m = project();
    m.options.segmentation.algorithm = 'mini-batch';
    m.options.segmentation.batchSize = 100;
    const mb = runPipeline(m, table, { report, lines, sweepCache: cache });
    expect(cache.hits).toBe(1);
    m.options.segmentation.batchSize = 200;
    runPipeline(m, table, { report, lines, sweepCache: cache });
    expect(cache.hits).toBe(1);
    // mini-batch gives a full result of its own: four segments covering every customer, close in SSE
    expect(mb.segments).toHaveLength(4);
    expect(mb.segments.reduce((a, s) => a + s.size, 0)).toBe(exact.n);
    expect(mb.clustering.inertia / exact.clustering.inertia).toBeLessThan(1.05);
    expect(mb.clustering.sweep.map((r) => r.k)).toEqual(exact.clustering.sweep.map((r) => r.k));
  });

  it('fingerprints differ when a single value differs in its last bit', () => {
    const a = Float64Array.from([1, 2, 3, 4]);
    const b = Float64Array.from([1, 2, 3, 4 + 4 * Number.EPSILON]);
    expect(fingerprint({ data: a, n: 2, d: 2 })).not.toBe(fingerprint({ data: b, n: 2, d: 2 }));
    const opts = { kMin: 2, kMax: 10, restarts: 10, seed: 1, maxIterations: 300, silhouetteSample: 5000 };
    expect(sweepKey({ data: a, n: 2, d: 2 }, opts)).not.toBe(sweepKey({ data: a, n: 2, d: 2 }, { ...opts, restarts: 9 }));
  });
});

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

  it('fingerprints differ when a single value differs in its last bit', () => {
    const a = Float64Array.from([1, 2, 3, 4]);
    const b = Float64Array.from([1, 2, 3, 4 + 4 * Number.EPSILON]);
    expect(fingerprint({ data: a, n: 2, d: 2 })).not.toBe(fingerprint({ data: b, n: 2, d: 2 }));
    const opts = { kMin: 2, kMax: 10, restarts: 10, seed: 1, maxIterations: 300, silhouetteSample: 5000 };
    expect(sweepKey({ data: a, n: 2, d: 2 }, opts)).not.toBe(sweepKey({ data: a, n: 2, d: 2 }, { ...opts, restarts: 9 }));
  });
});

/**
 * cli fit's Lloyd iterations in SQL (DuckDB, PostgreSQL) against the in-process k-means (plain
 * Lloyd, the reference path) from the same start — the model's centres — on a file the model
 * was not trained on: the same partition, the same centres.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbEngine, postgresEngine, type Engine } from '../../src/cli/engines.ts';
import { fitInEngine, FIT_TOL } from '../../src/cli/fit.ts';
import { runKMeans } from '../../src/core/cluster/kmeans/lloyd.ts';
import { columnVariances } from '../../src/core/cluster/points.ts';
import { readScoringModel } from '../../src/core/scoring-model/read.ts';
import { createScorer } from '../../src/core/scoring-model/score.ts';
import type { ScoringModel } from '../../src/core/scoring-model/types.ts';
import { loadTable, startPostgres, typedRows, type Cluster } from './engines.ts';

const root = new URL('../../', import.meta.url);
const model = readScoringModel(readFileSync(new URL('tests/fixtures/warehouse/sample.model.json', root), 'utf8'));
const data = typedRows(model, readFileSync(new URL('tests/fixtures/warehouse/next-period.csv', root), 'utf8'));

/** Each customer's features and segment under `m`, by ValueSeg's scorer. */
function features(m: ScoringModel) {
  const scorer = createScorer(m);
  const at = scorer.columns.map((c) => data.columns.findIndex((x) => x.name === c));
  return data.rows.map((row) => scorer.score(at.map((j) => (row[j] === null ? NaN : (row[j] as number)))));
}

/** The in-process k-means from the model's centres. */
function inProcess() {
  const f = features(model);
  const pts = { n: f.length, d: 2, data: Float64Array.from(f.flatMap((s) => [s.current!, s.potential!])) };
  const v = columnVariances(pts);
  const start = Float64Array.from(model.segmentation.segments.flatMap((s) => s.centre));
  return runKMeans(pts, start, { maxIterations: 50, tolerance: FIT_TOL * ((v[0] + v[1]) / 2), algorithm: 'lloyd' });
}

function expectSamePartition(refit: ScoringModel) {
  const ref = inProcess();
  const got = features(refit).map((s) => s.segment!);
  const map = new Map<number, number>();
  ref.labels.forEach((l, i) => {
    if (!map.has(l)) map.set(l, got[i]);
    expect(got[i], `customer ${i + 1}`).toBe(map.get(l));
  });
  expect(new Set(map.values()).size).toBe(map.size);
  for (const [l, seg] of map) {
    const centre = refit.segmentation.segments.find((s) => s.cluster === seg)!.centre;
    centre.forEach((v, j) => expect(Math.abs(v - ref.centroids[l * 2 + j])).toBeLessThan(1e-9));
  }
  // the refit moved the centres: the test does not pass by returning the start
  expect(refit.segmentation.segments.some((s, i) => s.centre[0] !== model.segmentation.segments[i].centre[0])).toBe(true);
}

describe('cli fit in DuckDB', () => {
  let duck: Awaited<ReturnType<typeof duckdbEngine>>;
  beforeAll(async () => {
    duck = await duckdbEngine(':memory:');
    await loadTable(duck, 'duckdb', 'customers', data);
  });
  afterAll(() => duck.close());

  it('gives the partition of the in-process k-means from the same start', async () => {
    const r = await fitInEngine(duck, 'duckdb', model, 'customers');
    expect(r.converged).toBe(true);
    expect(r.rows).toBe(400);
    expectSamePartition(r.model);
  });
});

describe('cli fit in PostgreSQL', () => {
  let cluster: Cluster | null = null;
  let pg: Engine;
  beforeAll(async () => {
    const c = startPostgres();
    if ('missing' in c) {
      if (process.env.VALUESEG_REQUIRE_POSTGRES === '1') throw new Error(`VALUESEG_REQUIRE_POSTGRES=1 but ${c.missing}`);
      console.log(`PostgreSQL tests skipped: ${c.missing}`);
      return;
    }
    cluster = c;
    pg = postgresEngine(c.url);
    await loadTable(pg, 'postgres', 'customers', data);
  }, 60_000);
  afterAll(() => cluster?.stop());

  it('gives the partition of the in-process k-means from the same start', async (ctx) => {
    if (!cluster) return ctx.skip();
    const r = await fitInEngine(pg, 'postgres', model, 'customers');
    expect(r.converged).toBe(true);
    expectSamePartition(r.model);
  });
});

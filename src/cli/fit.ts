/**
 * `fit --engine duckdb:FILE|postgres:URL --table T --model M.json [--k K] [--max-iter 50] --out M2.json`:
 * k-means refitted where the data lives (src/core/scoring-model/fit-sql.ts), from the model's
 * centres, written as an updated model. Segments keep their names and strategies with their
 * centres and are numbered again by mean composite score (1 = most valuable), as in the notebook.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InputError } from '../core/errors.ts';
import { lloydStepSql, varianceSql } from '../core/scoring-model/fit-sql.ts';
import type { ScoringModel } from '../core/scoring-model/types.ts';
import { UsageError } from './commands.ts';
import { openEngine, type Engine } from './engines.ts';
import { readModelFile } from './score.ts';

export const FIT_TOL = 1e-4;

export interface FitResult {
  model: ScoringModel;
  iterations: number;
  converged: boolean;
  rows: number;
  /** Customers per segment of the refitted model, by its display number. */
  sizes: Record<number, number>;
}

/** Runs the Lloyd iterations in `engine` and returns the refitted model. */
export async function fitInEngine(engine: Engine, dialect: 'duckdb' | 'postgres', model: ScoringModel, table: string, options: { maxIter?: number; createdAt?: string } = {}): Promise<FitResult> {
  const maxIter = options.maxIter ?? 50;
  const opts = { dialect, table };
  const [v] = await engine.query(varianceSql(model, opts));
  const rows = Number(v[0]);
  const k = model.segmentation.segments.length;
  if (rows < k) throw new InputError('cli.fit-rows', `${table} has ${rows} customer(s) with features, fewer than k = ${k}.`, {}, { rows, k });
  const variances = v.slice(1).map(Number);
  const tolerance = FIT_TOL * (variances.reduce((a, b) => a + b, 0) / variances.length);
  let centres = model.segmentation.segments.map((s) => [...s.centre]);
  const d = centres[0].length;
  let iterations = 0;
  let converged = false;
  let stats: (string | null)[][] = [];
  for (let it = 0; it < maxIter; it++) {
    stats = await engine.query(lloydStepSql(model, opts, centres));
    const next = centres.map((c) => [...c]);
    for (const row of stats) {
      const c = Number(row[0]) - 1;
      const count = Number(row[1]);
      for (let j = 0; j < d; j++) next[c][j] = Number(row[2 + j]) / count;
    }
    let shift = 0;
    for (let c = 0; c < k; c++) for (let j = 0; j < d; j++) shift += (next[c][j] - centres[c][j]) ** 2;
    centres = next;
    iterations = it + 1;
    if (shift <= tolerance) {
      converged = true;
      break;
    }
  }
  // sizes and mean composite at the final centres (the labels of the returned model)
  stats = await engine.query(lloydStepSql(model, opts, centres));
  const count = new Array<number>(k).fill(0);
  const meanComposite = new Array<number>(k).fill(-Infinity);
  for (const row of stats) {
    count[Number(row[0]) - 1] = Number(row[1]);
    meanComposite[Number(row[0]) - 1] = Number(row[2 + d]);
  }
  const order = Array.from({ length: k }, (_, i) => i).sort((a, b) => meanComposite[b] - meanComposite[a] || a - b);
  const refit: ScoringModel = structuredClone(model);
  refit.segmentation.segments = order.map((i, rank) => ({ ...structuredClone(model.segmentation.segments[i]), cluster: rank + 1, centre: centres[i] }));
  refit.provenance = { ...refit.provenance, createdAt: options.createdAt ?? new Date().toISOString() };
  const sizes: Record<number, number> = {};
  order.forEach((i, rank) => (sizes[rank + 1] = count[i]));
  return { model: refit, iterations, converged, rows, sizes };
}

export function fitVerb(args: string[]): number {
  const { values } = parseArgs({ args, strict: true, options: { engine: { type: 'string' }, table: { type: 'string' }, model: { type: 'string' }, k: { type: 'string' }, 'max-iter': { type: 'string' }, out: { type: 'string' } } });
  if (!values.engine || !values.table || !values.model || !values.out) throw new UsageError('fit needs --engine duckdb:FILE|postgres:URL, --table <name>, --model <model.json> and --out <model.json>');
  const model = readModelFile(values.model);
  if (values.k !== undefined && Number(values.k) !== model.segmentation.k) {
    throw new UsageError(`--k ${values.k}: the model has k = ${model.segmentation.k}; the refit starts from its centres, so k stays (choose another k in the notebook and write the model again)`);
  }
  const maxIter = values['max-iter'] === undefined ? 50 : Number(values['max-iter']);
  if (!Number.isInteger(maxIter) || maxIter < 1 || maxIter > 10_000) throw new UsageError(`--max-iter ${values['max-iter']}: expected a whole number from 1 to 10000`);
  const dialect = values.engine.startsWith('duckdb:') ? 'duckdb' : 'postgres';
  const run = async () => {
    const engine = await openEngine(values.engine!);
    try {
      const r = await fitInEngine(engine, dialect, model, values.table!, { maxIter });
      writeFileSync(values.out!, JSON.stringify(r.model, null, 2) + '\n');
      process.stdout.write(JSON.stringify({ engine: engine.name, table: values.table, rows: r.rows, iterations: r.iterations, converged: r.converged, sizes: r.sizes, out: values.out }, null, 2) + '\n');
    } finally {
      engine.close();
    }
  };
  run().catch((e) => {
    process.stderr.write(`valueseg: ${e instanceof InputError ? e.message : `internal error: ${(e as Error)?.stack ?? e}`}\n`);
    process.exitCode = e instanceof InputError ? 2 : 1;
  });
  return 0;
}

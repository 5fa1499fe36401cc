/**
 * project + table → Result: the one function the page (through its worker), the CLI and the
 * tests all call. Deterministic for a given project (its seed included) and table.
 *
 * Stages: validate → indicator columns → missing values → AHP → normalise → objective weights →
 * final weights → scores → value matrix, tiers, ABC → k sweep and the chosen k → segments.
 *
 * The stages live in pipeline/: score.ts (1–5, then classify.ts: 6), cluster.ts (7), explain.ts
 * (8); their cache keys in keys.ts. This module is the entry everyone imports.
 */
import type { ColumnTable } from 'arquero';
import type { Project } from './model/project.ts';
import type { Result, Scored } from './result.ts';
import { sweep as runSweep, sweepAsync, type SweepResult } from './cluster/index.ts';
import { cluster, type SweepRequest } from './pipeline/cluster.ts';
import { explain } from './pipeline/explain.ts';
import type { PipelineOptions } from './pipeline/options.ts';
import { score, type Stage } from './pipeline/score.ts';

export { tableColumns, type PipelineOptions, type StageName } from './pipeline/options.ts';

/**
 * The fast part of the method: validation, missing values, AHP, weights, scores, value matrix,
 * tiers and ABC — what a judgment edit changes on screen at once. Throws like `runPipeline`.
 */
export function scoreProject(project: Project, table: ColumnTable, options: PipelineOptions = {}): Scored {
  return score(project, table, options).scored;
}

/** Runs the whole method. Throws `InputError` naming the place for anything the method cannot use. */
export function runPipeline(project: Project, table: ColumnTable, options: PipelineOptions = {}): Result {
  const steps = segment(project, score(project, table, options), options);
  let step = steps.next();
  while (!step.done) step = steps.next(runSweep(step.value.points, step.value.options));
  return step.value;
}

/**
 * `runPipeline` with the sweep's k-means restarts run by `options.runTasks` (threads): the same
 * result, bit for bit, for any number of threads.
 */
export async function runPipelineAsync(project: Project, table: ColumnTable, options: PipelineOptions = {}): Promise<Result> {
  const steps = segment(project, score(project, table, options), options);
  let step = steps.next();
  while (!step.done) step = steps.next(await sweepAsync(step.value.points, { ...step.value.options, runTasks: options.runTasks }));
  return step.value;
}

/** Stages 7 and 8: the clustering and segments; yields the k sweep to run (sync or on threads) and takes its result. */
function* segment(project: Project, stage: Stage, options: PipelineOptions): Generator<SweepRequest, Result, SweepResult> {
  const problems = [...stage.scored.problems];
  const clustered = yield* cluster(project, stage, options, problems);
  return explain(project, stage, clustered, options, problems);
}

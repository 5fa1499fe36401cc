/**
 * The CLI's commands as functions of the input bytes: easy to test without spawning Node.
 * Each returns a JSON-ready object or throws `InputError` / `UsageError` (exit code 2).
 */
import { analyseMatrix, describeCycle, toMatrix } from '../core/ahp/index.ts';
import { MAX_AHP_ITEMS, tooManyItems } from '../core/ahp/judgment.ts';
import { sweep, sweepAsync, type SweepOptions, type SweepResult } from '../core/cluster/index.ts';
import { defaultThreads, withThreads } from './threads.ts';
import { pointsFromColumns } from '../core/cluster/points.ts';
import { decodeBytes } from '../core/data/decode.ts';
import { InputError } from '../core/errors.ts';
import type { AhpMethod, FuzzyJudgment, Judgment, Project, RiTableName } from '../core/model/project.ts';
import { parseJsonSafely } from '../core/model/file.ts';
import { validateProject } from '../core/model/validate.ts';
import { runPipeline, runPipelineAsync, tableColumns } from '../core/pipeline.ts';
import { resultToJson } from '../core/report/json.ts';
import { inFileOrder, readNamedColumns } from './numeric-columns.ts';
import { choice as oneOf, readDataFile, splitList, UsageError, wholeNumber as integer, type DataFlags } from './options.ts';
import { fuzzyCalculation, isFuzzyMethod } from '../core/ahp/fuzzy/method.ts';
import { toFuzzyMatrix } from '../core/ahp/fuzzy/judgments.ts';

export { readDataFile, UsageError, type DataFlags } from './options.ts';

const METHODS: readonly AhpMethod[] = ['eigen', 'geometric', 'column', 'fuzzy-chang', 'fuzzy-buckley'];
const RI_NAMES: readonly RiTableName[] = ['saaty1980', 'saaty2005', 'cn', 'alonso-lamata'];

function parseJson(bytes: Uint8Array, file: string): unknown {
  const { text } = decodeBytes(bytes, file);
  try {
    // Without __proto__/constructor/prototype keys (see parseJsonSafely).
    return parseJsonSafely(text).value;
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.code, `${file}: ${e.message}`, { path: file }, e.params);
    throw new InputError('json.invalid', `${file} is not valid JSON: ${(e as Error).message}`, { path: file });
  }
}

/**
 * `ahp <matrix.json>`: weights, λmax, CI, RI, CR, the worst judgments and the 3-cycles of one matrix.
 * A cell may be a fuzzy judgment [l, m, u] (m is the crisp judgment; the fuzzy methods weight the
 * entered triples, `fuzzy.entered` says so).
 */
export function ahpCommand(bytes: Uint8Array, file: string, opts: { method?: string; ri?: string }) {
  const method = oneOf(opts.method, METHODS, 'method', 'eigen');
  const ri = oneOf(opts.ri, RI_NAMES, 'ri', 'saaty1980');
  const raw = parseJson(bytes, file);
  if (!Array.isArray(raw) || raw.length === 0 || !raw.every((r) => Array.isArray(r))) {
    throw new InputError('ahp.matrix-invalid', `${file} must hold a square matrix as an array of rows, e.g. [[1, 3], ["1/3", 1]].`, { path: file });
  }
  if (raw.length > MAX_AHP_ITEMS) throw tooManyItems(raw.length, { file, size: raw.length });
  const items = raw.map((_, i) => `item ${i + 1}`);
  // A cell may be a triangular fuzzy judgment [l, m, u]: its m is the crisp judgment (fuzzy/judgments.ts)
  const rows = raw as unknown[][];
  const fuzzyInput = rows.some((r) => r.some((c) => Array.isArray(c)));
  const jm = {
    node: 'matrix',
    expert: 'cli',
    items,
    matrix: rows.map((r) => r.map((c) => (Array.isArray(c) ? c[1] : c))) as Judgment[][],
    ...(fuzzyInput ? { fuzzy: rows.map((r) => r.map((c) => (Array.isArray(c) ? c : null))) as FuzzyJudgment[][] } : {}),
  };
  const names = { matrix: file, cli: 'cli' };
  const matrix = toMatrix(jm, names);
  const entered = toFuzzyMatrix(jm, matrix, names);
  const a = analyseMatrix(matrix, { method, ri, repairs: 3, fuzzy: entered });
  return {
    method,
    riTable: ri,
    weights: a.weights,
    lambdaMax: a.lambdaMax,
    ci: a.ci,
    ri: a.ri,
    cr: a.cr,
    consistent: a.consistent,
    ...(a.gci !== undefined ? { gci: a.gci } : {}),
    worst: a.worst.map(({ i, j, value, suggested, crAfter }) => ({ i, j, value, suggested, crAfter })),
    cycles: a.cycles.map((c) => ({ items: c.items, text: describeCycle(c, items) })),
    ...(isFuzzyMethod(method) ? { fuzzy: { ...fuzzyCalculation(matrix, method, entered), entered: entered !== null } } : {}),
  };
}

/** What the read left out or chose that a reader of the output must know (workbooks: sheet, header row, totals rows). */
function readSummary(report: import('../core/data/types.ts').ReadReport) {
  return {
    rows: report.rows,
    ...(report.sheet !== undefined ? { sheet: report.sheet, headerRow: report.headerRow, excludedRows: report.excludedRows ?? [] } : {}),
  };
}

/** Read warnings listed by `sweep` (the rest are counted). */
const MAX_WARNINGS = 20;

type SweepFlags = { columns?: string; column?: string[]; scale?: string; kmin?: string; kmax?: string; seed?: string; restarts?: string; labels?: boolean } & DataFlags;

/** `--threads N`: the sweep's k-means threads, from 1 to 256; default one per core. */
export function threadsOption(value: string | undefined): number {
  return integer(value, 'threads', defaultThreads(), 1, 256);
}

/** `sweep`: k-means for k = kmin..kmax on chosen columns, with inertia, silhouette, CH, DB and the knee. */
export function sweepCommand(bytes: Uint8Array, file: string, opts: SweepFlags) {
  const job = sweepJob(bytes, file, opts);
  return job.output(sweep(job.points, job.options));
}

/** `sweep --threads N` (the CLI's verb): the same output, the k-means restarts on N threads. */
export async function sweepCommandThreads(bytes: Uint8Array, file: string, opts: SweepFlags & { threads?: string }) {
  const threads = threadsOption(opts.threads);
  const job = sweepJob(bytes, file, opts);
  return job.output(await withThreads(threads, (runTasks) => sweepAsync(job.points, { ...job.options, runTasks })));
}

/** The sweep's points and options read from the file and flags, and the output made from its result. */
function sweepJob(bytes: Uint8Array, file: string, opts: SweepFlags) {
  if (!opts.columns && !opts.column?.length) throw new UsageError('sweep needs --columns a,b,c (or --column NAME, repeated, for names holding a comma)');
  const scale = oneOf(opts.scale, ['none', 'minmax', 'z'] as const, 'scale', 'none');
  const kMin = integer(opts.kmin, 'kmin', 2, 1, 100);
  const kMax = integer(opts.kmax, 'kmax', 10, 1, 100);
  if (kMin > kMax) throw new UsageError(`--kmin ${kMin} is larger than --kmax ${kMax}`);
  const seed = integer(opts.seed, 'seed', 1, 0, 2 ** 32 - 1);
  const restarts = integer(opts.restarts, 'restarts', 10, 1, 1000);
  // --column NAME (repeatable) takes a name as it is, commas included; --columns splits at commas.
  const names = [...splitList(opts.columns), ...(opts.column ?? [])];
  // Rows with a missing value in a chosen column are left out and counted (their label is null).
  const read = readNamedColumns(bytes, file, names, opts, scale);
  const { report, lines, rows: keptRows } = read;
  const points = pointsFromColumns(read.columns);
  const options: SweepOptions = { kMin, kMax, restarts, seed, columns: names, lines: Int32Array.from(keptRows, (r) => lines[r]) };
  // Why rows were dropped: the missing cells per chosen column (with their first lines), and
  // what the reader said about the file, its header and those columns (unreadable cells, by line).
  const chosen = new Set(names);
  const told = report.problems.filter((p) => p.where.column === undefined || chosen.has(p.where.column) || p.where.row === 1);
  const output = (s: SweepResult) => ({
    n: keptRows.length,
    dropped: read.dropped,
    read: readSummary(report),
    ...(read.dropped > 0 ? { missing: read.missing.filter((r) => r.missing > 0).map((r) => ({ column: r.column, missing: r.missing, lines: r.lines })) } : {}),
    ...(told.length > 0 ? { warnings: told.slice(0, MAX_WARNINGS).map((p) => p.message), ...(told.length > MAX_WARNINGS ? { warningsNotShown: told.length - MAX_WARNINGS } : {}) } : {}),
    columns: names,
    scale,
    seed,
    restarts,
    results: s.results.map((r) => ({
      k: r.k,
      inertia: r.inertia,
      silhouette: r.silhouette,
      calinskiHarabasz: r.calinskiHarabasz,
      daviesBouldin: r.daviesBouldin,
      ...(opts.labels ? { labels: inFileOrder(r.labels, keptRows, report.rows) } : {}),
    })),
    knee: s.knee,
    notes: s.notes,
  });
  return { points, options, output };
}

/** `run`: the full pipeline on a project and a data file. */
export function runCommand(projectBytes: Uint8Array, projectFile: string, dataBytes: Uint8Array, dataFile: string, flags: DataFlags = {}) {
  const { project, table, report, lines } = runInput(projectBytes, projectFile, dataBytes, dataFile, flags);
  return resultToJson(runPipeline(project, table, { lines, report, sensitivity: true }));
}

/** `run --threads N` (the CLI's verb): the same output, the sweep's k-means restarts on N threads. */
export async function runCommandThreads(projectBytes: Uint8Array, projectFile: string, dataBytes: Uint8Array, dataFile: string, flags: DataFlags & { threads?: string } = {}) {
  const threads = threadsOption(flags.threads);
  const { project, table, report, lines } = runInput(projectBytes, projectFile, dataBytes, dataFile, flags);
  return resultToJson(await withThreads(threads, (runTasks) => runPipelineAsync(project, table, { lines, report, sensitivity: true, runTasks })));
}

function runInput(projectBytes: Uint8Array, projectFile: string, dataBytes: Uint8Array, dataFile: string, flags: DataFlags) {
  const raw = parseJson(projectBytes, projectFile);
  const structural = validateProject(raw).filter((p) => p.severity === 'error');
  if (structural.length) {
    throw new InputError('project.invalid', `${projectFile} is not a valid project:\n  ${structural.map((p) => p.message).join('\n  ')}`);
  }
  const project = raw as Project;
  const { table, report, lines } = readDataFile(dataBytes, dataFile, flags);
  // Warnings (an unknown field, say) do not stop a run; errors do.
  const binding = validateProject(project, tableColumns(table, report)).filter((p) => p.severity === 'error');
  if (binding.length) {
    throw new InputError('project.invalid', `${projectFile} does not fit ${dataFile}:\n  ${binding.map((p) => p.message).join('\n  ')}`);
  }
  return { project, table, report, lines };
}

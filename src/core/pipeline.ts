/**
 * project + table → Result: the one function the page (through its worker), the CLI and the
 * tests all call. Deterministic for a given project (its seed included) and table.
 *
 * Stages: validate → indicator columns → missing values → AHP → normalise → objective weights →
 * final weights → scores → value matrix, tiers, ABC → k sweep and the chosen k → segments.
 */
import type { ColumnTable } from 'arquero';
import { analyseHierarchy } from './ahp/hierarchy.ts';
import { riTable } from './ahp/ri.ts';
import { kmeans, sweep as runSweep, sweepAsync, type SweepOptions, type SweepResult } from './cluster/index.ts';
import type { RunTasks } from './cluster/tasks.ts';
import { orderClusters } from './cluster/order.ts';
import { silhouetteSamples } from './cluster/metrics.ts';
import { pointsFromColumns, type Points } from './cluster/points.ts';
import { hclustPartition, quickClusterPartition, type SpssPartition } from './cluster/spss-segmentation.ts';
import { sweepKey, type SweepCache } from './cluster/sweep-cache.ts';
import { addDerivedColumns } from './data/derived.ts';
import { handleMissing } from './data/missing.ts';
import type { ReadReport } from './data/types.ts';
import { InputError, type Problem } from './errors.ts';
import { anovaTable } from './explain/anova.ts';
import { categoricalColumns } from './explain/categorical.ts';
import { segmentTests } from './explain/segment-tests.ts';
import { assignQuadrants } from './explain/assign.ts';
import { nameSegments } from './explain/naming.ts';
import { profileSegments } from './explain/profile.ts';
import { segmentStrategy } from './explain/strategies.ts';
import { listIndicators } from './model/hierarchy.ts';
import type { Project, SegmentBasis } from './model/project.ts';
import { validateProject, type ColumnInfo } from './model/validate.ts';
import { createRng, sampleIndices } from './random.ts';
import type { IndicatorWeights, Result, Scored, Segment, SweepRow } from './result.ts';
import { abcClasses } from './scoring/abc.ts';
import { checkSourceValues } from './scoring/source-missing.ts';
import { compositeScores, criterionScores } from './scoring/composite.ts';
import { medianOf, scoreBins } from './stats/distribution.ts';
import { valueMatrix, type SegmentType } from './scoring/matrix.ts';
import { assignTiers } from './scoring/tiers.ts';
import { assignRuleTiers, describeRule, ruleSources } from './scoring/tier-rules.ts';
import { noCache, type ScoreCache } from './scoring/score-cache.ts';
import { combineWeights } from './weighting/combine.ts';
import { criticWeights } from './weighting/critic.ts';
import { entropyWeights } from './weighting/entropy.ts';
import { givenWeights } from './weighting/given.ts';
import { methodScores } from './evaluate/scores.ts';
import { normaliseColumns } from './weighting/normalise.ts';
import { projectSensitivity, sensitivityPieces } from './sensitivity/evaluate.ts';

export interface PipelineOptions {
  /** File line of each table row (from `readTable`), for messages. Default: row i is line i + 2. */
  lines?: ArrayLike<number>;
  /** The read report, whose column types are used for the binding check. */
  report?: ReadReport;
  /** Stage progress: `stage` is one of validate, weights, scores, sweep, segments. */
  onProgress?: (stage: string, done: number, total: number) => void;
  /** Polled during the sweep; true stops the run with an InputError `pipeline.cancelled`. */
  shouldCancel?: () => boolean;
  /** Reuses the last k sweep when its points and options are unchanged (e.g. only k changed). */
  sweepCache?: SweepCache;
  /**
   * Reuses what the scoring stage computed from the data alone (missing values, normalisation,
   * entropy, CRITIC, tiers and ABC of a data column): a judgment edit then only re-weights.
   */
  scoreCache?: ScoreCache;
  /** `runPipelineAsync` only: runs the sweep's k-means restarts (e.g. on threads); default in process. */
  runTasks?: RunTasks;
  /** Also run the sensitivity analysis of the weights (sensitivity/analyse.ts): one scoring and clustering per perturbation. Default false. */
  sensitivity?: boolean;
}

/** The columns of a table with their types: from the read report when given, else numeric ⇔ Float64Array. */
export function tableColumns(table: ColumnTable, report?: ReadReport): ColumnInfo[] {
  if (report) return report.columns.map((c) => ({ name: c.name, type: c.type, filled: report.rows - c.missing }));
  return table.columnNames().map((name) => ({
    name,
    type: (table.column(name) as unknown) instanceof Float64Array ? 'numeric' : 'categorical',
  }));
}

const column = (table: ColumnTable, name: string): Float64Array => table.column(name) as unknown as Float64Array;

function scoreSource(source: string, table: ColumnTable, rows: Int32Array, scores: { composite: Float64Array; current: Float64Array | null; potential: Float64Array | null }, path: string): Float64Array {
  if (source.startsWith('score:')) {
    const key = source.slice(6);
    const s = key === 'composite' ? scores.composite : key === 'current' ? scores.current : key === 'potential' ? scores.potential : undefined;
    if (!s) throw new InputError('pipeline.score-source', `${path}: "${source}" is not available (scores are composite, current and potential; current and potential need criteria with those roles).`, { path }, { path, source });
    return s;
  }
  const col = column(table, source);
  const out = Float64Array.from(rows, (r) => col[r]);
  return out;
}

/** A segment override's basis that is not the segment now at its number (no basis: unknown, kept as it is). */
function basisDiffers(basis: SegmentBasis | undefined, k: number, type: SegmentType | null): boolean {
  return basis !== undefined && (basis.k !== k || basis.type !== type);
}

/** What the clustering stage needs from the scoring stage. */
interface Stage {
  scored: Scored;
  cols: Float64Array[];
  normalised: Float64Array[];
  final: Float64Array;
  names: string[];
  lines: Int32Array;
  /** The data with the derived columns added. */
  table: ColumnTable;
}

/**
 * The fast part of the method: validation, missing values, AHP, weights, scores, value matrix,
 * tiers and ABC — what a judgment edit changes on screen at once. Throws like `runPipeline`.
 */
export function scoreProject(project: Project, table: ColumnTable, options: PipelineOptions = {}): Scored {
  return score(project, table, options).scored;
}

/** Runs the whole method. Throws `InputError` naming the place for anything the method cannot use. */
export function runPipeline(project: Project, table: ColumnTable, options: PipelineOptions = {}): Result {
  const steps = segment(project, table, score(project, table, options), options);
  let step = steps.next();
  while (!step.done) step = steps.next(runSweep(step.value.points, step.value.options));
  return step.value;
}

/**
 * `runPipeline` with the sweep's k-means restarts run by `options.runTasks` (threads): the same
 * result, bit for bit, for any number of threads.
 */
export async function runPipelineAsync(project: Project, table: ColumnTable, options: PipelineOptions = {}): Promise<Result> {
  const steps = segment(project, table, score(project, table, options), options);
  let step = steps.next();
  while (!step.done) step = steps.next(await sweepAsync(step.value.points, { ...step.value.options, runTasks: options.runTasks }));
  return step.value;
}

function score(project: Project, input: ColumnTable, options: PipelineOptions): Stage {
  let table = input;
  const progress = options.onProgress ?? (() => {});
  const problems: Problem[] = [];

  // 1. The project must be valid and fit the data.
  progress('validate', 0, 1);
  const invalid = validateProject(project, tableColumns(input, options.report)).filter((p) => p.severity === 'error');
  if (invalid.length) {
    throw new InputError('project.invalid', invalid.map((p) => p.message).join('\n'), invalid[0].where, invalid[0].params, invalid[0].variant);
  }
  const opts = project.options;
  const indicators = listIndicators(project.hierarchy);
  const names = indicators.map((i) => i.column);
  if (table.numRows() === 0) throw new InputError('data.no-rows', 'The data have no rows.', {}, {});

  // 2. Indicator columns and missing values (data-only parts are cached by their inputs).
  options.scoreCache?.use(input, options.lines);
  const cache = options.scoreCache ?? noCache;
  // Derived indicators (data/derived.ts): computed once per table and definition.
  const derived = project.data.derived ?? [];
  if (derived.length > 0) {
    const d = cache.get(`derived:${JSON.stringify(derived)}`, () => addDerivedColumns(input, derived, { lines: options.lines }));
    table = d.table;
    problems.push(...d.problems);
  }
  const directions = indicators.map((i) => i.direction);
  const dataKey = JSON.stringify([names, opts.missing]);
  const prepared = cache.get(`missing:${dataKey}`, () => {
    const raw = indicators.map((ind) => column(table, ind.column));
    const m = handleMissing(raw, names, opts.missing, options.lines);
    const lines = options.lines ? Int32Array.from(m.rows, (r) => options.lines![r]) : Int32Array.from(m.rows, (r) => r + 2);
    return { missing: m, lines };
  });
  const missing = prepared.missing;
  const cols = missing.columns;
  const rows = missing.rows;
  const n = rows.length;
  for (const r of missing.report) {
    if (r.missing > 0) {
      const what = opts.missing === 'drop' ? 'rows dropped' : `filled with the ${opts.missing} ${r.imputed}`;
      problems.push({ severity: 'info', code: 'data.missing', message: `Column "${r.column}": ${r.missing} missing value(s) (first at line ${r.lines[0]}), ${what}.`, where: { column: r.column, row: r.lines[0] }, params: { column: r.column, count: r.missing, line: r.lines[0], imputed: String(r.imputed ?? '') }, variant: opts.missing === 'drop' ? 'drop' : opts.missing });
    }
  }
  // Rows dropped for missing values are what left too few: then the missing-value policy is the place to change.
  if (n < 2) throw new InputError('data.too-few-rows', `Only ${n} usable customer row(s); the method needs at least 2.`, missing.dropped > 0 ? { path: 'options.missing' } : {}, { n });
  const lines = prepared.lines;

  // 3. AHP over the hierarchy.
  progress('weights', 0, 1);
  const ahp = analyseHierarchy(project, opts.ahp);
  const table_ = riTable(opts.ahp.ri);
  for (const node of ahp.nodes) {
    if (!node.aggregated.consistent) {
      problems.push({ severity: 'warning', code: 'ahp.inconsistent', message: `Node "${node.name}": CR = ${node.aggregated.cr.toFixed(3)} ≥ 0.10; the judgments fail the consistency test.`, where: { path: node.path }, params: { node: node.name, cr: node.aggregated.cr.toFixed(3) } });
    }
  }
  const ahpWeights = Float64Array.from(indicators, (ind) => ahp.global.find((g) => g.id === ind.id)!.weight);

  // 4. Normalisation and objective weights.
  const colsKey = JSON.stringify([names, opts.missing, directions]);
  const norm = cache.get(`normalise:${colsKey}:${opts.normalisation}`, () => normaliseColumns(cols, directions, { method: opts.normalisation, names }));
  problems.push(...norm.problems);
  const needs = opts.weighting.method === 'entropy' || opts.weighting.method === 'critic' || opts.weighting.method === 'combined';
  const tryObjective = <T>(which: 'entropy' | 'critic', f: () => T): T | null => {
    const required = needs && (opts.weighting.method === which || (opts.weighting.method === 'combined' && opts.weighting.objective === which));
    try {
      return f();
    } catch (e) {
      if (required || !(e instanceof InputError)) throw e;
      return null;
    }
  };
  const entropyOpts = opts.weighting.entropy ?? { normalisation: 'minmax' as const, shift: 'none' as const };
  const entropy = tryObjective('entropy', () => cache.get(`entropy:${colsKey}:${entropyOpts.normalisation}:${entropyOpts.shift}`, () => entropyWeights(cols, { directions, names, ...entropyOpts })));
  const critic = indicators.length >= 2 ? tryObjective('critic', () => cache.get(`critic:${colsKey}`, () => criticWeights(cols, { directions, names }))) : null;
  if (needs) {
    const chosen = opts.weighting.method === 'critic' || (opts.weighting.method === 'combined' && opts.weighting.objective === 'critic') ? critic : entropy;
    if (chosen) problems.push(...chosen.problems);
    if (!chosen) throw new InputError('weighting.unavailable', 'CRITIC weights need at least 2 indicators.', { path: 'options.weighting.method' }, {});
  }
  const objective = (opts.weighting.objective === 'critic' ? critic : entropy)?.weights;
  let final: Float64Array;
  let given: ReturnType<typeof givenWeights> | null = null;
  switch (opts.weighting.method) {
    case 'ahp':
      final = ahpWeights;
      break;
    case 'entropy':
      final = entropy!.weights;
      break;
    case 'critic':
      final = critic!.weights;
      break;
    case 'combined':
      final = combineWeights(ahpWeights, objective!, { method: opts.weighting.combination, alpha: opts.weighting.alpha, names });
      break;
    case 'given': {
      given = givenWeights(indicators.map((i) => i.id), opts.weighting.given, { names: indicators.map((i) => i.name) });
      problems.push(...given.problems);
      final = given.weights;
      break;
    }
  }
  const weightRows: IndicatorWeights[] = indicators.map((ind, j) => ({
    id: ind.id,
    name: ind.name,
    column: ind.column,
    direction: ind.direction,
    criterion: ind.criterion,
    role: ind.role,
    ahp: ahpWeights[j],
    entropy: entropy ? entropy.weights[j] : null,
    critic: critic ? critic.weights[j] : null,
    final: final[j],
    constant: norm.constant[j],
  }));

  // 5. Scores.
  progress('scores', 0, 1);
  const scoring = opts.scoring.method ?? 'weighted-sum';
  let composite: Float64Array;
  let byCriterion: { criterion: string; scores: Float64Array }[];
  try {
    if (scoring === 'weighted-sum') {
      composite = compositeScores(norm.columns, final, { method: opts.normalisation, names });
      byCriterion = criterionScores(norm.columns, final, indicators.map((i) => i.criterion), { method: opts.normalisation, names });
    } else {
      // TOPSIS / grey relational analysis on the indicator columns (×100); entropy-weight TOPSIS uses the entropy weights
      if (scoring === 'entropy-topsis' && !entropy) throw new InputError('weighting.unavailable', 'Entropy-weight TOPSIS needs entropy weights, which cannot be computed on these data.', { path: 'options.scoring.method' }, {}, 'entropy-topsis');
      const w = scoring === 'entropy-topsis' ? entropy!.weights : final;
      const r = methodScores(scoring === 'gra' ? 'gra' : 'topsis', cols, w, directions, indicators.map((i) => i.criterion), { names, rho: opts.scoring.rho });
      problems.push(...r.problems);
      composite = r.composite;
      byCriterion = r.criteria;
    }
  } catch (e) {
    // The scorer knows criteria by id only: name the criterion and its place in the project.
    const at = e instanceof InputError && e.code === 'scoring.criterion-zero-weight' ? project.hierarchy.criteria.findIndex((c) => c.id === e.params?.criterion) : -1;
    if (at < 0 || !(e instanceof InputError)) throw e;
    const c = project.hierarchy.criteria[at];
    const path = `hierarchy.criteria[${at}]`;
    const cols = indicators.filter((i) => i.criterion === c.id).map((i) => `"${i.column}"`).join(', ');
    throw new InputError(
      e.code,
      `${path}: every indicator of criterion "${c.name}" (${cols}) has weight 0 under ${opts.weighting.method} weights (a column with the same value for every customer gets entropy and CRITIC weight 0), so its score is undefined; add an indicator that varies or use AHP weights.`,
      { path },
      { ...e.params, name: c.name, columns: cols, method: opts.weighting.method, path },
      'named',
    );
  }
  const criteria: Record<string, Float64Array> = {};
  for (const c of byCriterion) criteria[c.criterion] = c.scores;
  const roleCriterion = (role: 'current' | 'potential') => project.hierarchy.criteria.find((c) => c.role === role)?.id;
  const currentId = roleCriterion('current');
  const potentialId = roleCriterion('potential');
  const current = currentId ? criteria[currentId] ?? null : null;
  const potential = potentialId ? criteria[potentialId] ?? null : null;
  if (!current || !potential) {
    problems.push({ severity: 'warning', code: 'pipeline.no-value-roles', message: 'No top-level criteria carry the roles "current" and "potential": the value matrix and the 2×2 segment names are not available.', where: { path: 'hierarchy.criteria' }, params: {}, variant: 'warning' });
  }
  const scores = { composite, current, potential, criteria };
  let sum = 0;
  for (let i = 0; i < composite.length; i++) sum += composite[i];
  const scoreSummary = { bins: scoreBins(composite), mean: composite.length ? sum / composite.length : NaN, median: medianOf(composite) };

  // 6. Value matrix, tiers, ABC.
  let matrix: Result['matrix'] = null;
  if (current && potential) {
    const vm = valueMatrix(current, potential, { split: opts.scoring.split, splitValue: opts.scoring.splitValue });
    problems.push(...vm.problems);
    matrix = { quadrant: vm.quadrant, cut: vm.cut, counts: [...vm.counts] };
  }
  let tiers: Result['tiers'] = null;
  const t = opts.scoring.tiers;
  const tr = opts.scoring.tierRules;
  if (tr) {
    const values = new Map(ruleSources(tr).map((s) => [s, scoreSource(s, table, rows, scores, 'options.scoring.tierRules')]));
    const r = assignRuleTiers(values, tr, { n, lines, unmatched: '未定级' });
    problems.push(...r.problems);
    const words = tr.rules.map((rule) => describeRule(rule, 'en'));
    tiers = { labels: r.labels, tier: r.tier, counts: r.counts, thresholds: [], rules: r.unmatched ? ['', ...words] : words, ...(r.unmatched ? { unmatched: r.unmatched } : {}) };
  } else if (t) {
    const compute = (): NonNullable<Result['tiers']> => {
      const values = scoreSource(t.source, table, rows, scores, 'options.scoring.tiers.source');
      checkSourceValues('pipeline.tier-missing', 'options.scoring.tiers.source', t.source, values, lines);
      const r = assignTiers(values, { thresholds: t.thresholds, labels: t.labels, path: 'options.scoring.tiers', name: t.source });
      return { labels: r.labels, tier: r.tier, counts: r.counts, thresholds: r.thresholds };
    };
    // A data column's tiers do not depend on the weights (a copy: the result is the caller's).
    tiers = t.source.startsWith('score:') ? compute() : structuredClone(cache.get(`tiers:${JSON.stringify([dataKey, t])}`, compute));
  }
  let abc: Result['abc'] = null;
  {
    const a = opts.scoring.abc;
    const compute = () => {
      const values = scoreSource(a.source, table, rows, scores, 'options.scoring.abc.source');
      checkSourceValues('pipeline.abc-missing', 'options.scoring.abc.source', a.source, values, lines);
      const r = abcClasses(values, { cuts: a.cuts, name: a.source, path: 'options.scoring.abc' });
      return { problems: r.problems, abc: { cls: r.cls, counts: [...r.counts], cuts: r.cuts } };
    };
    const r = a.source.startsWith('score:') ? compute() : structuredClone(cache.get(`abc:${JSON.stringify([dataKey, a])}`, compute));
    problems.push(...r.problems);
    abc = r.abc;
  }

  const scored: Scored = {
    rows: options.scoreCache ? rows.slice() : rows,
    n,
    missing: { policy: opts.missing, dropped: missing.dropped, columns: options.scoreCache ? structuredClone(missing.report) : missing.report },
    ahp: { ...ahp, riLabel: table_.label, riSource: table_.source },
    weights: {
      method: opts.weighting.method,
      indicators: weightRows,
      entropy: entropy ? { e: Array.from(entropy.e), d: Array.from(entropy.d) } : null,
      ...(given ? { givenSum: given.sum } : {}),
    },
    scores,
    scoreSummary,
    matrix,
    tiers,
    abc,
    problems,
  };
  return { scored, cols, normalised: norm.columns, final, names, lines, table };
}

/** The clustering and segments; yields the k sweep to run (sync or on threads) and takes its result. */
function* segment(project: Project, table: ColumnTable, stage: Stage, options: PipelineOptions): Generator<{ points: Points; options: SweepOptions }, Result, SweepResult> {
  const progress = options.onProgress ?? (() => {});
  const { scored, cols, final, names, lines } = stage;
  const { rows, n } = scored;
  const { composite, current, potential } = scored.scores;
  const problems = [...scored.problems];

  // 7. Clustering features, the k sweep and the chosen k.
  const seg = project.options.segmentation;
  let features: Float64Array[];
  let featureNames: string[];
  if (seg.features === 'scores') {
    if (!current || !potential) {
      throw new InputError('pipeline.no-value-roles', 'options.segmentation.features: "scores" clusters on the current and potential value scores, but no criteria carry those roles; use "indicators" or set the roles.', { path: 'options.segmentation.features' }, {});
    }
    features = [current, potential];
    featureNames = ['score:current', 'score:potential'];
  } else if (seg.features === 'zscores') {
    // Unweighted standardised indicators: z = (x − x̄)/s with the sample SD, every weight equal.
    const directions = listIndicators(project.hierarchy).map((i) => i.direction);
    const z = normaliseColumns(cols, directions, { method: 'zscore', names });
    features = z.columns;
    featureNames = names;
  } else {
    features = stage.normalised.map((c, j) => c.map((v) => v * final[j]));
    featureNames = names;
  }
  const points: Points = pointsFromColumns(features);
  const sweepOptions = {
    kMin: seg.kMin,
    kMax: seg.kMax,
    restarts: seg.restarts,
    seed: seg.seed,
    maxIterations: seg.maxIterations,
    method: seg.algorithm ?? 'exact',
    batchSize: seg.batchSize,
    silhouetteSample: seg.silhouetteSample,
    lines,
    columns: featureNames,
    onProgress: (done: number, total: number) => progress('sweep', done, total),
    shouldCancel: options.shouldCancel,
  };
  let sw: SweepResult;
  if (seg.kMin <= Math.min(n - 1, seg.kMax)) {
    const key = options.sweepCache ? sweepKey(points, seg) : '';
    const cached = options.sweepCache?.get(key);
    sw = cached ?? (yield { points, options: sweepOptions });
    if (sw.cancelled) throw new InputError('pipeline.cancelled', 'The run was cancelled.', {}, {});
    if (!cached) options.sweepCache?.set(key, sw);
    problems.push(...sw.notes);
  } else {
    sw = { n, distinct: n, kMin: seg.kMin, kMax: seg.kMax, results: [], knee: null, bestSilhouette: null, notes: [], cancelled: false };
    problems.push({
      severity: 'warning',
      code: 'cluster.sweep-skipped',
      message: `options.segmentation.kMin: the k sweep starts at k = ${seg.kMin}, but ${n} customers allow at most k = ${n - 1}; no elbow or silhouette chart is drawn. Lower kMin or load more customers.`,
      where: { path: 'options.segmentation.kMin' },
      params: { kMin: seg.kMin, n, max: n - 1 },
    });
  }
  progress('segments', 0, 1);
  const k = seg.k;
  const fromSweep = sw.results.find((r) => r.k === k);
  let km: NonNullable<typeof fromSweep> | ReturnType<typeof kmeans> | SpssPartition;
  const spssMethod = seg.clusterMethod === 'quick-cluster' ? quickClusterPartition : seg.clusterMethod === 'hclust' ? hclustPartition : null;
  try {
    km = spssMethod ? spssMethod(points, k, { quickCluster: seg.quickCluster, hclust: seg.hclust, lines, columns: featureNames, seed: seg.seed }) : fromSweep ?? kmeans(points, k, { seed: seg.seed, restarts: seg.restarts, maxIterations: seg.maxIterations, method: seg.algorithm ?? 'exact', batchSize: seg.batchSize, lines, columns: featureNames });
  } catch (e) {
    // "k = 4 but only 3 customers" names no place by itself: point at the option to change.
    if (e instanceof InputError && e.code.startsWith('cluster.k-') && e.where.path === undefined) {
      throw new InputError(e.code, `options.segmentation.k: ${e.message}`, { ...e.where, path: 'options.segmentation.k' }, e.params, e.variant);
    }
    throw e;
  }
  const order = orderClusters(km.labels, k, composite);
  const labels = Int32Array.from(order.labels, (l) => l + 1);
  const spss = 'problems' in km ? { quickCluster: km.quickCluster, hclust: km.hclust } : undefined;
  if ('problems' in km) problems.push(...km.problems);
  for (const t of [spss?.quickCluster, spss?.hclust]) if (t) t.segmentOf = Array.from(order.mapping, (r) => r + 1);

  // Per-sample silhouette of the chosen k: exact up to the sample limit, else on a seeded sample.
  let silRows: Int32Array;
  let silSamples: Float64Array;
  if (k < 2) {
    silRows = new Int32Array(0);
    silSamples = new Float64Array(0);
  } else if (n <= seg.silhouetteSample) {
    silRows = Int32Array.from({ length: n }, (_, i) => i);
    silSamples = silhouetteSamples(points, order.labels, k);
  } else {
    silRows = sampleIndices(n, seg.silhouetteSample, createRng(seg.seed));
    const sub: Points = { n: silRows.length, d: points.d, data: new Float64Array(silRows.length * points.d) };
    silRows.forEach((r, i) => sub.data.set(points.data.subarray(r * points.d, (r + 1) * points.d), i * points.d));
    silSamples = silhouetteSamples(sub, Int32Array.from(silRows, (r) => order.labels[r]), k);
  }
  const silMean = silSamples.length ? silSamples.reduce((a, b) => a + b, 0) / silSamples.length : null;

  // 8. Segments explained.
  let category: { column: string; values: (string | null)[] } | undefined;
  if (seg.compositionColumn) {
    const col = stage.table.column(seg.compositionColumn) as unknown as ArrayLike<unknown>;
    category = { column: seg.compositionColumn, values: Array.from(rows, (r) => (col[r] == null ? null : String(col[r]))) };
  }
  const prof = profileSegments(cols, labels, { current: current ?? composite, potential: potential ?? composite, composite }, { names, composition: category });
  problems.push(...prof.problems);
  const anova = anovaTable(cols, labels, { names });
  problems.push(...anova.problems);
  const tests = segmentTests(cols, labels, { names, categorical: categoricalColumns(stage.table, options.report, rows) });
  const haveRoles = !!(current && potential);
  // One name per segment when k is the scheme's number of names (assign.ts); else the 2×2 rule.
  const nameRule: 'one-to-one' | 'quadrant' = (seg.nameRule ?? 'one-to-one') === 'one-to-one' && haveRoles && k === 4 && prof.segments.length === 4 ? 'one-to-one' : 'quadrant';
  const nameTypes: SegmentType[] = prof.segments.map((s) => s.type);
  if (nameRule === 'one-to-one') {
    const a = assignQuadrants(prof.segments.map((s) => ({ current: s.current.diffSd, potential: s.potential.diffSd, type: s.type })));
    a.types.forEach((t, i) => (nameTypes[i] = t));
    for (const i of a.departs) {
      const s = prof.segments[i];
      problems.push({
        severity: 'info',
        code: 'explain.name-departs',
        message: `Segment ${s.label}: its centre lies in the ${s.type} quadrant, but with one name per segment it is named as ${a.types[i]} (the one-to-one assignment of the ${k} segments to the four quadrants that fits best); rename it if that reads wrong.`,
        where: { path: 'options.segmentation.nameRule' },
        params: { segment: s.label, centre: s.type, assigned: a.types[i], k },
      });
    }
  }
  const naming = prof.segments.map((s, i) => ({ type: nameTypes[i], score: s.composite ?? 0 }));
  const zh = haveRoles ? nameSegments(naming, { scheme: seg.naming, locale: 'zh-CN' }) : [];
  const en = haveRoles ? nameSegments(naming, { scheme: seg.naming, locale: 'en' }) : [];
  const segments: Segment[] = prof.segments.map((s, i) => {
    const cluster = s.label;
    const override = project.segments?.find((o) => o.cluster === cluster);
    const centre = Array.from(km.centroids.subarray(order.order[cluster - 1] * points.d, (order.order[cluster - 1] + 1) * points.d));
    return {
      cluster,
      size: s.size,
      share: s.share,
      type: haveRoles ? nameTypes[i] : null,
      ...(haveRoles && nameTypes[i] !== s.type ? { centreType: s.type } : {}),
      boundary: haveRoles && s.boundary,
      name: haveRoles ? { 'zh-CN': zh[i], en: en[i] } : { 'zh-CN': `第 ${cluster} 类`, en: `Segment ${cluster}` },
      ...(override?.name ? { customName: override.name } : {}),
      strategy: haveRoles ? { 'zh-CN': segmentStrategy(nameTypes[i], 'zh-CN', seg.strategyWording), en: segmentStrategy(nameTypes[i], 'en', seg.strategyWording) } : null,
      ...(override?.strategy ? { customStrategy: override.strategy } : {}),
      ...(override && (override.name || override.strategy) && basisDiffers(override.basis, k, haveRoles ? nameTypes[i] : null) ? { customStale: true as const } : {}),
      meanComposite: s.composite ?? 0,
      current: haveRoles ? s.current : null,
      potential: haveRoles ? s.potential : null,
      means: Array.from(s.means),
      z: Array.from(s.z),
      distinctive: s.distinctive,
      ...(s.composition ? { composition: s.composition } : {}),
      centre,
    };
  });

  const sweepRows: SweepRow[] = sw.results.map((r) => ({
    k: r.k,
    inertia: r.inertia,
    silhouette: r.silhouette,
    silhouetteSampleSize: r.silhouetteSampleSize,
    ...(r.silhouetteSpread ? { silhouetteSpread: r.silhouetteSpread } : {}),
    calinskiHarabasz: r.calinskiHarabasz,
    daviesBouldin: r.daviesBouldin,
    iterations: r.iterations,
    converged: r.converged,
  }));

  // 9. How the result moves when each judgment and each final weight is perturbed.
  const sensitivity = options.sensitivity !== true ? undefined : projectSensitivity(project, sensitivityPieces(project, { ...stage, lines }, scored.weights.indicators), { onProgress: (d, t) => progress('segments', d, t), shouldCancel: options.shouldCancel });

  return {
    ...scored,
    ...(sensitivity ? { sensitivity } : {}),
    clustering: {
      features: seg.features,
      featureNames,
      sweep: sweepRows,
      knee: sw.knee,
      bestSilhouette: sw.bestSilhouette,
      k,
      labels,
      inertia: km.inertia,
      silhouette: silMean,
      silhouetteSampleSize: silSamples.length,
      silhouetteSamples: silSamples,
      silhouetteRows: silRows,
      iterations: km.iterations,
      converged: km.converged,
      seed: seg.seed,
      restarts: seg.restarts,
      nameRule,
      method: seg.clusterMethod ?? 'kmeans',
      ...(spss?.quickCluster ? { quickCluster: spss.quickCluster } : {}),
      ...(spss?.hclust ? { hclust: spss.hclust } : {}),
    },
    segments,
    anova,
    tests,
    population: { means: Array.from(prof.population.means), sds: Array.from(prof.population.sds), ...(prof.categories ? { categories: prof.categories } : {}) },
    problems,
  };
}

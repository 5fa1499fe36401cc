/**
 * Stages 1–6, score: validation, missing values, AHP, normalisation, objective and final weights,
 * scores, then `classify` (value matrix, tiers, ABC) — the fast part of the method, what a
 * judgment edit changes on screen at once.
 */
import type { ColumnTable } from 'arquero';
import { analyseHierarchy } from '../ahp/hierarchy.ts';
import { riTable } from '../ahp/ri.ts';
import { addDerivedColumns } from '../data/derived.ts';
import { fillValue, handleMissing } from '../data/missing.ts';
import { InputError, type Problem } from '../errors.ts';
import { methodScores } from '../evaluate/scores.ts';
import { listIndicators } from '../model/hierarchy.ts';
import type { Project } from '../model/project.ts';
import { validateProject } from '../model/validate.ts';
import type { IndicatorWeights, Scored } from '../result.ts';
import { compositeScores, criterionScores } from '../scoring/composite.ts';
import { noCache } from '../scoring/score-cache.ts';
import { medianOf, scoreBins } from '../stats/distribution.ts';
import { combineWeights } from '../weighting/combine.ts';
import { criticWeights } from '../weighting/critic.ts';
import { entropyWeights } from '../weighting/entropy.ts';
import { givenWeights } from '../weighting/given.ts';
import { normaliseColumns } from '../weighting/normalise.ts';
import { classify } from './classify.ts';
import { columnsKey, criticKey, dataKey, derivedKey, entropyKey, missingKey, normaliseKey } from './keys.ts';
import { column, tableColumns, type PipelineOptions } from './options.ts';

/** What the clustering stage needs from the scoring stage. */
export interface Stage {
  scored: Scored;
  cols: Float64Array[];
  normalised: Float64Array[];
  final: Float64Array;
  names: string[];
  lines: Int32Array;
  /** The data with the derived columns added. */
  table: ColumnTable;
}

/** Runs stages 1–6. Throws `InputError` naming the place for anything the method cannot use. */
export function score(project: Project, input: ColumnTable, options: PipelineOptions): Stage {
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
    const d = cache.get(derivedKey(derived), () => addDerivedColumns(input, derived, { lines: options.lines }));
    table = d.table;
    problems.push(...d.problems);
  }
  const directions = indicators.map((i) => i.direction);
  const data = dataKey(names, opts.missing);
  const prepared = cache.get(missingKey(data), () => {
    const raw = indicators.map((ind) => column(table, ind.column));
    const m = handleMissing(raw, names, opts.missing, options.lines);
    const lines = options.lines ? Int32Array.from(m.rows, (r) => options.lines![r]) : Int32Array.from(m.rows, (r) => r + 2);
    // What the scoring model puts in for a new customer's missing value, per indicator.
    const fills = raw.map((c) => fillValue(c, opts.missing));
    return { missing: m, lines, fills };
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
  const colsKey = columnsKey(names, opts.missing, directions);
  const norm = cache.get(normaliseKey(colsKey, opts.normalisation), () => normaliseColumns(cols, directions, { method: opts.normalisation, names }));
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
  const entropy = tryObjective('entropy', () => cache.get(entropyKey(colsKey, entropyOpts), () => entropyWeights(cols, { directions, names, ...entropyOpts })));
  const critic = indicators.length >= 2 ? tryObjective('critic', () => cache.get(criticKey(colsKey), () => criticWeights(cols, { directions, names }))) : null;
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
  const { matrix, tiers, abc } = classify(table, { options: opts, rows, lines, scores, dataKey: data, cache, problems });

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
    modelInputs: indicators.map((_, j) => ({ fill: prepared.fills[j], ...norm.params[j], constant: norm.constant[j] })),
    matrix,
    tiers,
    abc,
    problems,
  };
  return { scored, cols, normalised: norm.columns, final, names, lines, table };
}

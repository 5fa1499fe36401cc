/**
 * Project validation: every problem with its path into the project JSON, e.g.
 * `hierarchy.criteria[1].indicators[0].column: no column "loan_bal" in the data`.
 * Structural problems (wrong types, missing fields) come first; data-binding problems
 * need the data's columns and are checked only when they are given.
 */
import { hasRepeatedItem, itemDifferences, judgmentProblems, MAX_AHP_ITEMS, tooManyItems } from '../ahp/judgment.ts';
import type { Params, Problem } from '../errors.ts';
import type { Criterion, JudgmentMatrix, Project } from './project.ts';
import { PROJECT_VERSION } from './project.ts';
import { derivedProblems } from '../data/derived.ts';
import { tierRuleProblems } from '../scoring/tier-rules.ts';
import { classStrategyProblems } from './class-strategies.ts';

export interface ColumnInfo {
  name: string;
  type: 'identifier' | 'numeric' | 'categorical';
  /** Rows with a value (not missing), when known: 0 explains why a column is not numeric. */
  filled?: number;
}

type Path = string;

/**
 * A problem at `path`. `variant` names the sentence (the catalogue key is
 * `problem.<code>.<variant>`), `params` the values it names besides the path.
 */
function problem(path: Path, message: string, variant: string, params: Params = {}, code = 'project.invalid'): Problem {
  const p: Problem = { severity: 'error', code, message: `${path}: ${message}`, where: { path }, params: { path, ...params } };
  if (variant) p.variant = variant;
  return p;
}

/** The path of a column's type: `data.types["loan balance"]` (column names may hold dots). */
const typePath = (column: string): string => `data.types[${JSON.stringify(column)}]`;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const ENUMS: Record<string, readonly string[]> = {
  'options.ahp.method': ['eigen', 'geometric', 'column'],
  'options.ahp.ri': ['saaty1980', 'saaty2005', 'cn', 'alonso-lamata'],
  'options.ahp.aggregation': ['aij', 'aip'],
  'options.weighting.method': ['ahp', 'entropy', 'critic', 'combined', 'given'],
  'options.weighting.objective': ['entropy', 'critic'],
  'options.weighting.combination': ['linear', 'multiplicative'],
  'options.normalisation': ['minmax', 'zscore'],
  'options.missing': ['drop', 'median', 'mean', 'zero'],
  'options.scoring.split': ['mean', 'median', 'value'],
  'options.segmentation.features': ['scores', 'indicators', 'zscores'],
  'options.segmentation.naming': ['gbank', 'bankA'],
};

/** Enums that may be absent (then their default applies). */
const OPTIONAL_ENUMS: Record<string, readonly string[]> = {
  'options.weighting.entropy.normalisation': ['minmax', 'none'],
  'options.weighting.entropy.shift': ['none', 'spssau'],
  'options.scoring.method': ['weighted-sum', 'topsis', 'entropy-topsis', 'gra'],
};

function get(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (!isObject(cur) || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = cur[key];
  }
  return cur;
}

const describe = (v: unknown): string =>
  v === undefined ? 'missing' : typeof v === 'string' ? `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"` : JSON.stringify(v)?.slice(0, 40) ?? String(v);

function checkOptions(p: Record<string, unknown>, out: Problem[]): void {
  if (!isObject(p.options)) {
    out.push(problem('options', 'missing or not an object', 'not-object'));
    return;
  }
  unknownFields(p.options, FIELDS.options, 'options', out);
  for (const path of ['options.ahp', 'options.weighting', 'options.weighting.entropy', 'options.scoring', 'options.scoring.splitValue', 'options.scoring.tiers', 'options.scoring.abc', 'options.segmentation', 'options.segmentation.quickCluster', 'options.segmentation.hclust'] as const) {
    unknownFields(get(p, path), FIELDS[path], path, out);
  }
  for (const [path, allowed] of Object.entries(ENUMS)) {
    const v = get(p, path);
    if (typeof v !== 'string' || !allowed.includes(v)) {
      out.push(problem(path, `is ${describe(v)}; expected one of ${allowed.join(', ')}`, 'enum', { value: describe(v), allowed: allowed.join(', ') }));
    }
  }
  const num = (path: string, lo: number, hi: number, integer = false): number | undefined => {
    const v = get(p, path);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi || (integer && !Number.isInteger(v))) {
      out.push(problem(path, `is ${describe(v)}; expected ${integer ? 'an integer' : 'a number'} from ${lo} to ${hi}`, integer ? 'range-integer' : 'range', { value: describe(v), lo, hi }));
      return undefined;
    }
    return v;
  };
  num('options.weighting.alpha', 0, 1);
  const given = get(p, 'options.weighting.given');
  if (given !== undefined) {
    if (!isObject(given)) out.push(problem('options.weighting.given', 'expected an object mapping indicator ids to weights', 'given'));
    else
      for (const [id, v] of Object.entries(given)) {
        const at = `options.weighting.given[${JSON.stringify(id)}]`;
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) out.push(problem(at, `is ${describe(v)}; expected a non-negative number`, 'given-weight', { value: describe(v) }));
      }
  } else if (get(p, 'options.weighting.method') === 'given') {
    out.push(problem('options.weighting.given', 'missing; the method "given" needs a weight for each indicator', 'given'));
  }
  const k = num('options.segmentation.k', 1, 50, true);
  const kMin = num('options.segmentation.kMin', 1, 50, true);
  const kMax = num('options.segmentation.kMax', 1, 50, true);
  num('options.segmentation.restarts', 1, 1000, true);
  num('options.segmentation.seed', 0, 2 ** 32 - 1, true);
  num('options.segmentation.maxIterations', 1, 100000, true);
  num('options.segmentation.silhouetteSample', 10, 10_000_000, true);
  // optional: absent means the exact method (projects saved before the option existed)
  const algorithm = get(p, 'options.segmentation.algorithm');
  if (algorithm !== undefined && algorithm !== 'exact' && algorithm !== 'mini-batch') {
    out.push(problem('options.segmentation.algorithm', `is ${describe(algorithm)}; expected one of exact, mini-batch`, 'enum', { value: describe(algorithm), allowed: 'exact, mini-batch' }));
  }
  const nameRule = get(p, 'options.segmentation.nameRule');
  if (nameRule !== undefined && nameRule !== 'one-to-one' && nameRule !== 'quadrant') {
    out.push(problem('options.segmentation.nameRule', `is ${describe(nameRule)}; expected one of one-to-one, quadrant`, 'enum', { value: describe(nameRule), allowed: 'one-to-one, quadrant' }));
  }
  const wording = get(p, 'options.segmentation.strategyWording');
  if (wording !== undefined && wording !== 'corporate' && wording !== 'retail') {
    out.push(problem('options.segmentation.strategyWording', `is ${describe(wording)}; expected one of corporate, retail`, 'enum', { value: describe(wording), allowed: 'corporate, retail' }));
  }
  if (get(p, 'options.segmentation.batchSize') !== undefined) num('options.segmentation.batchSize', 10, 1_000_000, true);
  // SPSS-style clustering (docs/spss.md): all optional; absent means k-means (projects saved before it existed).
  const oneOf = (path: string, allowed: readonly string[]) => {
    const v = get(p, path);
    if (v !== undefined && (typeof v !== 'string' || !allowed.includes(v))) out.push(problem(path, `is ${describe(v)}; expected one of ${allowed.join(', ')}`, 'enum', { value: describe(v), allowed: allowed.join(', ') }));
  };
  oneOf('options.segmentation.clusterMethod', ['kmeans', 'quick-cluster', 'hclust']);
  oneOf('options.segmentation.quickCluster.method', ['kmeans', 'update', 'classify']);
  oneOf('options.segmentation.hclust.linkage', ['ward', 'average', 'complete', 'single']);
  if (get(p, 'options.segmentation.quickCluster.mxiter') !== undefined) num('options.segmentation.quickCluster.mxiter', 1, 999, true);
  if (get(p, 'options.segmentation.quickCluster.converge') !== undefined) num('options.segmentation.quickCluster.converge', 0, 1);
  for (const path of ['options.segmentation.quickCluster.noinitial', 'options.segmentation.hclust.thenKMeans']) {
    const v = get(p, path);
    if (v !== undefined && typeof v !== 'boolean') out.push(problem(path, `is ${describe(v)}; expected one of true, false`, 'enum', { value: describe(v), allowed: 'true, false' }));
  }
  // optional (absent in projects saved before they existed): entropy settings, scoring method, ρ
  for (const [path, allowed] of Object.entries(OPTIONAL_ENUMS)) {
    const v = get(p, path);
    if (v !== undefined && (typeof v !== 'string' || !allowed.includes(v))) {
      out.push(problem(path, `is ${describe(v)}; expected one of ${allowed.join(', ')}`, 'enum', { value: describe(v), allowed: allowed.join(', ') }));
    }
  }
  const entropy = get(p, 'options.weighting.entropy');
  if (entropy !== undefined && !isObject(entropy)) out.push(problem('options.weighting.entropy', 'is not an object', 'is-not-object'));
  const rho = get(p, 'options.scoring.rho');
  if (rho !== undefined && (typeof rho !== 'number' || !(rho > 0 && rho <= 1))) {
    out.push(problem('options.scoring.rho', `is ${describe(rho)}; expected a number with 0 < ρ ≤ 1`, 'rho', { value: describe(rho) }));
  }
  if (kMin !== undefined && kMax !== undefined && kMin > kMax) {
    out.push(problem('options.segmentation.kMin', `is ${kMin}, larger than kMax = ${kMax}`, 'k-range', { kMin, kMax }));
  }
  if (k !== undefined && k < 2) out.push(problem('options.segmentation.k', `is ${k}; at least 2 segments are needed`, 'k-small', { k }));
  const cuts = get(p, 'options.scoring.abc.cuts');
  if (!Array.isArray(cuts) || cuts.length !== 2 || !cuts.every((c) => typeof c === 'number' && c > 0 && c <= 1) || !(cuts[0] < cuts[1])) {
    out.push(problem('options.scoring.abc.cuts', `is ${describe(cuts)}; expected two shares 0 < A < B ≤ 1, e.g. [0.8, 0.95]`, 'abc-cuts', { value: describe(cuts) }));
  }
  const composition = get(p, 'options.segmentation.compositionColumn');
  if (composition !== undefined && (typeof composition !== 'string' || composition.length > 1000)) {
    out.push(problem('options.segmentation.compositionColumn', `is ${describe(composition)}; expected a column name as text`, 'column-type', { value: describe(composition) }));
  }
  if (typeof get(p, 'options.scoring.abc.source') !== 'string') {
    out.push(problem('options.scoring.abc.source', 'missing; a data column or score:composite', 'source'));
  }
  const tiers = get(p, 'options.scoring.tiers');
  if (tiers !== undefined) {
    if (!isObject(tiers)) out.push(problem('options.scoring.tiers', 'is not an object', 'is-not-object'));
    else {
      const th = tiers.thresholds;
      const labels = tiers.labels;
      if (!Array.isArray(th) || !th.every((t) => typeof t === 'number' && Number.isFinite(t))) {
        out.push(problem('options.scoring.tiers.thresholds', 'expected a list of numbers', 'numbers'));
      } else {
        for (let i = 1; i < th.length; i++) {
          if (!(th[i] > th[i - 1])) out.push(problem(`options.scoring.tiers.thresholds[${i}]`, `is ${th[i]}; thresholds must increase (previous is ${th[i - 1]})`, 'thresholds-order', { value: th[i], previous: th[i - 1] }));
        }
        if (!Array.isArray(labels) || labels.length !== th.length + 1 || !labels.every((l) => typeof l === 'string')) {
          out.push(problem('options.scoring.tiers.labels', `expected ${th.length + 1} labels for ${th.length} thresholds`, 'tier-labels', { labels: th.length + 1, thresholds: th.length }));
        }
      }
      if (typeof tiers.source !== 'string') out.push(problem('options.scoring.tiers.source', 'missing; a data column or score:composite', 'source'));
    }
  }
  const rules = get(p, 'options.scoring.tierRules');
  if (rules !== undefined) for (const d of tierRuleProblems(rules)) out.push(problem(d.path, d.message, d.variant, d.params ?? {}));
  if (get(p, 'options.scoring.split') === 'value') {
    const sv = get(p, 'options.scoring.splitValue');
    if (!isObject(sv) || typeof sv.current !== 'number' || typeof sv.potential !== 'number') {
      out.push(problem('options.scoring.splitValue', 'expected {"current": number, "potential": number} when split is "value"', 'split-value'));
    }
  }
}

interface Walk {
  ids: Map<string, string>;
  columns: Map<string, string>;
  roles: Map<string, string>;
  /** Display name of every node with a string name (ids → names, `goal` included). */
  names: Record<string, string>;
  /** Child ids of every parent node (`goal` → the top-level criteria). */
  children: Map<string, string[]>;
}

/** The fields a version-1 project has, by place; anything else is reported as unknown. */
const FIELDS = {
  root: ['version', 'name', 'description', 'data', 'hierarchy', 'experts', 'judgments', 'options', 'segments', 'strategies'],
  data: ['source', 'idColumn', 'types', 'derived'],
  hierarchy: ['goal', 'criteria'],
  criterion: ['id', 'name', 'role', 'subcriteria', 'indicators'],
  indicator: ['id', 'name', 'column', 'direction'],
  expert: ['id', 'name'],
  judgment: ['node', 'expert', 'items', 'matrix'],
  segment: ['cluster', 'name', 'strategy', 'basis'],
  options: ['ahp', 'weighting', 'normalisation', 'missing', 'scoring', 'segmentation'],
  'options.ahp': ['method', 'ri', 'aggregation'],
  'options.weighting': ['method', 'objective', 'combination', 'alpha', 'given', 'entropy'],
  'options.weighting.entropy': ['normalisation', 'shift'],
  'options.scoring': ['method', 'rho', 'split', 'splitValue', 'tiers', 'tierRules', 'abc'],
  'options.scoring.splitValue': ['current', 'potential'],
  'options.scoring.tiers': ['source', 'thresholds', 'labels'],
  'options.scoring.abc': ['source', 'cuts'],
  'options.segmentation': ['features', 'k', 'kMin', 'kMax', 'restarts', 'seed', 'maxIterations', 'algorithm', 'batchSize', 'silhouetteSample', 'naming', 'nameRule', 'strategyWording', 'compositionColumn', 'clusterMethod', 'quickCluster', 'hclust'],
  'options.segmentation.quickCluster': ['mxiter', 'converge', 'method', 'noinitial'],
  'options.segmentation.hclust': ['linkage', 'thenKMeans'],
} as const;

/**
 * Warns about each field a project of this version does not have (a misspelling, a field of
 * another tool or version, a `__proto__` key): it is ignored, but the user should know that
 * what they wrote there has no effect.
 */
function unknownFields(obj: unknown, known: readonly string[], path: string, out: Problem[]): void {
  if (!isObject(obj)) return;
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const at = path === '' ? key : `${path}.${key}`;
    out.push({
      severity: 'warning',
      code: 'project.unknown-field',
      message: `${at}: unknown field; a version ${PROJECT_VERSION} project has no such field, so it is ignored (check its spelling)`,
      where: { path: at },
      params: { path: at, version: PROJECT_VERSION },
    });
  }
}

/**
 * The judgments of one matrix of the right shape: its items must be the node's children (when
 * the node has two or more; a single child needs no judgment), and every cell a judgment on
 * Saaty's scale with its reciprocal (see `judgmentProblems`). Messages start with the path.
 */
function checkJudgments(jm: JudgmentMatrix, jp: string, walk: Walk, expertName: string, out: Problem[]): void {
  const children = walk.children.get(jm.node);
  if (!children || children.length < 2) return;
  const name = (id: string): string => walk.names[id] ?? id;
  const parts = itemDifferences(jm.items, children, name);
  if (parts.length) {
    const given = jm.items.map(name).join(', ') || 'nothing';
    const p = problem(
      `${jp}.items`,
      `the matrix (node ${name(jm.node)}, expert ${expertName}) compares ${given}; the node's children are ${children.map(name).join(', ')} (${parts.join('; ')})`,
      'validate',
      { node: name(jm.node), expert: expertName, given, children: children.map(name).join(', '), differences: parts.join('; ') },
      'ahp.items-mismatch',
    );
    out.push(p);
    if (hasRepeatedItem(jm.items)) return;
  }
  for (const p of judgmentProblems(jm, walk.names, { expertName, path: jp })) {
    const path = p.where.path ?? jp;
    out.push({ ...p, message: `${path}: ${p.message}`, params: { path, ...p.params } });
  }
}

function checkCriterion(c: unknown, path: string, depth: number, walk: Walk, out: Problem[]): void {
  if (!isObject(c)) {
    out.push(problem(path, 'expected an object with id, name and indicators or subcriteria', 'criterion-object'));
    return;
  }
  checkId(c.id, `${path}.id`, walk, out);
  unknownFields(c, FIELDS.criterion, path, out);
  if (typeof c.id === 'string' && typeof c.name === 'string' && !(c.id in walk.names)) walk.names[c.id] = c.name;
  const kids = Array.isArray(c.subcriteria) ? c.subcriteria : Array.isArray(c.indicators) ? c.indicators : [];
  if (typeof c.id === 'string' && !walk.children.has(c.id)) walk.children.set(c.id, kids.map((k: unknown) => (isObject(k) && typeof k.id === 'string' ? k.id : '')));
  if (typeof c.name !== 'string' || c.name.trim() === '') out.push(problem(`${path}.name`, 'missing name', 'no-name'));
  else if (c.name.length > 200) out.push(problem(`${path}.name`, `is ${c.name.length} characters long; at most 200`, 'too-long', { length: c.name.length, max: 200 }));
  if (c.role !== undefined) {
    if (depth > 0) out.push(problem(`${path}.role`, 'only top-level criteria carry a value role', 'role-not-top'));
    else if (c.role !== 'current' && c.role !== 'potential') out.push(problem(`${path}.role`, `is ${describe(c.role)}; expected current or potential`, 'role', { value: describe(c.role) }));
    else {
      const prev = walk.roles.get(c.role);
      if (prev) out.push(problem(`${path}.role`, `"${c.role}" is already the role of ${prev}`, 'role-twice', { role: c.role, previous: prev }));
      else walk.roles.set(c.role, path);
    }
  }
  const hasSub = c.subcriteria !== undefined;
  const hasInd = c.indicators !== undefined;
  if (hasSub && hasInd) out.push(problem(path, 'has both subcriteria and indicators; a criterion has one or the other', 'both'));
  if (!hasSub && !hasInd) out.push(problem(path, 'has neither subcriteria nor indicators', 'neither'));
  if (hasSub) {
    if (!Array.isArray(c.subcriteria) || c.subcriteria.length === 0) out.push(problem(`${path}.subcriteria`, 'expected a non-empty list', 'empty-list'));
    else if (depth >= 4) out.push(problem(`${path}.subcriteria`, 'the hierarchy is deeper than 5 levels', 'too-deep'));
    else c.subcriteria.forEach((s, i) => checkCriterion(s, `${path}.subcriteria[${i}]`, depth + 1, walk, out));
  }
  if (hasInd) {
    if (!Array.isArray(c.indicators) || c.indicators.length === 0) out.push(problem(`${path}.indicators`, 'expected a non-empty list', 'empty-list'));
    else
      c.indicators.forEach((ind, i) => {
        const ip = `${path}.indicators[${i}]`;
        if (!isObject(ind)) {
          out.push(problem(ip, 'expected an object with id, name, column and direction', 'indicator-object'));
          return;
        }
        checkId(ind.id, `${ip}.id`, walk, out);
        unknownFields(ind, FIELDS.indicator, ip, out);
        if (typeof ind.id === 'string' && typeof ind.name === 'string' && !(ind.id in walk.names)) walk.names[ind.id] = ind.name;
        if (typeof ind.name !== 'string' || ind.name.trim() === '') out.push(problem(`${ip}.name`, 'missing name', 'no-name'));
        else if (ind.name.length > 200) out.push(problem(`${ip}.name`, `is ${ind.name.length} characters long; at most 200`, 'too-long', { length: ind.name.length, max: 200 }));
        if (typeof ind.column !== 'string' || ind.column === '') out.push(problem(`${ip}.column`, 'missing column', 'no-column'));
        else {
          const prev = walk.columns.get(ind.column);
          if (prev) out.push(problem(`${ip}.column`, `column "${ind.column}" is already bound at ${prev}`, 'column-twice', { column: ind.column, previous: prev }));
          else walk.columns.set(ind.column, `${ip}.column`);
        }
        if (ind.direction !== 'benefit' && ind.direction !== 'cost') out.push(problem(`${ip}.direction`, `is ${describe(ind.direction)}; expected benefit or cost`, 'direction', { value: describe(ind.direction) }));
      });
  }
}

function checkId(id: unknown, path: string, walk: Walk, out: Problem[]): void {
  if (typeof id !== 'string' || id === '' || id.length > 100) {
    out.push(problem(path, `is ${describe(id)}; expected a non-empty id of at most 100 characters`, 'id', { value: describe(id) }));
    return;
  }
  if (id === 'goal') {
    out.push(problem(path, 'the id "goal" is reserved for the goal node', 'id-goal'));
    return;
  }
  const prev = walk.ids.get(id);
  if (prev) out.push(problem(path, `id "${id}" is already used at ${prev}`, 'id-twice', { id, previous: prev }));
  else walk.ids.set(id, path);
}

/**
 * Checks a parsed project file. Returns every problem found; the project is usable when
 * no problem has severity `error`. `columns`, when given, also checks the data binding.
 */
/** Problems listed by `validateProject`; the rest are counted in one last problem. */
export const MAX_PROBLEMS = 100;

export function validateProject(raw: unknown, columns?: ColumnInfo[]): Problem[] {
  // A project of a shape no check foresaw must still come back as a problem, never an
  // exception: the page validates the autosaved project on every load.
  try {
    const all = validate(raw, columns);
    if (all.length <= MAX_PROBLEMS) return all;
    // A file with 60,000 bad entries is not read line by line: the first ones, then a count.
    const more = all.length - MAX_PROBLEMS;
    const errors = all.slice(MAX_PROBLEMS).filter((p) => p.severity === 'error').length;
    return [
      ...all.slice(0, MAX_PROBLEMS),
      problem('(root)', `and ${more.toLocaleString('en-US')} more problems, not listed (${errors.toLocaleString('en-US')} of them errors); fix the ones above and check again`, 'more', { more, errors }, 'project.more-problems'),
    ].map((p) => (p.code === 'project.more-problems' && errors === 0 ? { ...p, severity: 'warning' as const } : p));
  } catch (e) {
    const detail = String((e as Error)?.message ?? e).slice(0, 200);
    return [problem('(root)', `the project could not be checked (${detail}); it is not a project this version can open`, 'unreadable', { detail })];
  }
}

function validate(raw: unknown, columns?: ColumnInfo[]): Problem[] {
  const out: Problem[] = [];
  if (!isObject(raw)) return [problem('(root)', 'the project file must be a JSON object', 'not-json-object')];
  if (raw.version !== PROJECT_VERSION) {
    out.push(problem('version', `is ${describe(raw.version)}; this version of ValueSeg reads project version ${PROJECT_VERSION}`, '', { value: describe(raw.version), version: PROJECT_VERSION }, 'project.version'));
  }
  if (raw.name === undefined) out.push(problem('name', 'missing project name', 'no-project-name'));
  else if (typeof raw.name !== 'string') out.push(problem('name', `is ${describe(raw.name)}; expected the project name as text`, 'project-name-type', { value: describe(raw.name) }));
  else if (raw.name.length > 500) out.push(problem('name', `is ${raw.name.length} characters long; at most 500`, 'too-long', { length: raw.name.length, max: 500 }));
  if (raw.description !== undefined && (typeof raw.description !== 'string' || raw.description.length > 20000)) {
    out.push(problem('description', `is ${describe(raw.description)}; expected a text of at most 20,000 characters`, 'text-type', { value: describe(raw.description) }));
  }
  if (isObject(raw.data)) {
    for (const field of ['source', 'idColumn'] as const) {
      const v = raw.data[field];
      if (v !== undefined && (typeof v !== 'string' || v.length > 1000)) out.push(problem(`data.${field}`, `is ${describe(v)}; expected a ${field === 'source' ? 'file' : 'column'} name as text`, `${field}-type`, { value: describe(v) }));
    }
  }
  if (!isObject(raw.data)) out.push(problem('data', 'missing or not an object', 'not-object'));
  else if (raw.data.types !== undefined) {
    const types = raw.data.types;
    if (!isObject(types)) out.push(problem('data.types', 'expected an object mapping column names to identifier, numeric or categorical', 'types'));
    else
      for (const [column, type] of Object.entries(types)) {
        if (type !== 'identifier' && type !== 'numeric' && type !== 'categorical') {
          out.push(problem(typePath(column), `is ${describe(type)}; expected identifier, numeric or categorical`, 'type', { value: describe(type), column }));
        }
      }
  }
  if (isObject(raw.data) && raw.data.derived !== undefined) {
    for (const d of derivedProblems(raw.data.derived)) out.push(problem(d.path, d.message, d.variant, d.params ?? {}));
  }
  unknownFields(raw, FIELDS.root, '', out);
  unknownFields(raw.data, FIELDS.data, 'data', out);
  const h = raw.hierarchy;
  const walk: Walk = { ids: new Map(), columns: new Map(), roles: new Map(), names: Object.create(null) as Record<string, string>, children: new Map() };
  if (!isObject(h)) out.push(problem('hierarchy', 'missing or not an object', 'not-object'));
  else {
    unknownFields(h, FIELDS.hierarchy, 'hierarchy', out);
    if (typeof h.goal === 'string') walk.names.goal = h.goal;
    if (Array.isArray(h.criteria)) walk.children.set('goal', h.criteria.map((k: unknown) => (isObject(k) && typeof k.id === 'string' ? k.id : '')));
    if (typeof h.goal !== 'string' || h.goal.trim() === '') out.push(problem('hierarchy.goal', 'missing goal name', 'no-goal'));
    if (!Array.isArray(h.criteria) || h.criteria.length === 0) out.push(problem('hierarchy.criteria', 'expected at least one criterion', 'no-criteria'));
    else h.criteria.forEach((c, i) => checkCriterion(c, `hierarchy.criteria[${i}]`, 0, walk, out));
  }
  const expertIds = new Set<string>();
  if (!Array.isArray(raw.experts) || raw.experts.length === 0) out.push(problem('experts', 'expected at least one expert', 'no-experts'));
  else
    raw.experts.forEach((e, i) => {
      if (!isObject(e) || typeof e.id !== 'string' || e.id === '') out.push(problem(`experts[${i}].id`, 'missing expert id', 'no-expert-id'));
      else if (expertIds.has(e.id)) out.push(problem(`experts[${i}].id`, `expert id "${e.id}" is used twice`, 'expert-twice', { id: e.id }));
      else expertIds.add(e.id);
      if (isObject(e) && (typeof e.name !== 'string' || e.name.length > 200)) out.push(problem(`experts[${i}].name`, 'expected a name of at most 200 characters', 'name-200'));
      unknownFields(e, FIELDS.expert, `experts[${i}]`, out);
    });
  const expertNames = new Map<string, string>();
  if (Array.isArray(raw.experts)) for (const e of raw.experts) if (isObject(e) && typeof e.id === 'string' && typeof e.name === 'string' && !expertNames.has(e.id)) expertNames.set(e.id, e.name.trim() || e.id);
  const seen = new Map<string, string>();
  if (!Array.isArray(raw.judgments)) out.push(problem('judgments', 'expected a list of judgment matrices', 'judgments-list'));
  else
    raw.judgments.forEach((j, i) => {
      const jp = `judgments[${i}]`;
      if (!isObject(j)) {
        out.push(problem(jp, 'expected an object with node, expert, items and matrix', 'judgment-object'));
        return;
      }
      if (typeof j.node !== 'string' || (j.node !== 'goal' && !walk.ids.has(j.node))) out.push(problem(`${jp}.node`, `is ${describe(j.node)}; no such node in the hierarchy`, 'no-node', { value: describe(j.node) }));
      if (typeof j.expert !== 'string' || !expertIds.has(j.expert)) out.push(problem(`${jp}.expert`, `is ${describe(j.expert)}; no such expert`, 'no-expert', { value: describe(j.expert) }));
      const key = JSON.stringify([j.node, j.expert]);
      const prev = seen.get(key);
      if (prev) out.push(problem(jp, `a second matrix for node "${String(j.node)}" and expert "${String(j.expert)}" (the first is ${prev})`, 'judgment-twice', { node: String(j.node), expert: String(j.expert), previous: prev }));
      else seen.set(key, jp);
      const items = j.items;
      if (!Array.isArray(items) || !items.every((x) => typeof x === 'string')) out.push(problem(`${jp}.items`, 'expected a list of child ids', 'items'));
      const m = j.matrix;
      const n = Array.isArray(items) ? items.length : -1;
      unknownFields(j, FIELDS.judgment, jp, out);
      if (n > MAX_AHP_ITEMS) {
        const e = tooManyItems(n, `node ${typeof j.node === 'string' ? (walk.names[j.node] ?? j.node) : describe(j.node)}`, `${jp}.items`);
        out.push({ ...e.toProblem(), message: `${jp}.items: ${e.message}`, params: { path: `${jp}.items`, ...e.params } });
        return;
      }
      if (!Array.isArray(m) || m.length !== n || !m.every((r) => Array.isArray(r) && r.length === n)) {
        out.push(problem(`${jp}.matrix`, `expected a ${n}×${n} matrix (one row and column per item)`, 'matrix-size', { n }));
        return;
      }
      if (typeof j.node !== 'string' || typeof j.expert !== 'string' || !expertIds.has(j.expert) || !Array.isArray(items) || !items.every((x) => typeof x === 'string')) return;
      checkJudgments(j as unknown as JudgmentMatrix, jp, walk, expertNames.get(j.expert) ?? j.expert, out);
    });
  if (raw.segments !== undefined) {
    if (!Array.isArray(raw.segments)) out.push(problem('segments', 'expected a list of segment names and strategies', 'segments-list'));
    else {
      const clusters = new Set<number>();
      raw.segments.forEach((sg, i) => {
        const sp = `segments[${i}]`;
        if (!isObject(sg)) return void out.push(problem(sp, 'expected an object with cluster, name and strategy', 'segment-object'));
        if (typeof sg.cluster !== 'number' || !Number.isInteger(sg.cluster) || sg.cluster < 1) out.push(problem(`${sp}.cluster`, `is ${describe(sg.cluster)}; expected a cluster number from 1`, 'segment-cluster', { value: describe(sg.cluster) }));
        else if (clusters.has(sg.cluster)) out.push(problem(`${sp}.cluster`, `cluster ${sg.cluster} appears twice`, 'segment-twice', { cluster: sg.cluster }));
        else clusters.add(sg.cluster);
        if (sg.name !== undefined && (typeof sg.name !== 'string' || sg.name.length > 200)) out.push(problem(`${sp}.name`, 'expected a name of at most 200 characters', 'name-200'));
        if (sg.strategy !== undefined && (typeof sg.strategy !== 'string' || sg.strategy.length > 20000)) out.push(problem(`${sp}.strategy`, 'expected a text of at most 20,000 characters', 'text-20000'));
        const b = sg.basis;
        if (b !== undefined && (!isObject(b) || typeof b.k !== 'number' || !Number.isInteger(b.k) || b.k < 1 || !(b.type === null || ['hh', 'hl', 'lh', 'll'].includes(b.type as string)))) {
          out.push(problem(`${sp}.basis`, `is ${describe(b)}; expected {"k": whole number ≥ 1, "type": "hh", "hl", "lh", "ll" or null}`, 'segment-basis', { value: describe(b) }));
        }
        unknownFields(sg, FIELDS.segment, sp, out);
      });
    }
  }
  if (raw.strategies !== undefined) for (const d of classStrategyProblems(raw.strategies)) out.push(problem(d.path, d.message, d.variant, d.params ?? {}));
  checkOptions(raw, out);
  if (columns && !out.some((p) => p.severity === 'error')) {
    // Derived columns join the data's columns (numeric) once their inputs are found.
    const all = [...columns];
    ((raw as unknown as Project).data.derived ?? []).forEach((d, i) => {
      d.inputs.forEach((name, j) => {
        if (!all.some((c) => c.name === name)) out.push(problem(`data.derived[${i}].inputs[${j}]`, `no column "${name}" in the data`, '', { column: name }, 'project.missing-column'));
      });
      if (columns.some((c) => c.name === d.name)) out.push(problem(`data.derived[${i}].name`, `"${d.name}" is already a column of the data; a derived column needs a new name`, 'derived-taken', { column: d.name }));
      all.push({ name: d.name, type: 'numeric' });
    });
    if (!out.some((p) => p.severity === 'error')) checkBinding(raw as unknown as Project, all, out);
  }
  return out;
}

/** Checks that every indicator and every option naming a column finds a numeric column. */
export function checkBinding(project: Project, columns: ColumnInfo[], out: Problem[] = []): Problem[] {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const visit = (c: Criterion, path: string): void => {
    c.subcriteria?.forEach((s, i) => visit(s, `${path}.subcriteria[${i}]`));
    c.indicators?.forEach((ind, i) => {
      const p = `${path}.indicators[${i}].column`;
      const col = byName.get(ind.column);
      if (!col) out.push(problem(p, `no column "${ind.column}" in the data`, '', { column: ind.column }, 'project.missing-column'));
      else if (col.type !== 'numeric' && col.filled === 0) out.push(problem(p, `column "${ind.column}" is empty in every row, so it cannot be an indicator`, '', { column: ind.column }, 'project.empty-column'));
      else if (col.type !== 'numeric') out.push(problem(p, `column "${ind.column}" is ${col.type}, not numeric`, col.type, { column: ind.column }, 'project.not-numeric'));
    });
  };
  project.hierarchy.criteria.forEach((c, i) => visit(c, `hierarchy.criteria[${i}]`));
  const source = (path: string, v: string | undefined, numeric: boolean): void => {
    if (typeof v !== 'string' || v.startsWith('score:')) return;
    const col = byName.get(v);
    if (!col) out.push(problem(path, `no column "${v}" in the data`, '', { column: v }, 'project.missing-column'));
    else if (numeric && col.type !== 'numeric') out.push(problem(path, `column "${v}" is ${col.type}, not numeric`, col.type, { column: v }, 'project.not-numeric'));
  };
  source('options.scoring.abc.source', project.options.scoring.abc.source, true);
  source('options.scoring.tiers.source', project.options.scoring.tiers?.source, true);
  project.options.scoring.tierRules?.rules.forEach((r, i) => r.conditions.forEach((c, j) => source(`options.scoring.tierRules.rules[${i}].conditions[${j}].source`, c.source, true)));
  source('options.segmentation.compositionColumn', project.options.segmentation.compositionColumn, false);
  source('data.idColumn', project.data.idColumn, false);
  for (const column of Object.keys(project.data.types ?? {})) {
    if (!byName.has(column)) {
      const p = problem(typePath(column), `a type is set for column "${column}", which is not in the data`, '', { column }, 'project.unknown-type-column');
      out.push({ ...p, severity: 'warning' });
    }
  }
  return out;
}

/**
 * Project validation: every problem with its path into the project JSON, e.g.
 * `hierarchy.criteria[1].indicators[0].column: no column "loan_bal" in the data`.
 * Structural problems (wrong types, missing fields) come first; data-binding problems
 * need the data's columns and are checked only when they are given.
 */
import { MAX_AHP_ITEMS, tooManyItems } from '../ahp/judgment.ts';
import type { Problem } from '../errors.ts';
import type { Criterion, JudgmentMatrix, Project } from './project.ts';
import { PROJECT_VERSION } from './project.ts';
import { derivedProblems } from '../data/derived.ts';
import { describe, FIELDS, isObject, problem, typePath, unknownFields } from './validate/common.ts';
import { checkCriterion, checkJudgments, type Walk } from './validate/hierarchy.ts';
import { checkOptions } from './validate/options.ts';
import { isScoreSource } from '../sources.ts';
import { classStrategyProblems } from './class-strategies.ts';

export interface ColumnInfo {
  name: string;
  type: 'identifier' | 'numeric' | 'categorical';
  /** Rows with a value (not missing), when known: 0 explains why a column is not numeric. */
  filled?: number;
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
        const e = tooManyItems(n, { node: typeof j.node === 'string' ? (walk.names[j.node] ?? j.node) : describe(j.node) }, `${jp}.items`);
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
    if (typeof v !== 'string' || isScoreSource(v)) return;
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

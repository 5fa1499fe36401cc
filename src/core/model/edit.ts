/**
 * Editing the indicator hierarchy while keeping the judgments consistent with it.
 *
 * Judgments are stored per parent node: one matrix per expert whose `items` are the node's
 * children. Every edit here changes the hierarchy and then calls `syncJudgments`, which
 * rebuilds each matrix over the node's current children in their order: judgments between
 * children that stay are kept, a new child gets a row and column of 1s ("equal"), a removed
 * child's row and column go, a node that now has two or more children gets a matrix of 1s for
 * every expert that has none, and matrices of removed nodes (or of nodes left with fewer than
 * two children, which need no judgment) are removed.
 *
 * The functions mutate the project they are given and return nothing, so that the notebook
 * can call them inside `nb.edit(p => addIndicator(p, …))`. They throw `InputError` (codes
 * `edit.*`) when asked for an edit the hierarchy cannot take, and leave the project unchanged.
 */
import { InputError } from '../errors.ts';
import type { Criterion, Indicator, Judgment, JudgmentMatrix, Project, ValueRole } from './project.ts';
import type { ColumnInfo } from './validate.ts';
import { COMPOSITE, isScoreSource } from '../sources.ts';
import { alignFuzzy } from '../ahp/fuzzy/judgments.ts';

/** Where a node sits: the node, the list it is in and its position there, and its parent criterion (none for top-level criteria). */
export type NodeLocation =
  | { kind: 'criterion'; node: Criterion; siblings: Criterion[]; index: number; parent: Criterion | null; depth: number }
  | { kind: 'indicator'; node: Indicator; siblings: Indicator[]; index: number; parent: Criterion; depth: number };

/** Finds a criterion or an indicator by id (depth first); undefined when there is none. */
export function findNode(project: Pick<Project, 'hierarchy'>, id: string): NodeLocation | undefined {
  let found: NodeLocation | undefined;
  const visit = (list: Criterion[], parent: Criterion | null, depth: number): void => {
    list.forEach((c, index) => {
      if (found) return;
      if (c.id === id) {
        found = { kind: 'criterion', node: c, siblings: list, index, parent, depth };
        return;
      }
      if (c.subcriteria) visit(c.subcriteria, c, depth + 1);
      c.indicators?.forEach((ind, i) => {
        if (!found && ind.id === id) found = { kind: 'indicator', node: ind, siblings: c.indicators!, index: i, parent: c, depth: depth + 1 };
      });
    });
  };
  visit(project.hierarchy.criteria, null, 0);
  return found;
}

/** Every id used in the hierarchy (criteria and indicators). */
export function allIds(project: Pick<Project, 'hierarchy'>): Set<string> {
  const ids = new Set<string>();
  const visit = (c: Criterion): void => {
    ids.add(c.id);
    c.subcriteria?.forEach(visit);
    c.indicators?.forEach((ind) => ids.add(ind.id));
  };
  project.hierarchy.criteria.forEach(visit);
  return ids;
}

/**
 * An id not yet used in the hierarchy, made from `base` (lower case letters, digits, `_` and
 * `-` kept; anything else dropped; `node` when nothing is left), with `-2`, `-3`, … added when
 * taken. Never `goal`.
 */
export function freshId(project: Pick<Project, 'hierarchy'>, base: string): string {
  const ids = allIds(project);
  const stem = base.toLowerCase().replace(/[^a-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60) || 'node';
  if (stem !== 'goal' && !ids.has(stem)) return stem;
  for (let k = 2; ; k++) {
    const id = `${stem}-${k}`;
    if (!ids.has(id)) return id;
  }
}

/** The children of every parent node (`goal` and each criterion), in hierarchy order. */
function parentNodes(project: Pick<Project, 'hierarchy'>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  out.set('goal', project.hierarchy.criteria.map((c) => c.id));
  const visit = (c: Criterion): void => {
    out.set(c.id, c.subcriteria ? c.subcriteria.map((s) => s.id) : (c.indicators ?? []).map((i) => i.id));
    c.subcriteria?.forEach(visit);
  };
  project.hierarchy.criteria.forEach(visit);
  return out;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** A matrix of 1s ("equal") over `n` items. */
function equalMatrix(n: number): Judgment[][] {
  return Array.from({ length: n }, () => new Array<Judgment>(n).fill(1));
}

/** `jm` re-laid over `items`: kept pairs keep their judgment as written, new pairs are 1. */
function relayMatrix(jm: JudgmentMatrix, items: string[]): Judgment[][] {
  const old = new Map<string, number>();
  (Array.isArray(jm.items) ? jm.items : []).forEach((id, k) => {
    if (!old.has(id)) old.set(id, k);
  });
  return items.map((a, i) =>
    items.map((b, j) => {
      if (i === j) return 1;
      const oi = old.get(a);
      const oj = old.get(b);
      if (oi === undefined || oj === undefined) return 1;
      const v = jm.matrix?.[oi]?.[oj];
      return v === undefined || v === null ? 1 : v;
    }),
  );
}

/**
 * Makes `project.judgments` fit the hierarchy (see the module comment). Matrices whose items
 * already are the node's children in order are left untouched (same objects); matrices of
 * experts not in `project.experts` are re-laid too but never created.
 */
export function syncJudgments(project: Project): void {
  const parents = parentNodes(project);
  const kept: JudgmentMatrix[] = [];
  const have = new Set<string>();
  for (const jm of project.judgments ?? []) {
    const items = parents.get(jm.node);
    if (!items || items.length < 2) continue;
    if (!Array.isArray(jm.items) || !sameList(jm.items, items)) {
      jm.matrix = relayMatrix(jm, items);
      // fuzzy judgments (l, m, u) of pairs still compared follow their items; others are dropped
      const fuzzy = alignFuzzy(jm, items);
      if (fuzzy) jm.fuzzy = fuzzy;
      else delete jm.fuzzy;
      jm.items = [...items];
    }
    kept.push(jm);
    have.add(JSON.stringify([jm.node, jm.expert]));
  }
  for (const [node, items] of parents) {
    if (items.length < 2) continue;
    for (const e of project.experts ?? []) {
      if (have.has(JSON.stringify([node, e.id]))) continue;
      kept.push({ node, expert: e.id, items: [...items], matrix: equalMatrix(items.length) });
    }
  }
  if (kept.length !== (project.judgments ?? []).length || kept.some((jm, i) => jm !== project.judgments[i])) {
    project.judgments = kept;
  }
}

function locate(project: Project, id: string): NodeLocation {
  const loc = findNode(project, id);
  if (!loc) throw new InputError('edit.unknown-node', `There is no criterion or indicator with id "${id}" in the hierarchy.`, { path: 'hierarchy' }, { id });
  return loc;
}

function criterionById(project: Project, id: string): Criterion {
  const loc = locate(project, id);
  if (loc.kind !== 'criterion') throw new InputError('edit.not-criterion', `"${loc.node.name}" (${id}) is an indicator, not a criterion.`, { path: 'hierarchy' }, { name: loc.node.name, id });
  return loc.node;
}

function checkNewId(project: Project, id: string): void {
  if (typeof id !== 'string' || id === '' || id === 'goal' || allIds(project).has(id)) {
    throw new InputError('edit.id-taken', `The id "${id}" is empty, reserved or already used in the hierarchy; choose another (see freshId).`, { path: 'hierarchy' }, { id });
  }
}

/**
 * Adds a criterion under `parentId`: `goal` for a top-level criterion, or a criterion id for a
 * sub-criterion (its `role` is dropped: only top-level criteria carry one). A criterion that has
 * indicators cannot take sub-criteria (`edit.has-indicators`); an empty one can. A new
 * criterion without children gets `indicators: []`, which the validator reports until an
 * indicator or a sub-criterion is added.
 */
export function addCriterion(project: Project, parentId: string, criterion: Criterion): void {
  checkNewId(project, criterion.id);
  const c: Criterion = { ...criterion };
  if (!c.subcriteria && !c.indicators) c.indicators = [];
  if (parentId === 'goal') {
    project.hierarchy.criteria.push(c);
  } else {
    const parent = criterionById(project, parentId);
    if (parent.indicators && parent.indicators.length > 0) {
      throw new InputError('edit.has-indicators', `Criterion "${parent.name}" has indicators; remove them before adding sub-criteria (a criterion has one or the other).`, { path: 'hierarchy' }, { name: parent.name });
    }
    delete c.role;
    delete parent.indicators;
    // Assign, then push through the property: with a reactive proxy (Svelte's $state) the
    // value of `a.b ??= []` is the raw array, and pushing to it would go unseen.
    if (!parent.subcriteria) parent.subcriteria = [];
    parent.subcriteria.push(c);
  }
  syncJudgments(project);
}

/**
 * Adds an indicator at the end of criterion `criterionId`'s indicators. The criterion must not
 * have sub-criteria (`edit.has-subcriteria`).
 */
export function addIndicator(project: Project, criterionId: string, indicator: Indicator): void {
  checkNewId(project, indicator.id);
  const parent = criterionById(project, criterionId);
  if (parent.subcriteria && parent.subcriteria.length > 0) {
    throw new InputError('edit.has-subcriteria', `Criterion "${parent.name}" has sub-criteria; add the indicator to one of them.`, { path: 'hierarchy' }, { name: parent.name });
  }
  delete parent.subcriteria;
  if (!parent.indicators) parent.indicators = [];
  parent.indicators.push({ ...indicator });
  syncJudgments(project);
}

/**
 * Removes a criterion (with everything under it) or an indicator, and the judgments that
 * named it. A criterion whose last sub-criterion goes is left empty (`indicators: []`).
 */
export function removeNode(project: Project, id: string): void {
  const loc = locate(project, id);
  loc.siblings.splice(loc.index, 1);
  if (loc.kind === 'criterion' && loc.parent && loc.siblings.length === 0) {
    delete loc.parent.subcriteria;
    loc.parent.indicators = [];
  }
  syncJudgments(project);
}

/**
 * Moves a node `delta` places among its siblings (−1 = up, +1 = down), clamped to the ends.
 * The matrices of its parent follow the new order; every judgment keeps its value.
 */
export function moveNode(project: Project, id: string, delta: number): void {
  const loc = locate(project, id);
  const to = Math.max(0, Math.min(loc.siblings.length - 1, loc.index + Math.trunc(delta)));
  if (to === loc.index) return;
  const list = loc.siblings as (Criterion | Indicator)[];
  const [node] = list.splice(loc.index, 1);
  list.splice(to, 0, node);
  syncJudgments(project);
}

/** Renames a criterion or an indicator (the display name; its id and judgments stay). */
export function renameNode(project: Project, id: string, name: string): void {
  locate(project, id).node.name = name;
}

/**
 * Changes a node's id, and with it every judgment matrix that names it (as a node or an item),
 * so no judgment is lost. Throws `edit.id-taken` for an empty, reserved or used id.
 */
export function setNodeId(project: Project, id: string, newId: string): void {
  const loc = locate(project, id);
  if (newId === id) return;
  checkNewId(project, newId);
  loc.node.id = newId;
  for (const jm of project.judgments ?? []) {
    if (jm.node === id) jm.node = newId;
    if (Array.isArray(jm.items) && jm.items.includes(id)) jm.items = jm.items.map((x) => (x === id ? newId : x));
  }
}

/**
 * Sets the value role of a top-level criterion (`undefined` removes it). A role belongs to
 * one criterion only: the criterion that had it loses it.
 */
export function setRole(project: Project, criterionId: string, role: ValueRole | undefined): void {
  const loc = locate(project, criterionId);
  if (loc.kind !== 'criterion' || loc.parent !== null) {
    throw new InputError('edit.role-not-top', `Only top-level criteria carry a value role; "${loc.node.name}" is not one.`, { path: 'hierarchy' }, { name: loc.node.name });
  }
  if (role === undefined) {
    delete loc.node.role;
    return;
  }
  for (const c of project.hierarchy.criteria) if (c !== loc.node && c.role === role) delete c.role;
  loc.node.role = role;
}

/** Changes an indicator's name, column or direction. */
export function updateIndicator(project: Project, id: string, patch: Partial<Pick<Indicator, 'name' | 'column' | 'direction'>>): void {
  const loc = locate(project, id);
  if (loc.kind !== 'indicator') throw new InputError('edit.not-indicator', `"${loc.node.name}" (${id}) is a criterion, not an indicator.`, { path: 'hierarchy' }, { name: loc.node.name, id });
  Object.assign(loc.node, patch);
}

/** The columns bound as indicators anywhere in the hierarchy. */
export function boundColumns(project: Pick<Project, 'hierarchy'>): Set<string> {
  const out = new Set<string>();
  const visit = (c: Criterion): void => {
    c.subcriteria?.forEach(visit);
    c.indicators?.forEach((ind) => out.add(ind.column));
  };
  project.hierarchy.criteria.forEach(visit);
  return out;
}

/**
 * Points the options that name a data column at columns the data has, for a project moved to
 * another data set: `data.idColumn` → the first identifier column (or none); the ABC source →
 * the composite score; the tier source → the composite score with thresholds spread evenly over
 * 0–100 (one fewer than the labels); the composition column → the first categorical column (or
 * none). Options that already fit are left alone. Returns the paths it changed.
 */
export function fitColumnOptions(project: Project, columns: ColumnInfo[]): string[] {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const changed: string[] = [];
  const numeric = (v: string | undefined): boolean => v === undefined || isScoreSource(v) || byName.get(v)?.type === 'numeric';
  if (project.data.idColumn !== undefined && !byName.has(project.data.idColumn)) {
    const id = columns.find((c) => c.type === 'identifier');
    if (id) project.data.idColumn = id.name;
    else delete project.data.idColumn;
    changed.push('data.idColumn');
  }
  if (!numeric(project.options.scoring.abc.source)) {
    project.options.scoring.abc.source = COMPOSITE;
    changed.push('options.scoring.abc.source');
  }
  const tiers = project.options.scoring.tiers;
  if (tiers && !numeric(tiers.source)) {
    const n = Math.max(1, tiers.labels.length - 1);
    tiers.source = COMPOSITE;
    tiers.thresholds = Array.from({ length: n }, (_, i) => Math.round((100 * (i + 1)) / (n + 1)));
    if (tiers.labels.length !== n + 1) tiers.labels = Array.from({ length: n + 1 }, (_, i) => tiers.labels[i] ?? `Tier ${i + 1}`);
    changed.push('options.scoring.tiers.source');
  }
  const comp = project.options.segmentation.compositionColumn;
  if (comp !== undefined && !byName.has(comp)) {
    const cat = columns.find((c) => c.type === 'categorical');
    if (cat) project.options.segmentation.compositionColumn = cat.name;
    else delete project.options.segmentation.compositionColumn;
    changed.push('options.segmentation.compositionColumn');
  }
  return changed;
}

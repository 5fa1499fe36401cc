/** Validation of the hierarchy's nodes (ids, criteria, indicators) and of each judgment matrix. */
import { hasRepeatedItem, itemDifferences, judgmentProblems, toMatrix } from '../../ahp/judgment.ts';
import { fuzzyJudgmentProblems } from '../../ahp/fuzzy/judgments.ts';
import type { Problem } from '../../errors.ts';
import type { JudgmentMatrix } from '../project.ts';
import { describe, FIELDS, isObject, problem, unknownFields } from './common.ts';

export interface Walk {
  ids: Map<string, string>;
  columns: Map<string, string>;
  roles: Map<string, string>;
  /** Display name of every node with a string name (ids → names, `goal` included). */
  names: Record<string, string>;
  /** Child ids of every parent node (`goal` → the top-level criteria). */
  children: Map<string, string[]>;
}

/**
 * The judgments of one matrix of the right shape: its items must be the node's children (when
 * the node has two or more; a single child needs no judgment), and every cell a judgment on
 * Saaty's scale with its reciprocal (see `judgmentProblems`), and every fuzzy judgment (l, m, u)
 * a valid triangular fuzzy number whose m is that judgment (see `fuzzyJudgmentProblems`).
 * Messages start with the path.
 */
export function checkJudgments(jm: JudgmentMatrix, jp: string, walk: Walk, expertName: string, out: Problem[]): void {
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
  const crisp = judgmentProblems(jm, walk.names, { expertName, path: jp });
  for (const p of crisp) {
    const path = p.where.path ?? jp;
    out.push({ ...p, message: `${path}: ${p.message}`, params: { path, ...p.params } });
  }
  // Fuzzy judgments (l, m, u) are checked against readable crisp judgments (m must equal them).
  if (jm.fuzzy === undefined || crisp.length > 0 || parts.length > 0) return;
  const m = toMatrix(jm, walk.names, { expertName, path: jp });
  for (const p of fuzzyJudgmentProblems(jm, m, walk.names, { expertName, path: jp })) {
    const path = p.where.path ?? jp;
    out.push({ ...p, message: `${path}: ${p.message}`, params: { path, ...p.params } });
  }
}

export function checkCriterion(c: unknown, path: string, depth: number, walk: Walk, out: Problem[]): void {
  if (!isObject(c)) {
    out.push(problem(path, 'expected an object with id, name and indicators or subcriteria', 'criterion-object'));
    return;
  }
  checkNodeHead(c, path, FIELDS.criterion, walk, out);
  const kids = Array.isArray(c.subcriteria) ? c.subcriteria : Array.isArray(c.indicators) ? c.indicators : [];
  if (typeof c.id === 'string' && !walk.children.has(c.id)) walk.children.set(c.id, kids.map((k: unknown) => (isObject(k) && typeof k.id === 'string' ? k.id : '')));
  checkName(c.name, path, out);
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
        checkNodeHead(ind, ip, FIELDS.indicator, walk, out);
        checkName(ind.name, ip, out);
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

/** What a criterion and an indicator check alike first: the id, unknown fields; the name is kept for messages. */
function checkNodeHead(x: Record<string, unknown>, path: string, fields: readonly string[], walk: Walk, out: Problem[]): void {
  checkId(x.id, `${path}.id`, walk, out);
  unknownFields(x, fields, path, out);
  if (typeof x.id === 'string' && typeof x.name === 'string' && !(x.id in walk.names)) walk.names[x.id] = x.name;
}

/** A criterion's or indicator's name: present and at most 200 characters. */
function checkName(name: unknown, path: string, out: Problem[]): void {
  if (typeof name !== 'string' || name.trim() === '') out.push(problem(`${path}.name`, 'missing name', 'no-name'));
  else if (name.length > 200) out.push(problem(`${path}.name`, `is ${name.length} characters long; at most 200`, 'too-long', { length: name.length, max: 200 }));
}

export function checkId(id: unknown, path: string, walk: Walk, out: Problem[]): void {
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

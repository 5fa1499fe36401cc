/** The parent nodes of the hierarchy as the judgments step lists them (display only). */
import type { Criterion, Hierarchy } from '../../core/model/project.ts';

export { nodeNames } from '../../core/model/hierarchy.ts';

export interface ParentNode {
  /** `goal` or a criterion id. */
  id: string;
  name: string;
  /** Project path (`hierarchy`, `hierarchy.criteria[0]` …). */
  path: string;
  /** Depth below the goal (goal = 0). */
  depth: number;
  /** The children compared at this node, in hierarchy order. */
  items: { id: string; name: string }[];
}

/** The goal and every criterion, depth first, each with its children (sub-criteria or indicators). */
export function parentNodes(h: Hierarchy): ParentNode[] {
  const out: ParentNode[] = [{ id: 'goal', name: h.goal, path: 'hierarchy', depth: 0, items: h.criteria.map((c) => ({ id: c.id, name: c.name })) }];
  const visit = (c: Criterion, path: string, depth: number): void => {
    const subs = c.subcriteria && c.subcriteria.length > 0 ? c.subcriteria : null;
    const items = subs ? subs.map((s) => ({ id: s.id, name: s.name })) : (c.indicators ?? []).map((x) => ({ id: x.id, name: x.name }));
    out.push({ id: c.id, name: c.name, path, depth, items });
    subs?.forEach((s, i) => visit(s, `${path}.subcriteria[${i}]`, depth + 1));
  };
  h.criteria.forEach((c, i) => visit(c, `hierarchy.criteria[${i}]`, 1));
  return out;
}

/** A short form of a long name for chart axes ("Average daily depo…"). */
export function shorten(name: string, max = 24): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

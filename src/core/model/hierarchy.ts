/** Walking the indicator hierarchy: leaves, their paths and their top-level criterion. */
import type { Criterion, Hierarchy, Indicator, ValueRole } from './project.ts';

export interface IndicatorRef extends Indicator {
  /** Ids from the top-level criterion down to the indicator's parent. */
  path: string[];
  /** The top-level criterion the indicator belongs to. */
  criterion: string;
  /** That criterion's value role, if any. */
  role?: ValueRole;
  /** Project path, e.g. `hierarchy.criteria[1].indicators[0]`. */
  at: string;
}

/** Every indicator in hierarchy order (depth first), with where it sits. */
export function listIndicators(h: Hierarchy): IndicatorRef[] {
  const out: IndicatorRef[] = [];
  const visit = (c: Criterion, path: string[], at: string, top: Criterion): void => {
    c.subcriteria?.forEach((s, i) => visit(s, [...path, s.id], `${at}.subcriteria[${i}]`, top));
    c.indicators?.forEach((ind, i) =>
      out.push({ ...ind, path, criterion: top.id, role: top.role, at: `${at}.indicators[${i}]` }),
    );
  };
  h.criteria.forEach((c, i) => visit(c, [c.id], `hierarchy.criteria[${i}]`, c));
  return out;
}

/** Id → name for the goal, every criterion and every indicator. */
export function nodeNames(h: Hierarchy): Record<string, string> {
  const names: Record<string, string> = { goal: h.goal };
  const visit = (c: Criterion): void => {
    names[c.id] = c.name;
    c.subcriteria?.forEach(visit);
    c.indicators?.forEach((x) => (names[x.id] = x.name));
  };
  h.criteria.forEach(visit);
  return names;
}

/** The ids of a node's children (`goal` → the top-level criteria). */
export function childrenOf(h: Hierarchy, node: string): { id: string; name: string }[] | undefined {
  if (node === 'goal') return h.criteria.map((c) => ({ id: c.id, name: c.name }));
  let found: Criterion | undefined;
  const visit = (c: Criterion): void => {
    if (found) return;
    if (c.id === node) found = c;
    else c.subcriteria?.forEach(visit);
  };
  h.criteria.forEach(visit);
  if (!found) return undefined;
  return (found.subcriteria ?? found.indicators ?? []).map((x) => ({ id: x.id, name: x.name }));
}

/** The top-level criterion with the given role. */
export function criterionWithRole(h: Hierarchy, role: ValueRole): Criterion | undefined {
  return h.criteria.find((c) => c.role === role);
}

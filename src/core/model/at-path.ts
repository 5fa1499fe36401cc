/** The indicator a validation path points into (`hierarchy.criteria[0].subcriteria[1].indicators[2].column`). */
import type { Criterion, Indicator, Project } from './project.ts';

export function indicatorAtPath(project: Pick<Project, 'hierarchy'>, path: string): Indicator | undefined {
  const m = /^hierarchy\.criteria\[(\d+)\]((?:\.subcriteria\[\d+\])*)\.indicators\[(\d+)\]/.exec(path);
  if (!m) return undefined;
  let c: Criterion | undefined = project.hierarchy.criteria[Number(m[1])];
  for (const s of m[2].matchAll(/\[(\d+)\]/g)) c = c?.subcriteria?.[Number(s[1])];
  return c?.indicators?.[Number(m[3])];
}

/**
 * Survey summary of a template whose criterion holds dimensions of Likert items (SPDB): the
 * reliability of each dimension (survey/reliability.ts) and a cross-tab of satisfaction by
 * segment — per segment the mean satisfaction score (the criterion's score, 0–100) and the mean
 * answer of each dimension (mean of its items over the segment's customers).
 */
import type { ColumnTable } from 'arquero';
import type { Criterion, Project } from '../model/project.ts';
import type { Result } from '../result.ts';
import { reliability, type Reliability } from '../survey/reliability.ts';

export interface SurveySummary {
  dimensions: { id: string; name: string; columns: string[]; reliability: Reliability }[];
  bySegment: { cluster: number; name: string; size: number; satisfaction: number | null; dimensions: Record<string, number> }[];
}

const leafColumns = (c: Criterion): string[] => [...(c.subcriteria ?? []).flatMap(leafColumns), ...(c.indicators ?? []).map((i) => i.column)];

export function surveySummary(project: Project, table: ColumnTable, result: Result, criterionId: string, locale: 'zh-CN' | 'en' = 'zh-CN'): SurveySummary | null {
  const crit = project.hierarchy.criteria.find((c) => c.id === criterionId);
  if (!crit?.subcriteria) return null;
  const dims = crit.subcriteria.map((d) => ({ id: d.id, name: d.name, columns: leafColumns(d) }));
  const col = (name: string) => table.column(name) as unknown as Float64Array;
  const dimensions = dims.map((d) => ({ ...d, reliability: reliability(d.columns.map(col), d.columns) }));
  const score = result.scores.criteria[criterionId];
  const bySegment = result.segments.map((s) => {
    const members: number[] = [];
    result.clustering.labels.forEach((l, i) => l === s.cluster && members.push(i));
    const mean = (f: (i: number) => number) => {
      let sum = 0;
      let n = 0;
      for (const i of members) {
        const v = f(i);
        if (Number.isFinite(v)) {
          sum += v;
          n++;
        }
      }
      return n ? sum / n : NaN;
    };
    return {
      cluster: s.cluster,
      name: s.customName ?? s.name[locale],
      size: s.size,
      satisfaction: score ? mean((i) => score[i]) : null,
      dimensions: Object.fromEntries(dims.map((d) => [d.id, mean((i) => d.columns.reduce((a, c) => a + col(c)[result.rows[i]], 0) / d.columns.length)])),
    };
  });
  return { dimensions, bySegment };
}

/**
 * Survey tables (issue 9, item 9) as report tables, as SPSS prints them: the reliability of each
 * dimension (Cronbach's α, standardised α, items, rows) with its items (corrected item–total
 * correlation, α if item deleted), and the cross-tab of satisfaction by segment. The numbers are
 * templates/survey.ts `surveySummary` (checked against numpy in tests/core/templates).
 */
import type { ColumnTable } from 'arquero';
import type { Project } from '../model/project.ts';
import type { Result } from '../result.ts';
import { TEMPLATES } from '../templates/index.ts';
import { surveySummary, type SurveySummary } from '../templates/survey.ts';
import type { ReportCell, ReportTable } from './table.ts';
import type { ReportWords } from './words.ts';

/** The words of the survey tables ('report.survey.<word>'). */
const SURVEY_WORDS = ['rel', 'dim', 'item', 'k', 'n', 'alpha', 'std', 'mean', 'citc', 'del', 'items', 'cross', 'seg', 'size', 'sat', 'note'] as const;
type SurveyWord = (typeof SURVEY_WORDS)[number];

export function surveyTables(s: SurveySummary, words: ReportWords): ReportTable[] {
  const t = (k: SurveyWord): string => words.t(`report.survey.${k}`);
  const w = Object.fromEntries(SURVEY_WORDS.map((k) => [k, t(k)])) as Record<SurveyWord, string>;
  const reliability: ReportTable = {
    id: 'survey:reliability',
    title: w.rel,
    columns: [w.dim, w.k, w.n, w.alpha, w.std],
    rows: s.dimensions.map((d) => [d.name, d.columns.length, d.reliability.n, d.reliability.alpha, d.reliability.standardisedAlpha]),
    formats: [null, 'integer', 'integer', 'number', 'number'],
    notes: [w.note],
  };
  const items: ReportTable = {
    id: 'survey:items',
    title: w.items,
    columns: [w.dim, w.item, w.mean, w.citc, w.del],
    rows: s.dimensions.flatMap((d) => d.reliability.items.map((it): ReportCell[] => [d.name, it.item, it.mean, it.correctedItemTotal, it.alphaIfDeleted])),
    formats: [null, null, 'number', 'number', 'number'],
  };
  const cross: ReportTable = {
    id: 'survey:by-segment',
    title: w.cross,
    columns: [w.seg, w.size, w.sat, ...s.dimensions.map((d) => d.name)],
    rows: s.bySegment.map((b) => [`${b.cluster} ${b.name}`, b.size, b.satisfaction, ...s.dimensions.map((d) => (Number.isFinite(b.dimensions[d.id]) ? b.dimensions[d.id] : null))]),
    formats: [null, 'integer', 'number', ...s.dimensions.map(() => 'number' as const)],
    decimals: 2,
  };
  return [reliability, items, cross];
}

/**
 * The survey tables of a project whose criterion holds dimensions of Likert items (a criterion
 * a survey template names, with sub-criteria), for the report, the Word chapter and the
 * workbook; empty for any other project. `table` holds the numeric columns the items read.
 */
export function projectSurveyTables(project: Project, table: ColumnTable, result: Result, words: ReportWords): ReportTable[] {
  const criteria = TEMPLATES.flatMap((x) => (x.survey ? [x.survey.criterion] : []));
  const crit = project.hierarchy.criteria.find((c) => criteria.includes(c.id) && (c.subcriteria?.length ?? 0) > 0);
  if (!crit) return [];
  const s = surveySummary(project, table, result, crit.id, words.locale);
  return s ? surveyTables(s, words) : [];
}

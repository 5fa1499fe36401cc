/**
 * The survey tables (issue 9, item 9: Cronbach's α per dimension and item, satisfaction by
 * segment) of the open project on the page's data, for the segments step, the printed report
 * and the Word and Excel exports; empty when the project has no survey dimensions or the data
 * does not serve them.
 */
import { unpackColumn } from '../../core/data/packed.ts';
import { columnTable } from '../../core/data/table.ts';
import type { Project } from '../../core/model/project.ts';
import type { Result } from '../../core/result.ts';
import { projectSurveyTables } from '../../core/report/survey-tables.ts';
import type { ReportTable } from '../../core/report/table.ts';
import type { Dataset } from '../../state/notebook.svelte.ts';
import { reportWords } from '../../i18n/report.ts';

export function pageSurveyTables(project: Project, dataset: Dataset | null, result: Result | null, locale: 'zh-CN' | 'en'): ReportTable[] {
  if (!result || !dataset) return [];
  try {
    const names = dataset.loaded.report.columns.filter((c) => c.type === 'numeric').map((c) => c.name);
    const table = columnTable(names.map((n) => [n, unpackColumn(dataset.loaded.columns[n])] as const), names);
    return projectSurveyTables(project, table, result, reportWords(locale));
  } catch {
    return [];
  }
}

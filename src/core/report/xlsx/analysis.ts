/**
 * The whole analysis as one Excel workbook: a customers sheet (id, the categorical columns,
 * the indicators as read, composite and criterion scores, quadrant, tier, ABC class, segment
 * and segment name — the CSV export's columns plus the categories) and one sheet per report
 * table (judgment matrices with their λmax/CI/RI/CR line, consistency, weights, k sweep,
 * centres, ANOVA, segment profiles …), numbers as numbers with number formats, headers in the
 * chosen language.
 */
import type { Project } from '../../model/project.ts';
import type { Result } from '../../result.ts';
import { customersTable, type CellTable } from '../csv.ts';
import { formatCell, type ReportTable } from '../table.ts';
import { reportTables } from '../tables.ts';
import type { ReportWords } from '../words.ts';
import { writeXlsx, type XlsxCell, type XlsxSheet } from './write.ts';

export interface AnalysisWorkbookOptions {
  /** The words of the workbook's language (src/i18n/report.ts `reportWords`). */
  words: ReportWords;
  /** Categorical data columns to include after the id (the read report's categorical columns). */
  categorical?: string[];
  /** Tables after the method's own, a sheet each (the survey tables, the migration matrices). */
  extraTables?: ReportTable[];
}

const decimalsFormat = (d: number) => (d <= 0 ? '0' : `0.${'0'.repeat(Math.min(d, 10))}`);

function tableSheet(t: ReportTable): XlsxSheet {
  const formats = t.columns.map((_, j) => t.formats?.[j] ?? 'number');
  const rows: XlsxCell[][] = [t.columns];
  for (const r of t.rows) {
    rows.push(
      r.map((v, j) => {
        if (typeof v !== 'number') return v;
        // Judgment ratios are written as Saaty writes them (1/3), like the report.
        return formats[j] === 'ratio' ? formatCell(v, 'ratio', t.decimals) : Number.isFinite(v) ? v : null;
      }),
    );
  }
  const d = t.decimals ?? 3;
  const excel = formats.map((f) => (f === 'percent' ? '0.0%' : f === 'integer' ? '0' : f === 'p' ? '0.000' : f === 'ratio' ? null : decimalsFormat(d)));
  return { name: t.title, rows, formats: excel, ...(t.notes?.length ? { notes: t.notes } : {}) };
}

export function analysisWorkbook(table: CellTable, result: Result, project: Project, options: AnalysisWorkbookOptions): Uint8Array {
  const w = options.words;
  // Every customer's tier and ABC strategy (the project's own text or the template), per class.
  const customers = customersTable(table, result, project, { locale: w.locale, strategies: 'all' });
  const cats = (options.categorical ?? []).filter((c) => c !== project.data.idColumn && table.column(c));
  const header: XlsxCell[] = [customers.header[0], ...cats, ...customers.header.slice(1)];
  const rows: XlsxCell[][] = [header];
  customers.rows.forEach((r, p) => {
    const row = result.rows[p];
    const catCells = cats.map((c) => {
      const v = table.column(c)?.at(row);
      return v === null || v === undefined ? null : String(v);
    });
    rows.push([r[0] ?? null, ...catCells, ...r.slice(1).map((v) => (v === undefined ? null : v))] as XlsxCell[]);
  });
  const formats: (string | null)[] = [null, ...cats.map(() => null), ...customers.decimals.slice(1).map((d) => (d === undefined ? null : decimalsFormat(d)))];
  const sheets: XlsxSheet[] = [{ name: w.t('report.chapter.customersSheet'), rows, formats }];
  for (const t of [...reportTables(result, project, w), ...(options.extraTables ?? [])]) sheets.push(tableSheet(t));
  return writeXlsx(sheets);
}

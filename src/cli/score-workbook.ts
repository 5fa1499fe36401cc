/**
 * `score --data F.xlsx [--sheet NAME|N] [--header-row N]`: a workbook is read whole by the
 * workbook reader (header row under merged titles, totals rows and notes left out, merged cells
 * filled, cached formula values) and its rows are scored by the same `StreamScorer` as a CSV,
 * cell texts in, so numbers, missing cells, bad cells and the column checks are judged exactly as
 * for a CSV; bad rows are named by their sheet row. The model's columns are read as text (their
 * cells' own texts), the scorer parses them. A workbook holds at most 1,048,576 rows, so reading
 * it into memory is bounded; the CSV path streams.
 */
import { readData, isWorkbookBytes } from '../core/data/read-data.ts';
import type { ColumnType, ExcludedRow } from '../core/data/types.ts';
import { StreamScorer, type ScoreSummary } from '../core/scoring-model/stream-score.ts';
import type { ScoringModel } from '../core/scoring-model/types.ts';
import type { ScoreFileOptions } from './score.ts';

export { isWorkbookBytes };

/** What the summary adds for a workbook: which sheet and header row were read, and what was left out. */
export interface WorkbookRead {
  sheet: string;
  headerRow: number;
  excludedRows: ExcludedRow[];
  /** The read report's notes (merged cells filled, hidden rows, formulas …), as messages. */
  notes: string[];
}

export function scoreWorkbook(
  model: ScoringModel,
  bytes: Uint8Array,
  fileName: string,
  write: (text: string) => void,
  options: ScoreFileOptions & { sheet?: string; headerRow?: number } = {},
): ScoreSummary & { read: WorkbookRead } {
  const textColumns = new Set<string>([...model.inputs.map((i) => i.column), ...(model.idColumn ? [model.idColumn] : [])]);
  const types: Record<string, ColumnType> = {};
  for (const c of textColumns) types[c] = 'categorical';
  const { table, report, lines } = readData(bytes, {
    fileName,
    types,
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.headerRow !== undefined ? { headerRow: options.headerRow } : {}),
    onProgress: (done, total) => options.onProgress?.(0, total ? done / total : 1),
  });
  const names = table.columnNames();
  const scorer = new StreamScorer(model, { delimiter: ',', onError: options.onError, fileName });
  write(scorer.pushRecord(names, report.headerRow ?? 1));
  const columns = names.map((n) => table.array(n) as ArrayLike<unknown>);
  const fields: string[] = new Array(names.length);
  for (let i = 0; i < table.numRows(); i++) {
    for (let j = 0; j < columns.length; j++) {
      const v = columns[j][i];
      fields[j] = v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? '' : String(v);
    }
    write(scorer.pushRecord(fields.slice(), lines[i]));
  }
  write(scorer.finish());
  options.onProgress?.(scorer.summary.rows, 1);
  const notes = report.problems.filter((p) => p.code.startsWith('xlsx.') && p.code !== 'xlsx.excluded-row').map((p) => p.message);
  return { ...scorer.summary, read: { sheet: report.sheet ?? '', headerRow: report.headerRow ?? 1, excludedRows: report.excludedRows ?? [], notes } };
}

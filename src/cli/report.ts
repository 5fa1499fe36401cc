/**
 * `report --project P --data D --format docx|html|xlsx --lang zh-CN|en --out F [--chapter 4]
 * [--font-cn 宋体] [--font-en "Times New Roman"] [--table-size 10.5] [--sheet NAME|N] [--header-row N] [--next P2]`:
 * runs the project on the data and writes the analysis as a thesis chapter: Word (.docx, three-line
 * tables, numbered captions, 300-dpi figures) or one self-contained HTML page with the same content;
 * `--format xlsx` writes the customers and every table as one Excel workbook instead.
 * `--next P2` (docx, html): a second period of the same customers; the migration matrices
 * (src/core/report/migration.ts) follow the method's tables in a section of their own.
 * Prints a JSON summary (tables, figures, bytes) on stdout.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chapterFigures } from '../core/report/charts/figures.ts';
import { chapterDocx } from '../core/report/docx/chapter.ts';
import { chapterHtml } from '../core/report/html-chapter.ts';
import { analysisWorkbook } from '../core/report/xlsx/analysis.ts';
import { reportTables } from '../core/report/tables.ts';
import type { Project } from '../core/model/project.ts';
import { runPipeline, tableColumns } from '../core/pipeline.ts';
import { validateProject } from '../core/model/validate.ts';
import { parseJsonSafely } from '../core/model/file.ts';
import { decodeBytes } from '../core/data/decode.ts';
import { InputError } from '../core/errors.ts';
import { readDataFile, UsageError } from './commands.ts';
import { stringOptions } from './options.ts';
import { readInputFile } from './model.ts';
import { comparePeriods } from '../core/periods/index.ts';
import { migrationTables } from '../core/report/migration.ts';
import { projectSurveyTables } from '../core/report/survey-tables.ts';
import { withDerived } from '../core/periods/freeze.ts';
import { reportWords } from '../i18n/report.ts';

export const REPORT_USAGE = `  valueseg report --project <project.json> --data <file.csv|.xlsx> --format docx|html|xlsx --lang zh-CN|en --out <file> [--chapter 4] [--font-cn 宋体] [--font-en "Times New Roman"] [--table-size 10.5] [--sheet NAME|N] [--header-row N] [--next <period2.csv>]`;

export function reportVerb(args: string[]): number {
  const { values } = parseArgs({
    args,
    strict: true,
    options: stringOptions('project', 'data', 'format', 'lang', 'out', 'chapter', 'font-cn', 'font-en', 'table-size', 'sheet', 'header-row', 'next'),
  });
  if (!values.project || !values.data || !values.out) throw new UsageError('report needs --project <project.json>, --data <file> and --out <file>');
  const format = values.format ?? (values.out.endsWith('.html') ? 'html' : values.out.endsWith('.xlsx') ? 'xlsx' : 'docx');
  if (format !== 'docx' && format !== 'html' && format !== 'xlsx') throw new UsageError(`--format ${format}: expected docx or html (or xlsx: the customers and every table as one workbook)`);
  const lang = values.lang ?? 'zh-CN';
  if (lang !== 'zh-CN' && lang !== 'en') throw new UsageError(`--lang ${lang}: expected zh-CN or en`);
  const chapter = values.chapter === undefined ? 4 : Number(values.chapter);
  if (!Number.isInteger(chapter) || chapter < 1 || chapter > 99) throw new UsageError(`--chapter ${values.chapter}: expected a whole number from 1 to 99`);
  const tableSize = values['table-size'] === undefined ? 10.5 : Number(values['table-size']);
  if (!(tableSize >= 6 && tableSize <= 20)) throw new UsageError(`--table-size ${values['table-size']}: expected points from 6 to 20 (五号 = 10.5)`);

  let raw: unknown;
  try {
    raw = parseJsonSafely(decodeBytes(readInputFile(values.project), values.project).text).value;
  } catch (e) {
    throw new InputError('json.invalid', `${values.project} is not valid JSON: ${(e as Error).message}`, { path: values.project });
  }
  const structural = validateProject(raw).filter((p) => p.severity === 'error');
  if (structural.length) throw new InputError('project.invalid', `${values.project} is not a valid project:\n  ${structural.map((p) => p.message).join('\n  ')}`);
  const project = raw as Project;
  const { table, report, lines } = readDataFile(readInputFile(values.data), values.data, values);
  const binding = validateProject(project, tableColumns(table, report)).filter((p) => p.severity === 'error');
  if (binding.length) throw new InputError('project.invalid', `${values.project} does not fit ${values.data}:\n  ${binding.map((p) => p.message).join('\n  ')}`);
  const result = runPipeline(project, table, { lines, report, sensitivity: true });
  const figures = chapterFigures(result, project, reportWords(lang));
  // --next: a second period of the same customers; its migration matrices follow the method's tables.
  const next = values.next ? readDataFile(readInputFile(values.next), values.next, {}) : null;
  const extraTables = next ? migrationTables(comparePeriods(project, table, result, next.table, { lines1: lines, lines2: next.lines }), reportWords(lang)) : [];
  const surveyTables = projectSurveyTables(project, withDerived(project, table, lines).table, result, reportWords(lang));
  const options = { words: reportWords(lang), chapter, tableSize, figures, extraTables, surveyTables, ...(values['font-cn'] ? { fontCn: values['font-cn'] } : {}), ...(values['font-en'] ? { fontEn: values['font-en'] } : {}) } as const;
  const out = values.out;
  const summary = { format, lang, chapter, out, tables: reportTables(result, project, reportWords(lang)).length + surveyTables.length + extraTables.length, figures: figures.length };
  const write = async (): Promise<void> => {
    const bytes =
      format === 'docx'
        ? await chapterDocx(project, result, options)
        : format === 'xlsx'
          ? analysisWorkbook(withDerived(project, table, lines).table, result, project, { words: reportWords(lang), categorical: report.columns.filter((c) => c.type === 'categorical').map((c) => c.name), extraTables: [...surveyTables, ...extraTables] })
          : new TextEncoder().encode(chapterHtml(project, result, options));
    writeFileSync(out, bytes);
    process.stdout.write(JSON.stringify({ ...summary, bytes: bytes.length }, null, 2) + '\n');
  };
  write().catch((e) => {
    process.stderr.write(`valueseg: internal error: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 1;
  });
  return 0;
}

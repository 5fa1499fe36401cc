/**
 * `periods --project P --data F1 --next F2 [--out result.json] [--customers moves.csv] [--lang zh-CN|en]`
 * `periods --template ID [--data F1 --next F2] …`: runs the project on period 1 (as `run` does),
 * scores period 2 with period 1's frozen normalisation, weights, thresholds and centres, and
 * prints the migration of tiers / star levels, segments, ABC classes and 2×2 quadrants between
 * the periods as JSON (src/core/report/migration.ts `comparisonJson`). `--customers` writes one
 * CSV row per customer with both periods' classes and the move. A template without `--data`
 * uses its example data and its shipped second period (the same seeded generators).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { InputError } from '../core/errors.ts';
import { parseJsonSafely } from '../core/model/file.ts';
import type { Project } from '../core/model/project.ts';
import { validateProject } from '../core/model/validate.ts';
import { comparePeriods } from '../core/periods/index.ts';
import { runPipeline, tableColumns } from '../core/pipeline.ts';
import { comparisonJson, migrationCustomersCsv } from '../core/report/migration.ts';
import { decodeBytes } from '../core/data/decode.ts';
import { readData } from '../core/data/read-data.ts';
import { bindTemplate, findTemplate, TEMPLATE_IDS, templateProject } from '../core/templates/index.ts';
import { templatePeriod2 } from '../core/templates/next-period.ts';
import { UsageError } from './commands.ts';
import { readInputFile } from './model.ts';
import { reportWords } from '../i18n/report.ts';

export const PERIODS_USAGE = `  valueseg periods --project <project.json> --data <period1.csv|.xlsx> --next <period2.csv|.xlsx> [--out result.json] [--customers moves.csv] [--lang zh-CN|en]
  valueseg periods --template ID [--data <period1> --next <period2>] [--out result.json] [--customers moves.csv] [--lang zh-CN|en]`;

export function periodsVerb(args: string[]): number {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { project: { type: 'string' }, template: { type: 'string' }, data: { type: 'string' }, next: { type: 'string' }, out: { type: 'string' }, customers: { type: 'string' }, lang: { type: 'string' } },
  });
  const lang = values.lang ?? 'zh-CN';
  if (lang !== 'zh-CN' && lang !== 'en') throw new UsageError(`--lang ${lang}: expected zh-CN or en`);
  if (!values.project === !values.template) throw new UsageError('periods needs --project <project.json> or --template ID (one of them)');
  if (!values.template && (!values.data || !values.next)) throw new UsageError('periods --project needs --data <period 1 file> and --next <period 2 file>');
  if (values.template && !values.data !== !values.next) throw new UsageError('periods --template takes both --data and --next, or neither (its example periods)');
  let project: Project;
  let bytes1: Uint8Array;
  let bytes2: Uint8Array;
  let file1: string;
  let file2: string;
  if (values.template) {
    const t = findTemplate(values.template);
    if (!t) throw new InputError('cli.template', `no template "${values.template}"; the templates are ${TEMPLATE_IDS.join(', ')}`);
    project = templateProject(t, lang);
    const enc = new TextEncoder();
    file1 = values.data ?? `datasets/${project.data.source}`;
    file2 = values.next ?? `datasets/templates/period2/${t.id}.csv`;
    bytes1 = values.data ? readInputFile(values.data) : enc.encode(t.generate());
    bytes2 = values.next ? readInputFile(values.next) : enc.encode(templatePeriod2(t));
    if (values.data) {
      const { table, report } = readData(bytes1, { fileName: file1 });
      bindTemplate(project, t, tableColumns(table, report));
    }
  } else {
    const raw = parseJsonSafely(decodeBytes(readInputFile(values.project!), values.project!).text).value;
    const structural = validateProject(raw).filter((p) => p.severity === 'error');
    if (structural.length) throw new InputError('project.invalid', `${values.project} is not a valid project:\n  ${structural.map((p) => p.message).join('\n  ')}`);
    project = raw as Project;
    file1 = values.data!;
    file2 = values.next!;
    bytes1 = readInputFile(file1);
    bytes2 = readInputFile(file2);
  }
  const one = readData(bytes1, { fileName: file1 });
  const two = readData(bytes2, { fileName: file2 });
  const misfit = validateProject(project, tableColumns(one.table, one.report)).filter((p) => p.severity === 'error');
  if (misfit.length) throw new InputError('project.invalid', `the project does not fit ${file1}:\n  ${misfit.map((p) => p.message).join('\n  ')}`);
  const result = runPipeline(project, one.table, { lines: one.lines, report: one.report });
  const cmp = comparePeriods(project, one.table, result, two.table, { lines1: one.lines, lines2: two.lines });
  const out = { period1: file1, period2: file2, ...comparisonJson(cmp, lang) };
  if (values.customers) writeFileSync(values.customers, migrationCustomersCsv(cmp, reportWords(lang)));
  const text = JSON.stringify(out, null, 2) + '\n';
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
  return 0;
}

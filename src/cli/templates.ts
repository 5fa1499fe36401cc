/**
 * `templates`: the thesis templates as `[{id, title, description, seed}]`.
 * `run --template ID [--data F]`: runs a template's project on its example data (from the seeded
 * generator) or on F, binding the template's columns to F by name and synonyms; the output is the
 * `run` result plus `template`, `binding` (bound and unbound columns) and, for a survey template,
 * `survey` (reliability per dimension, satisfaction by segment).
 */
import { readTable } from '../core/data/read.ts';
import { readDataFile, type DataFlags } from './commands.ts';
import { InputError } from '../core/errors.ts';
import { validateProject } from '../core/model/validate.ts';
import { runPipeline, tableColumns } from '../core/pipeline.ts';
import { resultToJson, toJsonSafe } from '../core/report/json.ts';
import { bindTemplate, findTemplate, TEMPLATE_IDS, TEMPLATES, templateProject } from '../core/templates/index.ts';
import { surveySummary } from '../core/templates/survey.ts';

type Locale = 'zh-CN' | 'en';

function locale(value: string | undefined): Locale {
  if (value === undefined || value === 'zh-CN' || value === 'zh') return 'zh-CN';
  if (value === 'en') return 'en';
  throw new InputError('cli.locale', `--locale ${value}: expected zh-CN or en`);
}

export function templatesCommand(opts: { locale?: string } = {}) {
  const l = locale(opts.locale);
  return TEMPLATES.map((t) => ({ id: t.id, title: t.title[l], description: t.spec.description[l], seed: t.seed }));
}

export function runTemplateCommand(id: string, opts: { locale?: string } & DataFlags = {}, data?: { bytes: Uint8Array; file: string }) {
  const t = findTemplate(id);
  if (!t) throw new InputError('cli.template', `no template "${id}"; the templates are ${TEMPLATE_IDS.join(', ')}`);
  const l = locale(opts.locale);
  const project = templateProject(t, l);
  const file = data?.file ?? `datasets/${project.data.source}`;
  // --data may be a workbook: read with --sheet / --header-row as every other verb reads --data
  const { table, report, lines } = data ? readDataFile(data.bytes, file, opts) : readTable(t.generate(), { fileName: file });
  const binding = data ? bindTemplate(project, t, tableColumns(table, report)) : null;
  if (data) project.data.source = data.file;
  const problems = validateProject(project, tableColumns(table, report)).filter((p) => p.severity === 'error');
  if (problems.length) {
    const unbound = binding?.unbound.length ? `\n  unbound: ${binding.unbound.map((u) => `${u.column} (${u.usedBy.join(', ')})`).join('; ')}` : '';
    throw new InputError('project.invalid', `template ${id} does not fit ${file}:\n  ${problems.map((p) => p.message).join('\n  ')}${unbound}`);
  }
  const result = runPipeline(project, table, { lines, report });
  const survey = t.survey ? surveySummary(project, table, result, t.survey.criterion, l) : null;
  return {
    template: id,
    ...(binding ? { binding } : {}),
    ...(resultToJson(result) as object),
    ...(survey ? { survey: toJsonSafe(survey) } : {}),
  };
}

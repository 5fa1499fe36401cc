/**
 * `model --project P --data D [--out M.json] [--lang en|zh-CN]`: runs the project on its
 * training data (as `run` does) and writes the scoring model (src/core/scoring-model).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };
import { readDataFile, type DataFlags } from './commands.ts';
import { InputError } from '../core/errors.ts';
import { parseJsonSafely } from '../core/model/file.ts';
import type { Project } from '../core/model/project.ts';
import { validateProject } from '../core/model/validate.ts';
import { runPipeline, tableColumns } from '../core/pipeline.ts';
import { buildScoringModel } from '../core/scoring-model/build.ts';
import type { ScoringModel } from '../core/scoring-model/types.ts';
import { UsageError } from './commands.ts';
import { decodeBytes } from '../core/data/decode.ts';

export function readInputFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

/** The scoring model of a project file run on a data file (bytes in, model out). */
export function modelFromFiles(projectBytes: Uint8Array, projectFile: string, dataBytes: Uint8Array, dataFile: string, options: { lang?: 'en' | 'zh-CN'; createdAt?: string } & DataFlags = {}): ScoringModel {
  let raw: unknown;
  try {
    raw = parseJsonSafely(decodeBytes(projectBytes).text).value;
  } catch (e) {
    throw new InputError('json.invalid', `${projectFile} is not valid JSON: ${(e as Error).message}`, { path: projectFile });
  }
  const structural = validateProject(raw).filter((p) => p.severity === 'error');
  if (structural.length) throw new InputError('project.invalid', `${projectFile} is not a valid project:\n  ${structural.map((p) => p.message).join('\n  ')}`);
  const project = raw as Project;
  const { table, report, lines } = readDataFile(dataBytes, dataFile, options);
  const binding = validateProject(project, tableColumns(table, report)).filter((p) => p.severity === 'error');
  if (binding.length) throw new InputError('project.invalid', `${projectFile} does not fit ${dataFile}:\n  ${binding.map((p) => p.message).join('\n  ')}`);
  const result = runPipeline(project, table, { lines, report });
  return buildScoringModel(project, result, {
    dataFile: basename(dataFile),
    dataSha256: createHash('sha256').update(dataBytes).digest('hex'),
    valuesegVersion: pkg.version,
    ...(options.lang ? { locale: options.lang } : {}),
    ...(options.createdAt ? { createdAt: options.createdAt } : {}),
  });
}

export function modelVerb(args: string[]): number {
  const { values } = parseArgs({ args, strict: true, options: { project: { type: 'string' }, data: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' }, sheet: { type: 'string' }, 'header-row': { type: 'string' } } });
  if (!values.project || !values.data) throw new UsageError('model needs --project <project.json> and --data <file.csv>');
  if (values.lang !== undefined && values.lang !== 'en' && values.lang !== 'zh-CN') throw new UsageError(`--lang ${values.lang}: expected en or zh-CN`);
  const model = modelFromFiles(readInputFile(values.project), values.project, readInputFile(values.data), values.data, { lang: values.lang as 'en' | 'zh-CN' | undefined, sheet: values.sheet, 'header-row': values['header-row'] });
  const text = JSON.stringify(model, null, 2) + '\n';
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
  return 0;
}

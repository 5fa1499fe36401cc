/**
 * ValueSeg headless: the same core as the page, from the command line.
 *
 *   npm run --silent cli -- ahp <matrix.json> [--method eigen|geometric|column] [--ri saaty1980|saaty2005|cn|alonso-lamata]
 *   npm run --silent cli -- sweep --data <file.csv|.xlsx> [--sheet NAME|N] [--header-row N] --columns a,b,c|--column NAME… [--scale none|minmax|z] [--kmin 2] [--kmax 10] [--seed 1] [--restarts 10] [--labels] [--threads N]
 *   npm run --silent cli -- run --project <project.json> --data <file.csv|.xlsx> [--sheet NAME|N] [--header-row N] [--out result.json] [--threads N]
 *
 * JSON on stdout; on bad input a clear message on stderr and exit code 2.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isInputError } from '../core/errors.ts';
import { ahpCommand, runCommandThreads, sweepCommandThreads, UsageError } from './commands.ts';
import { stringOptions } from './options.ts';
import { runTemplateCommand, templatesCommand } from './templates.ts';
import { WAREHOUSE_USAGE, warehouseVerbs } from './warehouse.ts';
import { quickClusterCommand } from './quick-cluster.ts';
import { hclustCommand } from './hclust.ts';
import { evaluateCommand } from './evaluate.ts';
import { weightsCommand } from './weights.ts';
import { REPORT_USAGE, reportVerb } from './report.ts';
import { PERIODS_USAGE, periodsVerb } from './periods.ts';

const USAGE = `usage:
  valueseg ahp <matrix.json> [--method eigen|geometric|column|fuzzy-chang|fuzzy-buckley] [--ri saaty1980|saaty2005|cn|alonso-lamata]   (a cell may be a fuzzy judgment [l, m, u])
  valueseg sweep --data <file.csv|.xlsx> [--sheet NAME|N] [--header-row N] --columns a,b,c|--column NAME… [--scale none|minmax|z] [--kmin 2] [--kmax 10] [--seed 1] [--restarts 10] [--labels] [--threads N]
  valueseg run --project <project.json> --data <file.csv|.xlsx> [--sheet NAME|N] [--header-row N] [--out result.json] [--threads N]
${WAREHOUSE_USAGE}
${REPORT_USAGE}
${PERIODS_USAGE}
  valueseg quick-cluster --data <file.csv|.xlsx> [--sheet NAME|N] [--header-row N] --columns a,b --k 3 [--mxiter 10] [--converge 0] [--method kmeans|update|classify] [--noinitial] [--scale none|z]
  valueseg hclust --data <file.csv|.xlsx> [--sheet NAME|N] [--header-row N] --columns a,b [--scale none|minmax|z] --method ward|average|complete|single [--kmin 2 --kmax 8] [--seed 0]
  valueseg weights --data <file.csv|.xlsx> [--sheet NAME|N] [--header-row N] --columns a,b --directions benefit,cost --method entropy|critic [--shift 0.01] [--normalise minmax|none]
  valueseg evaluate --data <file.csv|.xlsx> [--sheet NAME|N] [--header-row N] --columns a,b --directions benefit,cost --weights w1,w2|entropy --method weighted-sum|topsis|gra [--rho 0.5]`;

function readInput(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (Object.hasOwn(warehouseVerbs, command)) return warehouseVerbs[command](rest);
  if (command === 'report') return reportVerb(rest);
  if (command === 'periods') return periodsVerb(rest);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      ...stringOptions(
        ...['method', 'ri', 'data', 'columns', 'scale', 'kmin', 'kmax', 'seed', 'restarts', 'project', 'out', 'directions'] as const,
        ...['weights', 'shift', 'normalise', 'rho', 'k', 'mxiter', 'converge', 'sheet', 'header-row', 'threads', 'template', 'locale'] as const,
      ),
      column: { type: 'string', multiple: true },
      labels: { type: 'boolean' },
      noinitial: { type: 'boolean' },
    },
  });
  let output: unknown;
  if (command === 'ahp') {
    if (positionals.length !== 1) throw new UsageError('ahp needs one matrix file');
    output = ahpCommand(readInput(positionals[0]), positionals[0], values);
  } else if (command === 'sweep') {
    if (!values.data) throw new UsageError('sweep needs --data <file.csv>');
    output = await sweepCommandThreads(readInput(values.data), values.data, values);
  } else if (command === 'templates') {
    output = templatesCommand(values);
  } else if (command === 'run' && values.template !== undefined) {
    output = runTemplateCommand(values.template, values, values.data ? { bytes: readInput(values.data), file: values.data } : undefined);
  } else if (command === 'run') {
    if (!values.project || !values.data) throw new UsageError('run needs --project <project.json> and --data <file.csv>');
    output = await runCommandThreads(readInput(values.project), values.project, readInput(values.data), values.data, { threads: values.threads, sheet: values.sheet, 'header-row': values['header-row'] });
  } else if (command === 'weights' || command === 'evaluate') {
    if (!values.data) throw new UsageError(`${command} needs --data <file.csv>`);
    output = (command === 'weights' ? weightsCommand : evaluateCommand)(readInput(values.data), values.data, values);
  } else if (command === 'quick-cluster') {
    if (!values.data) throw new UsageError('quick-cluster needs --data <file.csv>');
    output = quickClusterCommand(readInput(values.data), values.data, values);
  } else if (command === 'hclust') {
    if (!values.data) throw new UsageError('hclust needs --data <file.csv>');
    output = hclustCommand(readInput(values.data), values.data, values);
  } else {
    throw new UsageError(command ? `unknown command "${command}"` : 'no command');
  }
  const text = JSON.stringify(output, null, 2) + '\n';
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code), fail);

function fail(e: unknown): void {
  if (e instanceof UsageError) {
    process.stderr.write(`valueseg: ${e.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (isInputError(e)) {
    process.stderr.write(`valueseg: ${e.message}\n`);
    process.exitCode = 2;
  } else if ((e as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`valueseg: ${(e as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`valueseg: internal error: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 1;
  }
}

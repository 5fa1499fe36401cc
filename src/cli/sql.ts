/** `sql --model M.json --dialect duckdb|postgres|spark|hive|clickhouse --table T`: prints the scoring SELECT. */
import { parseArgs } from 'node:util';
import { DIALECTS, type Dialect } from '../core/scoring-model/dialect.ts';
import { scoringSql } from '../core/scoring-model/sql.ts';
import { UsageError } from './commands.ts';
import { readModelFile } from './score.ts';

export function sqlVerb(args: string[]): number {
  const { values } = parseArgs({ args, strict: true, options: { model: { type: 'string' }, dialect: { type: 'string' }, table: { type: 'string' } } });
  if (!values.model || !values.dialect || !values.table) throw new UsageError('sql needs --model <model.json>, --dialect and --table <name>');
  if (!(DIALECTS as readonly string[]).includes(values.dialect)) throw new UsageError(`--dialect ${values.dialect}: expected one of ${DIALECTS.join(', ')}`);
  process.stdout.write(scoringSql(readModelFile(values.model), { dialect: values.dialect as Dialect, table: values.table }) + ';\n');
  return 0;
}

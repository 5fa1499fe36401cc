/** The CLI's refusal of a column that is not numeric, with the read report's reason when it has one. */
import { InputError } from '../core/errors.ts';
import type { ReadReport } from '../core/data/types.ts';

/** `cli.not-numeric`; names the unread number style (decimal comma, 1'234) when the reader saw one. */
export function notNumeric(name: string, file: string, type: string, report: ReadReport): InputError {
  const why = report.problems.find((p) => p.code === 'csv.foreign-number' && p.where.column === name);
  return new InputError('cli.not-numeric', `Column "${name}" of ${file} is ${type}, not numeric.${why ? ` ${why.message}` : ''}`, { column: name });
}

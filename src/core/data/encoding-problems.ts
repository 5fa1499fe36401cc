/**
 * Read-report notes about how the bytes were decoded that the decoder's evidence adds to the
 * plain "which encoding" note: a Japanese (Shift-JIS) file, and a file cut off inside a character;
 * and the refusal of a file whose header opens a quote that is never closed.
 */
import { InputError, type Problem } from '../errors.ts';
import type { Encoding } from './types.ts';

const NAMES: Partial<Record<Encoding, string>> = { gb18030: 'GB18030/GBK', shift_jis: 'Shift-JIS' };

/** `csv.encoding` (variant `shift_jis`): the file was read as Japanese, not as GB18030. */
export function shiftJisProblem(line: number): Problem {
  return {
    severity: 'warning',
    code: 'csv.encoding',
    message: `The file is not UTF-8 (line ${line} has bytes that are not UTF-8) and its characters read as Japanese (kana), so it was read as Shift-JIS (Japanese Excel), not as Chinese GB18030. If the text looks wrong, save the file as "CSV UTF-8".`,
    where: { row: line },
    params: { line },
    variant: 'shift_jis',
  };
}

/** `csv.truncated`: the file ends inside a character, which was left out. */
export function truncatedProblem(line: number, encoding: Encoding): Problem {
  const name = NAMES[encoding] ?? 'UTF-8';
  return {
    severity: 'warning',
    code: 'csv.truncated',
    message: `The file ends in the middle of a character (line ${line}, the last line): its last bytes start a character whose rest is missing, so the file was probably cut off. It was read as ${name} without that character; check that line ${line} is complete.`,
    where: { row: line },
    params: { line, encoding: name },
  };
}

/**
 * `csv.unterminated-quote` (variant `header`, or `header-one-line` when the file is that line, thrown): the header opened a quote that is never
 * closed, so the whole file became the header and no data row is left — said instead of
 * "no data rows". `open` is the reader's unterminated-quote problem on the header line.
 */
export function headerQuoteError(open: Problem): InputError {
  const { line, text, last } = open.params as { line: number; text: string; last: number };
  const rest = last > line ? ` (lines ${line} to ${last})` : '';
  return new InputError(
    'csv.unterminated-quote',
    `The header on line ${line} opens a quoted field ("${text}") that is never closed, so the rest of the file${rest} was read as one column name and no data rows are left. Close the quote or remove it.`,
    { row: line },
    { line, text, last },
    last > line ? 'header' : 'header-one-line',
  );
}

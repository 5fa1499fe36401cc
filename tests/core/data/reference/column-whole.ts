// Test oracle: the whole-text reader as it was on main before streaming (with the corpus fixes), kept only to compare the streaming reader against.
/**
 * One column: raw cells → typed values + column report + problems. Missing cells are
 * recognised by `isMissing`, numbers by `parseNumber`; the type is detected by
 * `chooseType` unless the caller sets it.
 */
import type { Problem } from '../../../../src/core/errors.ts';
import { chooseType, NUMERIC_SHARE } from '../../../../src/core/data/column-type.ts';
import { isExcelError, isMissing, looksLikeDecimalComma, parseNumber } from '../../../../src/core/data/number.ts';
import type { ColumnReport, ColumnType } from '../../../../src/core/data/types.ts';

export type ColumnValues = Float64Array | (string | null)[];

export interface ReadColumn {
  values: ColumnValues;
  report: ColumnReport;
  problems: Problem[];
}

export interface ColumnOptions {
  /** The type chosen by the user; detected when absent. */
  type?: ColumnType;
}

const MAX_ROWS = 20;
const MAX_EXAMPLES = 5;
const PERCENT = /[%％]/;
/** `Infinity`, `-inf`, `∞`…: what a division by zero writes; not a number, but a numeric column's cell. */
const INFINITY = /^[+-]?(?:inf|infinity|∞)$/i;

const count = (n: number) => n.toLocaleString('en-US');

/** "lines 3, 5 and 9" / "line 3" / "lines 3, 5, … (first 20)". */
export function linesText(lines: number[], total: number): string {
  if (lines.length === 1 && total === 1) return `line ${lines[0]}`;
  const shown = lines.length > 1 ? `${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}` : `${lines[0]}`;
  return total > lines.length ? `lines ${lines.join(', ')}, …` : `lines ${shown}`;
}

function quoteList(values: string[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** Neumaier-compensated sum of the finite values, with min and max. */
function stats(values: Float64Array): { min?: number; max?: number; mean?: number; distinct: number } {
  let sum = 0;
  let comp = 0;
  let n = 0;
  let min = Infinity;
  let max = -Infinity;
  const seen = new Set<number>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    const t = sum + v;
    comp += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
    n++;
    if (v < min) min = v;
    if (v > max) max = v;
    seen.add(v);
  }
  if (n === 0) return { distinct: 0 };
  return { min, max, mean: (sum + comp) / n, distinct: seen.size };
}

/**
 * Reads one column. `cells[i]` is the trimmed text of data row i (`null` when the line was
 * too short to have this cell); `lines[i]` is that row's file line.
 */
export function readColumn(cells: (string | null)[], lines: ArrayLike<number>, name: string, index: number, options: ColumnOptions = {}): ReadColumn {
  const n = cells.length;
  const missing = new Uint8Array(n);
  const numbers = new Float64Array(n);
  let missingCount = 0;
  let numberCount = 0;
  let excelErrors = 0;
  let infinities = 0;
  let wholeNumbers = true;
  const texts = new Set<string>();
  for (let i = 0; i < n; i++) {
    const c = cells[i];
    if (c === null || isMissing(c)) {
      missing[i] = 1;
      missingCount++;
      numbers[i] = NaN;
      continue;
    }
    texts.add(c);
    const v = parseNumber(c);
    numbers[i] = v;
    if (Number.isNaN(v)) {
      if (isExcelError(c)) excelErrors++;
      else if (INFINITY.test(c)) infinities++;
    } else {
      numberCount++;
      if (wholeNumbers && !Number.isInteger(v)) wholeNumbers = false;
    }
  }
  // An infinity counts towards a numeric type (it is then reported as invalid), so that a few of
  // them cannot silently turn a column of numbers into identifiers or categories.
  const detected = chooseType({ name, rows: n, missing: missingCount, numbers: numberCount + infinities, excelErrors, distinctTexts: texts.size, wholeNumbers });
  const type = options.type ?? detected;
  const numeric = type === 'numeric';

  const invalidRows: number[] = [];
  const examples = new Set<string>();
  let invalid = 0;
  let withPercent = 0;
  let firstPercent = -1;
  let firstPlain = -1;
  let decimalCommas = 0;
  let values: ColumnValues;
  if (numeric) {
    for (let i = 0; i < n; i++) {
      if (missing[i]) continue;
      const c = cells[i] as string;
      if (Number.isNaN(numbers[i])) {
        invalid++;
        if (invalidRows.length < MAX_ROWS) invalidRows.push(lines[i]);
        if (examples.size < MAX_EXAMPLES) examples.add(c);
        if (looksLikeDecimalComma(c)) decimalCommas++;
      } else if (PERCENT.test(c)) {
        withPercent++;
        if (firstPercent < 0) firstPercent = i;
      } else if (firstPlain < 0) firstPlain = i;
    }
    values = numbers;
  } else {
    const strings: (string | null)[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const c = cells[i];
      if (missing[i] || c === null) strings[i] = null;
      else if (excelErrors > 0 && isExcelError(c)) {
        strings[i] = null;
        invalid++;
        if (invalidRows.length < MAX_ROWS) invalidRows.push(lines[i]);
        if (examples.size < MAX_EXAMPLES) examples.add(c);
      } else strings[i] = c;
    }
    values = strings;
  }

  const s = numeric ? stats(numbers) : { distinct: excelErrors > 0 ? countDistinct(values as (string | null)[]) : texts.size };
  const report: ColumnReport = {
    name,
    index,
    type,
    missing: missingCount,
    invalid,
    invalidRows,
    invalidExamples: [...examples],
    distinct: s.distinct,
    ...('mean' in s ? { min: s.min, max: s.max, mean: s.mean } : {}),
    constant: s.distinct === 1,
    percent: withPercent > 0,
  };

  const problems: Problem[] = [];
  const where = { column: name };
  if (missingCount === n && n > 0) {
    problems.push({ severity: 'warning', code: 'csv.all-missing', message: `Column "${name}" is empty in all ${count(n)} rows.`, where, params: { column: name, rows: n } });
  }
  const readable = n - missingCount - invalid;
  if (report.constant && readable >= 2) {
    const shown = numeric ? String(report.min) : JSON.stringify((values as (string | null)[]).find((v) => v !== null));
    problems.push({
      severity: 'warning',
      code: 'csv.constant',
      message: `Column "${name}" has the same value, ${shown}, in all ${count(readable)} rows where it is filled; it cannot tell customers apart.`,
      where,
      params: { column: name, value: shown, rows: readable },
    });
  }
  if (invalid > 0) {
    const what = numeric ? (invalid === 1 ? 'cell that is not a number' : 'cells that are not numbers') : invalid === 1 ? 'Excel error value' : 'Excel error values';
    let message = `Column "${name}" has ${count(invalid)} ${what} (${linesText(invalidRows, invalid)}: ${quoteList(report.invalidExamples)}); ${invalid === 1 ? 'it is' : 'they are'} treated as missing.`;
    if (decimalCommas > 0) message += ' Values such as "1,5" or "1.234,5" use a decimal comma; this tool reads "." as the decimal point and "," as the thousands separator, so save the file with "." decimals.';
    else if (examples.size > 0 && [...examples].some(isExcelError)) message += ' Values such as "#DIV/0!" are Excel formula errors; fix the formulas in the spreadsheet and export again.';
    else if (infinities > 0) message += ' "Infinity" is not an amount a customer can have (it usually comes from a division by zero); fix it at the source or leave the cell empty.';
    const params = { column: name, count: invalid, lines: invalidRows.join(', ') + (invalid > invalidRows.length ? ', …' : ''), examples: quoteList(report.invalidExamples) };
    const variant =
      (numeric ? 'number' : 'excel') +
      (decimalCommas > 0 ? '-decimal-comma' : examples.size > 0 && [...examples].some(isExcelError) ? '-excel-error' : infinities > 0 ? '-infinity' : '');
    problems.push({ severity: 'warning', code: 'csv.invalid-number', message, where: { column: name, row: invalidRows[0] }, params, variant });
  }
  if (numeric && withPercent > 0 && firstPlain >= 0) {
    problems.push({
      severity: 'warning',
      code: 'csv.mixed-percent',
      message: `Column "${name}" mixes values written with % (line ${lines[firstPercent]}: "${cells[firstPercent]}", read as ${numbers[firstPercent]}) and without (line ${lines[firstPlain]}: "${cells[firstPlain]}", read as ${numbers[firstPlain]}); check that they are on the same scale.`,
      where: { column: name, row: lines[firstPlain] },
      params: { column: name, percentLine: lines[firstPercent], percentCell: cells[firstPercent] ?? '', percentValue: numbers[firstPercent], plainLine: lines[firstPlain], plainCell: cells[firstPlain] ?? '', plainValue: numbers[firstPlain] },
    });
  }
  const filled = n - missingCount;
  if (!options.type && detected === 'categorical' && filled > 0 && numberCount >= 0.5 * filled) {
    const share = Math.floor((100 * numberCount) / filled);
    problems.push({
      severity: 'info',
      code: 'csv.mostly-numeric',
      message: `Column "${name}" is read as categorical: only ${share}% of its ${count(filled)} filled cells are numbers (numeric needs ${NUMERIC_SHARE * 100}%). Set its type to numeric to read the numbers and count the rest as invalid.`,
      where,
      params: { column: name, share, filled, needed: NUMERIC_SHARE * 100 },
    });
  }
  // Issue 16 case 10: amounts with a decimal comma or 1'234 in more than 10 % of a column not read as numbers.
  if (!options.type && !numeric && filled > 0) {
    const styles = { 'decimal-comma': [] as number[], apostrophe: [] as number[] };
    for (let i = 0; i < n; i++) {
      const c = cells[i];
      if (missing[i] || c === null) continue;
      if (/^[-+]?\d{1,3}(?:['’]\d{3})+(?:\.\d+)?$/.test(c)) styles.apostrophe.push(i);
      else if (/^[-+(]?\d{1,3}(?:\.\d{3})*,\d+\)?$|^[-+]?\d+,\d{1,2}$/.test(c)) styles['decimal-comma'].push(i);
    }
    const style = styles['decimal-comma'].length >= styles.apostrophe.length ? 'decimal-comma' : 'apostrophe';
    const at = styles[style];
    if (at.length > 0.1 * filled) {
      const line = lines[at[0]];
      const cell = cells[at[0]] as string;
      const share = Math.round((100 * at.length) / filled);
      const how =
        style === 'decimal-comma'
          ? 'written with a decimal comma (line ' + line + ': "' + cell + '"): this tool reads "." as the decimal point and "," as the thousands separator. Save the file with "." decimals (or replace "," by "." in this column), then open it again.'
          : 'written with \' between thousands (line ' + line + ': "' + cell + '"): this tool reads "," as the thousands separator, not "\'". Remove the "\'" from the numbers (or save the file without thousands separators), then open it again.';
      problems.push({
        severity: 'warning',
        code: 'csv.foreign-number',
        message: `Column "${name}" is read as ${type}, not as numbers: ${at.length} of its ${filled} filled cells (${share}%) are numbers ${how}`,
        where: { column: name, row: line },
        params: { column: name, type, count: at.length, filled, share, line, cell },
        variant: `${style}-${type}`,
      });
    }
  }
  if (type === 'identifier' && texts.size < filled) {
    problems.push({
      severity: 'warning',
      code: 'csv.identifier-not-unique',
      message: `Column "${name}" is set as an identifier but ${count(filled - texts.size)} of its values ${filled - texts.size === 1 ? 'repeats' : 'repeat'} an earlier one${firstRepeat(cells, missing, lines)}.`,
      where,
      params: { column: name, count: filled - texts.size },
    });
  }
  return { values, report, problems };
}

function countDistinct(values: (string | null)[]): number {
  const s = new Set<string>();
  for (const v of values) if (v !== null) s.add(v);
  return s.size;
}

function firstRepeat(cells: (string | null)[], missing: Uint8Array, lines: ArrayLike<number>): string {
  const seen = new Map<string, number>();
  for (let i = 0; i < cells.length; i++) {
    if (missing[i]) continue;
    const c = cells[i] as string;
    const at = seen.get(c);
    if (at !== undefined) return ` (first: "${c}" on lines ${lines[at]} and ${lines[i]})`;
    seen.set(c, i);
  }
  return '';
}

/**
 * One column: raw cells → typed values + column report + problems. Missing cells are
 * recognised by `isMissing`, numbers by `parseNumber`; the type is detected by
 * `chooseType` unless the caller sets it.
 *
 * Cells arrive one at a time (`ColumnBuilder.push`), so a file can be read as it streams in
 * without keeping every cell's text: each cell's number goes into a growable `Float64Array`
 * and its text is kept only when it cannot be rebuilt from the number — a cell written
 * exactly as `String(number)` (`12.5`, `1000`) or as `number.toFixed(d)` (`12.50`) is stored
 * as the number and a one-byte code. When more than half the cells need their text (a
 * column of names), the column switches to keeping every cell's text, rebuilding the
 * earlier ones exactly. `readColumn` is the same over an array of cells.
 */
import type { Problem } from '../errors.ts';
import { chooseType, looksLikeIdName, NUMERIC_SHARE } from './column-type.ts';
import { GrowableFloat64, GrowableInt32, GrowableUint8 } from './grow.ts';
import { ForeignNumbers } from './foreign-numbers.ts';
import { clipName } from './header.ts';
import { currencyOf, isExcelError, isMissing, looksLikeDecimalComma, MAX_NUMBER_CHARS, parseNumber } from './number.ts';

/** A character that names a currency (see `currencyOf`). */
const CURRENCY_MARK = /[$¥￥元€£]|RMB/i;
import type { ColumnReport, ColumnType } from './types.ts';

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
  return values.map((v) => JSON.stringify(clip(v))).join(', ');
}

/** A cell as messages show it: at most 40 characters, then "…" (a 150,000-digit cell is not repeated in full). */
function clip(v: string): string {
  return v.length > 40 ? `${v.slice(0, 40)}…` : v;
}

/** Number of distinct values among `values` (none NaN), by sorting a copy. */
function distinctOf(values: Float64Array): number {
  if (values.length === 0) return 0;
  const s = values.slice().sort();
  let d = 1;
  for (let i = 1; i < s.length; i++) if (s[i] !== s[i - 1]) d++;
  return d;
}

/** Neumaier-compensated sum of the finite values, with min and max. */
function stats(values: Float64Array): { min?: number; max?: number; mean?: number; distinct: number } {
  let sum = 0;
  let comp = 0;
  let n = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    const t = sum + v;
    comp += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
    n++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0) return { distinct: 0 };
  const finite = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) finite[k++] = values[i];
  return { min, max, mean: (sum + comp) / n, distinct: distinctOf(finite) };
}

/** Cell codes: how a cell's text is kept. */
const NUM = 0; // the text is String(number)
const MISSING = 1; // empty, a missing marker, or absent on a short line
const RAW = 2; // the text is kept as written (raw list, or `strings` in text mode)
const FIXED = 3; // FIXED + d: the text is number.toFixed(d), 1 ≤ d ≤ 100

/** Raw texts above this count, and above half the cells, switch a column to keeping all texts. */
const TEXT_MODE_AFTER = 1024;

/** Code for a numeric cell: NUM, FIXED + d, or RAW when the text cannot be rebuilt from `v`. */
function numberCode(c: string, v: number): number {
  if (c === String(v)) return NUM;
  const dot = c.indexOf('.');
  if (dot > 0) {
    const d = c.length - dot - 1;
    if (d >= 1 && d <= 100 && Math.abs(v) < 1e21 && v.toFixed(d) === c) return FIXED + d;
  }
  return RAW;
}

function rebuild(code: number, v: number): string {
  return code === NUM ? String(v) : v.toFixed(code - FIXED);
}

/**
 * Collects one column's cells as they are read (see the module comment) and turns them into
 * the column's values, report and problems with `finish`.
 */
export class ColumnBuilder {
  private readonly numbers = new GrowableFloat64();
  private readonly codes = new GrowableUint8();
  /** Raw mode: rows and texts of the cells coded RAW, in row order. */
  private rawAt: GrowableInt32 | null = new GrowableInt32(64);
  private rawText: string[] = [];
  /** Text mode: every cell's text (null when missing). */
  private strings: (string | null)[] | null = null;
  private missingCount = 0;
  private numberCount = 0;
  private excelErrors = 0;
  private infinities = 0;
  private wholeNumbers = true;
  /** True once a numeric cell is coded FIXED or RAW (so texts and numbers are not one to one). */
  private mixedCodes = false;

  /** Cells pushed so far. */
  get length(): number {
    return this.codes.length;
  }

  /** Adds the next cell: its trimmed text, or null when the line was too short to have it. */
  push(c: string | null): void {
    if (c === null || isMissing(c)) {
      this.codes.push(MISSING);
      this.numbers.push(NaN);
      this.missingCount++;
      if (this.strings) this.strings.push(null);
      return;
    }
    const v = parseNumber(c);
    this.numbers.push(v);
    let code: number;
    if (Number.isNaN(v)) {
      if (isExcelError(c)) this.excelErrors++;
      else if (INFINITY.test(c)) this.infinities++;
      code = RAW;
    } else {
      this.numberCount++;
      if (this.wholeNumbers && !Number.isInteger(v)) this.wholeNumbers = false;
      code = numberCode(c, v);
      if (code !== NUM) this.mixedCodes = true;
    }
    if (this.strings) {
      this.codes.push(code);
      this.strings.push(c);
      return;
    }
    const i = this.codes.length;
    this.codes.push(code);
    if (code === RAW) {
      (this.rawAt as GrowableInt32).push(i);
      this.rawText.push(c);
      if (this.rawText.length > TEXT_MODE_AFTER && 2 * this.rawText.length > i + 1) this.toTextMode();
    }
  }

  /** Every cell's text (null when missing), rebuilt from the numbers where not kept. */
  texts(): (string | null)[] {
    if (this.strings) return this.strings;
    const n = this.codes.length;
    const out: (string | null)[] = new Array(n);
    const rawAt = this.rawAt as GrowableInt32;
    let r = 0;
    for (let i = 0; i < n; i++) {
      const code = this.codes.get(i);
      if (code === MISSING) out[i] = null;
      else if (code === RAW) out[i] = r < rawAt.length && rawAt.get(r) === i ? this.rawText[r++] : null;
      else out[i] = rebuild(code, this.numbers.get(i));
    }
    return out;
  }

  private toTextMode(): void {
    this.strings = this.texts();
    this.rawAt = null;
    this.rawText = [];
  }

  /** Number of distinct filled texts (what a Set of the trimmed texts would hold). */
  private distinctTexts(): number {
    if (this.strings) {
      const s = new Set<string>();
      for (const c of this.strings) if (c !== null) s.add(c);
      return s.size;
    }
    const n = this.codes.length;
    const raw = new Set(this.rawText).size;
    // A text's code and number are fixed by the text and rebuild it, so distinct texts are
    // distinct (code, number) pairs plus distinct raw texts (which no number code can rebuild).
    if (!this.mixedCodes) {
      const finite = new Float64Array(this.numberCount);
      let k = 0;
      for (let i = 0; i < n; i++) if (this.codes.get(i) === NUM) finite[k++] = this.numbers.get(i);
      return distinctOf(finite) + raw;
    }
    const byCode = new Map<number, Set<number>>();
    for (let i = 0; i < n; i++) {
      const code = this.codes.get(i);
      if (code === MISSING || code === RAW) continue;
      let set = byCode.get(code);
      if (!set) byCode.set(code, (set = new Set()));
      set.add(this.numbers.get(i));
    }
    let d = raw;
    for (const set of byCode.values()) d += set.size;
    return d;
  }

  /**
   * The column's values, report and problems. `lines[i]` is data row i's file line; `name`
   * and `index` name the column in the report and messages.
   */
  finish(lines: ArrayLike<number>, name: string, index: number, options: ColumnOptions = {}): ReadColumn {
    const n = this.codes.length;
    const missingCount = this.missingCount;
    const numberCount = this.numberCount;
    const excelErrors = this.excelErrors;
    const infinities = this.infinities;
    const filled = n - missingCount;
    // The distinct texts matter to chooseType only for columns that are not numeric or whose
    // name says id; a numeric column otherwise reports its distinct numbers.
    const mayNeedTexts = filled === 0 || numberCount + infinities < NUMERIC_SHARE * filled || looksLikeIdName(name) || (options.type !== undefined && options.type !== 'numeric');
    const distinctTexts = mayNeedTexts ? this.distinctTexts() : -1;
    // An infinity counts towards a numeric type (it is then reported as invalid), so that a few of
    // them cannot silently turn a column of numbers into identifiers or categories.
    const detected = chooseType({ name, rows: n, missing: missingCount, numbers: numberCount + infinities, excelErrors, distinctTexts, wholeNumbers: this.wholeNumbers });
    const type = options.type ?? detected;
    const numeric = type === 'numeric';
    const numbers = this.numbers.toArray();
    const codes = this.codes.view();

    const invalidRows: number[] = [];
    const examples = new Set<string>();
    let invalid = 0;
    let withPercent = 0;
    let firstPercent = -1;
    let firstPlain = -1;
    let firstPercentText = '';
    let firstPlainText = '';
    let decimalCommas = 0;
    /** In a column not read as numeric: cells that are numbers in a style the parser does not read. */
    const foreign = new ForeignNumbers();
    /** Each currency written in the column with its first line and cell, and the first cell naming two. */
    const currencies = new Map<string, { line: number; cell: string }>();
    const trackCurrency = (c: string, line: number): boolean => {
      const cur = currencyOf(c);
      if (cur !== null && !currencies.has(cur)) currencies.set(cur, { line, cell: clip(c) });
      return false;
    };
    /** The first cell too long to be a number (see MAX_NUMBER_CHARS). */
    let tooLong: { line: number; length: number } | null = null;
    let values: ColumnValues;
    let texts: (string | null)[] | null = this.strings;
    if (numeric) {
      let r = 0;
      for (let i = 0; i < n; i++) {
        const code = codes[i];
        if (code === MISSING) continue;
        const c: string | null = code !== RAW ? null : texts ? (texts[i] as string) : this.rawText[r++];
        if (Number.isNaN(numbers[i])) {
          const t = c as string;
          invalid++;
          if (invalidRows.length < MAX_ROWS) invalidRows.push(lines[i]);
          if (examples.size < MAX_EXAMPLES) examples.add(clip(t));
          if (looksLikeDecimalComma(t)) decimalCommas++;
          if (t.length > MAX_NUMBER_CHARS && !tooLong) tooLong = { line: lines[i], length: t.length };
        } else if (c !== null && CURRENCY_MARK.test(c) && trackCurrency(c, lines[i])) {
          // counted by trackCurrency; a currency never comes with %
        } else if (c !== null && PERCENT.test(c)) {
          // Only raw texts can hold a %: a number rebuilt by String or toFixed never does.
          withPercent++;
          if (firstPercent < 0) {
            firstPercent = i;
            firstPercentText = c;
          }
        } else if (firstPlain < 0) {
          firstPlain = i;
          firstPlainText = c ?? rebuild(code, numbers[i]);
        }
      }
      values = numbers;
    } else {
      texts = this.texts();
      const strings: (string | null)[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const c = texts[i];
        if (!options.type && c !== null && codes[i] !== MISSING) foreign.see(c, lines[i]);
        if (codes[i] === MISSING || c === null) strings[i] = null;
        else if (excelErrors > 0 && isExcelError(c)) {
          strings[i] = null;
          invalid++;
          if (invalidRows.length < MAX_ROWS) invalidRows.push(lines[i]);
          if (examples.size < MAX_EXAMPLES) examples.add(c);
        } else strings[i] = c;
      }
      values = strings;
    }

    const s = numeric ? stats(numbers) : { distinct: excelErrors > 0 ? countDistinct(values as (string | null)[]) : distinctTexts };
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
    // The name as messages (and their params, which the translations fill in) show it: clipped to 60 characters.
    const label = clipName(name);
    if (missingCount === n && n > 0) {
      problems.push({ severity: 'warning', code: 'csv.all-missing', message: `Column "${label}" is empty in all ${count(n)} rows.`, where, params: { column: label, rows: n } });
    }
    const readable = n - missingCount - invalid;
    if (report.constant && readable >= 2) {
      const shown = numeric ? String(report.min) : JSON.stringify((values as (string | null)[]).find((v) => v !== null));
      problems.push({
        severity: 'warning',
        code: 'csv.constant',
        message: `Column "${label}" has the same value, ${shown}, in all ${count(readable)} rows where it is filled; it cannot tell customers apart.`,
        where,
        params: { column: label, value: shown, rows: readable },
      });
    }
    if (invalid > 0) {
      const what = numeric ? (invalid === 1 ? 'cell that is not a number' : 'cells that are not numbers') : invalid === 1 ? 'Excel error value' : 'Excel error values';
      let message = `Column "${label}" has ${count(invalid)} ${what} (${linesText(invalidRows, invalid)}: ${quoteList(report.invalidExamples)}); ${invalid === 1 ? 'it is' : 'they are'} treated as missing.`;
      if (tooLong) message += ` The cell on line ${tooLong.line} has ${count(tooLong.length)} characters; a number has at most ${MAX_NUMBER_CHARS}, so it is read as text: check that the column was split where you expect.`;
      else if (decimalCommas > 0) message += ' Values such as "1,5" or "1.234,5" use a decimal comma; this tool reads "." as the decimal point and "," as the thousands separator, so save the file with "." decimals.';
      else if (examples.size > 0 && [...examples].some(isExcelError)) message += ' Values such as "#DIV/0!" are Excel formula errors; fix the formulas in the spreadsheet and export again.';
      else if (infinities > 0) message += ' "Infinity" is not an amount a customer can have (it usually comes from a division by zero); fix it at the source or leave the cell empty.';
      const params: Record<string, string | number> = { column: label, count: invalid, lines: invalidRows.join(', ') + (invalid > invalidRows.length ? ', …' : ''), examples: quoteList(report.invalidExamples) };
      if (tooLong) Object.assign(params, { longLine: tooLong.line, length: tooLong.length, max: MAX_NUMBER_CHARS });
      const variant =
        (numeric ? 'number' : 'excel') +
        (tooLong ? '-too-long' : decimalCommas > 0 ? '-decimal-comma' : examples.size > 0 && [...examples].some(isExcelError) ? '-excel-error' : infinities > 0 ? '-infinity' : '');
      problems.push({ severity: 'warning', code: 'csv.invalid-number', message, where: { column: name, row: invalidRows[0] }, params, variant });
    }
    if (numeric && (currencies.size > 1 || currencies.has('mixed'))) {
      // Word-free params (symbols, line numbers, the cell) so each language words the message itself.
      const list = [...currencies].filter(([cur]) => cur !== 'mixed');
      const mixed = currencies.get('mixed');
      // One currency beside a cell naming two says no more than the cell: only the cell is named.
      const named = list.length >= 2 ? list : [];
      const params: Record<string, string | number> = { column: label };
      let message = `Column "${label}" mixes currencies: `;
      if (named.length > 0) {
        params.currencies = named.map(([cur]) => `"${cur}"`).join(', ');
        params.lines = named.map(([, at]) => at.line).join(', ');
        message += `${params.currencies} (first seen on lines ${params.lines})`;
      }
      if (mixed) {
        Object.assign(params, { cellLine: mixed.line, cell: mixed.cell });
        message += `${named.length > 0 ? '; ' : ''}line ${mixed.line} ("${mixed.cell}") names two currencies in one cell`;
      }
      const first = Math.min(...[...currencies.values()].map((at) => at.line));
      const yenOrYuan = currencies.has('¥') && currencies.has('元');
      const variant = named.length === 0 ? 'one-cell' : [yenOrYuan ? 'yen-yuan' : '', mixed ? 'two-in-cell' : ''].filter((v) => v !== '').join('-');
      problems.push({
        severity: 'warning',
        code: 'csv.mixed-currency',
        message: `${message}. ${yenOrYuan ? '"¥" is the sign of both the yuan and the yen, so check that the "¥" amounts are yuan like the "元" ones. ' : ''}The amounts are read as plain numbers, without conversion, so they are added and compared as if they were one currency; convert them to one currency in the file.`,
        where: { column: name, row: first },
        params,
        ...(variant ? { variant } : {}),
      });
    }
    if (numeric && withPercent > 0 && firstPlain >= 0) {
      problems.push({
        severity: 'warning',
        code: 'csv.mixed-percent',
        message: `Column "${label}" mixes values written with % (line ${lines[firstPercent]}: "${firstPercentText}", read as ${numbers[firstPercent]}) and without (line ${lines[firstPlain]}: "${firstPlainText}", read as ${numbers[firstPlain]}); check that they are on the same scale.`,
        where: { column: name, row: lines[firstPlain] },
        params: { column: label, percentLine: lines[firstPercent], percentCell: firstPercentText, percentValue: numbers[firstPercent], plainLine: lines[firstPlain], plainCell: firstPlainText, plainValue: numbers[firstPlain] },
      });
    }
    if (!options.type && detected === 'categorical' && filled > 0 && numberCount >= 0.5 * filled) {
      const share = Math.floor((100 * numberCount) / filled);
      problems.push({
        severity: 'info',
        code: 'csv.mostly-numeric',
        message: `Column "${label}" is read as categorical: only ${share}% of its ${count(filled)} filled cells are numbers (numeric needs ${NUMERIC_SHARE * 100}%). Set its type to numeric to read the numbers and count the rest as invalid.`,
        where,
        params: { column: label, share, filled, needed: NUMERIC_SHARE * 100 },
      });
    }
    const unread = foreign.problem(name, type, filled, label);
    if (unread) problems.push(unread);
    if (type === 'identifier' && distinctTexts < filled) {
      problems.push({
        severity: 'warning',
        code: 'csv.identifier-not-unique',
        message: `Column "${label}" is set as an identifier but ${count(filled - distinctTexts)} of its values ${filled - distinctTexts === 1 ? 'repeats' : 'repeat'} an earlier one${firstRepeat(texts ?? this.texts(), codes, lines)}.`,
        where,
        params: { column: label, count: filled - distinctTexts },
      });
    }
    return { values, report, problems };
  }
}

/**
 * Reads one column. `cells[i]` is the trimmed text of data row i (`null` when the line was
 * too short to have this cell); `lines[i]` is that row's file line.
 */
export function readColumn(cells: (string | null)[], lines: ArrayLike<number>, name: string, index: number, options: ColumnOptions = {}): ReadColumn {
  const b = new ColumnBuilder();
  for (const c of cells) b.push(c);
  return b.finish(lines, name, index, options);
}

function countDistinct(values: (string | null)[]): number {
  const s = new Set<string>();
  for (const v of values) if (v !== null) s.add(v);
  return s.size;
}

function firstRepeat(cells: (string | null)[], codes: Uint8Array, lines: ArrayLike<number>): string {
  const seen = new Map<string, number>();
  for (let i = 0; i < cells.length; i++) {
    if (codes[i] === MISSING) continue;
    const c = cells[i] as string;
    const at = seen.get(c);
    if (at !== undefined) return ` (first: "${c}" on lines ${lines[at]} and ${lines[i]})`;
    seen.set(c, i);
  }
  return '';
}

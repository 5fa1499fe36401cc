// Test oracle: the whole-text reader as it was on main before streaming (with the corpus fixes), kept only to compare the streaming reader against.
/**
 * CSV bytes or text → Arquero table + read report.
 *
 * Decoding (`decodeBytes`), delimiter sniffing (`sniffDelimiter`), parsing with papaparse,
 * then the header (`nameColumns`), ragged lines, and each column (`readColumn`). All rows
 * are typed, not a sample.
 *
 * Line numbers are file lines as a text editor shows them (header = line 1 when the file
 * starts with it): a data row's line is the line on which its record *starts*, so a quoted
 * cell spanning several lines moves the following rows down correctly. Blank lines
 * (only white space and delimiters) are skipped like papaparse's `skipEmptyLines: 'greedy'`;
 * the skipping is done here rather than by papaparse so that every record's start offset
 * (papaparse's `meta.cursor` of the record before) is known exactly.
 */
import type { ColumnTable } from 'arquero';
import { columnTable } from '../../../../src/core/data/table.ts';
import Papa from 'papaparse';
import { InputError, type Problem } from '../../../../src/core/errors.ts';
import { readColumn, type ColumnValues } from './column-whole.ts';
import { decodeBytes, looksMisdecoded } from '../../../../src/core/data/decode.ts';
import { checkHeader, nameColumns } from '../../../../src/core/data/header.ts';
import { countLineBreaks, LineCounter } from '../../../../src/core/data/lines.ts';
import { sniffDelimiter } from '../../../../src/core/data/sniff.ts';
import type { ColumnReport, ColumnType, Encoding, ReadReport } from '../../../../src/core/data/types.ts';


export interface ReadOptions {
  /** Field delimiter; sniffed among `,` `;` tab `|` when absent. */
  delimiter?: string;
  /** Column types chosen by the user, by column name (after renaming); the others are detected. */
  types?: Record<string, ColumnType>;
  /** Shown in the report and messages. */
  fileName?: string;
}

export interface ReadResult {
  /** Numeric columns are `Float64Array` (NaN = missing or unreadable); others `(string | null)[]`. */
  table: ColumnTable;
  report: ReadReport;
  /** File line (1-based, header = line 1) of each data row, in table order. */
  lines: Int32Array;
}

/** Individual `csv.ragged` problems before the rest are summarised in one. */
const MAX_RAGGED = 10;

interface Parsed {
  header: string[];
  headerLine: number;
  rows: string[][];
  lines: number[];
  problems: Problem[];
}

function snippet(text: string, at: number): string {
  const s = text.slice(at, at + 24).split(/\r\n|\r|\n/)[0];
  return s.length < text.length - at ? `${s}…` : s;
}

function isBlank(row: string[]): boolean {
  for (let j = 0; j < row.length; j++) if (row[j].trim() !== '') return false;
  return true;
}

/** Papaparse in step mode: records, their start lines, and quote errors named by line. */
function parseRecords(text: string, delimiter: string): Parsed {
  const records: string[][] = [];
  const lines: number[] = [];
  const problems: Problem[] = [];
  const counter = new LineCounter(text);
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    step: (results) => {
      const row = results.data;
      const end = results.meta.cursor;
      const line = counter.lineAt(start);
      start = end;
      const seen = new Set<string>();
      for (const e of results.errors) {
        if (seen.has(e.code)) continue;
        seen.add(e.code);
        const at = typeof e.index === 'number' ? e.index : 0;
        if (e.code === 'MissingQuotes') {
          const last = 1 + countLineBreaks(text, 0, text.trimEnd().length);
          problems.push({
            severity: 'error',
            code: 'csv.unterminated-quote',
            message: `Line ${line} opens a quoted field ("${snippet(text, at)}") that is never closed, so the rest of the file${last > line ? ` (lines ${line} to ${last})` : ''} was read as one cell. Close the quote or remove it.`,
            where: { row: line },
            params: { line, text: snippet(text, at), last },
          });
        } else if (e.code === 'InvalidQuotes') {
          problems.push({
            severity: 'warning',
            code: 'csv.malformed-quote',
            message: `Line ${line} has a quoted field with text after its closing quote (${snippet(text, Math.max(at - 1, 0))}); the field was read up to the next quote that ends a field, which may join it with the lines below.`,
            where: { row: line },
            params: { line, text: snippet(text, Math.max(at - 1, 0)) },
          });
        }
      }
      if (isBlank(row)) return;
      records.push(row);
      lines.push(line);
    },
  });
  if (records.length === 0) throw new InputError('csv.empty', 'The file is empty.', {}, {});
  return { header: records[0], headerLine: lines[0], rows: records.slice(1), lines: lines.slice(1), problems };
}

function raggedProblem(line: number, fields: number, names: string[]): Problem {
  const width = names.length;
  let rest: string;
  let params: Problem['params'];
  let variant: string;
  if (fields < width) {
    const absent = names.slice(fields);
    const list = absent.length <= 3 ? absent.map((n) => `"${n}"`).join(', ') : `${absent.slice(0, 3).map((n) => `"${n}"`).join(', ')} and ${absent.length - 3} more`;
    rest = ` ${absent.length === 1 ? 'Column' : 'Columns'} ${list} ${absent.length === 1 ? 'is' : 'are'} read as missing on this line.`;
    variant = 'short';
    params = { line, fields, width, columns: absent.slice(0, 3).map((n) => `"${n}"`).join(', ') + (absent.length > 3 ? ', …' : '') };
  } else {
    const extra = fields - width;
    rest = ` The ${extra === 1 ? 'extra field is' : `${extra} extra fields are`} dropped.`;
    variant = 'long';
    params = { line, fields, width, extra };
  }
  return {
    severity: 'warning',
    code: 'csv.ragged',
    message: `Line ${line} has ${fields} ${fields === 1 ? 'field' : 'fields'}; the header has ${width}.${rest}`,
    where: { row: line },
    params,
    variant,
  };
}

/**
 * Reads a CSV/TSV file (bytes, decoded by `decodeBytes`) or text into an Arquero table and
 * a report of what was read: encoding, delimiter, rows, each column's type and counts, and
 * every problem met, each naming its line or column.
 *
 * - Cells are trimmed; Excel's text-protection form `="00123"` is read as `00123`.
 * - Numbers follow `parseNumber`, missing values `isMissing`, types `chooseType`.
 * - Short lines are padded with missing cells, long lines cut; both reported (`csv.ragged`).
 *
 * @throws InputError `csv.empty` ("The file is empty."), `csv.no-rows` (header only),
 *   `csv.no-header` (first line is all numbers), `csv.not-text` (workbook or binary file),
 *   `csv.delimiter` (an unusable `options.delimiter`).
 */
export function readTable(input: string | Uint8Array, options: ReadOptions = {}): ReadResult {
  const problems: Problem[] = [];
  let text: string;
  let encoding: Encoding | 'text';
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    encoding = 'text';
    const mis = looksMisdecoded(text);
    if (mis) problems.push(mis);
  } else {
    const decoded = decodeBytes(input);
    text = decoded.text;
    encoding = decoded.encoding;
    if (encoding === 'gb18030') {
      problems.push({
        severity: 'info',
        code: 'csv.encoding',
        message: `The file is not UTF-8 (line ${decoded.notUtf8Line} has bytes that are not UTF-8); it was read as GB18030/GBK, the encoding of CSV files saved by Chinese Excel.`,
        where: { row: decoded.notUtf8Line },
        params: { line: decoded.notUtf8Line ?? 0 },
        variant: 'gb18030',
      });
    } else if (encoding === 'windows-1252') {
      problems.push({
        severity: 'warning',
        code: 'csv.encoding',
        message: `The file is neither UTF-8 nor GB18030 (line ${decoded.notUtf8Line} has bytes that are not UTF-8); it was read as Windows-1252 (Western European). Check that accented letters look right, or save it as "CSV UTF-8".`,
        where: { row: decoded.notUtf8Line },
        params: { line: decoded.notUtf8Line ?? 0 },
        variant: 'windows-1252',
      });
    }
    const mis = looksMisdecoded(text, { source: 'bytes' });
    if (mis) problems.push(mis);
  }
  let boms = 0;
  while (text.charCodeAt(boms) === 0xfeff) boms++;
  if (boms > 0) {
    // A file saved twice as "CSV UTF-8" starts with a second mark; papaparse would drop one
    // itself and shift every record offset (and line number) by one character.
    text = text.slice(boms);
    problems.push({
      severity: 'info',
      code: 'csv.extra-bom',
      message: `The file starts with ${boms + 1} byte-order marks instead of one (it was probably saved twice as "CSV UTF-8"); the extra ${boms === 1 ? 'mark was' : 'marks were'} removed.`,
      where: { row: 1 },
      params: { count: boms + 1 },
    });
  }
  if (text.trim() === '') throw new InputError('csv.empty', 'The file is empty.', {}, {});

  const delimiter = options.delimiter ?? sniffDelimiter(text);
  if (delimiter === '' || delimiter.includes('"') || /[\r\n]/.test(delimiter)) {
    throw new InputError('csv.delimiter', `The delimiter ${JSON.stringify(delimiter)} cannot be used; choose a character such as "," ";" or a tab.`, {}, { delimiter: JSON.stringify(delimiter) });
  }
  text = unifyLineBreaks(text, delimiter);

  const parsed = parseRecords(text, delimiter);
  problems.push(...parsed.problems);
  checkHeader(parsed.header, parsed.headerLine);
  const { names, problems: headerProblems } = nameColumns(parsed.header, parsed.headerLine);
  problems.push(...headerProblems);
  const width = names.length;
  const n = parsed.rows.length;
  if (n === 0) {
    // Issue 16 case 10: a quote opened in the header and never closed is named, not "no data rows".
    const open = parsed.problems.find((p) => p.code === 'csv.unterminated-quote' && p.where.row === parsed.headerLine);
    if (open) {
      const { line, text: shown, last } = open.params as { line: number; text: string; last: number };
      throw new InputError(
        'csv.unterminated-quote',
        `The header on line ${line} opens a quoted field ("${shown}") that is never closed, so the rest of the file${last > line ? ` (lines ${line} to ${last})` : ''} was read as one column name and no data rows are left. Close the quote or remove it.`,
        { row: line },
        { line, text: shown, last },
        'header',
      );
    }
    throw new InputError('csv.no-rows', `The file has a header (${width} ${width === 1 ? 'column' : 'columns'}) but no data rows.`, { row: parsed.headerLine }, { width });
  }

  // Ragged lines.
  let ragged = 0;
  let firstHidden = 0;
  for (let i = 0; i < n; i++) {
    const len = parsed.rows[i].length;
    if (len === width) continue;
    ragged++;
    if (ragged <= MAX_RAGGED) problems.push(raggedProblem(parsed.lines[i], len, names));
    else if (ragged === MAX_RAGGED + 1) firstHidden = parsed.lines[i];
  }
  if (ragged > MAX_RAGGED) {
    const more = ragged - MAX_RAGGED;
    problems.push({
      severity: 'warning',
      code: 'csv.ragged',
      message: `${more.toLocaleString('en-US')} more ${more === 1 ? 'line has' : 'lines have'} a different number of fields from the header (${ragged.toLocaleString('en-US')} in all; the next is line ${firstHidden}); short lines are padded with missing cells and long lines cut.`,
      where: { row: firstHidden },
      params: { more, ragged, line: firstHidden },
      variant: 'more',
    });
  }

  // Columns.
  const lines = Int32Array.from(parsed.lines);
  const types = options.types ?? {};
  for (const key of Object.keys(types)) {
    if (!names.includes(key)) {
      problems.push({ severity: 'warning', code: 'csv.unknown-column', message: `A type is set for column "${key}", which is not in the file.`, where: { column: key }, params: { column: key } });
    }
  }
  const data = new Map<string, ColumnValues>();
  const columns: ColumnReport[] = [];
  const cells: (string | null)[] = new Array(n);
  for (let j = 0; j < width; j++) {
    for (let i = 0; i < n; i++) {
      const row = parsed.rows[i];
      cells[i] = j < row.length ? cleanCell(row[j]) : null;
    }
    const forced = Object.hasOwn(types, names[j]) ? types[names[j]] : undefined;
    const col = readColumn(cells, lines, names[j], j, { type: forced });
    data.set(names[j], col.values);
    columns.push(col.report);
    problems.push(...col.problems);
  }

  const report: ReadReport = {
    ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
    encoding,
    delimiter,
    rows: n,
    columns,
    problems,
  };
  return { table: columnTable(data, names), report, lines };
}

/**
 * Papaparse splits records on one line-break style per file (guessed from the start), so a file
 * mixing \r\n, \n and lone \r (rows pasted together from several sources) lost rows. Such a file
 * has its line breaks outside quoted fields brought to \n; breaks inside quoted cells are kept as
 * written. Line numbers do not change: every break counts once either way (see lines.ts).
 * Files with one style are returned as they are (two native regex scans, no copy).
 */
function unifyLineBreaks(text: string, delimiter: string): string {
  if (text.indexOf('\r') < 0) return text;
  const kinds = (text.includes('\r\n') ? 1 : 0) + (/\r(?!\n)/.test(text) ? 1 : 0) + (/(?<!\r)\n/.test(text) ? 1 : 0);
  if (kinds < 2) return text;
  const d = delimiter.charCodeAt(0);
  const parts: string[] = [];
  let from = 0;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === 13) {
      parts.push(text.slice(from, i));
      if (text.charCodeAt(i + 1) === 10) {
        from = i + 1; // keep the \n of \r\n
        i++;
      } else {
        parts.push('\n');
        from = i + 1;
      }
      fieldStart = true;
      continue;
    }
    if (c === 10 || c === d) {
      fieldStart = true;
      continue;
    }
    if (c === 34 && fieldStart) inQuotes = true;
    if (c !== 32) fieldStart = false;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

const EXCEL_TEXT = /^="(.*)"$/s;

/** Trims a cell and unwraps Excel's `="…"` text-protection form. */
function cleanCell(raw: string): string {
  const s = raw.trim();
  if (s.length >= 3 && s.charCodeAt(0) === 61 /* = */) {
    const m = EXCEL_TEXT.exec(s);
    if (m) return m[1].replace(/""/g, '"').trim();
  }
  return s;
}

/**
 * CSV bytes or text → Arquero table + read report, read as the file streams in.
 *
 * `createTableReader` takes the file in pieces: decoding (`StreamDecoder`, the rules of
 * `decodeBytes`), delimiter sniffing and papaparse's line-ending guess on the first 1 MB,
 * papaparse's `Parser` resumed at the last complete record, then the header (`nameColumns`),
 * ragged lines, and each cell straight into its column (`ColumnBuilder`). All rows are typed,
 * not a sample. `readTable` is the same reader given the whole file as one piece.
 *
 * Line numbers are file lines as a text editor shows them (header = line 1 when the file
 * starts with it): a data row's line is the line on which its record *starts*, so a quoted
 * cell spanning several lines moves the following rows down correctly. Blank lines
 * (only white space and delimiters) are skipped like papaparse's `skipEmptyLines: 'greedy'`;
 * the skipping is done here rather than by papaparse so that every record's start offset
 * (papaparse's `meta.cursor` of the record before) is known exactly.
 */
import type { ColumnTable } from 'arquero';
import Papa from 'papaparse';
import { InputError, type Problem } from '../errors.ts';
import { ColumnBuilder, type ColumnValues } from './column.ts';
import { headerQuoteError, shiftJisProblem, truncatedProblem } from './encoding-problems.ts';
import { DOUBLE_MOJIBAKE, misdecodedProblem, RestartReading, StreamDecoder } from './decode.ts';
import { GrowableInt32 } from './grow.ts';
import { checkHeader, nameColumns } from './header.ts';
import { guessLineEndings, LineBreakKinds, LineBreakUnifier } from './linebreaks.ts';
import { LineCounter } from './lines.ts';
import { cleanCell, isBlank, MAX_RAGGED, raggedProblem, snippet } from './rows.ts';
import { sniffDelimiter } from './sniff.ts';
import { columnTable } from './table.ts';
import type { ColumnReport, ColumnType, Encoding, ReadReport } from './types.ts';


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

/** Characters collected before the delimiter and line ending are chosen (as papaparse looks at 1 MB). */
const START_AFTER = 1024 * 1024;

export interface TableReaderOptions extends ReadOptions {
  /** Decode with this encoding instead of detecting it (after `RestartReading`). */
  encoding?: Encoding;
  /** With `encoding`: the first line that is not UTF-8, for the report. */
  notUtf8Line?: number;
  /** Bring line breaks outside quotes to \n from the start (after `RestartReading` said the file mixes styles). */
  unifyLineBreaks?: boolean;
  /**
   * Tests only: characters looked at to choose the delimiter and line ending (default 1 MB,
   * as papaparse) and bytes looked at to choose the encoding (default 64 KB). Smaller values
   * make small files exercise the paths of large ones.
   */
  startAfter?: number;
  decideAfter?: number;
}

/** A CSV file read as it arrives: `push` each piece in order, then `finish`. */
export interface TableReader {
  /**
   * Adds the next piece of the file: bytes (split anywhere, even inside a character) or text
   * (all pieces of one kind). May throw what `readTable` throws as soon as it is certain, and
   * `RestartReading` when the bytes prove the detected encoding wrong (read the file again
   * with `createTableReader({ ...options, encoding, notUtf8Line })`; `readTableChunks` does).
   */
  push(chunk: Uint8Array | string): void;
  /** Ends the file and returns what `readTable` returns for the whole of it. */
  finish(): ReadResult;
  /** Data rows read so far. */
  readonly rows: number;
}

interface QuoteError {
  code: string;
  index?: number;
}

/**
 * Starts reading a CSV/TSV file that arrives in pieces (see `TableReader`). The result is the
 * same as `readTable` on the whole file — it is how `readTable` reads — while memory stays
 * near the size of the typed columns: the text is parsed as it comes (papaparse's `Parser`,
 * resumed at the last complete record) and each cell goes straight into its column
 * (`ColumnBuilder`), so neither the whole text nor every cell's string is kept.
 */
export function createTableReader(options: TableReaderOptions = {}): TableReader {
  const startAfter = options.startAfter ?? START_AFTER;
  let unify = options.unifyLineBreaks === true;
  const kinds = new LineBreakKinds();
  let unifier: LineBreakUnifier | null = null;
  let extraBoms = 0;
  /** The delimiter named by an Excel "sep=" first line, if any. */
  let excelSep: string | null = null;
  let kind: 'bytes' | 'text' | undefined;
  let decoder: StreamDecoder | null = null;
  let firstText = true;

  // Text not parsed yet; it starts at a record start on line `pendingLine`.
  let pending = '';
  let pendingOffset = 0;
  let pendingLine = 1;
  let pendingAfterCR = false;
  /** Parse again only when `pending` reaches this length (doubling, so a never-closed quote costs O(n)). */
  let waitFor = 0;
  let seenText = false;
  let parser: { parse(input: string, baseIndex: number, ignoreLastRow: boolean): { meta: { cursor: number } } } | null = null;
  let delimiter = '';

  // Misdecoding traces (U+FFFD and 锟斤拷), scanned once per character.
  let scanned = 0;
  let firstBad = -1;
  let firstBadLine = 0;
  let badCount = 0;
  let firstMojibake = -1;
  let firstMojibakeLine = 0;

  const quoteProblems: Problem[] = [];
  let header: { names: string[]; line: number; problems: Problem[] } | null = null;
  let builders: ColumnBuilder[] = [];
  const lines = new GrowableInt32();
  const raggedProblems: Problem[] = [];
  let ragged = 0;
  let firstHidden = 0;

  /** Lines of the record starts in the text being parsed. */
  let counter = new LineCounter('');
  const lineInPending = (offset: number): number => new LineCounter(pending, pendingLine, pendingAfterCR).lineAt(offset);

  function scan(): void {
    const from = scanned;
    for (let i = pending.indexOf('\uFFFD', from); i >= 0; i = pending.indexOf('\uFFFD', i + 1)) {
      if (firstBad < 0) {
        firstBad = pendingOffset + i;
        firstBadLine = lineInPending(i);
      }
      badCount++;
    }
    if (firstMojibake < 0) {
      const m = pending.indexOf(DOUBLE_MOJIBAKE, Math.max(0, from - 2));
      if (m >= 0) {
        firstMojibake = pendingOffset + m;
        firstMojibakeLine = lineInPending(m);
      }
    }
    if (!seenText && /\S/.test(from === 0 ? pending : pending.slice(from))) seenText = true;
    scanned = pending.length;
  }

  function addText(text: string, final = false): void {
    if (firstText && text !== '') {
      firstText = false;
      if (kind === 'text' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (!unify) {
      kinds.push(text);
      if (final) kinds.finish();
      if (kinds.mixed) {
        // Nothing parsed yet: unify from the start; else the parsed rows may differ, read again.
        if (parser) throw new RestartReading({ unifyLineBreaks: true });
        unify = true;
      }
    }
    if (parser && unifier) text = unifier.push(text, final);
    if (text === '' && !final) return;
    pending += text;
    scan();
    if (!parser && seenText && pending.length >= (unify ? 2 * startAfter : startAfter)) start(final);
    if (parser && pending.length >= waitFor && !final) parse(false);
  }

  function start(final: boolean): void {
    // A file saved twice as "CSV UTF-8" starts with a second mark (or more); they are not
    // line breaks, so dropping them changes no line number.
    let boms = 0;
    while (pending.charCodeAt(boms) === 0xfeff) boms++;
    if (boms > 0) {
      extraBoms = boms;
      pending = pending.slice(boms);
      pendingOffset += boms;
      scanned -= boms;
    }
    // Excel's delimiter hint "sep=;" as line 1: the delimiter it names is used, and the line is
    // emptied (its line break kept, so the header stays line 2 and every line keeps its number).
    const sep = /^sep=([^\r\n"])(?=\r|\n)/i.exec(pending);
    if (sep && options.delimiter === undefined) {
      excelSep = sep[1];
      pending = pending.slice(sep[0].length);
      pendingOffset += sep[0].length;
      scanned -= sep[0].length;
    }
    // Both choices look at the same first characters however the file was cut into pieces.
    delimiter = options.delimiter ?? excelSep ?? sniffDelimiter(pending.substring(0, startAfter));
    if (delimiter === '' || delimiter.includes('"') || /[\r\n]/.test(delimiter)) {
      throw new InputError('csv.delimiter', `The delimiter ${JSON.stringify(delimiter)} cannot be used; choose a character such as "," ";" or a tab.`, {}, { delimiter: JSON.stringify(delimiter) });
    }
    if (unify) {
      unifier = new LineBreakUnifier(delimiter.charCodeAt(0));
      pending = unifier.push(pending, final);
      scanned = pending.length;
    }
    const newline = guessLineEndings(pending.substring(0, startAfter));
    let input = '';
    let recordStart = 0;
    const step = (results: { data: string[][]; errors: QuoteError[]; meta: { cursor: number } }) => {
      const row = results.data[0];
      const line = counter.lineAt(recordStart);
      recordStart = results.meta.cursor;
      if (results.errors.length > 0) quoteErrors(results.errors, input, line, counter);
      if (isBlank(row)) return;
      if (!header) readHeader(row, line);
      else addRow(row, line);
    };
    const p = new Papa.Parser({ delimiter, newline, step });
    parser = {
      parse(text: string, _base: number, ignoreLastRow: boolean) {
        input = text;
        counter = new LineCounter(text, pendingLine, pendingAfterCR);
        recordStart = 0;
        return p.parse(text, 0, ignoreLastRow);
      },
    };
  }

  function parse(final: boolean): void {
    const input = pending;
    const result = (parser as NonNullable<typeof parser>).parse(input, 0, !final);
    if (final) {
      pending = '';
      return;
    }
    const consumed = result.meta.cursor;
    if (consumed > 0) {
      pendingLine = counter.lineAt(consumed);
      pendingAfterCR = input.charCodeAt(consumed - 1) === 13;
      pending = input.slice(consumed);
      pendingOffset += consumed;
      scanned -= consumed;
    }
    waitFor = 2 * pending.length;
  }

  function quoteErrors(errors: QuoteError[], text: string, line: number, counter: LineCounter): void {
    const seen = new Set<string>();
    for (const e of errors) {
      if (seen.has(e.code)) continue;
      seen.add(e.code);
      const at = typeof e.index === 'number' ? e.index : 0;
      if (e.code === 'MissingQuotes') {
        // Only in the last record: `text` runs to the end of the file.
        const last = counter.lineAt(text.trimEnd().length);
        quoteProblems.push({
          severity: 'error',
          code: 'csv.unterminated-quote',
          message: `Line ${line} opens a quoted field ("${snippet(text, at)}") that is never closed, so the rest of the file${last > line ? ` (lines ${line} to ${last})` : ''} was read as one cell. Close the quote or remove it.`,
          where: { row: line },
          params: { line, text: snippet(text, at), last },
        });
      } else if (e.code === 'InvalidQuotes') {
        quoteProblems.push({
          severity: 'warning',
          code: 'csv.malformed-quote',
          message: `Line ${line} has a quoted field with text after its closing quote (${snippet(text, Math.max(at - 1, 0))}); the field was read up to the next quote that ends a field, which may join it with the lines below.`,
          where: { row: line },
          params: { line, text: snippet(text, Math.max(at - 1, 0)) },
        });
      }
    }
  }

  function readHeader(row: string[], line: number): void {
    checkHeader(row, line);
    const named = nameColumns(row, line);
    header = { names: named.names, line, problems: named.problems };
    builders = named.names.map(() => new ColumnBuilder());
  }

  function addRow(row: string[], line: number): void {
    const names = (header as NonNullable<typeof header>).names;
    const width = names.length;
    lines.push(line);
    const len = row.length;
    if (len !== width) {
      ragged++;
      if (ragged <= MAX_RAGGED) raggedProblems.push(raggedProblem(line, len, names));
      else if (ragged === MAX_RAGGED + 1) firstHidden = line;
    }
    for (let j = 0; j < width; j++) builders[j].push(j < len ? cleanCell(row[j]) : null);
  }

  function encodingProblems(): Problem[] {
    const problems: Problem[] = [];
    const encoding = decoder?.encoding;
    const notUtf8Line = decoder?.notUtf8Line;
    if (encoding === 'gb18030') {
      problems.push({
        severity: 'info',
        code: 'csv.encoding',
        message: `The file is not UTF-8 (line ${notUtf8Line} has bytes that are not UTF-8); it was read as GB18030/GBK, the encoding of CSV files saved by Chinese Excel.`,
        where: { row: notUtf8Line },
        params: { line: notUtf8Line ?? 0 },
        variant: 'gb18030',
      });
    } else if (encoding === 'windows-1252') {
      problems.push({
        severity: 'warning',
        code: 'csv.encoding',
        message: `The file is neither UTF-8 nor GB18030 (line ${notUtf8Line} has bytes that are not UTF-8); it was read as Windows-1252 (Western European). Check that accented letters look right, or save it as "CSV UTF-8".`,
        where: { row: notUtf8Line },
        params: { line: notUtf8Line ?? 0 },
        variant: 'windows-1252',
      });
    } else if (encoding === 'shift_jis') {
      problems.push(shiftJisProblem(notUtf8Line ?? 0));
    }
    if (decoder?.truncatedLine !== undefined) problems.push(truncatedProblem(decoder.truncatedLine, encoding ?? 'utf-8'));
    if (firstBad >= 0 || firstMojibake >= 0) {
      const mojibake = firstMojibake >= 0 && (firstBad < 0 || firstMojibake <= firstBad);
      problems.push(
        misdecodedProblem(mojibake ? 'mojibake' : 'replacement', mojibake ? firstMojibakeLine : firstBadLine, badCount, { source: kind === 'bytes' ? 'bytes' : 'text' }),
      );
    }
    if (excelSep !== null) {
      const shown = excelSep === '\t' ? 'tab' : `"${excelSep}"`;
      problems.push({
        severity: 'info',
        code: 'csv.excel-sep',
        message: `Line 1 ("sep=${excelSep}") is Excel's note of the delimiter, not data: the file is read with ${shown} as the delimiter and the header on line 2.`,
        where: { row: 1 },
        params: { delimiter: shown, sep: excelSep },
      });
    }
    if (extraBoms > 0) {
      problems.push({
        severity: 'info',
        code: 'csv.extra-bom',
        message: `The file starts with ${extraBoms + 1} byte-order marks instead of one (it was probably saved twice as "CSV UTF-8"); the extra ${extraBoms === 1 ? 'mark was' : 'marks were'} removed.`,
        where: { row: 1 },
        params: { count: extraBoms + 1 },
      });
    }
    return problems;
  }

  return {
    get rows() {
      return lines.length;
    },
    push(chunk: Uint8Array | string): void {
      const k = typeof chunk === 'string' ? 'text' : 'bytes';
      if (kind && kind !== k) throw new Error('createTableReader: all pieces must be bytes or all text.');
      kind = k;
      if (typeof chunk === 'string') addText(chunk);
      else {
        decoder ??= new StreamDecoder({
          ...(options.encoding ? { encoding: options.encoding, notUtf8Line: options.notUtf8Line } : {}),
          ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
          ...(options.decideAfter !== undefined ? { decideAfter: options.decideAfter } : {}),
          position: () => ({
            line: lineInPending(pending.length),
            afterCR: pending.length > 0 ? pending.charCodeAt(pending.length - 1) === 13 : pendingAfterCR,
            ...(firstBad >= 0 ? { firstReplacementLine: firstBadLine } : {}),
          }),
        });
        addText(decoder.push(chunk));
      }
    },
    finish(): ReadResult {
      let last = '';
      if (kind === 'bytes' || !kind) {
        decoder ??= new StreamDecoder(options.fileName !== undefined ? { fileName: options.fileName } : {});
        last = decoder.finish();
      }
      addText(last, true);
      if (!seenText) throw new InputError('csv.empty', 'The file is empty.', {}, {});
      if (!parser) start(true);
      parse(true);
      if (!header) throw new InputError('csv.empty', 'The file is empty.', {}, {});
      const { names, line: headerLine, problems: headerProblems } = header as { names: string[]; line: number; problems: Problem[] };
      const width = names.length;
      const n = lines.length;
      if (n === 0) {
        // A quote opened in the header and never closed took the whole file into the header: say that.
        const open = quoteProblems.find((q) => q.code === 'csv.unterminated-quote' && q.where.row === headerLine);
        if (open) throw headerQuoteError(open);
        throw new InputError('csv.no-rows', `The file has a header (${width} ${width === 1 ? 'column' : 'columns'}) but no data rows.`, { row: headerLine }, { width });
      }
      const problems: Problem[] = [...encodingProblems(), ...quoteProblems, ...headerProblems, ...raggedProblems];
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
      const lineArray = lines.toArray();
      const types = options.types ?? {};
      for (const key of Object.keys(types)) {
        if (!names.includes(key)) {
          problems.push({ severity: 'warning', code: 'csv.unknown-column', message: `A type is set for column "${key}", which is not in the file.`, where: { column: key }, params: { column: key } });
        }
      }
      const data = new Map<string, ColumnValues>();
      const columns: ColumnReport[] = [];
      for (let j = 0; j < width; j++) {
        const forced = Object.hasOwn(types, names[j]) ? types[names[j]] : undefined;
        const col = builders[j].finish(lineArray, names[j], j, { type: forced });
        builders[j] = new ColumnBuilder(); // let the cells go
        data.set(names[j], col.values);
        columns.push(col.report);
        problems.push(...col.problems);
      }
      const report: ReadReport = {
        ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
        encoding: kind === 'text' ? 'text' : (decoder?.encoding as Encoding),
        delimiter,
        rows: n,
        columns,
        problems,
      };
      return { table: columnTable(data, names), report, lines: lineArray };
    },
  };
}

/**
 * Reads a file given as pieces, reading it again when the bytes prove the detected encoding
 * wrong (`RestartReading`), so `chunks` must be iterable more than once (an array).
 */
export function readTableChunks(chunks: Iterable<Uint8Array | string>, options: TableReaderOptions = {}): ReadResult {
  let opts = options;
  for (;;) {
    const reader = createTableReader(opts);
    try {
      for (const c of chunks) reader.push(c);
      return reader.finish();
    } catch (e) {
      if (!(e instanceof RestartReading)) throw e;
      opts = { ...opts, ...e.restartWith };
    }
  }
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
 * The work is done by `createTableReader`, given the whole input as one piece.
 *
 * @throws InputError `csv.empty` ("The file is empty."), `csv.no-rows` (header only),
 *   `csv.no-header` (first line is all numbers), `csv.not-text` (workbook or binary file),
 *   `csv.delimiter` (an unusable `options.delimiter`).
 */
export function readTable(input: string | Uint8Array, options: TableReaderOptions = {}): ReadResult {
  return readTableChunks([input], options);
}

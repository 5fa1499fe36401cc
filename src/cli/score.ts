/**
 * `score --model M.json --data F [--out S.csv] [--format csv|json|xlsx] [--on-error skip|fail]
 * [--sheet NAME|N] [--header-row N]`: scores a CSV of any size with a scoring model, reading and
 * writing in 1 MB pieces (constant memory), progress on stderr; an .xlsx/.xlsm workbook is read
 * whole (score-workbook.ts) and its rows scored the same way. The scores are CSV by default, or
 * JSON or an Excel workbook (score-formats.ts; xlsx only to an --out file). The summary (counts,
 * skipped lines, this file's ABC) is JSON on stdout when the scores go to --out, else on stderr.
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { RestartReading, StreamDecoder } from '../core/data/decode.ts';
import { sniffDelimiter } from '../core/data/sniff.ts';
import type { Encoding } from '../core/data/types.ts';
import { readScoringModel } from '../core/scoring-model/read.ts';
import { StreamScorer, type ScoreSummary } from '../core/scoring-model/stream-score.ts';
import type { ScoringModel } from '../core/scoring-model/types.ts';
import { UsageError } from './commands.ts';
import { readInputFile } from './model.ts';
import { isWorkbookBytes, scoreWorkbook } from './score-workbook.ts';
import { oleError } from '../core/data/read-data.ts';
import { SCORE_FORMATS, scoreSink, type ScoreFormat, type ScoreSink } from './score-formats.ts';

const PIECE = 1 << 20;
/** The signature of the old binary container (.xls 97–2003, encrypted workbooks). */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Text looked at to choose the delimiter. */
const SNIFF = 64 * 1024;

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `text` to `fd`, waiting while a pipe is full (EAGAIN) rather than buffering. */
export function writeAll(fd: number, text: string): void {
  if (!text) return;
  const bytes = Buffer.from(text, 'utf8');
  let at = 0;
  while (at < bytes.length) {
    try {
      at += writeSync(fd, bytes, at, bytes.length - at);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 2);
    }
  }
}

export function readModelFile(path: string): ScoringModel {
  return readScoringModel(readInputFile(path).toString('utf8'), path);
}

export interface ScoreFileOptions {
  onError?: 'skip' | 'fail';
  /** Called about once a second with rows done and the share of the file read. */
  onProgress?: (rows: number, share: number) => void;
}

/** Scores the file at `dataPath` into `out` (started again from nothing if the encoding must be read again). */
export function scoreFile(model: ScoringModel, dataPath: string, out: ScoreSink, options: ScoreFileOptions = {}, restart?: { encoding: Encoding; notUtf8Line?: number }): ScoreSummary {
  let fd: number;
  try {
    fd = openSync(dataPath, 'r');
  } catch (e) {
    throw new UsageError(`cannot read ${dataPath}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const size = fstatSync(fd).size;
  const decoder = new StreamDecoder(restart ?? {});
  const buf = Buffer.allocUnsafe(PIECE);
  let scorer: StreamScorer | null = null;
  let head = '';
  let read = 0;
  let last = Date.now();
  const write = (s: string) => out.write(s);
  const feed = (text: string, final: boolean) => {
    if (!scorer) {
      head += text;
      if (head.length < SNIFF && !final) return;
      scorer = new StreamScorer(model, { delimiter: sniffDelimiter(head.slice(0, SNIFF)), onError: options.onError, fileName: dataPath });
      text = head;
      head = '';
    }
    write(scorer.push(text));
  };
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, PIECE, null);
      if (n === 0) break;
      read += n;
      feed(decoder.push(buf.subarray(0, n)), false);
      if (options.onProgress && Date.now() - last >= 1000) {
        last = Date.now();
        options.onProgress((scorer as StreamScorer | null)?.summary.rows ?? 0, size ? read / size : 1);
      }
    }
    feed(decoder.finish(), true);
  } catch (e) {
    closeSync(fd);
    if (e instanceof RestartReading && e.restartWith.encoding && !restart) {
      try {
        out.reset();
      } catch {
        throw new UsageError(`${dataPath} turned out not to be UTF-8 after the first rows were written; write the scores to a file with --out`);
      }
      return scoreFile(model, dataPath, out, options, { encoding: e.restartWith.encoding, notUtf8Line: e.restartWith.notUtf8Line });
    }
    throw e;
  }
  closeSync(fd);
  const s = scorer as StreamScorer | null;
  if (!s) throw new UsageError(`${dataPath} is empty`);
  write(s.finish());
  options.onProgress?.(s.summary.rows, 1);
  return s.summary;
}

/**
 * True when the file at `path` starts like a zip (an .xlsx/.xlsm workbook), whatever its name;
 * an old binary workbook (.xls 97–2003, or an encrypted one) is refused with the message the
 * other commands give, naming the file.
 */
function isWorkbookFile(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const head = Buffer.alloc(8);
  const n = readSync(fd, head, 0, 8, 0);
  closeSync(fd);
  if (n === 8 && head.equals(OLE)) throw oleError(readInputFile(path), path);
  return isWorkbookBytes(head.subarray(0, n));
}

export function scoreVerb(args: string[]): number {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { model: { type: 'string' }, data: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' }, 'on-error': { type: 'string' }, sheet: { type: 'string' }, 'header-row': { type: 'string' } },
  });
  if (!values.model || !values.data) throw new UsageError('score needs --model <model.json> and --data <file.csv|file.xlsx>');
  // Without --format, an --out file named .json or .xlsx gets that format (never CSV text in a file named .xlsx).
  const format = (values.format ?? (/\.(json|xlsx)$/i.exec(values.out ?? '')?.[1].toLowerCase() || 'csv')) as ScoreFormat;
  if (!SCORE_FORMATS.includes(format)) throw new UsageError(`--format ${values.format}: expected csv, json or xlsx`);
  if (format === 'xlsx' && !values.out) throw new UsageError('--format xlsx writes a workbook, which is binary: give the file with --out scores.xlsx');
  const onError = values['on-error'] ?? 'fail';
  if (onError !== 'skip' && onError !== 'fail') throw new UsageError(`--on-error ${onError}: expected skip or fail`);
  const headerRow = values['header-row'] === undefined ? undefined : Number(values['header-row']);
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow >= 1 && headerRow <= 1048576)) throw new UsageError(`--header-row ${values['header-row']}: expected a whole number from 1 to 1048576`);
  const workbook = isWorkbookFile(values.data);
  if (!workbook && (values.sheet !== undefined || headerRow !== undefined)) {
    throw new UsageError(`--${values.sheet !== undefined ? 'sheet' : 'header-row'} is for Excel workbooks (.xlsx); ${values.data} is read as CSV, whose header is its first line`);
  }
  const model = readModelFile(values.model);
  const outFd = values.out && format !== 'xlsx' ? openSync(values.out, 'w') : 1;
  const sink = scoreSink(format, outFd, (t) => writeAll(outFd, t), values.out, values.data);
  const started = Date.now();
  let summary: ScoreSummary;
  const progress = { onError, onProgress: (rows: number, share: number) => process.stderr.write(`valueseg score: ${rows.toLocaleString('en-US')} rows, ${(share * 100).toFixed(0)} % of ${values.data}, ${((Date.now() - started) / 1000).toFixed(1)} s\n`) } as const;
  try {
    summary = workbook
      ? scoreWorkbook(model, readInputFile(values.data), values.data, (t) => sink.write(t), { ...progress, ...(values.sheet !== undefined ? { sheet: values.sheet } : {}), ...(headerRow !== undefined ? { headerRow } : {}) })
      : scoreFile(model, values.data, sink, progress);
    sink.finish(summary);
  } finally {
    if (outFd !== 1) closeSync(outFd);
  }
  const text = JSON.stringify(summary, null, 2) + '\n';
  if (values.out) process.stdout.write(text);
  else process.stderr.write(text);
  return 0;
}

/**
 * `score --format csv|json|xlsx`: where the scores go. The scorer writes CSV text
 * (`id, composite, current, potential, tier, quadrant, segment, segment_name`); a sink turns it
 * into the format asked for:
 * - csv: the text as it is, streamed to the file or stdout;
 * - json: `{"columns": […], "customers": [{"id": …, "composite": …}, …], "summary": {…}}`,
 *   streamed a customer at a time (numbers as numbers, empty cells as null);
 * - xlsx: one workbook (an `--out` file, never stdout) with a `scores` sheet (the same columns,
 *   numbers as numbers, scores shown to 2 decimals but stored in full) and a `summary` sheet.
 *   A sheet holds at most 1,048,576 rows, so a longer file is refused while it is read.
 * The CSV text is split back into fields by the scoring model's own record splitter, so quoted
 * ids and labels come through as written.
 */
import { ftruncateSync, writeFileSync } from 'node:fs';
import { RecordSplitter } from '../core/scoring-model/records.ts';
import { SCORE_COLUMNS, type ScoreSummary } from '../core/scoring-model/stream-score.ts';
import { writeXlsx, type XlsxCell } from '../core/report/xlsx/write.ts';
import { UsageError } from './commands.ts';

export const SCORE_FORMATS = ['csv', 'json', 'xlsx'] as const;
export type ScoreFormat = (typeof SCORE_FORMATS)[number];

/** Excel's row limit: the header and 1,048,575 customers. */
export const XLSX_MAX_ROWS = 1_048_576;

/** Columns written as numbers (the rest are text: id, tier, quadrant, segment name). */
const NUMERIC = new Set<string>(['composite', 'current', 'potential', 'segment']);

export interface ScoreSink {
  /** CSV text from the scorer (header line first). */
  write(text: string): void;
  /** Starts again from nothing (the input is read again in another encoding). */
  reset(): void;
  /** Writes what is left, with the run's summary. */
  finish(summary: ScoreSummary & { read?: unknown }): void;
}

const cellValue = (name: string, text: string): XlsxCell => {
  if (text === '') return null;
  if (!NUMERIC.has(name)) return text;
  const v = Number(text);
  return Number.isFinite(v) ? v : text;
};

/** Splits the scorer's CSV back into records; the header line is skipped. */
function records(onRow: (fields: string[]) => void): { push(text: string): void; finish(): void } {
  let header = true;
  const splitter = new RecordSplitter(',', (fields) => {
    if (header) header = false;
    else onRow(fields);
  });
  return { push: (t) => splitter.push(t), finish: () => splitter.finish() };
}

export function csvSink(write: (text: string) => void, truncate: () => void): ScoreSink {
  return { write, reset: truncate, finish: () => {} };
}

export function jsonSink(write: (text: string) => void, truncate: () => void): ScoreSink {
  let split: ReturnType<typeof records>;
  let first: boolean;
  const start = () => {
    first = true;
    split = records((fields) => {
      const o: Record<string, XlsxCell> = {};
      SCORE_COLUMNS.forEach((name, j) => (o[name] = cellValue(name, fields[j] ?? '')));
      write((first ? '\n' : ',\n') + JSON.stringify(o));
      first = false;
    });
    write(`{"columns":${JSON.stringify(SCORE_COLUMNS)},"customers":[`);
  };
  start();
  return {
    write: (text) => split.push(text),
    reset: () => {
      truncate();
      start();
    },
    finish: (summary) => {
      split.finish();
      write(`\n],"summary":${JSON.stringify(summary)}}\n`);
    },
  };
}

/** Summary rows for the workbook: counts by name, then per tier, segment, quadrant and ABC class. */
function summaryRows(s: ScoreSummary): XlsxCell[][] {
  const rows: XlsxCell[][] = [['item', 'value']];
  rows.push(['rows', s.rows], ['scored', s.scored], ['skipped', s.skipped], ['unscored', s.unscored], ['out_of_range', s.outOfRange]);
  for (const [k, v] of Object.entries(s.tiers)) rows.push([`tier: ${k}`, v]);
  for (const [k, v] of Object.entries(s.segments)) rows.push([`segment: ${k}`, v]);
  for (const [k, v] of Object.entries(s.quadrants)) rows.push([`quadrant: ${k}`, v]);
  for (const k of ['A', 'B', 'C'] as const) rows.push([`abc ${k} (${s.abc.source})`, s.abc.counts[k]]);
  if (s.abc.missing) rows.push(['abc missing', s.abc.missing]);
  for (const l of s.skippedLines) rows.push([`skipped line ${l.line}`, l.reason]);
  return rows;
}

export function xlsxSink(outPath: string, dataPath: string): ScoreSink {
  let rows: XlsxCell[][];
  let split: ReturnType<typeof records>;
  const start = () => {
    rows = [[...SCORE_COLUMNS]];
    split = records((fields) => {
      if (rows.length >= XLSX_MAX_ROWS) {
        throw new UsageError(`${dataPath} has more customers than an Excel sheet holds (${(XLSX_MAX_ROWS - 1).toLocaleString('en-US')} below the header); write them with --format csv`);
      }
      rows.push(SCORE_COLUMNS.map((name, j) => cellValue(name, fields[j] ?? '')));
    });
  };
  start();
  return {
    write: (text) => split.push(text),
    reset: start,
    finish: (summary) => {
      split.finish();
      const formats = SCORE_COLUMNS.map((c) => (c === 'segment' ? '0' : NUMERIC.has(c) ? '0.00' : null));
      writeFileSync(outPath, writeXlsx([
        { name: 'scores', rows, formats },
        { name: 'summary', rows: summaryRows(summary) },
      ]));
    },
  };
}

/** The sink for `format`, writing to `fd` (csv, json) or to `outPath` (xlsx). */
export function scoreSink(format: ScoreFormat, fd: number, write: (text: string) => void, outPath: string | undefined, dataPath: string): ScoreSink {
  const truncate = () => ftruncateSync(fd, 0);
  if (format === 'xlsx') {
    if (!outPath) throw new UsageError('--format xlsx writes a workbook, which is binary: give the file with --out scores.xlsx');
    return xlsxSink(outPath, dataPath);
  }
  return format === 'json' ? jsonSink(write, truncate) : csvSink(write, truncate);
}

/**
 * `cli score` without the files: CSV text in pieces → CSV text out
 * (`id, composite, current, potential, tier, quadrant, segment, segment_name`), one row per
 * customer in file order, in constant memory apart from one number per customer kept for the
 * ABC summary. The model's columns are checked against the file before any row is scored: a
 * missing column, or one that is text where the model reads numbers (judged on the first
 * `TYPE_SAMPLE` rows, by the table reader's 90 % rule), refuses the file naming them. A row
 * whose number cannot be read, or whose field count differs from the header's, is a bad row:
 * named by its line, and it stops the run (`onError: 'fail'`) or is left out and counted ('skip').
 */
import { GrowableFloat64 } from '../data/grow.ts';
import { nameColumns } from '../data/header.ts';
import { isExcelError, isMissing, parseNumber } from '../data/number.ts';
import { NUMERIC_SHARE } from '../data/column-type.ts';
import { InputError } from '../errors.ts';
import { RecordSplitter } from './records.ts';
import { createScorer, type ScoredCustomer } from './score.ts';
import type { ScoringModel } from './types.ts';

export const SCORE_COLUMNS = ['id', 'composite', 'current', 'potential', 'tier', 'quadrant', 'segment', 'segment_name'] as const;
/** Rows read before the column types are judged. */
export const TYPE_SAMPLE = 1000;
/** Bad lines listed in the summary (all are counted). */
const LISTED = 20;

export interface StreamScoreOptions {
  delimiter: string;
  onError?: 'skip' | 'fail';
  fileName?: string;
}

export interface ScoreSummary {
  rows: number;
  scored: number;
  /** Rows left out as bad (onError 'skip'), and the first lines. */
  skipped: number;
  skippedLines: { line: number; reason: string }[];
  /** Rows with a missing indicator under the `drop` policy: written with empty scores. */
  unscored: number;
  /** Composite scores outside the training scale (below 0 or above 100 for min–max); kept, not clamped. */
  outOfRange: number;
  segments: Record<string, number>;
  tiers: Record<string, number>;
  quadrants: Record<string, number>;
  /** ABC of this file's customers (it depends on the whole population, so it is never frozen). */
  abc: { source: string; cuts: [number, number]; counts: { A: number; B: number; C: number }; startsAt: { A: number | null; B: number | null; C: number | null }; missing: number };
}

/** RFC 4180 cell: quoted when it holds a delimiter, quote or line break. */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = typeof v === 'number' ? String(v) : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const EXCEL_TEXT = /^="(.*)"$/s;
function cleanCell(raw: string): string {
  const s = raw.trim();
  if (s.length >= 3 && s.charCodeAt(0) === 61) {
    const m = EXCEL_TEXT.exec(s);
    if (m) return m[1].replace(/""/g, '"').trim();
  }
  return s;
}

/** ABC class counts of `values` exactly as scoring/abc.ts assigns them, and the smallest value in each class. */
export function abcCounts(values: Float64Array, cuts: readonly [number, number]): { counts: [number, number, number]; startsAt: (number | null)[] } {
  const v = Float64Array.from(values, (x) => (x < 0 ? 0 : x)).sort().reverse();
  const n = v.length;
  let total = 0;
  for (let r = 0; r < n; r++) total += v[r];
  const counts: [number, number, number] = [0, 0, 0];
  const startsAt: (number | null)[] = [null, null, null];
  if (!(total > 0)) return { counts: [0, 0, n], startsAt: [null, null, n ? v[0] : null] };
  let running = 0;
  for (let r = 0; r < n; r++) {
    const before = running / total;
    const c = before < cuts[0] - 1e-12 ? 0 : before < cuts[1] - 1e-12 ? 1 : 2;
    counts[c]++;
    startsAt[c] = v[r];
    running += v[r];
  }
  return { counts, startsAt };
}

export class StreamScorer {
  readonly summary: ScoreSummary;
  private readonly splitter: RecordSplitter;
  private readonly scorer: ReturnType<typeof createScorer>;
  private header: string[] | null = null;
  private sample: { fields: string[]; line: number }[] | null = [];
  private index: Int32Array = new Int32Array(0);
  private idIndex = -1;
  private readonly abcValues = new GrowableFloat64(1 << 16);
  private readonly values: Float64Array;
  private out: string[] = [];
  private readonly onError: 'skip' | 'fail';

  constructor(private readonly model: ScoringModel, private readonly options: StreamScoreOptions) {
    this.scorer = createScorer(model);
    this.values = new Float64Array(this.scorer.columns.length);
    this.onError = options.onError ?? 'fail';
    this.splitter = new RecordSplitter(options.delimiter, (f, line) => this.record(f, line));
    this.summary = {
      rows: 0, scored: 0, skipped: 0, skippedLines: [], unscored: 0, outOfRange: 0, segments: {}, tiers: {}, quadrants: {},
      abc: { source: model.abc.source, cuts: [...model.abc.cuts], counts: { A: 0, B: 0, C: 0 }, startsAt: { A: null, B: null, C: null }, missing: 0 },
    };
  }

  /** Output text for the records completed by this piece (the header line first). */
  push(text: string): string {
    this.splitter.push(text);
    return this.take();
  }

  /**
   * Output text for one record given as fields (the header first), for rows that come split
   * already, e.g. from a workbook; `line` names the row in messages (a sheet row number).
   */
  pushRecord(fields: string[], line: number): string {
    this.record(fields, line);
    return this.take();
  }

  /** The rest of the output; fills in the summary's ABC. */
  finish(): string {
    this.splitter.finish();
    if (this.header === null) throw new InputError('model.no-header', `${this.options.fileName ?? 'The file'} is empty: it has no header line.`, {}, { file: this.options.fileName ?? '' });
    this.startScoring();
    const { counts, startsAt } = abcCounts(this.abcValues.view(), this.model.abc.cuts);
    this.summary.abc.counts = { A: counts[0], B: counts[1], C: counts[2] };
    this.summary.abc.startsAt = { A: startsAt[0], B: startsAt[1], C: startsAt[2] };
    return this.take();
  }

  private take(): string {
    if (this.out.length === 0) return '';
    const s = this.out.join('');
    this.out = [];
    return s;
  }

  private record(fields: string[], line: number): void {
    if (this.header === null) {
      this.header = nameColumns(fields, line).names;
      this.bind();
      this.out.push(SCORE_COLUMNS.join(',') + '\n');
      return;
    }
    if (this.sample) {
      this.sample.push({ fields, line });
      if (this.sample.length >= TYPE_SAMPLE) this.startScoring();
      return;
    }
    this.scoreRow(fields, line);
  }

  private bind(): void {
    const header = this.header!;
    const at = (c: string) => header.indexOf(c);
    const absent = this.model.inputs.filter((x) => at(x.column) < 0).map((x) => x.column);
    if (absent.length) {
      const list = absent.map((c) => `"${c}"`).join(', ');
      throw new InputError('model.columns-missing', `${this.options.fileName ?? 'The file'} has no column ${list}, which the scoring model reads; its columns are ${header.map((c) => `"${c}"`).join(', ')}.`, { column: absent[0] }, { columns: list, count: absent.length });
    }
    this.index = Int32Array.from(this.scorer.columns, at);
    this.idIndex = this.model.idColumn ? at(this.model.idColumn) : -1;
  }

  /** Judges the column types on the sample, then scores the sample. */
  private startScoring(): void {
    const sample = this.sample;
    if (!sample) return;
    this.sample = null;
    const wrong: string[] = [];
    for (const input of this.model.inputs) {
      if (input.type !== 'numeric') continue;
      const j = this.header!.indexOf(input.column);
      let filled = 0;
      let numbers = 0;
      for (const r of sample) {
        const cell = j < r.fields.length ? cleanCell(r.fields[j]) : '';
        if (isMissing(cell)) continue;
        filled++;
        if (!Number.isNaN(parseNumber(cell))) numbers++;
      }
      if (filled > 0 && numbers < NUMERIC_SHARE * filled) wrong.push(input.column);
    }
    if (wrong.length) {
      const list = wrong.map((c) => `"${c}"`).join(', ');
      throw new InputError('model.column-type', `In ${this.options.fileName ?? 'the file'}, column ${list} holds text where the scoring model reads numbers (fewer than ${NUMERIC_SHARE * 100} % of the first ${sample.length} rows' filled cells are numbers).`, { column: wrong[0] }, { columns: list, rows: sample.length });
    }
    for (const r of sample) this.scoreRow(r.fields, r.line);
  }

  private bad(line: number, reason: string, column?: string): void {
    if (this.onError === 'fail') {
      throw new InputError('model.bad-row', `${this.options.fileName ?? 'The file'}, line ${line}: ${reason} (use --on-error skip to leave such rows out).`, { row: line, ...(column ? { column } : {}) }, { line, reason });
    }
    this.summary.skipped++;
    if (this.summary.skippedLines.length < LISTED) this.summary.skippedLines.push({ line, reason });
  }

  private number(cell: string): number {
    const s = cleanCell(cell);
    if (isMissing(s)) return NaN;
    const v = parseNumber(s);
    return Number.isNaN(v) || isExcelError(s) ? Infinity : v; // Infinity marks "not a number"
  }

  private scoreRow(fields: string[], line: number): void {
    this.summary.rows++;
    const width = this.header!.length;
    if (fields.length !== width) return this.bad(line, `${fields.length} fields where the header has ${width}`);
    const values = this.values;
    for (let j = 0; j < values.length; j++) {
      const v = this.number(fields[this.index[j]]);
      if (v === Infinity) {
        const col = this.scorer.columns[j];
        return this.bad(line, `column "${col}" has "${cleanCell(fields[this.index[j]]).slice(0, 40)}", which is not a number`, col);
      }
      values[j] = v;
    }
    const s = this.scorer.score(values);
    const abcValue = s.abcValue;
    if (Number.isFinite(abcValue)) this.abcValues.push(abcValue);
    else this.summary.abc.missing++;
    this.count(s);
    const id = this.idIndex >= 0 ? cleanCell(fields[this.idIndex]) : String(line);
    const num = (v: number | null) => (v === null ? '' : String(v));
    this.out.push(`${csvCell(id)},${num(s.composite)},${num(s.current)},${num(s.potential)},${this.label(s.tier)},${s.quadrant ?? ''},${num(s.segment)},${this.label(s.segmentName)}\n`);
  }

  private readonly labels = new Map<string, string>();
  /** A tier or segment name as a CSV cell (a handful of distinct texts: quoted once). */
  private label(v: string | null): string {
    if (v === null) return '';
    let cell = this.labels.get(v);
    if (cell === undefined) this.labels.set(v, (cell = csvCell(v)));
    return cell;
  }

  private count(s: ScoredCustomer): void {
    const sm = this.summary;
    if (s.composite === null) sm.unscored++;
    else {
      sm.scored++;
      if (s.composite < 0 || s.composite > this.model.scale) sm.outOfRange += this.model.normalisation === 'minmax' ? 1 : 0;
    }
    if (s.segment !== null) sm.segments[s.segment] = (sm.segments[s.segment] ?? 0) + 1;
    if (s.tier !== null) sm.tiers[s.tier] = (sm.tiers[s.tier] ?? 0) + 1;
    if (s.quadrant !== null) sm.quadrants[s.quadrant] = (sm.quadrants[s.quadrant] ?? 0) + 1;
  }
}

/**
 * An .xlsx/.xlsm sheet → the same Arquero table and read report the CSV reader gives: the rows
 * streamed out of the sheet (sheet.ts) go cell by cell into the same `ColumnBuilder`s, so
 * number parsing ("12,669", "¥1,000", "12.5%"), missing values, types and the column report
 * are shared. What bank exports add is handled here and said in the report:
 *
 * - title rows above the header: the header is the first row (of the first 30 non-blank ones)
 *   with at least two filled cells, at least half as many as the fullest row, and at least half
 *   of them text; the rows above it are left out (`xlsx.header-row`). `headerRow` overrides.
 * - merged header cells: an empty header cell inside a merged range takes the range's name; a
 *   range merged across columns in the row above the header is put in front of each name.
 * - a totals row (合计, 总计, 小计, 共计, Total …, its first filled cell) is left out wherever it
 *   is, and rows with a single filled cell below the last data row (notes) too; both are named.
 * - hidden rows and columns are read like the others, and said; merged cells in the data area
 *   (Excel keeps only the first cell's value) are filled: each cell of the range gets the value of
 *   its top-left cell, as Excel shows it, and the ranges are named (`xlsx.merged-filled`).
 *
 * Line numbers in the report are sheet row numbers, as Excel shows them.
 */
import type { ColumnTable } from 'arquero';
import { InputError, type Problem } from '../../errors.ts';
import { ColumnBuilder, type ColumnValues } from '../column.ts';
import { GrowableInt32 } from '../grow.ts';
import { checkHeader, nameColumns } from '../header.ts';
import { isMissing, parseNumber } from '../number.ts';
import { columnTable } from '../table.ts';
import type { ColumnReport, ColumnType, ExcludedRow, ReadReport } from '../types.ts';
import { columnLetters, createSheetScanner, type SheetRow } from './sheet.ts';
import { openWorkbook, readDateStyles, readSharedStrings, type SheetInfo, type Workbook } from './workbook.ts';
import { inflateEntry, type ZipEntry } from './zip.ts';

export interface WorkbookReadOptions {
  fileName?: string;
  types?: Record<string, ColumnType>;
  /** Sheet name, or its 1-based position in the tab order; default the first visible sheet with data. */
  sheet?: string | number;
  /** 1-based sheet row of the header; detected when absent. */
  headerRow?: number;
  /** Uncompressed bytes allowed per part (tests make it small). */
  partLimit?: number;
  /** Called while the sheet is unpacked: compressed bytes done, total, data rows so far. */
  onProgress?: (done: number, total: number, rows: number) => void;
}

export interface WorkbookReadResult {
  table: ColumnTable;
  report: ReadReport;
  lines: Int32Array;
}

/** Non-blank rows looked at to find the header. */
const HEADER_SCAN = 30;
const TOTAL = /^(?:合\s*计|总\s*计|小\s*计|共\s*计|总\s*和|累\s*计|(?:grand\s+|sub-?)?totals?\b|sum\b)/i;

const quote = (s: string) => `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;

function isTextCell(v: string): boolean {
  return !isMissing(v) && Number.isNaN(parseNumber(v));
}

function chooseSheet(wb: Workbook, wanted: string | number | undefined): SheetInfo {
  const list = wb.sheets.map((s) => `"${s.name}"`).join(', ');
  if (wb.sheets.length === 0) throw new InputError('xlsx.no-sheet', 'The workbook has no sheet.', {}, { sheet: '', sheets: '' }, 'none');
  if (wanted === undefined) return wb.sheets.find((s) => !s.hidden && s.kind === 'worksheet') ?? wb.sheets[0];
  const byName = typeof wanted === 'string' ? wb.sheets.find((s) => s.name === wanted) : undefined;
  const index = typeof wanted === 'number' ? wanted : /^\d+$/.test(wanted) ? Number(wanted) : NaN;
  const found = byName ?? wb.sheets[index - 1];
  if (!found) throw new InputError('xlsx.no-sheet', `The workbook has no sheet ${typeof wanted === 'number' ? wanted : `"${wanted}"`}; its sheets are ${list}.`, {}, { sheet: String(wanted), sheets: list });
  return found;
}

/**
 * Reads one sheet of an .xlsx/.xlsm workbook (see the module comment). Without `sheet`, the
 * first visible worksheet is read; when it has no cells (a chart, or empty) the next visible
 * worksheet is tried, and the report says which was skipped.
 */
export function readWorkbook(bytes: Uint8Array, options: WorkbookReadOptions = {}): WorkbookReadResult {
  const limits = options.partLimit !== undefined ? { limit: options.partLimit } : {};
  const wb = openWorkbook(bytes, limits);
  const first = chooseSheet(wb, options.sheet);
  const shared = readSharedStrings(wb);
  const dateStyles = readDateStyles(wb);
  const candidates = options.sheet === undefined ? [first, ...wb.sheets.filter((s) => s !== first && !s.hidden && s.kind === 'worksheet')] : [first];
  const skipped: Problem[] = [];
  let firstError: InputError | null = null;
  for (const sheet of candidates) {
    try {
      const result = readSheet(wb, sheet, shared, dateStyles, options);
      result.report.problems.unshift(...skipped);
      return result;
    } catch (e) {
      if (!(e instanceof InputError) || (e.code !== 'xlsx.chart-sheet' && e.code !== 'xlsx.empty-sheet')) throw e;
      firstError ??= e;
      skipped.push({ severity: 'info', code: 'xlsx.sheet-skipped', message: `Sheet "${sheet.name}" has no cells (${e.code === 'xlsx.chart-sheet' ? 'a chart' : 'empty'}); the next sheet was read.`, where: {}, params: { sheet: sheet.name }, variant: e.code === 'xlsx.chart-sheet' ? 'chart' : 'empty' });
    }
  }
  throw firstError as InputError;
}

function readSheet(wb: Workbook, sheet: SheetInfo, shared: string[], dateStyles: boolean[], options: WorkbookReadOptions): WorkbookReadResult {
  const others = wb.sheets.filter((s) => s !== sheet && s.kind === 'worksheet').map((s) => `"${s.name}"`).join(', ');
  const path = wb.paths[sheet.index - 1];
  if (sheet.kind !== 'worksheet' || !path) {
    throw new InputError('xlsx.chart-sheet', `Sheet "${sheet.name}" holds a chart, not cells.${others ? ` Choose a sheet with the data: ${others}.` : ''}`, {}, { sheet: sheet.name, others });
  }
  const t = new SheetTable(options.headerRow);
  const scanner = createSheetScanner({ shared, dateStyles, date1904: wb.date1904, onRow: (r) => t.add(r) });
  const decoder = new TextDecoder('utf-8');
  inflateEntry(wb.bytes, wb.entries.get(path) as ZipEntry, (p) => scanner.push(decoder.decode(p, { stream: true })), {
    ...wb.limits,
    onProgress: (done, total) => options.onProgress?.(done, total, t.rows),
  });
  try {
    scanner.push(decoder.decode(), true);
  } catch (e) {
    throw new InputError('xlsx.broken', `The workbook cannot be opened: sheet "${sheet.name}" is damaged (${(e as Error).message}). Open it in Excel and save it again as .xlsx (or as "CSV UTF-8").`, {}, { detail: (e as Error).message });
  }
  const facts = scanner.facts;
  if (facts.cells === 0) {
    if (facts.hasDrawing) throw new InputError('xlsx.chart-sheet', `Sheet "${sheet.name}" holds a chart, not cells.${others ? ` Choose a sheet with the data: ${others}.` : ''}`, {}, { sheet: sheet.name, others });
    throw new InputError('xlsx.empty-sheet', `Sheet "${sheet.name}" is empty.${others ? ` Choose a sheet with the data: ${others}.` : ''}`, {}, { sheet: sheet.name, others });
  }
  return t.finish({ fileName: options.fileName, types: options.types, sheetInfo: sheet, sheets: wb.sheets, facts });
}

/** Rows in, table out: header detection, totals and notes, then the shared column builders. */
export class SheetTable {
  private pre: SheetRow[] = [];
  private header: SheetRow | null = null;
  private subHeader: SheetRow | null = null;
  private skipped: SheetRow[] = [];
  private builders: ColumnBuilder[] = [];
  private readonly lines = new GrowableInt32();
  private held: SheetRow[] = [];
  private readonly excluded: ExcludedRow[] = [];
  private hiddenRows: number[] = [];
  private hiddenRowCount = 0;

  constructor(private readonly headerRow?: number) {}

  get rows(): number {
    return this.lines.length;
  }

  add(r: SheetRow): void {
    if (r.cols.length === 0) return;
    if (this.header) return this.data(r);
    if (this.headerRow !== undefined) {
      if (r.row < this.headerRow) this.skipped.push(r);
      else if (r.row === this.headerRow) this.setHeader(r, this.skipped);
      else {
        throw new InputError('xlsx.header-row', `Row ${this.headerRow} was given as the header, but it is empty.`, { row: this.headerRow }, { row: this.headerRow }, 'empty');
      }
      return;
    }
    this.pre.push(r);
    if (this.pre.length >= HEADER_SCAN) this.decide();
  }

  private decide(): void {
    const pre = this.pre;
    this.pre = [];
    const most = Math.max(...pre.map((r) => r.cols.length));
    let at = pre.findIndex((r) => {
      const n = r.cols.length;
      const texts = r.vals.filter(isTextCell).length;
      return n >= Math.min(2, most) && 2 * n >= most && 2 * texts >= n && texts > 0;
    });
    if (at < 0) at = 0;
    this.setHeader(pre[at], pre.slice(0, at));
    // A second header row: the next row all text, naming columns the first leaves empty (a group
    // such as 存款 over 活期 and 定期).
    const next = pre[at + 1];
    let from = at + 1;
    if (next && next.row === pre[at].row + 1 && next.vals.every(isTextCell) && next.cols.some((c) => !pre[at].cols.includes(c))) {
      this.subHeader = next;
      from++;
    }
    for (const r of pre.slice(from)) this.data(r);
  }

  private setHeader(r: SheetRow, above: SheetRow[]): void {
    this.header = r;
    this.skipped = above;
    const width = Math.max(...r.cols) + 1;
    while (this.builders.length < width) this.builders.push(new ColumnBuilder());
  }

  private data(r: SheetRow): void {
    const first = r.vals[0];
    if (r.text[0] && TOTAL.test(first)) {
      this.excluded.push({ row: r.row, kind: 'total', label: first });
      return;
    }
    if (r.cols.length === 1 && this.builders.length >= 3) {
      this.held.push(r);
      return;
    }
    for (const h of this.held) this.push(h);
    this.held = [];
    this.push(r);
  }

  private push(r: SheetRow): void {
    const width = Math.max(this.builders.length, r.cols[r.cols.length - 1] + 1);
    const n = this.lines.length;
    while (this.builders.length < width) {
      const b = new ColumnBuilder();
      for (let i = 0; i < n; i++) b.push(null);
      this.builders.push(b);
    }
    if (r.hidden) {
      this.hiddenRowCount++;
      if (this.hiddenRows.length < 10) this.hiddenRows.push(r.row);
    }
    this.lines.push(r.row);
    let k = 0;
    for (let j = 0; j < width; j++) {
      if (k < r.cols.length && r.cols[k] === j) this.builders[j].push(r.vals[k++]);
      else this.builders[j].push(null);
    }
  }

  /**
   * Gives every cell of each merged range in the data the value of the range's first (top-left)
   * cell. Columns with a merge are rebuilt from their texts. A range whose first cell is not a
   * data row (a totals row, a note) or is empty cannot be filled and is returned as unfilled.
   */
  private fillMerged(ranges: [number, number, number, number][], lines: Int32Array, width: number): { filled: string[]; unfilled: string[] } {
    const filled: string[] = [];
    const unfilled: string[] = [];
    const texts = new Map<number, (string | null)[]>();
    const textsOf = (c: number) => {
      let t = texts.get(c);
      if (!t) texts.set(c, (t = this.builders[c].texts()));
      return t;
    };
    for (const [r1, c1, r2, c2] of ranges) {
      const ref = `${columnLetters(c1)}${r1}:${columnLetters(c2)}${r2}`;
      const top = firstAtOrAfter(lines, r1);
      const value = top < lines.length && lines[top] === r1 && c1 < width ? textsOf(c1)[top] : null;
      if (value === null) {
        unfilled.push(ref);
        continue;
      }
      for (let i = top; i < lines.length && lines[i] <= r2; i++) {
        for (let c = c1; c <= c2 && c < width; c++) textsOf(c)[i] = value;
      }
      filled.push(ref);
    }
    for (const [c, t] of texts) {
      const b = new ColumnBuilder();
      for (const v of t) b.push(v);
      this.builders[c] = b;
    }
    return { filled, unfilled };
  }

  finish(ctx: { fileName?: string; types?: Record<string, ColumnType>; sheetInfo: SheetInfo; sheets: SheetInfo[]; facts: ReturnType<typeof createSheetScanner>['facts'] }): WorkbookReadResult {
    if (!this.header) {
      if (this.pre.length === 0) {
        throw new InputError('xlsx.header-row', `Row ${this.headerRow} was given as the header, but sheet "${ctx.sheetInfo.name}" ends before it.`, { row: this.headerRow }, { row: this.headerRow ?? 0 }, 'beyond');
      }
      this.decide();
    }
    for (const h of this.held) this.excluded.push({ row: h.row, kind: 'note', label: h.vals[0] });
    this.held = [];
    const header = this.header as SheetRow;
    const { facts, sheetInfo: sheet } = ctx;
    const width = this.builders.length;
    const problems: Problem[] = [];
    // Header names, with merged ranges filled in.
    const cells: string[] = new Array(width).fill('');
    header.cols.forEach((c, k) => (cells[c] = header.vals[k]));
    const sub = this.subHeader;
    if (sub) {
      const below: string[] = new Array(width).fill('');
      sub.cols.forEach((c, k) => c < width && (below[c] = sub.vals[k]));
      let group = '';
      for (let c = 0; c < width; c++) {
        if (cells[c] !== '') group = cells[c];
        else if (below[c] !== '') cells[c] = group;
        if (below[c] !== '') cells[c] = cells[c] !== '' ? `${cells[c]} ${below[c]}` : below[c];
        else if (header.cols.includes(c)) group = cells[c];
      }
    }
    const valueAt = (row: number, col: number): string => {
      const r = row === header.row ? header : this.skipped.find((x) => x.row === row);
      const k = r ? r.cols.indexOf(col) : -1;
      return r && k >= 0 ? r.vals[k] : '';
    };
    const dataMerges: [number, number, number, number][] = [];
    for (const [r1, c1, r2, c2] of facts.merges) {
      if (sub && r1 === header.row) continue;
      if (r1 <= header.row && r2 >= header.row) {
        const name = valueAt(r1, c1);
        for (let c = c1; c <= c2 && c < width; c++) if (cells[c] === '' && name !== '') cells[c] = name;
      } else if (r1 === header.row - 1 && r2 === r1 && c2 > c1) {
        const group = valueAt(r1, c1);
        if (group !== '') for (let c = c1; c <= c2 && c < width; c++) if (cells[c] !== '' && cells[c] !== group) cells[c] = `${group} ${cells[c]}`;
      } else if (r1 > header.row) {
        dataMerges.push([r1, c1, r2, c2]);
      }
    }
    const lines = this.lines.toArray();
    const merged = this.fillMerged(dataMerges, lines, width);
    checkHeader(cells, header.row);
    const named = nameColumns(cells, header.row);
    const names = named.names;
    const n = this.lines.length;
    if (n === 0) throw new InputError('csv.no-rows', `The file has a header (${width} ${width === 1 ? 'column' : 'columns'}) but no data rows.`, { row: header.row }, { width });

    const firstRow = this.skipped.length > 0 ? this.skipped[0].row : header.row;
    if (this.headerRow === undefined && header.row > firstRow) {
      const title = this.skipped.map((r) => r.vals.join(' ')).join(' / ');
      problems.push({
        severity: 'info',
        code: 'xlsx.header-row',
        message: `Row ${header.row} of sheet "${sheet.name}" was taken as the header (the column names); ${header.row - firstRow === 1 ? `row ${firstRow}` : `rows ${firstRow}–${header.row - 1}`} above it (${quote(title)}) ${header.row - firstRow === 1 ? 'was' : 'were'} left out as a title. Choose another header row if this is wrong.`,
        where: { row: header.row },
        params: { row: header.row, first: firstRow, last: header.row - 1, sheet: sheet.name, title: quote(title) },
        variant: 'detected',
      });
    }
    if (sub) {
      problems.push({
        severity: 'info',
        code: 'xlsx.header-row',
        message: `Rows ${header.row} and ${sub.row} were read together as the header (names under a merged group such as ${quote(names[sub.cols[0]] ?? '')}).`,
        where: { row: sub.row },
        params: { row: header.row, next: sub.row, example: quote(names[sub.cols[0]] ?? '') },
        variant: 'two-rows',
      });
    }
    problems.push(...named.problems);
    for (const e of this.excluded) {
      problems.push({
        severity: 'info',
        code: 'xlsx.excluded-row',
        message:
          e.kind === 'total'
            ? `Row ${e.row} (${quote(e.label)}) is a totals row; it was left out.`
            : `Row ${e.row} (${quote(e.label)}) below the data has only one filled cell (a note); it was left out.`,
        where: { row: e.row },
        params: { row: e.row, label: quote(e.label) },
        variant: e.kind,
      });
    }
    if (this.hiddenRowCount > 0 || facts.hiddenCols.size > 0) {
      const cols = [...facts.hiddenCols].filter((c) => c < width).map((c) => `"${names[c]}"`);
      const rows = this.hiddenRows.join(', ') + (this.hiddenRowCount > this.hiddenRows.length ? ', …' : '');
      const parts = [this.hiddenRowCount > 0 ? `${this.hiddenRowCount} hidden ${this.hiddenRowCount === 1 ? 'row' : 'rows'} (${rows})` : '', cols.length > 0 ? `hidden ${cols.length === 1 ? 'column' : 'columns'} ${cols.join(', ')}` : ''].filter(Boolean);
      if (parts.length > 0) {
        problems.push({ severity: 'info', code: 'xlsx.hidden', message: `The sheet has ${parts.join(' and ')}; ${this.hiddenRowCount + cols.length === 1 ? 'it was' : 'they were'} read like the others.`, where: {}, params: { rows: this.hiddenRowCount, rowList: rows, columns: cols.join(', ') || '—' } });
      }
    }
    const rangeList = (refs: string[]) => refs.slice(0, 3).join(', ') + (refs.length > 3 ? ', …' : '');
    if (merged.filled.length > 0) {
      const shown = rangeList(merged.filled);
      problems.push({
        severity: 'info',
        code: 'xlsx.merged-filled',
        message: `Cells ${shown} are merged (${merged.filled.length} ${merged.filled.length === 1 ? 'range' : 'ranges'} in the data); Excel shows a merged range's value in each of its cells but keeps it in the first only, so each cell of the range was given the value of its first (top-left) cell.`,
        where: {},
        params: { ranges: shown, count: merged.filled.length },
      });
    }
    if (merged.unfilled.length > 0) {
      const shown = rangeList(merged.unfilled);
      problems.push({
        severity: 'warning',
        code: 'xlsx.merged-data',
        message: `Cells ${shown} are merged (${merged.unfilled.length} ${merged.unfilled.length === 1 ? 'range' : 'ranges'} in the data); Excel keeps a merged range's value in its first cell only, so the other cells were read as missing. Unmerge them and fill the value in if every row should have it.`,
        where: {},
        params: { ranges: shown, count: merged.unfilled.length },
      });
    }
    if (facts.formulas > 0) {
      problems.push({
        severity: facts.uncached > 0 ? 'warning' : 'info',
        code: 'xlsx.formulas',
        message:
          `${facts.formulas.toLocaleString('en-US')} ${facts.formulas === 1 ? 'cell holds a formula' : 'cells hold formulas'}; the values Excel stored when it last calculated them were read (formulas are never recalculated here).` +
          (facts.uncached > 0 ? ` ${facts.uncached.toLocaleString('en-US')} had no stored value and ${facts.uncached === 1 ? 'was' : 'were'} read as missing: open the file in Excel and save it again.` : ''),
        where: {},
        params: { formulas: facts.formulas, uncached: facts.uncached },
        variant: facts.uncached > 0 ? 'uncached' : 'cached',
      });
    }
    if (facts.errors > 0) {
      const per = [...facts.errorCells]
        .filter(([c]) => c < width)
        .map(([c, e]) => `"${names[c]}" ${e.count} (${e.count === 1 ? 'row' : 'rows'} ${e.rows.join(', ')}${e.count > e.rows.length ? ', …' : ''})`)
        .join('; ');
      problems.push({
        severity: 'warning',
        code: 'xlsx.errors',
        message: `${facts.errors.toLocaleString('en-US')} ${facts.errors === 1 ? 'cell holds' : 'cells hold'} an Excel error value (#DIV/0!, #N/A …) and ${facts.errors === 1 ? 'was' : 'were'} read as missing: ${per}. Fix the formulas in Excel if these customers should count.`,
        where: {},
        params: { count: facts.errors, columns: per },
      });
    }
    const types = ctx.types ?? {};
    for (const key of Object.keys(types)) {
      if (!names.includes(key)) problems.push({ severity: 'warning', code: 'csv.unknown-column', message: `A type is set for column "${key}", which is not in the file.`, where: { column: key }, params: { column: key } });
    }
    const data = new Map<string, ColumnValues>();
    const columns: ColumnReport[] = [];
    for (let j = 0; j < width; j++) {
      const forced = Object.hasOwn(types, names[j]) ? types[names[j]] : undefined;
      const col = this.builders[j].finish(lines, names[j], j, { type: forced });
      this.builders[j] = new ColumnBuilder();
      data.set(names[j], col.values);
      columns.push(col.report);
      problems.push(...col.problems);
    }
    const report: ReadReport = {
      ...(ctx.fileName !== undefined ? { fileName: ctx.fileName } : {}),
      encoding: 'xlsx',
      delimiter: '',
      rows: n,
      columns,
      problems,
      sheet: sheet.name,
      sheets: ctx.sheets.map((s) => ({ ...s })),
      headerRow: header.row,
      excludedRows: this.excluded.slice(),
    };
    return { table: columnTable(data, names), report, lines };
  }
}

/** The first index i with lines[i] >= row (lines ascending), or lines.length. */
function firstAtOrAfter(lines: Int32Array, row: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid] < row) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

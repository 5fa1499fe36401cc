/**
 * One worksheet's cells, streamed out of its XML, as rows of texts for the same column pipeline
 * the CSV reader uses (`SheetTable` in table.ts turns them into the typed table and report).
 * Each cell becomes the text a CSV export would hold: numbers typed by Excel as their shortest
 * round-trip decimal (`String(number)`: exact), dates as ISO text, shared and inline strings as
 * written, booleans TRUE/FALSE; error values (`#DIV/0!`, `#N/A`) are missing cells, counted per
 * column. Formulas are never evaluated: the value Excel stored with them is read, and a
 * formula without one is a missing cell (counted).
 */
import { attribute, decodeEntities, decodeOoxmlEscapes, XmlScanner } from './xml.ts';

/** A sheet row as read: the 0-based columns of its non-empty cells and their texts. */
export interface SheetRow {
  row: number;
  cols: number[];
  vals: string[];
  /** Per cell: true when Excel stored it as text (shared, inline or formula string). */
  text: boolean[];
  hidden: boolean;
}

export interface SheetFacts {
  /** Merged ranges, 0-based inclusive: [row1, col1, row2, col2] with rows 1-based. */
  merges: [number, number, number, number][];
  hiddenCols: Set<number>;
  hasDrawing: boolean;
  formulas: number;
  /** Formulas with no stored value (never calculated, e.g. written by a script). */
  uncached: number;
  /** Cells holding an error value (#DIV/0!, #N/A …), read as missing: count and first rows per column. */
  errors: number;
  errorCells: Map<number, { count: number; rows: number[] }>;
  cells: number;
}

/** `B12` → 1 (0-based column); -1 when not a reference. */
export function columnOfRef(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}

function rowOfRef(ref: string): number {
  const m = /\d+$/.exec(ref);
  return m ? Number(m[0]) : 0;
}

/** `A1:C3` → [1, 0, 3, 2]. */
export function parseRange(ref: string): [number, number, number, number] | null {
  const [a, b = a] = ref.split(':');
  const c1 = columnOfRef(a);
  const c2 = columnOfRef(b);
  const r1 = rowOfRef(a);
  const r2 = rowOfRef(b);
  if (c1 < 0 || c2 < 0 || r1 < 1 || r2 < 1) return null;
  return [Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2)];
}

/** Column letters of a 0-based column. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** An Excel date serial as ISO text (`2024-06-30`, with the time when it has one). */
export function serialToIso(serial: number, date1904: boolean): string {
  // 1900 system: day 1 = 1900-01-01 and Excel's phantom 1900-02-29 (day 60) shifts earlier days by one.
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  const ms = Math.round((days - 25569) * 86400000);
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (serial < 1 && serial >= 0) return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0) return date;
  return `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

export interface SheetScanOptions {
  shared: string[];
  dateStyles: boolean[];
  date1904: boolean;
  onRow: (row: SheetRow) => void;
}

/** A streaming reader of one worksheet's XML: `push` text pieces, then `finish` for the facts. */
export function createSheetScanner(options: SheetScanOptions): { push(text: string, final?: boolean): void; facts: SheetFacts } {
  const { shared, dateStyles, date1904, onRow } = options;
  const facts: SheetFacts = { merges: [], hiddenCols: new Set(), hasDrawing: false, formulas: 0, uncached: 0, errors: 0, errorCells: new Map(), cells: 0 };
  let inSheetData = false;
  let rowNum = 0;
  let row: SheetRow | null = null;
  let nextCol = 0;
  // The cell being read.
  let col = -1;
  let type = '';
  let style = -1;
  let hasF = false;
  let value = '';
  let where: 'v' | 't' | null = null;
  let inIs = false;
  let inPhonetic = false;

  function endCell(): void {
    if (!row || col < 0) return;
    let text: string | null = null;
    let isText = false;
    const raw = value;
    if (type === 's') {
      const i = Number(raw);
      text = Number.isInteger(i) && i >= 0 && i < shared.length ? shared[i] : null;
      isText = true;
    } else if (type === 'inlineStr') {
      text = decodeOoxmlEscapes(decodeEntities(raw));
      isText = true;
    } else if (type === 'str') {
      text = decodeOoxmlEscapes(decodeEntities(raw));
      isText = true;
      if (hasF && raw === '') facts.uncached++;
    } else if (type === 'b') {
      text = raw === '' ? null : raw.trim() === '1' || raw.trim() === 'true' ? 'TRUE' : 'FALSE';
    } else if (type === 'e') {
      // An error value is a missing cell, counted per column.
      if (raw.trim() !== '') {
        facts.errors++;
        const e = facts.errorCells.get(col) ?? { count: 0, rows: [] };
        e.count++;
        if (e.rows.length < 5) e.rows.push(row.row);
        facts.errorCells.set(col, e);
        facts.cells++;
      }
    } else if (type === 'd') {
      text = raw.trim();
    } else {
      const t = raw.trim();
      if (t === '') {
        if (hasF) facts.uncached++;
      } else {
        const v = Number(t);
        if (Number.isFinite(v)) text = style >= 0 && dateStyles[style] ? serialToIso(v, date1904) : String(v);
        else text = decodeEntities(t);
      }
    }
    if (text !== null) {
      text = text.trim();
      if (text !== '') {
        row.cols.push(col);
        row.vals.push(text);
        row.text.push(isText);
        facts.cells++;
      }
    }
    col = -1;
  }

  const scanner = new XmlScanner({
    open(name, attrs, selfClosing) {
      if (inSheetData) {
        if (name === 'c') {
          const ref = attribute(attrs, 'r');
          col = ref ? columnOfRef(ref) : nextCol;
          if (col < 0) col = nextCol;
          nextCol = col + 1;
          type = attribute(attrs, 't') ?? 'n';
          const s = attribute(attrs, 's');
          style = s === undefined ? -1 : Number(s);
          hasF = false;
          value = '';
          where = null;
          if (selfClosing) col = -1;
        } else if (name === 'v') where = selfClosing ? null : 'v';
        else if (name === 'f') {
          hasF = true;
          facts.formulas++;
        } else if (name === 'is') inIs = true;
        else if (name === 'rPh') inPhonetic = true;
        else if (name === 't' && inIs && !inPhonetic && !selfClosing) where = 't';
        else if (name === 'row') {
          const r = Number(attribute(attrs, 'r'));
          rowNum = Number.isInteger(r) && r > 0 ? r : rowNum + 1;
          const h = attribute(attrs, 'hidden');
          row = { row: rowNum, cols: [], vals: [], text: [], hidden: h === '1' || h === 'true' };
          nextCol = 0;
          if (selfClosing) row = null;
        }
        return;
      }
      if (name === 'sheetData' && !selfClosing) inSheetData = true;
      else if (name === 'col') {
        const h = attribute(attrs, 'hidden');
        if (h === '1' || h === 'true') {
          const min = Number(attribute(attrs, 'min'));
          const max = Math.min(Number(attribute(attrs, 'max')), min + 16384);
          for (let c = min; c <= max; c++) facts.hiddenCols.add(c - 1);
        }
      } else if (name === 'mergeCell') {
        const r = parseRange(attribute(attrs, 'ref') ?? '');
        if (r) facts.merges.push(r);
      } else if (name === 'drawing') facts.hasDrawing = true;
    },
    close(name) {
      if (!inSheetData) return;
      if (name === 'v' || name === 't') where = null;
      else if (name === 'is') inIs = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c') endCell();
      else if (name === 'row') {
        if (row) onRow(row);
        row = null;
      } else if (name === 'sheetData') inSheetData = false;
    },
    text(raw) {
      if (where !== null) value += raw;
    },
  });
  return { push: (text, final) => scanner.push(text, final), facts };
}

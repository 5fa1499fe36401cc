/**
 * A report table as data, ready to render as a three-line table (三线表: title above, header
 * row, body rows, notes below), and the one way its cells are written as text, so the page,
 * the copy-to-Word HTML and the CSV all show the same digits.
 */
import { BOM, CRLF, csvField, type CsvCell } from './csv.ts';

/**
 * How a column's numbers are written (strings are always written as they are):
 * - `number`: fixed decimals (`decimals`);
 * - `integer`: rounded to a whole number (counts, df, k);
 * - `percent`: a share 0…1 as a percentage with `decimals − 2` decimals (at least 0): 0.35 → 35.0%;
 * - `ratio`: a judgment: whole numbers and 1/k as such (3, 1/3), anything else with `decimals`;
 * - `p`: a p-value: below 10^−decimals written `<0.001` (for 3 decimals), else fixed decimals.
 */
export type CellFormat = 'number' | 'integer' | 'percent' | 'ratio' | 'p';

/** A table cell: numbers stay numbers (the renderer formats them), null is an empty cell. */
export type ReportCell = string | number | null;

export interface ReportTable {
  /** Stable id, e.g. `ahp-matrix:goal`, `anova`. */
  id: string;
  /** Title printed above the table (without the table number, which the document assigns). */
  title: string;
  /** Header row. */
  columns: string[];
  rows: ReportCell[][];
  /** Lines printed below the table (consistency line, sources, caveats). */
  notes?: string[];
  /** Decimals for `number` cells (default 3). */
  decimals?: number;
  /** Format per column (null or absent: `number`). */
  formats?: (CellFormat | null)[];
}

export const DEFAULT_DECIMALS = 3;

function fixed(value: number, decimals: number): string {
  const text = value.toFixed(Math.max(0, Math.min(20, Math.round(decimals))));
  return /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A judgment ratio: 3 → "3", 0.3333… → "1/3", 2.5 → "2.500" (3 decimals). */
function ratio(value: number, decimals: number): string {
  const r = Math.round(value);
  if (r >= 1 && Math.abs(value - r) < 1e-9) return String(r);
  if (value > 0) {
    const k = Math.round(1 / value);
    if (k >= 2 && Math.abs(1 / value - k) < 1e-9) return `1/${k}`;
  }
  return fixed(value, decimals);
}

/**
 * One cell as display text. Strings are returned unchanged; null, undefined and non-finite
 * numbers give `empty` (default ''); numbers follow `format` (default `number`) and `decimals`
 * (default 3). With `grouped`, `number` and `integer` cells get thousands separators
 * (140,000.000), for tables read on the page or in print, not for CSV.
 */
export function formatCell(value: ReportCell | undefined, format: CellFormat | null = 'number', decimals = DEFAULT_DECIMALS, empty = '', grouped = false): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined || !Number.isFinite(value)) return empty;
  switch (format ?? 'number') {
    case 'integer':
      return grouped ? group(fixed(value, 0)) : fixed(value, 0);
    case 'percent':
      return `${fixed(value * 100, Math.max(0, decimals - 2))}%`;
    case 'ratio':
      return ratio(value, decimals);
    case 'p': {
      const floor = 10 ** -decimals;
      return value < floor ? `<${fixed(floor, decimals)}` : fixed(value, decimals);
    }
    default:
      return grouped ? group(fixed(value, decimals)) : fixed(value, decimals);
  }
}

/** "1234567.891" → "1,234,567.891": thousands separators in the integer part (display only, never in CSV). */
export function group(text: string): string {
  const m = /^(-?)(\d+)(.*)$/.exec(text);
  if (!m || m[2].length <= 3) return text;
  return m[1] + m[2].replace(/\B(?=(\d{3})+$)/g, ',') + m[3];
}

/** Every body cell of a table as display text (see `formatCell`), same shape as `rows`. */
export function formatRows(table: ReportTable, empty = ''): string[][] {
  const decimals = table.decimals ?? DEFAULT_DECIMALS;
  return table.rows.map((row) => row.map((cell, j) => formatCell(cell, table.formats?.[j] ?? 'number', decimals, empty)));
}

export interface TableCsvOptions {
  /** Numbers as displayed (`formatCell`, default) or at full precision. */
  numbers?: 'display' | 'full';
  /** Put the title in a first line and the notes in lines after the body (default false). */
  titleAndNotes?: boolean;
  /** Start with a UTF-8 BOM (default true). */
  bom?: boolean;
}

/**
 * A report table as CSV (BOM, CRLF, RFC 4180 quoting, formula injection defused, like
 * `toCsv`). Numbers are written as displayed, except ratios, written as decimals (a
 * spreadsheet reads "1/3" as a date); `<0.001` and `35.0%` stay text a spreadsheet understands; `numbers: 'full'` writes every number at full precision instead. With `titleAndNotes`,
 * the title and each note are one-cell lines around the table.
 */
export function tableToCsv(table: ReportTable, options: TableCsvOptions = {}): string {
  const decimals = table.decimals ?? DEFAULT_DECIMALS;
  // Ratios are written as decimals: a spreadsheet would read "1/3" as a date.
  const body: CsvCell[][] =
    options.numbers === 'full'
      ? table.rows
      : table.rows.map((row) => row.map((cell, j) => {
        const format = table.formats?.[j] ?? 'number';
        return formatCell(cell, format === 'ratio' ? 'number' : format, decimals);
      }));
  const lines: string[] = [];
  if (options.titleAndNotes) lines.push(csvField(table.title));
  lines.push(table.columns.map((c) => csvField(c)).join(','));
  for (const row of body) lines.push(row.map((c) => csvField(c)).join(','));
  if (options.titleAndNotes) for (const note of table.notes ?? []) lines.push(csvField(note));
  return (options.bom === false ? '' : BOM) + lines.join(CRLF) + CRLF;
}

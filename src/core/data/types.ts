/**
 * Types shared by the data readers: the encodings we detect, the column types, and the
 * read report that tells the user what was read and what could not be.
 */
import type { Problem } from '../errors.ts';

/**
 * Text encodings `decodeBytes` can detect. `utf-8-bom` is UTF-8 with a byte-order mark (what
 * Excel writes for "CSV UTF-8"); `gb18030` also covers GBK/GB2312 ("ANSI" CSV from Chinese
 * Excel); `shift_jis` is Japanese Excel's "ANSI" (told from GB18030 by its kana); `windows-1252` is the last resort when the bytes are neither UTF-8 nor GB18030.
 */
export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'shift_jis' | 'windows-1252';

/** Field delimiters the sniffer chooses among. */
export type Delimiter = ',' | ';' | '\t' | '|';

/**
 * How a column is read.
 * - `numeric`: a `Float64Array`, NaN for missing or unreadable cells.
 * - `identifier`: customer ids; trimmed strings (leading zeros kept), null for missing.
 * - `categorical`: trimmed strings, null for missing.
 */
export type ColumnType = 'identifier' | 'numeric' | 'categorical';

export interface ColumnReport {
  /** Column name as used in the table (after trimming, naming empty header cells and renaming duplicates). */
  name: string;
  /** 0-based position in the file. */
  index: number;
  type: ColumnType;
  /** Cells that are empty or a missing-value marker (`NA`, `-`, `null`, …; see `isMissing`), plus cells absent on short lines. */
  missing: number;
  /**
   * Cells that are filled but cannot be read: in a numeric column, text that is not a number;
   * in any column, an Excel error value such as `#DIV/0!`. They become NaN / null like missing cells.
   */
  invalid: number;
  /** File lines (1-based, header = line 1) of the first 20 invalid cells. */
  invalidRows: number[];
  /** The first 5 distinct invalid cells as written (trimmed). */
  invalidExamples: string[];
  /** Number of distinct readable values (numbers for numeric columns, texts otherwise). */
  distinct: number;
  /** Numeric columns only, over the readable values; absent when there is none. */
  min?: number;
  max?: number;
  mean?: number;
  /**
   * True when every readable value is the same (distinct = 1). The `csv.constant` problem is
   * raised only when at least two rows have a readable value.
   */
  constant: boolean;
  /**
   * True when some values are written with `%`. Such values are read as fractions:
   * `12.5%` → 0.125 (theses write growth rates this way), so the column is on a 0–1 scale.
   */
  percent: boolean;
}

export interface ReadReport {
  fileName?: string;
  /** The detected encoding, `text` when the input was already a string, `xlsx` for a workbook. */
  encoding: Encoding | 'text' | 'xlsx';
  delimiter: string;
  /** Number of data rows (the header and blank lines are not counted). */
  rows: number;
  columns: ColumnReport[];
  /** Everything worth telling the user, in file order: encoding, quotes, header, ragged lines, then columns. */
  problems: Problem[];
  /** Workbooks only: the sheet read, every sheet of the workbook, the header's sheet row, rows left out. */
  sheet?: string;
  sheets?: { index: number; name: string; kind: 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet'; hidden: boolean }[];
  headerRow?: number;
  excludedRows?: ExcludedRow[];
}

/** A sheet row left out of the data: a totals row (合计, Total …) or a note below the data. */
export interface ExcludedRow {
  row: number;
  kind: 'total' | 'note';
  /** Its first filled cell. */
  label: string;
}

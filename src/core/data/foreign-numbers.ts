/**
 * Numbers written in a style the reader does not read — a decimal comma (`1.234,5`, `80,5`,
 * German/French/Russian Excel) or an apostrophe between thousands (`1'234.50`, Swiss) — make a
 * column of amounts come out as identifiers or categories. When more than 10 % of a column's
 * filled cells are such numbers, the read report says so, why, and how to fix the file, instead
 * of "no problem found". The variant is `<style>-<type>` (`decimal-comma-identifier`, …).
 */
import type { Problem } from '../errors.ts';
import { looksLikeDecimalComma } from './number.ts';
import type { ColumnType } from './types.ts';

/** `1'234`, `-12'500.75`, `1’234’567` (typographic apostrophe too). */
const APOSTROPHE = /^[-+]?\d{1,3}(?:['’]\d{3})+(?:\.\d+)?$/;

/** Share of filled cells above which a column's unread numbers are reported. */
export const FOREIGN_SHARE = 0.1;

export type ForeignStyle = 'decimal-comma' | 'apostrophe';

/** The style of a cell that is a number the parser does not read, or null. */
export function foreignNumberStyle(cell: string): ForeignStyle | null {
  const s = cell.trim();
  if (APOSTROPHE.test(s)) return 'apostrophe';
  if (looksLikeDecimalComma(s)) return 'decimal-comma';
  return null;
}

const HOW: Record<ForeignStyle, string> = {
  'decimal-comma': 'written with a decimal comma',
  apostrophe: "written with ' between thousands",
};

/** Counts a column's cells by style, keeping the first cell of each; `problem` reports them. */
export class ForeignNumbers {
  private readonly counts: Record<ForeignStyle, number> = { 'decimal-comma': 0, apostrophe: 0 };
  private readonly first: Partial<Record<ForeignStyle, { line: number; cell: string }>> = {};

  see(cell: string, line: number): void {
    const c = cell.charCodeAt(0);
    // Every style starts with a digit or a sign: skip names and codes at once.
    if (!(c >= 48 && c <= 57) && c !== 45 && c !== 43 && c !== 40) return;
    const style = foreignNumberStyle(cell);
    if (!style) return;
    this.counts[style]++;
    this.first[style] ??= { line, cell: cell.trim() };
  }

  /** `csv.foreign-number` when more than 10 % of the `filled` cells are numbers of one style. */
  problem(column: string, type: ColumnType, filled: number, label: string = column): Problem | null {
    const style: ForeignStyle = this.counts['decimal-comma'] >= this.counts.apostrophe ? 'decimal-comma' : 'apostrophe';
    const k = this.counts[style];
    if (filled === 0 || k <= FOREIGN_SHARE * filled) return null;
    const share = Math.round((100 * k) / filled);
    const at = this.first[style] as { line: number; cell: string };
    const fix =
      style === 'decimal-comma'
        ? 'this tool reads "." as the decimal point and "," as the thousands separator. Save the file with "." decimals (or replace "," by "." in this column), then open it again'
        : `this tool reads "," as the thousands separator, not "'". Remove the "'" from the numbers (or save the file without thousands separators), then open it again`;
    return {
      severity: 'warning',
      code: 'csv.foreign-number',
      message: `Column "${label}" is read as ${type}, not as numbers: ${k} of its ${filled} filled cells (${share}%) are numbers ${HOW[style]} (line ${at.line}: "${at.cell}"): ${fix}.`,
      where: { column, row: at.line },
      params: { column: label, type, count: k, filled, share, line: at.line, cell: at.cell },
      // By type too, so that the translation names the type in its own words.
      variant: `${style}-${type}`,
    };
  }
}

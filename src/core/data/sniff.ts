/**
 * Delimiter sniffing: which of `,` `;` tab `|` splits the first records of a file into the
 * same number of fields (at least two) on every line. Quoted text is skipped, close to the
 * rule papaparse uses: a quote opens a quoted field only as the first character of a line or
 * right after one of the candidate delimiters, and `""` inside it is an escaped quote.
 */
import type { Delimiter } from './types.ts';

/** The candidates, in the order that breaks ties. */
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

export interface SniffOptions {
  /** Records looked at (default 50). */
  maxRecords?: number;
  /** Characters looked at (default 65,536); a record cut at this limit is not counted. */
  maxChars?: number;
}

const QUOTE = 34;
const ANY_DELIMITER = new Set(DELIMITERS.map((d) => d.charCodeAt(0)));
const LF = 10;
const CR = 13;

/** Field count of each non-blank record among the first ones, splitting on `delimiter`. */
export function fieldCounts(text: string, delimiter: string, options: SniffOptions = {}): number[] {
  const maxRecords = options.maxRecords ?? 50;
  const end = Math.min(text.length, options.maxChars ?? 65_536);
  const d = delimiter.charCodeAt(0);
  const counts: number[] = [];
  let fields = 1;
  let fieldStart = true;
  let inQuotes = false;
  let content = false;
  let i = 0;
  for (; i < end && counts.length < maxRecords; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === LF || c === CR) {
      if (content) counts.push(fields);
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      fields = 1;
      fieldStart = true;
      content = false;
      continue;
    }
    if (c === d) {
      fields++;
      fieldStart = true;
      continue;
    }
    if (ANY_DELIMITER.has(c)) {
      // Another candidate's delimiter: a quote right after it is quoted text too, so that
      // quoted cells are skipped whichever candidate is being counted.
      fieldStart = true;
      content = true;
      continue;
    }
    if (c === QUOTE && fieldStart) inQuotes = true;
    fieldStart = false;
    if (c !== 32 && c !== 9) content = true;
  }
  // The last record counts only if the text really ends there (not cut by maxChars).
  if (content && i >= text.length && counts.length < maxRecords) counts.push(fields);
  return counts;
}

/**
 * Picks the delimiter whose field count is the same on the largest share of the first
 * records (ties: more fields, then the order `,` `;` tab `|`). A candidate must give at
 * least two fields on most lines; when none does (a one-column file), returns `,`.
 */
export function sniffDelimiter(text: string, options: SniffOptions = {}): Delimiter {
  let best: Delimiter = ',';
  let bestShare = 0;
  let bestFields = 0;
  for (const d of DELIMITERS) {
    const counts = fieldCounts(text, d, options);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    let mode = 0;
    let modeFreq = 0;
    for (const [c, f] of freq) {
      if (f > modeFreq || (f === modeFreq && c > mode)) {
        mode = c;
        modeFreq = f;
      }
    }
    if (mode < 2) continue;
    const share = modeFreq / counts.length;
    if (share > bestShare || (share === bestShare && mode > bestFields)) {
      best = d;
      bestShare = share;
      bestFields = mode;
    }
  }
  return best;
}

/**
 * Column names from the header line: trimmed, empty cells named `column N`, duplicates
 * renamed `name (2)`, `name (3)`… Every change is reported, naming the column numbers
 * (1-based, as in a spreadsheet).
 */
import { InputError, type Problem } from '../errors.ts';
import { isMissing, parseNumber } from './number.ts';

export interface HeaderNames {
  names: string[];
  problems: Problem[];
}

/**
 * Checks the header line is a header: a line whose every cell is a number or empty
 * (`5.1,3.5,1.4,0.2`) is data, meaning the file has no header line.
 * @throws InputError `csv.no-header`
 */
export function checkHeader(cells: string[], line: number): void {
  const texts = cells.map((c) => c.trim());
  const named = texts.filter((c) => !isMissing(c));
  if (named.length > 0 && named.some((c) => Number.isNaN(parseNumber(c)))) return;
  const shown = texts.slice(0, 4).map((c) => JSON.stringify(c)).join(', ') + (texts.length > 4 ? ', …' : '');
  throw new InputError(
    'csv.no-header',
    `Line ${line} should be the header with the column names, but all its cells are numbers or empty (${shown}). Add a first line with a name for each column.`,
    { row: line },
    { line, cells: shown },
  );
}

/** Names the columns of a header line (see the module comment). */
export function nameColumns(cells: string[], line: number): HeaderNames {
  const problems: Problem[] = [];
  const names = cells.map((c) => c.trim());
  for (let j = 0; j < names.length; j++) {
    if (names[j] === '') {
      names[j] = `column ${j + 1}`;
      problems.push({
        severity: 'warning',
        code: 'csv.empty-header',
        message: `Column ${j + 1} has no name in the header; it is called "${names[j]}".`,
        where: { row: line, column: names[j] },
        params: { column: j + 1, name: names[j] },
      });
    }
  }
  const taken = new Set(names);
  const firstAt = new Map<string, number>();
  const copies = new Map<string, number>();
  for (let j = 0; j < names.length; j++) {
    const name = names[j];
    const first = firstAt.get(name);
    if (first === undefined) {
      firstAt.set(name, j);
      continue;
    }
    let k = copies.get(name) ?? 1;
    let renamed: string;
    do {
      k++;
      renamed = `${name} (${k})`;
    } while (taken.has(renamed));
    copies.set(name, k);
    taken.add(renamed);
    names[j] = renamed;
    problems.push({
      severity: 'warning',
      code: 'csv.duplicate-column',
      message: `Columns ${first + 1} and ${j + 1} are both named "${showInvisible(name)}"; column ${j + 1} is renamed to "${showInvisible(renamed)}".`,
      where: { row: line, column: renamed },
      // Clipped in the params too: the translations fill them in (a 200,000-character name stays 60).
      params: { first: first + 1, column: j + 1, name: showInvisible(name), renamed: showInvisible(renamed) },
    });
  }
  for (let j = 0; j < names.length; j++) {
    const found = invisibleIn(names[j]);
    if (found.length === 0) continue;
    const shown = showInvisible(names[j]);
    const which = found.map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
    problems.push({
      severity: 'warning',
      code: 'csv.invisible-header',
      message: `The name of column ${j + 1}, "${shown}", holds invisible characters (${which}: text-direction controls or zero-width marks) that can make it display as another name; it is kept as written. Retype the name in the file.`,
      where: { row: line, column: names[j] },
      params: { column: j + 1, name: shown, characters: which },
    });
  }
  return { names, problems };
}

/** Bidirectional controls, zero-width characters, the soft hyphen and a BOM inside a name. */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** The distinct invisible characters of `name` (code points, in order of appearance). */
function invisibleIn(name: string): number[] {
  const out: number[] = [];
  for (const m of name.matchAll(INVISIBLE)) {
    const c = m[0].charCodeAt(0);
    if (!out.includes(c)) out.push(c);
  }
  return out;
}

/** A column name as messages show it: at most 60 characters (then "…"), so that a huge header is never repeated whole. */
export function clipName(name: string): string {
  return name.length > 60 ? `${name.slice(0, 60)}…` : name;
}

/** `name` with each invisible character written as <U+XXXX>, at most 60 characters (then "…"). */
export function showInvisible(name: string): string {
  const clipped = clipName(name);
  return clipped.replace(INVISIBLE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

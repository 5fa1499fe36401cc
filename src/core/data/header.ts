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
      message: `Columns ${first + 1} and ${j + 1} are both named "${name}"; column ${j + 1} is renamed to "${renamed}".`,
      where: { row: line, column: renamed },
      params: { first: first + 1, column: j + 1, name, renamed },
    });
  }
  return { names, problems };
}

/**
 * Rows of a CSV file as the reader meets them: blank lines, cells cleaned of Excel's text
 * protection, and lines whose field count differs from the header's (`csv.ragged`).
 * Split out of read.ts; the reader is the only user.
 */
import type { Problem } from '../errors.ts';

/** Individual `csv.ragged` problems before the rest are summarised in one. */
export const MAX_RAGGED = 10;

export function snippet(text: string, at: number): string {
  const s = text.slice(at, at + 24).split(/\r\n|\r|\n/)[0];
  return s.length < text.length - at ? `${s}…` : s;
}

export function isBlank(row: string[]): boolean {
  for (let j = 0; j < row.length; j++) if (row[j].trim() !== '') return false;
  return true;
}

export function raggedProblem(line: number, fields: number, names: string[]): Problem {
  const width = names.length;
  let rest: string;
  let params: Problem['params'];
  let variant: string;
  if (fields < width) {
    const absent = names.slice(fields);
    const list = absent.length <= 3 ? absent.map((n) => `"${n}"`).join(', ') : `${absent.slice(0, 3).map((n) => `"${n}"`).join(', ')} and ${absent.length - 3} more`;
    rest = ` ${absent.length === 1 ? 'Column' : 'Columns'} ${list} ${absent.length === 1 ? 'is' : 'are'} read as missing on this line.`;
    variant = 'short';
    params = { line, fields, width, columns: absent.slice(0, 3).map((n) => `"${n}"`).join(', ') + (absent.length > 3 ? ', …' : '') };
  } else {
    const extra = fields - width;
    rest = ` The ${extra === 1 ? 'extra field is' : `${extra} extra fields are`} dropped.`;
    variant = 'long';
    params = { line, fields, width, extra };
  }
  return {
    severity: 'warning',
    code: 'csv.ragged',
    message: `Line ${line} has ${fields} ${fields === 1 ? 'field' : 'fields'}; the header has ${width}.${rest}`,
    where: { row: line },
    params,
    variant,
  };
}

const EXCEL_TEXT = /^="(.*)"$/s;

/** Trims a cell and unwraps Excel's `="…"` text-protection form. */
export function cleanCell(raw: string): string {
  const s = raw.trim();
  if (s.length >= 3 && s.charCodeAt(0) === 61 /* = */) {
    const m = EXCEL_TEXT.exec(s);
    if (m) return m[1].replace(/""/g, '"').trim();
  }
  return s;
}

/**
 * Editing pairwise judgments (for the notebook's judgments step): Saaty slider positions,
 * the stored form of a judgment, setting a judgment with its reciprocal, keeping a matrix in
 * line with the node's children, and reading a whole matrix pasted from Excel.
 *
 * Slider convention: positions −8 … 8 on a two-sided scale. Left of the centre the row item is
 * more important (−2 ⇒ a_ij = 3), right of it the column item (+2 ⇒ a_ij = 1/3); 0 is 1 (equal).
 */
import { InputError } from '../errors.ts';
import type { Judgment, JudgmentMatrix } from '../model/project.ts';
import { formatRatio, toMatrix, type Label } from './judgment.ts';

/** Leftmost slider position: the row item extremely more important (a_ij = 9). */
export const SLIDER_MIN = -8;
/** Rightmost slider position: the column item extremely more important (a_ij = 1/9). */
export const SLIDER_MAX = 8;

/** a_ij for a slider position (rounded and clamped to −8 … 8): p ≤ 0 ⇒ 1 − p, p > 0 ⇒ 1/(1 + p). */
export function sliderToValue(position: number): number {
  const p = Math.max(SLIDER_MIN, Math.min(SLIDER_MAX, Math.round(Number.isFinite(position) ? position : 0)));
  return p <= 0 ? 1 - p : 1 / (1 + p);
}

/**
 * The slider position nearest to a_ij: the Saaty intensity max(a, 1/a) rounded to an integer
 * 1 … 9, on the row side when a > 1 and the column side when a < 1. A value that is not a
 * positive finite number gives 0 (the centre).
 */
export function valueToSlider(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 0;
  const k = intensity(value);
  return value >= 1 ? 1 - k : k - 1;
}

/** Saaty intensity of a judgment: max(a, 1/a) rounded to 1 … 9 (1 for a bad value). */
export function intensity(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  return Math.max(1, Math.min(9, Math.round(value >= 1 ? value : 1 / value)));
}

/**
 * The form in which a judgment is stored in the project: an integer 1 … 9 as a number, an
 * exact reciprocal 1/k as the string "1/k", anything else (e.g. 2.5, an aggregated 2.449…)
 * as the number itself, unrounded.
 */
export function judgmentOf(value: number): Judgment {
  const r = Math.round(value);
  if (r >= 1 && Math.abs(value - r) < 1e-9) return r;
  const k = Math.round(1 / value);
  if (k >= 2 && Math.abs(1 / value - k) < 1e-9) return `1/${k}`;
  return value;
}

/** A copy of `matrix` with a_ij = value and a_ji = 1/value, both in stored form (see `judgmentOf`). */
export function withJudgment(matrix: readonly (readonly Judgment[])[], i: number, j: number, value: number): Judgment[][] {
  if (i === j) throw new InputError('ahp.diagonal', `Cannot set the diagonal cell (${i + 1}, ${j + 1}); an item compared with itself is 1.`, {}, { row: i + 1, col: j + 1 }, 'cell');
  const m = matrix.map((row) => row.slice());
  m[i][j] = judgmentOf(value);
  m[j][i] = judgmentOf(1 / value);
  return m;
}

/** An n×n matrix of 1s (every pair judged equally important). */
export function unitJudgments(n: number): Judgment[][] {
  return Array.from({ length: n }, () => new Array<Judgment>(n).fill(1));
}

/** How a stored judgment matrix relates to the node's current children. */
export type AlignStatus = 'ok' | 'missing' | 'changed';

/**
 * The judgments of `jm` over `items` (the node's children, in hierarchy order): pairs of items
 * both present in `jm` keep their judgments (as stored), pairs involving a new item start at 1.
 * `status` is `ok` when `jm` already lists exactly `items` in that order with an n×n matrix,
 * `missing` when there is no `jm`, `changed` otherwise (reordered, items added or removed, or a
 * malformed matrix). A duplicated id in `jm.items` keeps its first position.
 */
export function alignJudgments(jm: JudgmentMatrix | undefined, items: readonly string[]): { matrix: Judgment[][]; status: AlignStatus } {
  const n = items.length;
  if (!jm) return { matrix: unitJudgments(n), status: 'missing' };
  const given = Array.isArray(jm.items) ? jm.items : [];
  const raw = Array.isArray(jm.matrix) ? jm.matrix : [];
  const cell = (a: number, b: number): Judgment | undefined => {
    const row = raw[a];
    return Array.isArray(row) ? row[b] : undefined;
  };
  const pos = items.map((id) => given.indexOf(id));
  const matrix = unitJudgments(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i === j || pos[i] < 0 || pos[j] < 0) continue;
      const v = cell(pos[i], pos[j]);
      matrix[i][j] = v === undefined || v === null ? '' : v;
    }
  }
  // A pair whose two cells are both missing would be unreadable: fall back to equal.
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (isBlank(matrix[i][j]) && isBlank(matrix[j][i])) {
        matrix[i][j] = 1;
        matrix[j][i] = 1;
      }
    }
  }
  const same =
    given.length === n &&
    given.every((id, k) => id === items[k]) &&
    raw.length === n &&
    raw.every((row) => Array.isArray(row) && row.length === n);
  return { matrix, status: same ? 'ok' : 'changed' };
}

const isBlank = (v: Judgment): boolean => typeof v === 'string' && v.trim() === '';

/**
 * Puts the matrix of (`node`, `expert`) into `judgments` (mutating the list): replaces the
 * existing one or appends a new one. Returns its index.
 */
export function putJudgments(judgments: JudgmentMatrix[], jm: JudgmentMatrix): number {
  const k = judgments.findIndex((x) => x.node === jm.node && x.expert === jm.expert);
  const copy: JudgmentMatrix = { node: jm.node, expert: jm.expert, items: jm.items.slice(), matrix: jm.matrix.map((r) => r.slice()), ...copyFuzzy(jm) };
  if (k >= 0) {
    judgments[k] = copy;
    return k;
  }
  judgments.push(copy);
  return judgments.length - 1;
}

/**
 * Judgment matrices for a new expert `to`: a copy of every matrix of expert `from`, or — when
 * `from` is null or has none — nothing (callers give the new expert all-1 matrices per node
 * with `unitJudgments`).
 */
export function copyJudgments(judgments: readonly JudgmentMatrix[], from: string | null, to: string): JudgmentMatrix[] {
  if (from === null) return [];
  return judgments
    .filter((jm) => jm.expert === from)
    .map((jm) => ({ node: jm.node, expert: to, items: jm.items.slice(), matrix: jm.matrix.map((r) => r.slice()), ...copyFuzzy(jm) }));
}

/** `{ fuzzy }`, a deep copy of the fuzzy judgments (l, m, u) of `jm`, or `{}` when it has none. */
function copyFuzzy(jm: JudgmentMatrix): Pick<JudgmentMatrix, 'fuzzy'> {
  if (!Array.isArray(jm.fuzzy)) return {};
  return { fuzzy: jm.fuzzy.map((row) => (Array.isArray(row) ? row.map((c) => (Array.isArray(c) ? (c.slice() as typeof c) : null)) : row)) };
}

/** A bad cell of a pasted matrix, 1-based row and column of the matrix (not of the pasted text). */
export interface PasteProblem {
  code: string;
  message: string;
  row?: number;
  col?: number;
}

export type PasteResult = { ok: true; matrix: Judgment[][]; numbers: number[][] } | { ok: false; problem: PasteProblem };

export interface PasteOptions {
  node: Label;
  expert?: Label;
}

/**
 * Splits pasted text into rows of cells: tabs (Excel), else commas/semicolons, else spaces.
 * Blank lines are dropped, but a line of tabs alone is an Excel row of empty cells and is kept.
 */
export function splitPasted(text: string): string[][] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => l.includes('\t') || l.trim() !== '');
  return lines.map((line) => {
    if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
    if (/[,;，；]/.test(line)) return line.split(/[,;，；]/).map((c) => c.trim());
    return line
      .trim()
      .replace(/\s*([/／⁄∕])\s*/g, '$1')
      .split(/\s+/);
  });
}

const looksNumeric = (cell: string): boolean => /^[\s0-9０-９.．/／⁄∕-]+$/.test(cell) && /[0-9０-９]/.test(cell);

/**
 * Reads a whole judgment matrix pasted as text (copied from Excel: tab separated; also
 * comma, semicolon or space separated), one row per line, over `items` in order. A header
 * row and/or a first column of item names (anything that is not a number) are skipped.
 * Cells accept what `parseJudgment` accepts ("3", "1/3", "０.５"); a lower-triangle or
 * diagonal cell may be empty. Returns the stored form of the matrix (upper triangle as
 * read, lower triangle its reciprocal) and its numbers, or the first problem with the
 * 1-based row and column of the bad cell and a message naming them and the two items.
 */
export function parsePastedMatrix(text: string, items: readonly { id: string; name: string }[], options: PasteOptions): PasteResult {
  const n = items.length;
  let rows = splitPasted(text);
  const names = items.map((x) => x.name).join(', ');
  if (rows.length === 0) {
    return { ok: false, problem: { code: 'ahp.paste-empty', message: `Nothing to read: paste ${n} rows of ${n} values (${names}).` } };
  }
  const trimTo = (len: number) => (r: string[]): string[] => {
    const out = r.slice();
    while (out.length > len && out[out.length - 1] === '') out.pop();
    return out;
  };
  rows = rows.map(trimTo(n + 1));
  if (rows.length === n + 1 && rows[0].some((c) => c !== '' && !looksNumeric(c))) rows = rows.slice(1);
  if (rows.every((r) => r.length === n + 1) && rows.some((r) => r[0] !== '' && !looksNumeric(r[0]))) rows = rows.map((r) => r.slice(1));
  rows = rows.map(trimTo(n));
  if (rows.length !== n) {
    return {
      ok: false,
      problem: { code: 'ahp.matrix-size', message: `The pasted text has ${rows.length} row(s); this matrix needs ${n}, one per item (${names}).` },
    };
  }
  const bad = rows.findIndex((r) => r.length !== n);
  if (bad >= 0) {
    return {
      ok: false,
      problem: {
        code: 'ahp.matrix-size',
        row: bad + 1,
        message: `Row ${bad + 1} (${items[bad].name}) of the pasted text has ${rows[bad].length} value(s); each row needs ${n}, one per item (${names}).`,
      },
    };
  }
  const nameMap: Record<string, string> = {};
  for (const it of items) nameMap[it.id] = it.name;
  const node = typeof options.node === 'string' ? { id: options.node, name: options.node } : options.node;
  nameMap[node.id] = node.name;
  const expert = options.expert === undefined ? undefined : typeof options.expert === 'string' ? { id: options.expert, name: options.expert } : options.expert;
  const jm: JudgmentMatrix = { node: node.id, expert: expert?.id ?? '', items: items.map((x) => x.id), matrix: rows };
  let numbers: number[][];
  try {
    numbers = toMatrix(jm, nameMap, { expertName: expert?.name ?? '–' });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const ids = items.map((x) => x.id);
    const r = e.where.judgment ? ids.indexOf(e.where.judgment.row) : -1;
    const c = e.where.judgment ? ids.indexOf(e.where.judgment.col) : -1;
    const at = r >= 0 && c >= 0 ? `Row ${r + 1}, column ${c + 1}: ` : '';
    return { ok: false, problem: { code: e.code, message: at + e.message, ...(r >= 0 ? { row: r + 1 } : {}), ...(c >= 0 ? { col: c + 1 } : {}) } };
  }
  let matrix = unitJudgments(n);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) matrix = withJudgment(matrix, i, j, numbers[i][j]);
  return { ok: true, matrix, numbers };
}

/** A judgment for display: "3", "1/3", "2.5" (see `formatRatio`). */
export function showJudgment(value: number): string {
  return formatRatio(value);
}

/**
 * Reading pairwise judgments as the user typed them ("7", "1/7", "０.２", 0.333 …) and
 * turning a `JudgmentMatrix` into a checked reciprocal matrix of numbers.
 *
 * Rules (decided here, documented for the UI and the method section of the report):
 * - A judgment is a number or a fraction `p/q` of two decimals; spaces are ignored;
 *   full-width digits, slash and point (Chinese input methods) and the fraction slash
 *   U+2044 / division slash U+2215 are read as their ASCII forms.
 * - It must be a positive ratio on Saaty's scale, 1/9 ≤ a ≤ 9. A decimal just below 1/9 is
 *   accepted when it is 1/9 rounded to the (at least two) decimals written: 0.11, 0.111.
 * - In a matrix the diagonal must be 1 (or empty). For each pair only one triangle needs to
 *   be filled: an empty cell takes the reciprocal of its partner. When both cells are given
 *   they must be reciprocal: a_ij·a_ji = 1 within 1e-6 relative, or one of them, as written,
 *   must be the reciprocal of the other rounded to the decimals written (at least two):
 *   3 and 0.33, 7 and 0.143, 1/8 and 8.0. The matrix then keeps the unrounded value and its
 *   exact reciprocal. 0.3 is not taken as 1/3 (one decimal is too coarse).
 */
import { InputError, type Problem } from '../errors.ts';
import type { Judgment, JudgmentMatrix } from '../model/project.ts';

export const SCALE_MIN = 1 / 9;
export const SCALE_MAX = 9;
/** Relative tolerance of the exact reciprocity check. */
export const RECIPROCAL_TOLERANCE = 1e-6;

/** An id with its display name; a bare string is used as both. */
export type Label = string | { id: string; name: string };

/** Where a judgment sits, for messages (names) and for `Where.judgment` (ids). */
export interface JudgmentPlace {
  node: Label;
  /** Row item (the first item of the comparison). */
  row: Label;
  /** Column item. */
  col: Label;
  expert?: Label;
  /** Project path of the cell, e.g. `judgments[2].matrix[0][1]`. */
  path?: string;
}

const idOf = (l: Label): string => (typeof l === 'string' ? l : l.id);
const nameOf = (l: Label): string => (typeof l === 'string' ? l : l.name);

function whereOf(place: JudgmentPlace) {
  return {
    judgment: {
      node: idOf(place.node),
      row: idOf(place.row),
      col: idOf(place.col),
      ...(place.expert !== undefined ? { expert: idOf(place.expert) } : {}),
    },
    ...(place.path !== undefined ? { path: place.path } : {}),
  };
}

/** `Judgment "A" vs "B" (node Goal, expert E1)` */
export function describeJudgment(place: JudgmentPlace): string {
  const expert = place.expert !== undefined ? `, expert ${nameOf(place.expert)}` : '';
  return `Judgment "${nameOf(place.row)}" vs "${nameOf(place.col)}" (node ${nameOf(place.node)}${expert})`;
}

const show = (value: unknown): string =>
  typeof value === 'number' ? String(value) : typeof value === 'string' ? `"${value}"` : String(value);

/** NFKC (full-width → ASCII), fraction/division slash → '/', all whitespace removed. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/[\u2044\u2215\u00f7]/g, '/').replace(/\s+/g, '');
}

const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Decimals written after the point (Infinity for a fraction: it is exact). */
export function writtenDecimals(raw: Judgment): number {
  const text = typeof raw === 'number' ? String(raw) : normalise(raw);
  if (!DECIMAL.test(text)) return Infinity;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** True when `value`, written with `decimals` decimals (≥ 2), is `target` rounded to them. */
export function isRoundingOf(value: number, decimals: number, target: number): boolean {
  if (!Number.isFinite(decimals) || decimals < 2) return false;
  return Math.abs(value - target) <= 0.5 * 10 ** -decimals * (1 + 1e-9);
}

const isEmpty = (raw: unknown): boolean =>
  raw === null || raw === undefined || (typeof raw === 'string' && normalise(raw) === '');

/**
 * A number or a fraction as `parseJudgment` reads it (full-width forms, "p/q", spaces), without
 * its scale and sign checks: the value, or null when the text is not a number or fraction (or
 * divides by zero). For the fields of a fuzzy judgment (fuzzy/judgments.ts).
 */
export function readRatio(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = normalise(value);
  const negative = /^-/.test(text);
  const body = negative ? text.slice(1) : text;
  const frac = body.split('/');
  let v: number;
  if (frac.length === 1 && DECIMAL.test(body)) v = Number(body);
  else if (frac.length === 2 && DECIMAL.test(frac[0]) && DECIMAL.test(frac[1]) && Number(frac[1]) !== 0) v = Number(frac[0]) / Number(frac[1]);
  else return null;
  return negative ? -v : v;
}

/**
 * Reads one judgment. Accepts numbers and strings such as "7", "1/7", " 1 / 7 ", "0.2",
 * "１／７". Throws `InputError` `ahp.judgment-invalid` (empty, not a number, division by zero,
 * zero or negative) or `ahp.judgment-range` (outside 1/9 … 9), naming the node, the two items
 * and the expert.
 */
export function parseJudgment(value: Judgment, where: JudgmentPlace): number {
  const what = describeJudgment(where);
  const jp = { row: nameOf(where.row), col: nameOf(where.col), node: nameOf(where.node), expert: where.expert !== undefined ? nameOf(where.expert) : '' };
  const fail = (code: string, message: string, variant?: string): never => {
    throw new InputError(code, `${what} ${message}`, whereOf(where), { ...jp, value: show(value) }, variant);
  };
  const advice = 'enter a value from 1/9 to 9, such as 3 or 1/3.';
  let v: number;
  if (isEmpty(value)) return fail('ahp.judgment-invalid', `is empty; ${advice}`, 'empty');
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('ahp.judgment-invalid', `is ${show(value)}, which is not a number; ${advice}`, 'not-number');
    v = value;
  } else if (typeof value === 'string') {
    const text = normalise(value);
    const negative = /^-/.test(text);
    const body = negative ? text.slice(1) : text;
    const frac = body.split('/');
    if (frac.length === 1 && DECIMAL.test(body)) v = Number(body);
    else if (frac.length === 2 && DECIMAL.test(frac[0]) && DECIMAL.test(frac[1])) {
      const q = Number(frac[1]);
      if (q === 0) return fail('ahp.judgment-invalid', `is ${show(value)}, a division by zero; ${advice}`, 'division');
      v = Number(frac[0]) / q;
    } else {
      return fail('ahp.judgment-invalid', `is ${show(value)}, which is not a number or a fraction such as 3 or 1/3.`, 'not-fraction');
    }
    if (negative) v = -v;
  } else {
    return fail('ahp.judgment-invalid', `is ${show(value)}, which is not a number or a fraction such as 3 or 1/3.`, 'not-fraction');
  }
  if (v === 0) {
    return fail('ahp.judgment-invalid', `is ${show(value)}; a judgment is a positive ratio from 1/9 to 9 (1 means equally important).`, 'zero');
  }
  if (v < 0) {
    const k = -v;
    const hint = k >= 1 && k <= 9 && Number.isInteger(k) ? ` (write 1/${k}, not ${-k}, when "${nameOf(where.col)}" is preferred)` : '';
    return fail('ahp.judgment-invalid', `is ${show(value)}; a judgment is a positive ratio from 1/9 to 9${hint}.`, 'negative');
  }
  const tooSmall = v < SCALE_MIN && !isRoundingOf(v, writtenDecimals(value), SCALE_MIN);
  if (tooSmall || v > SCALE_MAX) {
    return fail('ahp.judgment-range', `is ${show(value)}; the Saaty scale allows 1/9 to 9.`);
  }
  return v;
}

/** Formats a ratio for messages: integers and 1/k as such, others to 3 decimals. */
export function formatRatio(v: number): string {
  const r = Math.round(v);
  if (Math.abs(v - r) < 1e-9 && r >= 1) return String(r);
  const k = Math.round(1 / v);
  if (k >= 2 && Math.abs(1 / v - k) < 1e-9) return `1/${k}`;
  return String(Number(v.toFixed(3)));
}

export interface ToMatrixOptions {
  /** Display name of the expert (defaults to `names[jm.expert]`, then the id). */
  expertName?: string;
  /** Project path of this judgment matrix, e.g. `judgments[2]`; cells get `.matrix[i][j]`. */
  path?: string;
}

/**
 * Checks a judgment matrix and returns it as numbers, in the order of `jm.items`.
 * `names` maps ids (node, items, expert) to display names; `goal` defaults to "Goal".
 * Throws `InputError`: `ahp.matrix-size`, `ahp.items-mismatch` (an item listed twice),
 * `ahp.diagonal`, `ahp.not-reciprocal`, and every code of `parseJudgment`.
 */
/**
 * Most items one pairwise matrix compares: 30 items already ask 435 judgments, more than anyone
 * gives consistently (AHP practice keeps a node to about 7–9 children and groups the rest under
 * sub-criteria), and the eigenvector work grows with n³.
 */
export const MAX_AHP_ITEMS = 30;

/**
 * Which matrix is too large, as the message names it: a project node (with its expert), or a
 * file given to the CLI. The params carry the names alone (variant `node`, `node-expert` or
 * `file`), so that each language words "node" and "expert" itself.
 */
export type MatrixOf = { node: string; expert?: string } | { file: string; size: number };

/** The error for a matrix over more than `MAX_AHP_ITEMS` items (`of` says which matrix). */
export function tooManyItems(n: number, of: MatrixOf, path?: string): InputError {
  const label = 'file' in of ? `${of.file}, ${of.size}×${of.size}` : `node ${of.node}${of.expert !== undefined ? `, expert ${of.expert}` : ''}`;
  const variant = 'file' in of ? 'file' : of.expert !== undefined ? 'node-expert' : 'node';
  return new InputError(
    'ahp.too-many-items',
    `The judgment matrix (${label}) compares ${n} items; AHP compares at most ${MAX_AHP_ITEMS} (that is already ${(MAX_AHP_ITEMS * (MAX_AHP_ITEMS - 1)) / 2} judgments): group the items under sub-criteria.`,
    path !== undefined ? { path } : {},
    { n, label, ...of, max: MAX_AHP_ITEMS, judgments: (MAX_AHP_ITEMS * (MAX_AHP_ITEMS - 1)) / 2 },
    variant,
  );
}

export function toMatrix(jm: JudgmentMatrix, names: Record<string, string>, options: ToMatrixOptions = {}): number[][] {
  const items = jm.items;
  const n = items.length;
  const name = (id: string): string => names[id] ?? (id === 'goal' ? 'Goal' : id);
  const node = { id: jm.node, name: name(jm.node) };
  const expert = { id: jm.expert, name: options.expertName ?? names[jm.expert] ?? jm.expert };
  const label = `node ${node.name}, expert ${expert.name}`;
  const base = options.path;
  const cellPath = (i: number, j: number): string | undefined => (base !== undefined ? `${base}.matrix[${i}][${j}]` : undefined);

  if (n > MAX_AHP_ITEMS) throw tooManyItems(n, { node: node.name, expert: expert.name }, base !== undefined ? `${base}.items` : undefined);
  const seen = new Set<string>();
  for (const id of items) {
    if (seen.has(id)) {
      throw new InputError('ahp.items-mismatch', `Judgment matrix (${label}) lists "${name(id)}" twice among its items.`, {
        ...(base !== undefined ? { path: `${base}.items` } : {}),
      },
        { node: node.name, expert: expert.name, item: name(id) },
        'twice',
      );
    }
    seen.add(id);
  }
  const m = jm.matrix as unknown;
  const rowLength = (r: unknown): number => (Array.isArray(r) ? r.length : 0);
  const rows = Array.isArray(m) ? m.length : -1;
  const badRow = Array.isArray(m) ? m.findIndex((r) => !Array.isArray(r) || r.length !== n) : -1;
  if (rows !== n || badRow >= 0) {
    let shape: string;
    if (!Array.isArray(m)) shape = 'missing';
    else if (m.every((r) => rowLength(r) === rowLength(m[0]))) shape = `${rows}×${rowLength(m[0])}`;
    else shape = `ragged (row ${badRow + 1} has ${rowLength(m[badRow])} entries)`;
    throw new InputError(
      'ahp.matrix-size',
      `Judgment matrix (${label}) is ${shape}; it must be ${n}×${n}, one row and one column per item (${items.map(name).join(', ')}).`,
      base !== undefined ? { path: `${base}.matrix` } : {},
      { node: node.name, expert: expert.name, shape, n },
      'shape',
    );
  }
  const read = pairReader(jm, name, node, expert, label, cellPath);
  const a: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) read.diagonal(i);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const x = read.pair(i, j);
      a[i][j] = x;
      a[j][i] = 1 / x;
    }
  }
  return a;
}

/**
 * Every problem of a judgment matrix of the right shape (n×n over `jm.items`, as `toMatrix`
 * requires; a wrong shape is the caller's to report): each bad cell, a diagonal that is not 1,
 * each pair that is not reciprocal — all of them, not only the first as `toMatrix` throws.
 * Same codes, messages and params as `toMatrix`; `where` names the judgment and, with
 * `options.path`, the cell's project path.
 */
export function judgmentProblems(jm: JudgmentMatrix, names: Record<string, string>, options: ToMatrixOptions = {}): Problem[] {
  const n = jm.items.length;
  const name = (id: string): string => names[id] ?? (id === 'goal' ? 'Goal' : id);
  const node = { id: jm.node, name: name(jm.node) };
  const expert = { id: jm.expert, name: options.expertName ?? names[jm.expert] ?? jm.expert };
  const base = options.path;
  const cellPath = (i: number, j: number): string | undefined => (base !== undefined ? `${base}.matrix[${i}][${j}]` : undefined);
  const read = pairReader(jm, name, node, expert, `node ${node.name}, expert ${expert.name}`, cellPath);
  const out: Problem[] = [];
  const collect = (f: () => unknown): void => {
    try {
      f();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      out.push(e.toProblem());
    }
  };
  for (let i = 0; i < n; i++) collect(() => read.diagonal(i));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) collect(() => read.pair(i, j));
  return out;
}

type Named = { id: string; name: string };

/** Reads the diagonal cells and the pairs of a matrix of the right shape; each throws like `toMatrix`. */
function pairReader(
  jm: JudgmentMatrix,
  name: (id: string) => string,
  node: Named,
  expert: Named,
  label: string,
  cellPath: (i: number, j: number) => string | undefined,
): { diagonal: (i: number) => void; pair: (i: number, j: number) => number } {
  const items = jm.items;
  const raw = jm.matrix;
  const place = (i: number, j: number): JudgmentPlace => ({
    node,
    row: { id: items[i], name: name(items[i]) },
    col: { id: items[j], name: name(items[j]) },
    expert,
    ...(cellPath(i, j) !== undefined ? { path: cellPath(i, j) } : {}),
  });
  const diagonal = (i: number): void => {
    const d = raw[i][i];
    if (isEmpty(d)) return;
    const v = parseJudgment(d, place(i, i));
    if (Math.abs(v - 1) > 1e-12) {
      const p = place(i, i);
      throw new InputError(
        'ahp.diagonal',
        `${describeJudgment(p)} is ${show(d)}; an item compared with itself must be 1.`,
        whereOf(p),
        { row: name(items[i]), col: name(items[i]), value: show(d) },
        'judgment',
      );
    }
  };
  const pair = (i: number, j: number): number => {
    const up = raw[i][j];
    const lo = raw[j][i];
    if (isEmpty(up) && isEmpty(lo)) {
      const p = place(i, j);
      throw new InputError(
        'ahp.judgment-invalid',
        `${describeJudgment(p)} is empty, and so is "${name(items[j])}" vs "${name(items[i])}"; enter one of them, a value from 1/9 to 9 such as 3 or 1/3.`,
        whereOf(p),
        { row: name(items[i]), col: name(items[j]) },
        'both-empty',
      );
    }
    if (isEmpty(lo)) return parseJudgment(up, place(i, j));
    if (isEmpty(up)) return 1 / parseJudgment(lo, place(j, i));
    const u = parseJudgment(up, place(i, j));
    const l = parseJudgment(lo, place(j, i));
    if (Math.abs(u * l - 1) <= RECIPROCAL_TOLERANCE) return u;
    if (isRoundingOf(l, writtenDecimals(lo), 1 / u)) return u;
    if (isRoundingOf(u, writtenDecimals(up), 1 / l)) return 1 / l;
    const p = place(i, j);
    throw new InputError(
      'ahp.not-reciprocal',
      `Judgments "${name(items[i])}" vs "${name(items[j])}" = ${show(up)} and "${name(items[j])}" vs "${name(items[i])}" = ${show(lo)} (${label}) are not reciprocal; the second should be ${formatRatio(1 / u)} (or leave it empty).`,
      whereOf(p),
      { row: name(items[i]), col: name(items[j]), upper: show(up), lower: show(lo), expected: formatRatio(1 / u) },
      'judgment',
    );
  };
  return { diagonal, pair };
}

/**
 * How a matrix's items differ from its node's children, each part in words ("missing A, B",
 * "not children of this node: C", "listed twice: D"); empty when they are the same set.
 */
export function itemDifferences(given: readonly string[], children: readonly string[], name: (id: string) => string): string[] {
  const want = new Set(children);
  const missing = children.filter((x) => !given.includes(x)).map(name);
  const unknown = given.filter((x) => !want.has(x)).map(name);
  const twice = given.filter((x, k) => given.indexOf(x) !== k).map(name);
  return [
    missing.length ? `missing ${missing.join(', ')}` : '',
    unknown.length ? `not children of this node: ${unknown.join(', ')}` : '',
    twice.length ? `listed twice: ${twice.join(', ')}` : '',
  ].filter(Boolean);
}

/** True when some item is listed twice (`itemDifferences` then says so). */
export function hasRepeatedItem(given: readonly string[]): boolean {
  return given.some((x, k) => given.indexOf(x) !== k);
}

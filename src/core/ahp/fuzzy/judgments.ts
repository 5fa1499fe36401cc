/**
 * Fuzzy judgments entered directly as triangular fuzzy numbers (l, m, u) in a project's judgment
 * matrix (`JudgmentMatrix.fuzzy`), read into a checked fuzzy pairwise matrix.
 *
 * Rules (decided here; the page, the CLI and docs/fuzzy-ahp.md follow them):
 * - `fuzzy` is optional and n×n like `matrix`; a cell is [l, m, u] or null. A null (or absent)
 *   cell takes the fuzzy scale's reading of the crisp judgment (`fuzzifyJudgment`), so a project
 *   without `fuzzy` gives exactly the fuzzy matrix it gave before.
 * - Each field is a number or a fraction such as "1/3" (full-width forms read as in
 *   `parseJudgment`); 0 < l ≤ m ≤ u.
 * - m is the crisp judgment of the same cell (within 1e-6 relative, or that value rounded to the
 *   two or more decimals written): the crisp matrix stays the middle matrix whose consistency is
 *   checked and which the crisp methods weight. The fuzzy matrix keeps the crisp value as m.
 * - One cell of a pair is enough; its partner is (1/u, 1/m, 1/l). When both are given they must
 *   be reciprocal, field by field, by the same tolerance as the crisp judgments.
 * - A diagonal cell, when given, is (1, 1, 1).
 * Problems are `ahp.fuzzy-judgment` with a variant, naming the node, the expert, the pair and the
 * field, with the path `judgments[k].fuzzy[i][j]` (and `[f]` for a field).
 */
import { InputError, type Problem } from '../../errors.ts';
import type { FuzzyJudgment, JudgmentMatrix } from '../../model/project.ts';
import { formatRatio, isRoundingOf, readRatio, RECIPROCAL_TOLERANCE, writtenDecimals } from '../judgment.ts';
import { fuzzifyJudgment, tfnReciprocal, type Tfn } from './tfn.ts';

export interface FuzzyReadOptions {
  /** Display name of the expert (defaults to `names[jm.expert]`, then the id). */
  expertName?: string;
  /** Project path of this judgment matrix, e.g. `judgments[2]`. */
  path?: string;
}

const FIELD_NAMES = ['l', 'm', 'u'] as const;

const isGiven = (cell: unknown): boolean => cell !== null && cell !== undefined;

/** A value as written: a number or a readable fraction as is ("1/3"), other text quoted. */
const show = (value: unknown): string =>
  typeof value === 'string' ? (readRatio(value) !== null ? value.trim() : `"${value}"`) : Array.isArray(value) ? `[${value.map(show).join(', ')}]` : String(value);

/** True when `jm` carries at least one fuzzy judgment off the diagonal. */
export function hasFuzzyJudgments(jm: Pick<JudgmentMatrix, 'fuzzy'>): boolean {
  const f = jm.fuzzy as unknown;
  if (!Array.isArray(f)) return f !== undefined && f !== null;
  return f.some((row, i) => Array.isArray(row) && row.some((cell, j) => i !== j && isGiven(cell)));
}

/** Close within the crisp reciprocity tolerance, or `raw` is `target` rounded to the decimals it was written with. */
function agrees(value: number, raw: unknown, target: number): boolean {
  if (Math.abs(value - target) <= RECIPROCAL_TOLERANCE * Math.max(Math.abs(target), 1e-300)) return true;
  return (typeof raw === 'number' || typeof raw === 'string') && isRoundingOf(value, writtenDecimals(raw), target);
}

/**
 * Reads the fuzzy judgments of `jm` (rows and columns in `jm.items` order) whose crisp matrix,
 * as `toMatrix` read it, is `crisp`. Returns null when `jm` has no fuzzy judgment (the fuzzy
 * methods then read `crisp` by the fuzzy scale), else the full fuzzy matrix: entered pairs as
 * entered (m = the crisp value), the others by the scale. Throws the first `ahp.fuzzy-judgment`.
 */
export function toFuzzyMatrix(jm: JudgmentMatrix, crisp: readonly (readonly number[])[], names: Record<string, string>, options: FuzzyReadOptions = {}): Tfn[][] | null {
  if (!hasFuzzyJudgments(jm)) {
    if (jm.fuzzy !== undefined && jm.fuzzy !== null) {
      const check = reader(jm, crisp, names, options);
      check.shape();
      for (let i = 0; i < crisp.length; i++) check.diagonal(i);
    }
    return null;
  }
  const read = reader(jm, crisp, names, options);
  read.shape();
  const n = crisp.length;
  const f: Tfn[][] = Array.from({ length: n }, () => new Array<Tfn>(n).fill([1, 1, 1]));
  for (let i = 0; i < n; i++) read.diagonal(i);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const t = read.pair(i, j);
      f[i][j] = t;
      f[j][i] = tfnReciprocal(t);
    }
  }
  return f;
}

/**
 * Every problem of the fuzzy judgments of `jm` (see `toFuzzyMatrix`), not only the first: for the
 * project validator. `crisp` is the matrix `toMatrix` read (the caller reports crisp problems first).
 */
export function fuzzyJudgmentProblems(jm: JudgmentMatrix, crisp: readonly (readonly number[])[], names: Record<string, string>, options: FuzzyReadOptions = {}): Problem[] {
  if (jm.fuzzy === undefined || jm.fuzzy === null) return [];
  const read = reader(jm, crisp, names, options);
  const out: Problem[] = [];
  const collect = (f: () => unknown): boolean => {
    try {
      f();
      return true;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      out.push(e.toProblem());
      return false;
    }
  };
  if (!collect(() => read.shape())) return out;
  const n = crisp.length;
  for (let i = 0; i < n; i++) collect(() => read.diagonal(i));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) collect(() => read.pair(i, j));
  return out;
}

function reader(jm: JudgmentMatrix, crisp: readonly (readonly number[])[], names: Record<string, string>, options: FuzzyReadOptions) {
  const items = jm.items;
  const n = items.length;
  const name = (id: string): string => names[id] ?? (id === 'goal' ? 'Goal' : id);
  const nodeName = name(jm.node);
  const expertName = options.expertName ?? names[jm.expert] ?? jm.expert;
  const base = options.path;
  const raw = jm.fuzzy as unknown;
  const cell = (i: number, j: number): unknown => (Array.isArray(raw) && Array.isArray(raw[i]) ? raw[i][j] : undefined);

  const fail = (i: number, j: number, variant: string, what: string, params: Record<string, string | number> = {}, field?: number): never => {
    const row = name(items[i]);
    const col = name(items[j]);
    const path = base !== undefined ? `${base}.fuzzy[${i}][${j}]${field !== undefined ? `[${field}]` : ''}` : undefined;
    throw new InputError(
      'ahp.fuzzy-judgment',
      `Fuzzy judgment "${row}" vs "${col}" (node ${nodeName}, expert ${expertName}) ${what}`,
      { judgment: { node: jm.node, row: items[i], col: items[j], expert: jm.expert }, ...(path !== undefined ? { path } : {}) },
      { node: nodeName, expert: expertName, row, col, ...params },
      variant,
    );
  };

  const shape = (): void => {
    const ok = Array.isArray(raw) && raw.length === n && raw.every((r) => Array.isArray(r) && r.length === n);
    if (!ok) {
      const path = base !== undefined ? `${base}.fuzzy` : undefined;
      throw new InputError(
        'ahp.fuzzy-judgment',
        `The fuzzy judgments (node ${nodeName}, expert ${expertName}) must be a ${n}×${n} matrix like the judgments, each cell [l, m, u] or null.`,
        path !== undefined ? { path } : {},
        { node: nodeName, expert: expertName, n },
        'shape',
      );
    }
  };

  /** The cell (i, j) as a checked triple whose m is the crisp judgment a_ij. */
  const triple = (i: number, j: number): Tfn => {
    const c = cell(i, j);
    if (!Array.isArray(c) || c.length !== 3) {
      return fail(i, j, 'not-triple', `is ${show(c)}; write it as [l, m, u], three numbers with 0 < l ≤ m ≤ u, or leave it empty (null).`, { value: show(c) });
    }
    const v = c.map((x, k) => {
      const r = readRatio(x);
      if (r === null || !(r > 0)) {
        return fail(i, j, 'field', `has ${FIELD_NAMES[k]} = ${show(x)}; each of l, m, u must be a positive number or fraction such as 2 or 1/3.`, { field: FIELD_NAMES[k], value: show(x) }, k);
      }
      return r;
    });
    if (v[0] > v[1]) fail(i, j, 'order-l', `has l = ${show(c[0])} above m = ${show(c[1])}; a triangular fuzzy number needs l ≤ m ≤ u.`, { field: 'l', value: show(c[0]), other: show(c[1]) }, 0);
    if (v[1] > v[2]) fail(i, j, 'order-u', `has u = ${show(c[2])} below m = ${show(c[1])}; a triangular fuzzy number needs l ≤ m ≤ u.`, { field: 'u', value: show(c[2]), other: show(c[1]) }, 2);
    const a = crisp[i][j];
    if (!agrees(v[1], c[1], a)) {
      fail(i, j, 'middle', `has m = ${show(c[1])}, but the judgment is ${formatRatio(a)}; the middle value m must equal the judgment (change the judgment, or m).`, { field: 'm', value: show(c[1]), expected: formatRatio(a) }, 1);
    }
    return [v[0], a, v[2]];
  };

  const diagonal = (i: number): void => {
    const c = cell(i, i);
    if (!isGiven(c)) return;
    const ok = Array.isArray(c) && c.length === 3 && c.every((x) => readRatio(x) === 1);
    if (!ok) fail(i, i, 'diagonal', `is ${show(c)}; an item compared with itself is (1, 1, 1) (or leave it empty).`, { value: show(c) });
  };

  const pair = (i: number, j: number): Tfn => {
    const up = cell(i, j);
    const lo = cell(j, i);
    if (!isGiven(up) && !isGiven(lo)) return fuzzifyJudgment(crisp[i][j]);
    if (!isGiven(lo)) return triple(i, j);
    if (!isGiven(up)) return tfnReciprocal(triple(j, i));
    const t = triple(i, j);
    const r = triple(j, i);
    const want = tfnReciprocal(t);
    const rawLo = lo as unknown[];
    // r = (l', m', u') must be (1/u, 1/m, 1/l): m' already equals 1/m through the crisp pair
    for (const k of [0, 2]) {
      if (!agrees(r[k], rawLo[k], want[k])) {
        fail(j, i, 'reciprocal', `is ${show(lo)}, not the reciprocal (1/u, 1/m, 1/l) = (${want.map(formatRatio).join(', ')}) of "${name(items[i])}" vs "${name(items[j])}" = ${show(up)}; give one of the two (the other follows) or make them reciprocal.`, {
          value: show(lo),
          other: show(up),
          expected: `(${want.map(formatRatio).join(', ')})`,
        });
      }
    }
    return t;
  };

  return { shape, diagonal, pair };
}

/**
 * The fuzzy judgments over `items` (the node's children, in order) of a matrix stored over
 * `jm.items`: cells of pairs of items both present keep what was entered, others are null.
 * Undefined when `jm` carries none.
 */
export function alignFuzzy(jm: Pick<JudgmentMatrix, 'items' | 'fuzzy'> | undefined, items: readonly string[]): (FuzzyJudgment | null)[][] | undefined {
  if (!jm || !hasFuzzyJudgments(jm)) return undefined;
  const raw = jm.fuzzy as unknown as unknown[][];
  const given = Array.isArray(jm.items) ? jm.items : [];
  const pos = items.map((id) => given.indexOf(id));
  const out = items.map((_, i) =>
    items.map((__, j) => {
      if (i === j || pos[i] < 0 || pos[j] < 0) return null;
      const c = Array.isArray(raw[pos[i]]) ? raw[pos[i]][pos[j]] : null;
      return Array.isArray(c) ? (c.slice() as FuzzyJudgment) : null;
    }),
  );
  return out.some((row) => row.some((c) => c !== null)) ? out : undefined;
}

/**
 * A copy of `fuzzy` (n×n, or undefined for none) with the pair (i, j) set to `value` at (i, j)
 * and its partner cleared (it follows as the reciprocal), or — with `value` null — the pair
 * cleared (derived from the crisp judgment again). Undefined when no cell is left.
 */
export function withFuzzyJudgment(fuzzy: readonly (readonly (FuzzyJudgment | null)[])[] | undefined, n: number, i: number, j: number, value: FuzzyJudgment | null): (FuzzyJudgment | null)[][] | undefined {
  const out: (FuzzyJudgment | null)[][] = Array.from({ length: n }, (_, r) => Array.from({ length: n }, (__, c) => {
    const v = fuzzy?.[r]?.[c];
    return Array.isArray(v) ? (v.slice() as FuzzyJudgment) : null;
  }));
  out[i][j] = value === null ? null : (value.slice() as FuzzyJudgment);
  out[j][i] = null;
  return out.some((row) => row.some((c) => c !== null)) ? out : undefined;
}

/**
 * The fuzzy judgment of the pair (i, j) scaled by `factor` ((l, m, u)·factor), for moving it
 * together with its crisp judgment (the sensitivity analysis's one scale step); null when the
 * pair has none entered. Reads the cell (i, j) or the reciprocal of (j, i).
 */
export function scaledFuzzyJudgment(fuzzy: readonly (readonly (FuzzyJudgment | null)[])[] | undefined, i: number, j: number, factor: number): FuzzyJudgment | null {
  const read = (c: FuzzyJudgment | null | undefined): Tfn | null => {
    if (!Array.isArray(c) || c.length !== 3) return null;
    const v = c.map(readRatio);
    return v.every((x): x is number => x !== null && x > 0) ? (v as unknown as Tfn) : null;
  };
  const up = read(fuzzy?.[i]?.[j]);
  const lo = read(fuzzy?.[j]?.[i]);
  const t = up ?? (lo ? tfnReciprocal(lo) : null);
  return t ? [t[0] * factor, t[1] * factor, t[2] * factor] : null;
}

/**
 * Priority vectors and consistency of a reciprocal pairwise matrix.
 *
 * Methods (all return weights summing to 1):
 * - `eigen`: principal right eigenvector (特征根法), Saaty's method.
 * - `geometric`: normalised row geometric mean (方根法), also the logarithmic least-squares
 *   solution.
 * - `column`: normalise each column to sum 1, then average the rows (和积法, SPSSAU default).
 * - `fuzzy-chang`, `fuzzy-buckley`: fuzzy AHP (fuzzy/method.ts); their consistency is that of
 *   the middle matrix with eigenvector weights (`consistencyMethod`).
 *
 * λmax is computed the same way for every method, as the mean of (A·w)_i / w_i (the formula
 * thesis tables print); for the eigenvector it equals the principal eigenvalue. For a
 * reciprocal matrix this mean is ≥ n for any positive w, so CI ≥ 0 (tiny negative rounding is
 * clamped to 0). CI = (λmax − n)/(n − 1), CR = CI / RI, and n ≤ 2 ⇒ CI = CR = 0.
 */
import { InputError } from '../errors.ts';
import type { AhpMethod, RiTableName } from '../model/project.ts';
import { flatten, principalEigenvector } from './eigen.ts';
import { randomIndex } from './ri.ts';
import { fuzzyWeights } from './fuzzy/method.ts';

/** CR below this is acceptable (Saaty's 10% rule). */
export const CR_THRESHOLD = 0.1;

/**
 * Checks that `m` is a non-empty square matrix of finite positive numbers that is reciprocal
 * (a_ij·a_ji = 1 within 1e-6). Throws `ahp.matrix-invalid` or `ahp.not-reciprocal` naming the
 * cell (1-based row and column).
 */
export function checkReciprocalMatrix(m: readonly (readonly number[])[]): void {
  const n = Array.isArray(m) ? m.length : 0;
  if (n === 0) throw new InputError('ahp.matrix-invalid', 'The pairwise matrix is empty; it needs at least one item.', {}, {}, 'empty');
  for (let i = 0; i < n; i++) {
    if (!Array.isArray(m[i]) || m[i].length !== n) {
      throw new InputError('ahp.matrix-invalid', `The pairwise matrix is not square: row ${i + 1} has ${Array.isArray(m[i]) ? m[i].length : 0} entries, expected ${n}.`, {}, { row: i + 1, entries: Array.isArray(m[i]) ? m[i].length : 0, n }, 'not-square');
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = m[i][j];
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
        throw new InputError('ahp.matrix-invalid', `Entry (${i + 1}, ${j + 1}) of the pairwise matrix is ${String(v)}; every entry must be a positive number.`, {}, { row: i + 1, col: j + 1, value: String(v) }, 'entry');
      }
    }
  }
  for (let i = 0; i < n; i++) {
    if (Math.abs(m[i][i] - 1) > 1e-9) throw new InputError('ahp.diagonal', `Entry (${i + 1}, ${i + 1}) of the pairwise matrix is ${m[i][i]}; the diagonal must be 1.`, {}, { row: i + 1, col: i + 1, value: m[i][i] }, 'entry');
    for (let j = i + 1; j < n; j++) {
      if (Math.abs(m[i][j] * m[j][i] - 1) > 1e-6) {
        throw new InputError(
          'ahp.not-reciprocal',
          `Entries (${i + 1}, ${j + 1}) = ${m[i][j]} and (${j + 1}, ${i + 1}) = ${m[j][i]} of the pairwise matrix are not reciprocal.`,
          {},
          { row: i + 1, col: j + 1, upper: m[i][j], lower: m[j][i] },
          'entries',
        );
      }
    }
  }
}

/** Principal eigenvector, normalised to sum 1. */
export function eigenWeights(m: readonly (readonly number[])[]): number[] {
  return Array.from(principalEigenvector(flatten(m), m.length));
}

/** Row geometric means (computed as exp of the mean log), normalised to sum 1. */
export function geometricWeights(m: readonly (readonly number[])[]): number[] {
  const n = m.length;
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += Math.log(m[i][j]);
    g[i] = Math.exp(s / n);
  }
  return normalise(g);
}

/** Normalised column average (和积法): a_ij / Σ_k a_kj, averaged over j. */
export function columnWeights(m: readonly (readonly number[])[]): number[] {
  const n = m.length;
  const col = new Float64Array(n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) col[j] += m[i][j];
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += m[i][j] / col[j];
    w[i] = s / n;
  }
  return normalise(w);
}

function normalise(v: Float64Array): number[] {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return Array.from(v, (x) => x / s);
}

/** Weights by the chosen method. */
export function priorityVector(m: readonly (readonly number[])[], method: AhpMethod): number[] {
  switch (method) {
    case 'eigen':
      return eigenWeights(m);
    case 'geometric':
      return geometricWeights(m);
    case 'column':
      return columnWeights(m);
    case 'fuzzy-chang':
    case 'fuzzy-buckley':
      return fuzzyWeights(m, method);
    default:
      throw new InputError('ahp.method', `Unknown AHP weighting method "${String(method)}"; expected eigen, geometric, column, fuzzy-chang or fuzzy-buckley.`, {
        path: 'options.ahp.method',
      },
        { value: String(method) },
      );
  }
}

/** λmax = (1/n) Σ_i (A·w)_i / w_i. */
export function lambdaMax(m: readonly (readonly number[])[], w: readonly number[]): number {
  const n = m.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    let aw = 0;
    for (let j = 0; j < n; j++) aw += m[i][j] * w[j];
    s += aw / w[i];
  }
  return s / n;
}

export interface Consistency {
  lambdaMax: number;
  ci: number;
  ri: number;
  cr: number;
  consistent: boolean;
}

/**
 * λmax, CI, RI, CR for matrix `m` with weights `w` and the named RI table (or an RI value).
 * n ≤ 2 ⇒ CI = CR = 0 (and RI = 0).
 */
export function consistency(m: readonly (readonly number[])[], w: readonly number[], ri: RiTableName | number): Consistency {
  const n = m.length;
  const lm = lambdaMax(m, w);
  if (n <= 2) return { lambdaMax: lm, ci: 0, ri: 0, cr: 0, consistent: true };
  const r = typeof ri === 'number' ? ri : randomIndex(ri, n);
  const ci = Math.max(0, (lm - n) / (n - 1));
  const cr = r > 0 ? ci / r : 0;
  return { lambdaMax: lm, ci, ri: r, cr, consistent: cr < CR_THRESHOLD };
}

/**
 * Geometric consistency index (Aguarón & Moreno-Jiménez 2003, EJOR 147:137–145):
 * GCI = 2/((n−1)(n−2)) Σ_{i<j} ln²(a_ij · w_j / w_i), with w the row-geometric-mean weights.
 * 0 when n ≤ 2.
 */
export function gci(m: readonly (readonly number[])[], w: readonly number[]): number {
  const n = m.length;
  if (n <= 2) return 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const e = Math.log((m[i][j] * w[j]) / w[i]);
      s += e * e;
    }
  }
  return (2 * s) / ((n - 1) * (n - 2));
}

/**
 * GCI threshold equivalent to CR = 10% (Aguarón & Moreno-Jiménez 2003): 0.31 for n = 3,
 * 0.35 for n = 4, 0.37 for n > 4; Infinity for n ≤ 2 (always consistent).
 */
export function gciThreshold(n: number): number {
  if (n <= 2) return Infinity;
  if (n === 3) return 0.31;
  if (n === 4) return 0.35;
  return 0.37;
}

/**
 * Triangular fuzzy numbers (l, m, u), l ≤ m ≤ u, and the fuzzy pairwise matrix read from a crisp
 * one. A crisp judgment a on Saaty's 1–9 scale is read as the triangular fuzzy number of the
 * scale used in fuzzy AHP applications: 1 → (1, 1, 1), k = 2…8 → (k − 1, k, k + 1), 9 → (9, 9, 9);
 * a reciprocal 1/a → (1/u, 1/m, 1/l). This is the scale of the worked example in Saputro,
 * Figueira & Almada-Lobo (Table 9: 3 → (2, 3, 4), 2 → (1, 2, 3), 5 → (4, 5, 6)); its first
 * publication could not be checked here (docs/fuzzy-ahp.md). A non-integer judgment a > 1 (an
 * AIJ group mean, 2.5) is read as (max(1, a − 1), a, min(9, a + 1)), which agrees with the table
 * at k = 2…8.
 */
import { InputError } from '../../errors.ts';

/** A triangular fuzzy number [l, m, u]. */
export type Tfn = readonly [number, number, number];

/** Fuzzy addition (l1 + l2, m1 + m2, u1 + u2). */
export function tfnAdd(a: Tfn, b: Tfn): Tfn {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

/** The approximate fuzzy reciprocal (1/u, 1/m, 1/l). */
export function tfnReciprocal(a: Tfn): Tfn {
  return [1 / a[2], 1 / a[1], 1 / a[0]];
}

/** Centroid (centre of area) of a triangular fuzzy number: (l + m + u) / 3. */
export function tfnCentroid(a: Tfn): number {
  return (a[0] + a[1] + a[2]) / 3;
}

/** The triangular fuzzy number of one crisp judgment (see the module comment). */
export function fuzzifyJudgment(a: number): Tfn {
  if (!(a > 0) || !Number.isFinite(a)) {
    throw new InputError('ahp.matrix-invalid', `A judgment of ${String(a)} cannot be read as a triangular fuzzy number; every entry must be a positive number.`, {}, { row: 0, col: 0, value: String(a) }, 'entry');
  }
  if (a < 1) return tfnReciprocal(fuzzifyJudgment(1 / a));
  if (Math.abs(a - 1) <= 1e-9) return [1, 1, 1];
  if (Math.abs(a - 9) <= 1e-9) return [9, 9, 9];
  return [Math.max(1, a - 1), a, Math.min(9, a + 1)];
}

/** The fuzzy pairwise matrix of a crisp reciprocal matrix: each a_ij read by `fuzzifyJudgment`. */
export function fuzzifyMatrix(m: readonly (readonly number[])[]): Tfn[][] {
  return m.map((row, i) => row.map((a, j) => (i === j ? ([1, 1, 1] as Tfn) : fuzzifyJudgment(a))));
}

/** The middle values m_ij of a fuzzy pairwise matrix (the crisp matrix whose consistency is checked). */
export function middleMatrix(f: readonly (readonly Tfn[])[]): number[][] {
  return f.map((row) => row.map((x) => x[1]));
}

/**
 * Checks a fuzzy pairwise matrix: square, every entry 0 < l ≤ m ≤ u, diagonal (1, 1, 1), and
 * reciprocal (a_ji = (1/u_ij, 1/m_ij, 1/l_ij) within 1e-6). Throws `ahp.fuzzy-matrix` naming the
 * cell (1-based).
 */
export function checkFuzzyMatrix(f: readonly (readonly Tfn[])[]): void {
  const n = Array.isArray(f) ? f.length : 0;
  const fail = (variant: string, message: string, row: number, col: number): never => {
    throw new InputError('ahp.fuzzy-matrix', message, {}, { row, col }, variant);
  };
  if (n === 0) fail('empty', 'The fuzzy pairwise matrix is empty; it needs at least one item.', 0, 0);
  for (let i = 0; i < n; i++) {
    if (!Array.isArray(f[i]) || f[i].length !== n) fail('not-square', `The fuzzy pairwise matrix is not square: row ${i + 1} does not have ${n} entries.`, i + 1, 0);
    for (let j = 0; j < n; j++) {
      const x = f[i][j];
      const ok = Array.isArray(x) && x.length === 3 && x.every((v) => typeof v === 'number' && Number.isFinite(v) && v > 0) && x[0] <= x[1] && x[1] <= x[2];
      if (!ok) fail('entry', `Entry (${i + 1}, ${j + 1}) of the fuzzy pairwise matrix is not a triangular fuzzy number (l, m, u) with 0 < l ≤ m ≤ u.`, i + 1, j + 1);
    }
  }
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
  for (let i = 0; i < n; i++) {
    if (!f[i][i].every((v) => close(v, 1))) fail('diagonal', `Entry (${i + 1}, ${i + 1}) of the fuzzy pairwise matrix must be (1, 1, 1).`, i + 1, i + 1);
    for (let j = i + 1; j < n; j++) {
      const r = tfnReciprocal(f[i][j]);
      if (!r.every((v, k) => close(f[j][i][k], v))) {
        fail('reciprocal', `Entries (${i + 1}, ${j + 1}) and (${j + 1}, ${i + 1}) of the fuzzy pairwise matrix are not reciprocal: a_ji must be (1/u, 1/m, 1/l) of a_ij.`, i + 1, j + 1);
      }
    }
  }
}

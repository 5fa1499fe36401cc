/**
 * Chang's extent analysis (D.-Y. Chang, Applications of the extent analysis method on fuzzy AHP,
 * European Journal of Operational Research 95(3), 1996, 649–655):
 * - fuzzy synthetic extent S_i = Σ_j M_ij ⊗ [Σ_i Σ_j M_ij]⁻¹, i.e.
 *   S_i = (Σ_j l_ij / Σ u, Σ_j m_ij / Σ m, Σ_j u_ij / Σ l) with the sums over the whole matrix;
 * - degree of possibility V(S_i ≥ S_k) = 1 if m_i ≥ m_k; 0 if l_k ≥ u_i;
 *   otherwise (l_k − u_i) / ((m_i − u_i) − (m_k − l_k));
 * - d(A_i) = min over k ≠ i of V(S_i ≥ S_k); weights = d normalised to sum 1.
 * The largest S_i (by m) has d = 1, so the sum is positive. A criterion whose extent lies wholly
 * below another's gets weight 0: a known property of the method (Wang, Luo & Hua, On the extent
 * analysis method for fuzzy AHP and its applications, EJOR 186(2), 2008, 735–747), reported to
 * the user rather than hidden.
 */
import { tfnAdd, type Tfn } from './tfn.ts';

export interface ChangResult {
  /** Row sums Σ_j M_ij. */
  rowSums: Tfn[];
  /** Fuzzy synthetic extents S_i. */
  extents: Tfn[];
  /** possibility[i][k] = V(S_i ≥ S_k) (1 on the diagonal). */
  possibility: number[][];
  /** d(A_i) = min_k≠i V(S_i ≥ S_k). */
  degrees: number[];
  /** d normalised to sum 1. */
  weights: number[];
}

/** V(a ≥ b) for triangular fuzzy numbers a, b (Chang 1996). */
export function possibilityDegree(a: Tfn, b: Tfn): number {
  if (a[1] >= b[1]) return 1;
  if (b[0] >= a[2]) return 0;
  return (b[0] - a[2]) / (a[1] - a[2] - (b[1] - b[0]));
}

/** Chang's extent analysis of a checked fuzzy pairwise matrix (see the module comment). */
export function changExtent(f: readonly (readonly Tfn[])[]): ChangResult {
  const n = f.length;
  const rowSums = f.map((row) => row.reduce<Tfn>((s, x) => tfnAdd(s, x), [0, 0, 0]));
  const total = rowSums.reduce<Tfn>((s, x) => tfnAdd(s, x), [0, 0, 0]);
  const extents: Tfn[] = rowSums.map((r) => [r[0] / total[2], r[1] / total[1], r[2] / total[0]]);
  const possibility = extents.map((a, i) => extents.map((b, k) => (i === k ? 1 : possibilityDegree(a, b))));
  const degrees = possibility.map((row, i) => (n === 1 ? 1 : Math.min(...row.filter((_, k) => k !== i))));
  const sum = degrees.reduce((s, d) => s + d, 0);
  return { rowSums, extents, possibility, degrees, weights: degrees.map((d) => d / sum) };
}

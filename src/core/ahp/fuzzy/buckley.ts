/**
 * Buckley's fuzzy geometric mean (J. J. Buckley, Fuzzy hierarchical analysis, Fuzzy Sets and
 * Systems 17(3), 1985, 233–247), with triangular fuzzy numbers:
 * - r_i = (Π_j l_ij^(1/n), Π_j m_ij^(1/n), Π_j u_ij^(1/n));
 * - fuzzy weight w_i = r_i ⊗ (Σ_k r_k)⁻¹ = (l_i / Σ u, m_i / Σ m, u_i / Σ l);
 * - defuzzified by the centroid (l + m + u) / 3 and normalised to sum 1.
 * The middle values m_i / Σ m are the row-geometric-mean weights of the middle matrix.
 */
import { tfnCentroid, type Tfn } from './tfn.ts';

export interface BuckleyResult {
  /** Fuzzy row geometric means r_i. */
  means: Tfn[];
  /** Fuzzy weights w_i. */
  fuzzyWeights: Tfn[];
  /** Centroids of the fuzzy weights (before normalisation). */
  centroids: number[];
  /** Centroids normalised to sum 1. */
  weights: number[];
}

/** Buckley's geometric mean method on a checked fuzzy pairwise matrix (see the module comment). */
export function buckleyGeometric(f: readonly (readonly Tfn[])[]): BuckleyResult {
  const n = f.length;
  const means: Tfn[] = f.map((row) => {
    const s = [0, 0, 0];
    for (const x of row) for (let k = 0; k < 3; k++) s[k] += Math.log(x[k]);
    return [Math.exp(s[0] / n), Math.exp(s[1] / n), Math.exp(s[2] / n)];
  });
  const total = [0, 0, 0];
  for (const r of means) for (let k = 0; k < 3; k++) total[k] += r[k];
  const fuzzyWeights: Tfn[] = means.map((r) => [r[0] / total[2], r[1] / total[1], r[2] / total[0]]);
  const centroids = fuzzyWeights.map(tfnCentroid);
  const sum = centroids.reduce((s, c) => s + c, 0);
  return { means, fuzzyWeights, centroids, weights: centroids.map((c) => c / sum) };
}

/**
 * The CRITIC calculation laid out as a textbook prints it (issue 14): σ_j of the min–max
 * normalised columns, the correlation matrix r_jk, the conflict Σ_k (1 − r_jk), the information
 * C_j = σ_j Σ_k (1 − r_jk), Σ C and w_j = C_j / Σ C. Every figure is the engine's own
 * (`criticWeights`), so the panel shows exactly the weights step's.
 */
import { criticWeights, type CriticOptions } from '../weighting/critic.ts';

export interface CriticCalculation {
  n: number;
  sd: number[];
  correlation: number[][];
  conflict: number[];
  information: number[];
  sumInformation: number;
  weights: number[];
  constant: boolean[];
}

export function criticCalculation(cols: readonly ArrayLike<number>[], options: CriticOptions): CriticCalculation {
  const r = criticWeights(cols, options);
  const information = Array.from(r.information);
  return {
    n: cols[0].length,
    sd: Array.from(r.sd),
    correlation: r.correlation.map((row) => Array.from(row)),
    conflict: Array.from(r.conflict),
    information,
    sumInformation: information.reduce((a, b) => a + b, 0),
    weights: Array.from(r.weights),
    constant: r.constant,
  };
}

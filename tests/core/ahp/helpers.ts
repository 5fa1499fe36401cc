/** Shared test helpers for the AHP tests (not a test file). */
import { readFileSync } from 'node:fs';

/** Full reciprocal matrix from its upper triangle, given row by row (as AHPy's comparison lists). */
export function recip(upper: readonly number[], n: number): number[][] {
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      a[i][j] = upper[k];
      a[j][i] = 1 / upper[k];
      k++;
    }
  }
  if (k !== upper.length) throw new Error(`expected ${k} upper entries, got ${upper.length}`);
  return a;
}

export interface RefCase {
  matrix: number[][];
  eigen: number[];
  eigenvalue: number;
  geometric: number[];
  column: number[];
  lambda_eigen: number;
  lambda_geometric: number;
  lambda_column: number;
  gci: number;
}

export interface Reference {
  examples: Record<string, RefCase>;
  methodology_cr_after_a13: Record<string, number>;
  random: RefCase[];
  group: {
    experts: number[][][];
    expert_weights: number[];
    aij_equal: RefCase;
    aij_weighted: RefCase;
    aip_equal_eigen: number[];
    aip_weighted_eigen: number[];
  };
}

/** numpy reference values made by tests/reference/ahp_reference.py. */
export const reference: Reference = JSON.parse(readFileSync(new URL('../../fixtures/ahp/reference.json', import.meta.url), 'utf8'));

export const maxAbsDiff = (a: readonly number[], b: readonly number[]): number => {
  if (a.length !== b.length) return Infinity;
  return Math.max(...a.map((x, i) => Math.abs(x - b[i])));
};

/**
 * The AHP calculation of one judgment matrix, laid out as a textbook prints it (issue 14):
 * judgment matrix → column sums → normalised matrix → row means (和积法) or row geometric means
 * (方根法) or power-iteration steps (特征根法) → weights w → Aw → (Aw)_i / w_i → λmax → CI →
 * RI (its table row and source) → CR.
 *
 * The weights and λmax, CI, RI, CR are the AHP engine's own (`priorityVector`, `consistency`),
 * so the figures shown here are exactly those of the judgments step. Everything else is the
 * intermediate arithmetic a student checks by hand.
 */
import type { AhpMethod, RiTableName } from '../model/project.ts';
import { riTable } from '../ahp/ri.ts';
import { checkReciprocalMatrix, consistency, priorityVector } from '../ahp/weights.ts';
import { consistencyMethod } from '../ahp/fuzzy/method.ts';

export interface AhpCalculationOptions {
  method: AhpMethod;
  ri: RiTableName;
  /** How many power-iteration steps to show for the eigenvector method (default 4). */
  powerSteps?: number;
}

export interface AhpCalculation {
  n: number;
  method: AhpMethod;
  matrix: number[][];
  /** Σ_i a_ij per column j. */
  columnSums: number[];
  /** a_ij / Σ_k a_kj (the column-normalised matrix). */
  normalised: number[][];
  /** Row sums of the normalised matrix (和积法) — shown for the column method. */
  normalisedRowSums: number[];
  /** Row products Π_j a_ij and their n-th roots (方根法). */
  rowProducts: number[];
  rowRoots: number[];
  /**
   * Power iteration w⁽ᵏ⁺¹⁾ = A·w⁽ᵏ⁾ / Σ(A·w⁽ᵏ⁾) from w⁽⁰⁾ = (1/n, …, 1/n): the first steps, and the
   * largest change of the last one shown. The engine's eigenvector is the limit.
   */
  power: { steps: number[][]; lastChange: number };
  /** The engine's weights for `method`, summing to 1. */
  weights: number[];
  /** (A·w)_i. */
  aw: number[];
  /** (A·w)_i / w_i. */
  ratios: number[];
  lambdaMax: number;
  ci: number;
  ri: number;
  cr: number;
  consistent: boolean;
  /** The RI table used: its label, source and values for n = 1…min(maxN, 10). */
  riTable: { name: RiTableName; label: string; source: string; row: { n: number; ri: number }[] };
}

/**
 * The step-by-step calculation for reciprocal `matrix`. Throws the engine's errors for a matrix
 * that is not reciprocal (`ahp.matrix-invalid`, `ahp.diagonal`, `ahp.not-reciprocal`), an unknown
 * method or RI table, or an order the RI table does not cover (`ahp.ri-size`).
 */
export function ahpCalculation(matrix: readonly (readonly number[])[], options: AhpCalculationOptions): AhpCalculation {
  checkReciprocalMatrix(matrix);
  const m = matrix.map((r) => r.slice());
  const n = m.length;
  const table = riTable(options.ri);
  // A fuzzy method's consistency is that of the middle matrix with its eigenvector (ahp/fuzzy/method.ts).
  const weights = priorityVector(m, consistencyMethod(options.method));
  const c = consistency(m, weights, options.ri);

  const columnSums = new Array<number>(n).fill(0);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) columnSums[j] += m[i][j];
  const normalised = m.map((row) => row.map((v, j) => v / columnSums[j]));
  const normalisedRowSums = normalised.map((row) => row.reduce((s, v) => s + v, 0));
  const rowProducts = m.map((row) => row.reduce((p, v) => p * v, 1));
  // The n-th root as the engine takes it (exp of the mean log), so the roots normalise to its weights.
  const rowRoots = m.map((row) => Math.exp(row.reduce((s, v) => s + Math.log(v), 0) / n));

  const steps: number[][] = [];
  let w = new Array<number>(n).fill(1 / n);
  let lastChange = 0;
  for (let k = 0; k < (options.powerSteps ?? 4); k++) {
    const next = mulVec(m, w);
    const s = next.reduce((a, b) => a + b, 0);
    const scaled = next.map((v) => v / s);
    lastChange = Math.max(...scaled.map((v, i) => Math.abs(v - w[i])));
    steps.push(scaled);
    w = scaled;
  }

  // (A·w)_i and (A·w)_i / w_i in the engine's order of operations (lambdaMax in ahp/weights.ts).
  const aw = mulVec(m, weights);
  const ratios = aw.map((v, i) => v / weights[i]);

  const row: { n: number; ri: number }[] = [];
  for (let k = 1; k <= Math.min(table.maxN, Math.max(10, n)); k++) {
    const v = table.ri(k);
    if (v !== undefined) row.push({ n: k, ri: v });
  }
  return {
    n,
    method: options.method,
    matrix: m,
    columnSums,
    normalised,
    normalisedRowSums,
    rowProducts,
    rowRoots,
    power: { steps, lastChange },
    weights,
    aw,
    ratios,
    lambdaMax: c.lambdaMax,
    ci: c.ci,
    ri: c.ri,
    cr: c.cr,
    consistent: c.consistent,
    riTable: { name: table.name, label: table.label, source: table.source, row },
  };
}

function mulVec(m: readonly (readonly number[])[], w: readonly number[]): number[] {
  return m.map((row) => {
    let s = 0;
    for (let j = 0; j < row.length; j++) s += row[j] * w[j];
    return s;
  });
}

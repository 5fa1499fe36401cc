/**
 * Exercises (issue 14): a seeded random judgment matrix for which the student types λmax, CI,
 * CR or a weight, and one entropy weight on a 5-row table; the answer is checked with a
 * tolerance against the engine's own figures (via ahpCalculation / entropyCalculation, which
 * also give the worked solution).
 *
 * The matrix is "consistent-ish": weights are drawn at random, each judgment is the Saaty-scale
 * value nearest to w_i / w_j, and one judgment in the upper triangle is moved one step along the
 * scale, so CR is small but not 0 and sometimes above 0.10.
 */
import type { AhpMethod, RiTableName } from '../model/project.ts';
import { createRng, type Rng } from '../random.ts';
import { ahpCalculation, type AhpCalculation } from './ahp-calculation.ts';
import { entropyCalculation, type EntropyCalculation } from './entropy-calculation.ts';

/** Saaty's scale, 1/9 … 9, in increasing order. */
export const SCALE: readonly number[] = [9, 8, 7, 6, 5, 4, 3, 2].map((v) => 1 / v).concat([1, 2, 3, 4, 5, 6, 7, 8, 9]);

export type AhpQuantity = 'lambdaMax' | 'ci' | 'cr' | 'weight';

export interface AhpExercise {
  kind: 'ahp';
  seed: number;
  /** The judgment matrix (reciprocal, Saaty-scale values). */
  matrix: number[][];
  /** What the student is asked for. */
  ask: AhpQuantity;
  /** For `weight`: which item's weight (0-based). */
  item: number;
  /** The worked solution (the engine's figures). */
  solution: AhpCalculation;
  /** The value the answer is checked against. */
  answer: number;
}

export interface EntropyExercise {
  kind: 'entropy';
  seed: number;
  /** 5 rows × 3 indicator columns of raw values (all benefit indicators). */
  table: number[][];
  /** The indicator whose entropy weight the student gives (0-based). */
  column: number;
  solution: EntropyCalculation;
  answer: number;
}

/** Absolute tolerance of an answer: it is typed to three decimals, so half a unit of the last one plus rounding slack. */
export const TOLERANCE = 0.0015;

function nearestScale(x: number): number {
  let best = SCALE[0];
  for (const v of SCALE) if (Math.abs(Math.log(v / x)) < Math.abs(Math.log(best / x))) best = v;
  return best;
}

function randomMatrix(n: number, rng: Rng): number[][] {
  const w = Array.from({ length: n }, () => 1 + rng.int(9));
  const m = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : nearestScale(w[i] / w[j]))));
  // one judgment one step along the scale, so the matrix is not perfectly consistent
  const i = rng.int(n - 1);
  const j = i + 1 + rng.int(n - 1 - i);
  const at = SCALE.indexOf(m[i][j]);
  const step = at === SCALE.length - 1 ? -1 : at === 0 ? 1 : rng.next() < 0.5 ? -1 : 1;
  m[i][j] = SCALE[at + step];
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) m[b][a] = 1 / m[a][b];
  return m;
}

/** A seeded AHP exercise of order 3 or 4 (chosen by the seed unless given). */
export function ahpExercise(seed: number, options: { method: AhpMethod; ri: RiTableName; n?: 3 | 4; ask?: AhpQuantity }): AhpExercise {
  const rng = createRng(seed);
  const n = options.n ?? (rng.next() < 0.5 ? 3 : 4);
  // a perturbation can land on another consistent matrix (CI = 0): draw again, from the same stream
  let matrix = randomMatrix(n, rng);
  for (let k = 0; k < 20 && ahpCalculation(matrix, { method: options.method, ri: options.ri }).ci <= 1e-9; k++) matrix = randomMatrix(n, rng);
  const quantities: AhpQuantity[] = ['lambdaMax', 'ci', 'cr', 'weight'];
  const ask = options.ask ?? quantities[rng.int(quantities.length)];
  const item = rng.int(n);
  const solution = ahpCalculation(matrix, { method: options.method, ri: options.ri });
  const answer = ask === 'weight' ? solution.weights[item] : solution[ask];
  return { kind: 'ahp', seed, matrix, ask, item, solution, answer };
}

/** A seeded entropy exercise: 5 customers, 3 benefit indicators of small integers (no constant column). */
export function entropyExercise(seed: number): EntropyExercise {
  const rng = createRng(seed);
  const table: number[][] = Array.from({ length: 5 }, () => Array.from({ length: 3 }, () => 1 + rng.int(20)));
  for (let j = 0; j < 3; j++) {
    // a constant column has no entropy weight to ask for: make the first two rows differ
    if (table.every((r) => r[j] === table[0][j])) table[1][j] = table[0][j] + 1 + rng.int(5);
  }
  const cols = [0, 1, 2].map((j) => table.map((r) => r[j]));
  const solution = entropyCalculation(cols, { directions: ['benefit', 'benefit', 'benefit'], rows: 5 });
  const column = rng.int(3);
  return { kind: 'entropy', seed, table, column, solution, answer: solution.weights[column] };
}

export type Verdict = { status: 'right' | 'wrong'; answer: number; given: number } | { status: 'unreadable' };

/**
 * Checks a typed answer: a number with "." or "," as decimal mark (full-width digits and a
 * trailing % allowed), right when within `TOLERANCE` of the answer.
 */
export function checkAnswer(text: string, answer: number, tolerance = TOLERANCE): Verdict {
  const t = text
    .trim()
    .replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(',', '.');
  const pct = t.endsWith('%');
  const body = pct ? t.slice(0, -1).trim() : t;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(body)) return { status: 'unreadable' };
  const given = Number(body) / (pct ? 100 : 1);
  return { status: Math.abs(given - answer) <= tolerance ? 'right' : 'wrong', answer, given };
}

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { criticWeights } from '../../../src/core/weighting/critic.ts';
import type { Direction } from '../../../src/core/model/project.ts';

const f64 = (...v: number[]) => Float64Array.from(v);
type Crit = { sd: number[]; conflict: number[]; information: number[]; weights: number[]; correlation: number[][]; weights_population_sd: number[] };
interface Ref {
  cases: { name: string; names: string[]; directions: Direction[]; columns: number[][]; critic: Crit }[];
  hand: { columns: number[][]; directions: Direction[]; critic: Crit };
}
// independent numpy implementation (np.std ddof=1, np.corrcoef): tests/reference/weighting_reference.py
const ref: Ref = JSON.parse(readFileSync(new URL('../../fixtures/weighting/reference.json', import.meta.url), 'utf8'));

const expectClose = (actual: ArrayLike<number>, expected: ArrayLike<number>, tol = 1e-12) => {
  expect(actual.length).toBe(expected.length);
  for (let j = 0; j < expected.length; j++) expect(Math.abs(actual[j] - expected[j]), `index ${j}: ${actual[j]} vs ${expected[j]}`).toBeLessThan(tol);
};

describe('criticWeights', () => {
  // Hand-worked: 4 customers, A = B = 0, 0, 1, 1 and C = 0, 1, 0, 1 (already in [0, 1]).
  //   Every column has two 0s and two 1s: mean 1/2, sample variance 4·(1/4)/3 = 1/3, σ = √(1/3).
  //   r_AB = 1; r_AC = r_BC = Σ(dx·dy)/… = (¼ − ¼ − ¼ + ¼)/… = 0.
  //   conflict: A = (1 − 1) + (1 − 0) = 1, B = 1, C = (1 − 0) + (1 − 0) = 2
  //   C_j = σ·(1, 1, 2) → w = 1/4, 1/4, 1/2
  const cols = [f64(0, 0, 1, 1), f64(0, 0, 1, 1), f64(0, 1, 0, 1)];
  const dirs: Direction[] = ['benefit', 'benefit', 'benefit'];

  it('reproduces the hand-worked example: σ (n − 1), conflict Σ(1 − r), C = σ·conflict, w = C/ΣC', () => {
    const r = criticWeights(cols, { directions: dirs });
    const s = Math.sqrt(1 / 3);
    expectClose(r.sd, [s, s, s], 1e-15);
    expectClose(r.conflict, [1, 1, 2], 1e-15);
    expectClose(r.information, [s, s, 2 * s], 1e-15);
    expectClose(r.weights, [0.25, 0.25, 0.5], 1e-15);
    expect(r.correlation.map((row) => Array.from(row))).toEqual([
      [1, 1, 0],
      [1, 1, 0],
      [0, 0, 1],
    ]);
  });

  it('gives two perfectly conflicting columns equal weight (r = −1, conflict 2 each)', () => {
    const r = criticWeights([f64(0, 1, 0.5), f64(1, 0, 0.5)], { directions: ['benefit', 'benefit'] });
    expectClose(r.conflict, [2, 2], 1e-15);
    expectClose(r.weights, [0.5, 0.5], 1e-15);
  });

  it('correlates the normalised columns, so a cost column turns r = 1 into r = −1', () => {
    // the same raw column as benefit and as cost: normalised values are mirror images
    const r = criticWeights([f64(1, 2, 4), f64(1, 2, 4)], { directions: ['benefit', 'cost'] });
    expect(r.correlation[0][1]).toBeCloseTo(-1, 15);
    expectClose(r.weights, [0.5, 0.5], 1e-15);
  });

  it('agrees with numpy on the hand 4×3 matrix and two real data sets (1e-12)', () => {
    for (const c of [...ref.cases, { name: 'hand', names: ['A', 'B', 'C'], ...ref.hand }]) {
      const r = criticWeights(c.columns.map((x) => Float64Array.from(x)), { directions: c.directions, names: c.names });
      expectClose(r.sd, c.critic.sd);
      expectClose(r.conflict, c.critic.conflict);
      expectClose(r.information, c.critic.information);
      expectClose(r.weights, c.critic.weights);
      r.correlation.forEach((row, j) => expectClose(row, c.critic.correlation[j]));
    }
  });

  it('gives the same weights with the population SD: the √((n−1)/n) factor cancels', () => {
    for (const c of ref.cases) {
      const r = criticWeights(c.columns.map((x) => Float64Array.from(x)), { directions: c.directions });
      expectClose(r.weights, c.critic.weights_population_sd);
    }
  });

  it('gives a constant column weight 0 and counts its correlations as 0, with a warning', () => {
    // adding constant D to the hand example: each of A, B, C gains 1 − 0 = 1 conflict
    //   conflict = 2, 2, 3 → w = 2/7, 2/7, 3/7, D = 0
    const r = criticWeights([...cols, f64(3, 3, 3, 3)], { directions: [...dirs, 'cost'], names: ['A', 'B', 'C', 'D'] });
    expectClose(r.conflict.slice(0, 3), [2, 2, 3], 1e-15);
    expectClose(r.weights, [2 / 7, 2 / 7, 3 / 7, 0], 1e-15);
    expect(r.sd[3]).toBe(0);
    expect(r.constant).toEqual([false, false, false, true]);
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        code: 'weighting.critic-constant',
        message:
          'Column "D" has the same value for every customer: its CRITIC weight is 0, and its correlation with each other indicator (undefined, 0/0) is taken as 0, which adds 1 to their conflict.',
        where: { column: 'D' },
        params: { column: 'D' },
      },
    ]);
  });

  it('refuses all columns constant, one column, one customer, and perfectly correlated columns', () => {
    expect(() => criticWeights([f64(1, 1), f64(2, 2)], { directions: ['benefit', 'benefit'] })).toThrow(
      'Every indicator column is constant (2 of 2), so CRITIC weights are undefined: all σ_j = 0.',
    );
    expect(() => criticWeights([f64(1, 2)], { directions: ['benefit'] })).toThrow(
      'CRITIC weights need at least 2 indicators (a single one has no conflict: C = σ·(1 − 1) = 0); got 1.',
    );
    expect(() => criticWeights([f64(1), f64(2)], { directions: ['benefit', 'benefit'] })).toThrow(
      'CRITIC weights need at least 2 customers (standard deviations and correlations); got 1.',
    );
    // 3x + 1 normalises to the same column as x
    expect(() => criticWeights([f64(0.1, 0.7, 0.3), f64(1.3, 3.1, 1.9)], { directions: ['benefit', 'benefit'] })).toThrow(
      'CRITIC weights are undefined here: every indicator is perfectly correlated (r = 1) with every other, so every information amount C_j = σ_j Σ(1 − r_jk) is 0.',
    );
  });

  it('gives weights ≥ 0 summing to 1 (property)', () => {
    const column = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(column, { minLength: 2, maxLength: 5 }), (raw) => {
        const cols = raw.map((c) => Float64Array.from(c));
        let r;
        try {
          r = criticWeights(cols, { directions: cols.map(() => 'benefit' as Direction) });
        } catch (e) {
          const m = (e as Error).message;
          return m.startsWith('Every indicator column is constant') || m.startsWith('CRITIC weights are undefined here');
        }
        const s = r.weights.reduce((a, b) => a + b, 0);
        return Math.abs(s - 1) < 1e-12 && r.weights.every((w) => w >= 0);
      }),
    );
  });
});

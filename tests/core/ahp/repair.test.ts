import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyseMatrix, crIfChanged, describeCycle, findCycles, impliedRatio, SAATY_SCALE, worstJudgments } from '../../../src/core/ahp/index.ts';
import { recip, reference } from './helpers.ts';

// methodology.md §2.3 worked example: a12·a23 = 9 but a13 = 1/2 (reversed).
const reversed = [
  [1, 3, 1 / 2],
  [1 / 3, 1, 3],
  [2, 1 / 3, 1],
];

describe('worstJudgments', () => {
  it('gives the CR after setting a13 to 5, 7 and 9 as in methodology.md (0.033 / 0.006 / 0.000)', () => {
    const opts = { method: 'eigen', ri: 'saaty1980' } as const;
    expect(crIfChanged(reversed, 0, 2, 5, opts)).toBeCloseTo(0.033, 3);
    expect(crIfChanged(reversed, 0, 2, 7, opts)).toBeCloseTo(0.006, 3);
    expect(crIfChanged(reversed, 0, 2, 9, opts)).toBeLessThan(1e-12);
    // numpy (tests/reference/ahp_reference.py)
    const ref = reference.methodology_cr_after_a13;
    expect(crIfChanged(reversed, 0, 2, 5, opts)).toBeCloseTo(ref['5'], 12);
    expect(crIfChanged(reversed, 0, 2, 7, opts)).toBeCloseTo(ref['7'], 12);
  });

  it('suggests a13 = 9 (CR after ≈ 0) for the reversed judgment, and does not change the input', () => {
    const before = JSON.stringify(reversed);
    const a = analyseMatrix(reversed, { method: 'eigen', ri: 'saaty1980' });
    const r13 = a.worst.find((r) => r.i === 0 && r.j === 2);
    expect(r13).toBeDefined();
    expect(r13!.value).toBe(1 / 2);
    expect(r13!.suggested).toBe(9);
    expect(r13!.implied).toBeCloseTo(9, 12); // a12 · a23
    expect(r13!.crAfter).toBeLessThan(1e-12);
    expect(JSON.stringify(reversed)).toBe(before);
  });

  it('ranks the three judgments of a 3-cycle equally, in row-major order, each with its exact fix', () => {
    // In a 3×3 matrix all three |ln ε| equal ln(18)/3; each judgment alone can restore consistency:
    // a12 = a13/a23 = 1/6, a13 = a12·a23 = 9, a23 = a13/a12 = 1/6.
    const a = analyseMatrix(reversed, { method: 'eigen', ri: 'saaty1980' });
    expect(a.worst.map((r) => [r.i, r.j, r.suggested])).toEqual([
      [0, 1, 1 / 6],
      [0, 2, 9],
      [1, 2, 1 / 6],
    ]);
    for (const r of a.worst) expect(Math.abs(Math.log(r.error))).toBeCloseTo(Math.log(18) / 3, 12);
  });

  it('points at the single judgment that spoils an otherwise consistent 4×4 matrix', () => {
    // w = (8, 4, 2, 1): a_ij = w_i/w_j, then a14 is entered as 1/2 instead of 8.
    const m = recip([2, 4, 1 / 2, 2, 4, 2], 4);
    const a = analyseMatrix(m, { method: 'geometric', ri: 'saaty1980' });
    expect(a.consistent).toBe(false);
    expect(a.worst[0]).toMatchObject({ i: 0, j: 3, value: 1 / 2, suggested: 8 });
    expect(a.worst[0].implied).toBeCloseTo(8, 12); // (a12·a24 · a13·a34)^(1/2) = (2·4 · 4·2)^(1/2)
    expect(a.worst[0].crAfter).toBeLessThan(1e-12);
    expect(a.gci).toBeGreaterThan(0.35);
  });

  it('defines ε_ij = a_ij·w_j/w_i with the eigenvector weights (numpy weights for the drinks matrix)', () => {
    const ex = reference.examples.drinks;
    const worst = worstJudgments(ex.matrix, ex.eigen, { method: 'eigen', ri: 'saaty2005', limit: 21 });
    expect(worst).toHaveLength(21);
    for (const r of worst) expect(r.error).toBeCloseTo((ex.matrix[r.i][r.j] * ex.eigen[r.j]) / ex.eigen[r.i], 12);
    const scores = worst.map((r) => Math.abs(Math.log(r.error)));
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('always suggests a value of the Saaty scale and never a CR above the current one', () => {
    const m = reference.examples.leader_criteria.matrix;
    const a = analyseMatrix(m, { method: 'eigen', ri: 'saaty1980', repairs: 6 });
    expect(a.worst).toHaveLength(6);
    for (const r of a.worst) {
      expect(SAATY_SCALE).toContain(r.suggested);
      expect(r.crAfter).toBeLessThanOrEqual(a.cr + 1e-12);
    }
  });

  it('lists nothing for a consistent matrix or for two items, and honours the limit', () => {
    expect(analyseMatrix(recip([2, 4, 2], 3), { method: 'eigen', ri: 'saaty1980' }).worst).toEqual([]);
    expect(analyseMatrix([[1, 7], [1 / 7, 1]], { method: 'eigen', ri: 'saaty1980' }).worst).toEqual([]);
    expect(analyseMatrix(reversed, { method: 'eigen', ri: 'saaty1980', repairs: 1 }).worst).toHaveLength(1);
    expect(analyseMatrix(reversed, { method: 'eigen', ri: 'saaty1980', repairs: 0 }).worst).toEqual([]);
  });

  it('computes the implied ratio from the indirect judgments only', () => {
    const m = recip([2, 4, 1 / 2, 2, 4, 2], 4);
    // w1/w4 through item 2: a12·a24 = 2·4; through item 3: a13·a34 = 4·2 → 8 regardless of a14.
    expect(impliedRatio(m, 0, 3)).toBeCloseTo(8, 12);
  });
});

describe('findCycles', () => {
  it('finds the 3-cycle of the worked example and words it', () => {
    const cycles = findCycles(reversed);
    expect(cycles).toEqual([{ items: [0, 1, 2] }]);
    expect(describeCycle(cycles[0], ['Deposits', 'Loans', 'Fees'])).toBe('Deposits > Loans, Loans > Fees but Fees > Deposits');
  });

  it('finds a cycle running the other way round', () => {
    // A < B, B < C, A > C: A > C, C > B, B > A
    const cycles = findCycles(recip([1 / 3, 3, 1 / 3], 3));
    expect(cycles).toEqual([{ items: [0, 2, 1] }]);
    expect(describeCycle(cycles[0], ['A', 'B', 'C'])).toBe('A > C, C > B but B > A');
  });

  it('does not count ties (judgments of 1) or consistent orders', () => {
    expect(findCycles(recip([1, 1, 1], 3))).toEqual([]);
    expect(findCycles(recip([3, 1, 1 / 3], 3))).toEqual([]); // A > B, C > B, A = C: the tie breaks the cycle
    expect(findCycles(recip([2, 4, 2], 3))).toEqual([]);
  });

  it('reports each cycle once: as many cycles as ordered cycling triples / 3 (brute force)', () => {
    const arb = fc.integer({ min: 3, max: 8 }).chain((n) =>
      fc.array(fc.constantFrom(1 / 5, 1 / 3, 1, 3, 5), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((u) => recip(u, n)),
    );
    fc.assert(
      fc.property(arb, (m) => {
        const n = m.length;
        let ordered = 0;
        for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) for (let c = 0; c < n; c++) if (m[a][b] > 1 && m[b][c] > 1 && m[c][a] > 1) ordered++;
        const cycles = findCycles(m);
        expect(cycles.length * 3).toBe(ordered);
        for (const { items: [a, b, c] } of cycles) {
          expect(m[a][b] > 1 && m[b][c] > 1 && m[c][a] > 1).toBe(true);
          expect(a).toBe(Math.min(a, b, c));
        }
      }),
      { numRuns: 300 },
    );
  });
});

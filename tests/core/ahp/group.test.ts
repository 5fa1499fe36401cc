import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../../../src/core/errors.ts';
import { aggregateJudgments, aggregatePriorities, analyseGroup, analyseMatrix, geometricWeights } from '../../../src/core/ahp/index.ts';
import { maxAbsDiff, recip, reference } from './helpers.ts';

const g = reference.group;
const flat = (m: number[][]): number[] => m.flat();

describe('AIJ (aggregation of individual judgments)', () => {
  it('takes the element-wise geometric mean: √(4·1) = 2 for two experts', () => {
    expect(aggregateJudgments([[[1, 4], [1 / 4, 1]], [[1, 1], [1, 1]]])).toEqual([
      [1, 2],
      [1 / 2, 1],
    ]);
  });

  it('matches numpy for equal and for weighted experts', () => {
    expect(maxAbsDiff(flat(aggregateJudgments(g.experts)), flat(g.aij_equal.matrix))).toBeLessThan(1e-13);
    expect(maxAbsDiff(flat(aggregateJudgments(g.experts, g.expert_weights)), flat(g.aij_weighted.matrix))).toBeLessThan(1e-13);
    // weights need not sum to 1
    expect(maxAbsDiff(flat(aggregateJudgments(g.experts, [5, 3, 2])), flat(g.aij_weighted.matrix))).toBeLessThan(1e-13);
  });

  it('analyses the group matrix like any matrix and reports every expert with their own CR', () => {
    const r = analyseGroup(g.experts, { method: 'eigen', ri: 'saaty1980', aggregation: 'aij' });
    expect(maxAbsDiff(r.aggregated.weights, g.aij_equal.eigen)).toBeLessThan(1e-12);
    expect(r.aggregated.lambdaMax).toBeCloseTo(g.aij_equal.eigenvalue, 12);
    expect(r.experts).toHaveLength(3);
    g.experts.forEach((m, k) => expect(r.experts[k].cr).toBe(analyseMatrix(m, { method: 'eigen', ri: 'saaty1980' }).cr));
  });

  const matrixArb = (n: number) =>
    fc.array(fc.constantFrom(1 / 9, 1 / 5, 1 / 3, 1 / 2, 1, 2, 3, 5, 9), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((u) => recip(u, n));
  const groupArb = fc.integer({ min: 2, max: 7 }).chain((n) => fc.array(matrixArb(n), { minLength: 1, maxLength: 5 }));

  it('is exactly reciprocal with a unit diagonal', () => {
    fc.assert(
      fc.property(groupArb, fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), { minLength: 5, maxLength: 5 }), (ms, ws) => {
        const a = aggregateJudgments(ms, ws.slice(0, ms.length));
        for (let i = 0; i < a.length; i++) {
          expect(a[i][i]).toBe(1);
          for (let j = 0; j < a.length; j++) expect(Math.abs(a[i][j] * a[j][i] - 1)).toBeLessThan(1e-14);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives back the expert when every expert gave the same matrix', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 7 }).chain((n) => matrixArb(n)),
        fc.integer({ min: 1, max: 6 }),
        (m, k) => {
          const a = aggregateJudgments(Array.from({ length: k }, () => m));
          for (let i = 0; i < m.length; i++) for (let j = 0; j < m.length; j++) expect(a[i][j] / m[i][j]).toBeCloseTo(1, 13);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('AIP (aggregation of individual priorities)', () => {
  it('matches numpy: geometric mean of the experts’ eigenvectors, renormalised', () => {
    const r = analyseGroup(g.experts, { method: 'eigen', ri: 'saaty1980', aggregation: 'aip' });
    expect(maxAbsDiff(r.aggregated.weights, g.aip_equal_eigen)).toBeLessThan(1e-12);
    const rw = analyseGroup(g.experts, { method: 'eigen', ri: 'saaty1980', aggregation: 'aip', expertWeights: g.expert_weights });
    expect(maxAbsDiff(rw.aggregated.weights, g.aip_weighted_eigen)).toBeLessThan(1e-12);
    // the group matrix shown is the AIJ matrix, its λmax taken against the AIP weights
    expect(maxAbsDiff(flat(r.aggregated.matrix), flat(g.aij_equal.matrix))).toBeLessThan(1e-13);
    const w = r.aggregated.weights;
    const m = r.aggregated.matrix;
    const lam = m.reduce((s, row, i) => s + row.reduce((t, a, j) => t + a * w[j], 0) / w[i], 0) / m.length;
    expect(r.aggregated.lambdaMax).toBeCloseTo(lam, 13);
  });

  it('renormalises the geometric mean of the weight vectors', () => {
    // √(0.8·0.2) = 0.4 and √(0.2·0.8) = 0.4 → 0.5, 0.5
    expect(aggregatePriorities([[0.8, 0.2], [0.2, 0.8]])).toEqual([0.5, 0.5]);
  });

  it('agrees with AIJ for the geometric method (row geometric mean commutes with the geometric mean)', () => {
    const arb = fc.integer({ min: 2, max: 7 }).chain((n) =>
      fc.array(
        fc.array(fc.constantFrom(1 / 7, 1 / 3, 1, 2, 5, 8), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((u) => recip(u, n)),
        { minLength: 2, maxLength: 5 },
      ),
    );
    fc.assert(
      fc.property(arb, (ms) => {
        const aij = analyseGroup(ms, { method: 'geometric', ri: 'cn', aggregation: 'aij' }).aggregated.weights;
        const aip = analyseGroup(ms, { method: 'geometric', ri: 'cn', aggregation: 'aip' }).aggregated.weights;
        expect(maxAbsDiff(aij, aip)).toBeLessThan(1e-13);
        expect(maxAbsDiff(aij, geometricWeights(aggregateJudgments(ms)))).toBeLessThan(1e-13);
      }),
      { numRuns: 150 },
    );
  });

  it('returns the single expert’s analysis unchanged for a group of one', () => {
    const m = reference.examples.drinks.matrix;
    for (const aggregation of ['aij', 'aip'] as const) {
      const r = analyseGroup([m], { method: 'eigen', ri: 'saaty1980', aggregation });
      expect(r.aggregated).toEqual(analyseMatrix(m, { method: 'eigen', ri: 'saaty1980' }));
    }
  });
});

describe('bad group input', () => {
  const err = (f: () => unknown): InputError => {
    try {
      f();
    } catch (e) {
      if (e instanceof InputError) return e;
      throw e;
    }
    throw new Error('no InputError');
  };

  it('rejects expert weights that are not one positive number per expert', () => {
    expect(err(() => aggregateJudgments(g.experts, [1, 2])).message).toBe('There are 2 expert weights for 3 experts; give one weight per expert.');
    expect(err(() => aggregateJudgments(g.experts, [1, 0, 2])).message).toBe('Expert weight 2 is 0; expert weights must be positive numbers.');
    expect(err(() => analyseGroup([g.experts[0]], { method: 'eigen', ri: 'cn', aggregation: 'aij', expertWeights: [-1] })).code).toBe('ahp.expert-weights');
  });

  it('rejects matrices of different sizes and an empty group', () => {
    expect(err(() => aggregateJudgments([g.experts[0], [[1, 2], [1 / 2, 1]]])).message).toBe(
      'Matrix 2 is not 4×4 like the first; every expert must compare the same items.',
    );
    expect(err(() => aggregatePriorities([])).code).toBe('ahp.group-empty');
  });

  it('rejects an unknown aggregation', () => {
    const e = err(() => analyseGroup(g.experts, { method: 'eigen', ri: 'cn', aggregation: 'mean' as 'aij' }));
    expect(e.code).toBe('ahp.aggregation');
    expect(e.where.path).toBe('options.ahp.aggregation');
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseMatrix } from '../../../src/core/ahp/analyse.ts';
import { buckleyGeometric } from '../../../src/core/ahp/fuzzy/buckley.ts';
import { changExtent, possibilityDegree } from '../../../src/core/ahp/fuzzy/chang.ts';
import { fuzzyCalculation } from '../../../src/core/ahp/fuzzy/method.ts';
import { checkFuzzyMatrix, fuzzifyJudgment, fuzzifyMatrix, type Tfn } from '../../../src/core/ahp/fuzzy/tfn.ts';
import { priorityVector } from '../../../src/core/ahp/weights.ts';
import { InputError } from '../../../src/core/errors.ts';

/** numpy from the published formulas: tests/reference/fuzzy_ahp_reference.py. */
interface Case {
  matrix: number[][];
  fuzzy: number[][][];
  chang: { extents: number[][]; possibility: number[][]; degrees: number[]; weights: number[] };
  buckley: { means: number[][]; fuzzyWeights: number[][]; centroids: number[]; weights: number[] };
  middle: { lambdaMax: number; ci: number; cr: number };
}
const ref = JSON.parse(readFileSync(new URL('../../fixtures/ahp/fuzzy-reference.json', import.meta.url), 'utf8')) as {
  crisp: Record<string, Case>;
  fuzzy: Record<string, Omit<Case, 'matrix' | 'middle'>>;
};

const close = (actual: readonly number[], expected: readonly number[], tol = 1e-12) => {
  expect(actual.length).toBe(expected.length);
  actual.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThanOrEqual(tol));
};

describe('reading crisp judgments as triangular fuzzy numbers', () => {
  it('maps Saaty values to the published scale and reciprocals to (1/u, 1/m, 1/l)', () => {
    expect(fuzzifyJudgment(1)).toEqual([1, 1, 1]);
    expect(fuzzifyJudgment(3)).toEqual([2, 3, 4]);
    expect(fuzzifyJudgment(2)).toEqual([1, 2, 3]);
    expect(fuzzifyJudgment(9)).toEqual([9, 9, 9]);
    close(fuzzifyJudgment(1 / 5), [1 / 6, 1 / 5, 1 / 4]);
  });
  it('gives every fuzzified matrix of the reference cases the numpy scale table, entry by entry', () => {
    for (const c of Object.values(ref.crisp)) {
      const f = fuzzifyMatrix(c.matrix);
      f.forEach((row, i) => row.forEach((x, j) => close(x, c.fuzzy[i][j], 1e-15)));
      expect(() => checkFuzzyMatrix(f)).not.toThrow();
    }
  });
  it('refuses a fuzzy matrix that is not reciprocal, naming the cell', () => {
    const f: Tfn[][] = [
      [[1, 1, 1], [2, 3, 4]],
      [[1 / 4, 1 / 3, 1 / 3], [1, 1, 1]],
    ];
    expect(() => checkFuzzyMatrix(f)).toThrow(InputError);
    try {
      checkFuzzyMatrix(f);
    } catch (e) {
      expect((e as InputError).code).toBe('ahp.fuzzy-matrix');
      expect((e as InputError).variant).toBe('reciprocal');
      expect((e as InputError).params).toEqual({ row: 1, col: 2 });
    }
  });
  it('refuses an entry with l > m', () => {
    expect(() => checkFuzzyMatrix([[[2, 1, 3]]])).toThrow(/triangular fuzzy number/);
  });
});

describe("Chang's extent analysis", () => {
  it('reproduces the criteria weights a published supplier-selection study prints (Saputro et al., Table 11: 0.567, 0.077, 0.356 from the fuzzy matrix of Table 9)', () => {
    const f = ref.fuzzy['saputro-table9'].fuzzy as unknown as Tfn[][];
    const w = changExtent(f).weights;
    // Published to three decimals.
    close(w.map((x) => Math.round(x * 1000) / 1000), [0.567, 0.077, 0.356], 0);
    close(w, ref.fuzzy['saputro-table9'].chang.weights);
  });
  it('gives the same extents, degrees of possibility and weights as numpy on every reference matrix', () => {
    for (const [name, c] of Object.entries(ref.crisp)) {
      const r = changExtent(fuzzifyMatrix(c.matrix));
      r.extents.forEach((s, i) => close(s, c.chang.extents[i]));
      r.possibility.forEach((row, i) => close(row, c.chang.possibility[i]));
      close(r.degrees, c.chang.degrees);
      close(r.weights, c.chang.weights);
      expect(r.weights.reduce((a, b) => a + b, 0), name).toBeCloseTo(1, 12);
    }
  });
  it('gives weight 0 to an item whose extent lies wholly below another one (a known property of the method)', () => {
    const r = changExtent(fuzzifyMatrix(ref.crisp['chang-zero-4'].matrix));
    expect(r.weights[3]).toBe(0);
    expect(r.weights[0]).toBeGreaterThan(0.5);
  });
  it('reads the degree of possibility as 1 when the first middle value is not smaller, 0 when the supports do not overlap', () => {
    expect(possibilityDegree([0.2, 0.4, 0.6], [0.1, 0.3, 0.5])).toBe(1);
    expect(possibilityDegree([0.1, 0.2, 0.3], [0.4, 0.5, 0.6])).toBe(0);
    // (l2 − u1) / ((m1 − u1) − (m2 − l2)) = (0.3 − 0.5) / ((0.3 − 0.5) − (0.5 − 0.3)) = 0.5
    expect(possibilityDegree([0.1, 0.3, 0.5], [0.3, 0.5, 0.7])).toBeCloseTo(0.5, 15);
  });
});

describe("Buckley's fuzzy geometric mean", () => {
  it('gives the same fuzzy means, fuzzy weights, centroids and weights as numpy on every reference matrix', () => {
    for (const c of [...Object.values(ref.crisp).map((x) => ({ f: fuzzifyMatrix(x.matrix), b: x.buckley })), { f: ref.fuzzy['saputro-table9'].fuzzy as unknown as Tfn[][], b: ref.fuzzy['saputro-table9'].buckley }]) {
      const r = buckleyGeometric(c.f);
      r.means.forEach((m, i) => close(m, c.b.means[i]));
      r.fuzzyWeights.forEach((w, i) => close(w, c.b.fuzzyWeights[i]));
      close(r.centroids, c.b.centroids);
      close(r.weights, c.b.weights);
    }
  });
  it('has as middle values of its fuzzy weights the row geometric mean weights of the middle matrix', () => {
    const m = ref.crisp['corporate-current-5'].matrix;
    const r = buckleyGeometric(fuzzifyMatrix(m));
    close(r.fuzzyWeights.map((w) => w[1]), priorityVector(m, 'geometric'));
  });
});

describe('fuzzy AHP as an AHP method', () => {
  it('weights a matrix by the chosen fuzzy method through priorityVector', () => {
    const m = ref.crisp['retail-current-4'].matrix;
    close(priorityVector(m, 'fuzzy-chang'), ref.crisp['retail-current-4'].chang.weights);
    close(priorityVector(m, 'fuzzy-buckley'), ref.crisp['retail-current-4'].buckley.weights);
  });
  it("checks the consistency of the middle matrix with its principal eigenvalue (numpy's λmax and CR)", () => {
    for (const [name, c] of Object.entries(ref.crisp)) {
      for (const method of ['fuzzy-chang', 'fuzzy-buckley'] as const) {
        const a = analyseMatrix(c.matrix, { method, ri: 'saaty1980' });
        expect(Math.abs(a.lambdaMax - c.middle.lambdaMax), name).toBeLessThan(1e-9);
        expect(Math.abs(a.cr - c.middle.cr), name).toBeLessThan(1e-9);
        close(a.weights, c[method === 'fuzzy-chang' ? 'chang' : 'buckley'].weights);
      }
    }
  });
  it('suggests repairs from the middle matrix even when Chang gives an item weight 0', () => {
    const m = ref.crisp['group-mean-3'].matrix;
    const a = analyseMatrix(m, { method: 'fuzzy-chang', ri: 'saaty1980' });
    const e = analyseMatrix(m, { method: 'eigen', ri: 'saaty1980' });
    expect(a.consistent).toBe(false);
    expect(a.worst.map((r) => [r.i, r.j, r.suggested, r.crAfter])).toEqual(e.worst.map((r) => [r.i, r.j, r.suggested, r.crAfter]));
    const z = analyseMatrix(ref.crisp['chang-zero-4'].matrix, { method: 'fuzzy-chang', ri: 'saaty1980' });
    expect(z.weights[3]).toBe(0);
    expect(Number.isFinite(z.lambdaMax)).toBe(true);
    close([z.lambdaMax], [analyseMatrix(ref.crisp['chang-zero-4'].matrix, { method: 'eigen', ri: 'saaty1980' }).lambdaMax]);
  });
  it('returns the whole calculation for the thesis table', () => {
    const c = fuzzyCalculation(ref.crisp['pair'].matrix, 'fuzzy-chang');
    expect(c.method).toBe('fuzzy-chang');
    if (c.method === 'fuzzy-chang') close(c.weights, [1, 0]);
    const b = fuzzyCalculation(ref.crisp['pair'].matrix, 'fuzzy-buckley');
    if (b.method === 'fuzzy-buckley') close(b.weights, ref.crisp['pair'].buckley.weights);
  });
});

describe('fuzzy AHP properties', () => {
  const scaleArb = fc.constantFrom(1 / 9, 1 / 7, 1 / 5, 1 / 3, 1 / 2, 1, 2, 3, 5, 7, 9);
  const recip = (u: number[], n: number): number[][] => {
    const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
    let k = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) { a[i][j] = u[k]; a[j][i] = 1 / u[k]; k++; }
    return a;
  };
  const permArb = fc.integer({ min: 2, max: 8 }).chain((n) =>
    fc.tuple(fc.array(scaleArb, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }), fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n })).map(([u, p]) => ({ m: recip(u, n), p })),
  );

  it('gives weights summing to 1 that permute with the items; Buckley never gives 0, Chang may', () => {
    fc.assert(
      fc.property(permArb, fc.constantFrom('fuzzy-chang' as const, 'fuzzy-buckley' as const), ({ m, p }, method) => {
        const w = priorityVector(m, method);
        const wp = priorityVector(p.map((i) => p.map((j) => m[i][j])), method);
        expect(Math.abs(w.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
        expect(w.every((x) => x >= 0)).toBe(true);
        if (method === 'fuzzy-buckley') expect(w.every((x) => x > 0)).toBe(true);
        wp.forEach((x, k) => expect(Math.abs(x - w[p[k]])).toBeLessThan(1e-12));
      }),
      { numRuns: 200 },
    );
  });
});

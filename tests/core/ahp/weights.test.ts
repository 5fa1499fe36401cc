import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { InputError } from '../../../src/core/errors.ts';
import {
  analyseMatrix,
  columnWeights,
  consistency,
  eigenWeights,
  gci,
  gciThreshold,
  geometricWeights,
  lambdaMax,
  priorityVector,
} from '../../../src/core/ahp/index.ts';
import type { AhpMethod } from '../../../src/core/model/project.ts';
import { maxAbsDiff, recip, reference } from './helpers.ts';

const METHODS: AhpMethod[] = ['eigen', 'geometric', 'column'];

describe('published examples', () => {
  // Saaty, "Decision making with the analytic hierarchy process", Int. J. Services Sciences 1(1), 2008,
  // drinks consumption in the US, as reproduced in the AHPy README (PhilipGriffith/AHPy, README.md,
  // "Relative consumption of drinks in the United States"): AHP row
  // coffee 0.177, wine 0.019, tea 0.042, beer 0.116, soda 0.190, milk 0.129, water 0.327;
  // AHPy prints consistency_ratio 0.022 with random_index='saaty' (Saaty 2005 RI).
  const drinks = [
    [1, 9, 5, 2, 1, 1, 1 / 2],
    [1 / 9, 1, 1 / 3, 1 / 9, 1 / 9, 1 / 9, 1 / 9],
    [1 / 5, 3, 1, 1 / 3, 1 / 4, 1 / 3, 1 / 9],
    [1 / 2, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [1, 9, 4, 2, 1, 2, 1 / 2],
    [1, 9, 3, 1, 1 / 2, 1, 1 / 3],
    [2, 9, 9, 3, 2, 3, 1],
  ];

  it("reproduces Saaty's drinks-consumption priorities and CR = 0.022", () => {
    const a = analyseMatrix(drinks, { method: 'eigen', ri: 'saaty2005' });
    expect(maxAbsDiff(a.weights, [0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327])).toBeLessThan(5e-4);
    expect(a.ri).toBe(1.35);
    expect(a.cr).toBeCloseTo(0.022, 3);
    expect(a.consistent).toBe(true);
  });

  // Wikipedia, "Analytic hierarchy process – leader example": criteria Experience, Education,
  // Charisma, Age weighted .547, .127, .270, .056 (computed there with an online demo "designed for
  // convenience, not accuracy", hence a 2e-3 tolerance). The same matrix in the AHPy README
  // ("Choosing a leader") prints 0.548, 0.127, 0.27, 0.056 and consistency_ratio 0.044 (Saaty 2005 RI).
  const leaderCriteria = recip([4, 3, 7, 1 / 3, 3, 5], 4);

  it('reproduces the Wikipedia leader example criteria weights', () => {
    const a = analyseMatrix(leaderCriteria, { method: 'eigen', ri: 'saaty2005' });
    expect(maxAbsDiff(a.weights, [0.547, 0.127, 0.27, 0.056])).toBeLessThan(2e-3);
    expect(maxAbsDiff(a.weights, [0.548, 0.127, 0.27, 0.056])).toBeLessThan(5e-4);
    expect(a.cr).toBeCloseTo(0.044, 3);
  });

  it('reproduces the leader example candidate priorities for experience and education (AHPy README)', () => {
    // Tom (Moll), Dick (Nell), Harry (Sue): experience local weights 0.217, 0.717, 0.066, CR 0.035;
    // education CR 0.062; both with Saaty's 2005 RI (0.52 for n = 3).
    const exp = analyseMatrix(recip([1 / 4, 4, 9], 3), { method: 'eigen', ri: 'saaty2005' });
    expect(maxAbsDiff(exp.weights, [0.217, 0.717, 0.066])).toBeLessThan(5e-4);
    expect(exp.cr).toBeCloseTo(0.035, 3);
    const edu = analyseMatrix(recip([3, 1 / 5, 1 / 7], 3), { method: 'eigen', ri: 'saaty2005' });
    expect(edu.cr).toBeCloseTo(0.062, 3);
  });

  // Wikipedia "Analytic hierarchy process – car example" judgments as given in the AHPy README
  // ("Purchasing a vehicle"): criteria Cost, Safety, Style, Capacity → 0.51, 0.234, 0.041, 0.215,
  // consistency_ratio 0.08; Cost → Price, Fuel, Maintenance, Resale 0.488, 0.252, 0.1, 0.161, CR 0.016.
  // AHPy's default RI there is Donegan & Dodd (1991): RI(4) = 0.8286, RI(6) = 1.1797.
  it('reproduces the car example criteria and cost weights (CR with Donegan & Dodd RI)', () => {
    const crit = analyseMatrix(recip([3, 7, 3, 9, 1, 1 / 7], 4), { method: 'eigen', ri: 'saaty1980' });
    expect(maxAbsDiff(crit.weights, [0.51, 0.234, 0.041, 0.215])).toBeLessThan(5e-4);
    expect(crit.ci / 0.8286).toBeCloseTo(0.08, 3);
    const cost = analyseMatrix(recip([2, 5, 3, 2, 2, 1 / 2], 4), { method: 'eigen', ri: 'saaty1980' });
    expect(maxAbsDiff(cost.weights, [0.488, 0.252, 0.1, 0.161])).toBeLessThan(5e-4);
    expect(cost.ci / 0.8286).toBeCloseTo(0.016, 3);
    // Price over Accord Sedan, Accord Hybrid, Pilot, CR-V, Element, Odyssey: 0.246, 0.025, 0.025,
    // 0.246, 0.366, 0.093 with CR 0.072.
    const price = analyseMatrix(recip([9, 9, 1, 1 / 2, 5, 1, 1 / 9, 1 / 9, 1 / 7, 1 / 9, 1 / 9, 1 / 7, 1 / 2, 5, 6], 6), {
      method: 'eigen',
      ri: 'saaty1980',
    });
    expect(maxAbsDiff(price.weights, [0.246, 0.025, 0.025, 0.246, 0.366, 0.093])).toBeLessThan(5e-4);
    expect(price.ci / 1.1797).toBeCloseTo(0.072, 3);
  });
});

describe('methodology.md worked and teaching examples (computed there, secondary checks)', () => {
  it('gives λmax ≈ 4.002, CI ≈ 0.501, CR ≈ 0.864 for the reversed-judgment 3×3 example', () => {
    const a = analyseMatrix(
      [
        [1, 3, 1 / 2],
        [1 / 3, 1, 3],
        [2, 1 / 3, 1],
      ],
      { method: 'eigen', ri: 'saaty1980' },
    );
    // Closed form for a 3×3 reciprocal matrix: λmax = 1 + c^(1/3) + c^(−1/3), c = a12·a23/a13 = 18.
    expect(a.lambdaMax).toBeCloseTo(1 + 18 ** (1 / 3) + 18 ** (-1 / 3), 12);
    expect(a.lambdaMax).toBeCloseTo(4.002, 3);
    expect(a.ci).toBeCloseTo(0.501, 3);
    expect(a.cr).toBeCloseTo(0.864, 3);
    expect(a.consistent).toBe(false);
  });

  it('gives 2/3 and 1/3 with CR = 0 for current vs potential value [[1,2],[1/2,1]]', () => {
    for (const method of METHODS) {
      const a = analyseMatrix([[1, 2], [1 / 2, 1]], { method, ri: 'saaty1980' });
      expect(a.weights[0]).toBeCloseTo(2 / 3, 14);
      expect(a.weights[1]).toBeCloseTo(1 / 3, 14);
      expect([a.ci, a.ri, a.cr, a.consistent]).toEqual([0, 0, 0, true]);
    }
  });

  it('reproduces the current-value teaching matrix (row 1 = 1, 2, 3, 4, 5)', () => {
    const a = analyseMatrix(reference.examples.teach_current.matrix, { method: 'eigen', ri: 'saaty1980' });
    expect(maxAbsDiff(a.weights, [0.419, 0.263, 0.16, 0.097, 0.062])).toBeLessThan(5e-4);
    expect(a.lambdaMax).toBeCloseTo(5.068, 3);
    expect(a.ci).toBeCloseTo(0.017, 3);
    expect(a.cr).toBeCloseTo(0.015, 3);
  });

  it('reproduces the potential-value teaching matrix (rows 1, 1, 2, 3, 3)', () => {
    const a = analyseMatrix(reference.examples.teach_potential.matrix, { method: 'eigen', ri: 'saaty1980' });
    expect(maxAbsDiff(a.weights, [0.313, 0.313, 0.176, 0.099, 0.099])).toBeLessThan(5e-4);
    expect(a.cr).toBeCloseTo(0.003, 3);
  });

  it('has the three methods agree to about ±0.003 on the teaching matrices, as the note says', () => {
    for (const m of [reference.examples.teach_current.matrix, reference.examples.teach_potential.matrix]) {
      const e = eigenWeights(m);
      expect(maxAbsDiff(e, geometricWeights(m))).toBeLessThan(0.004);
      expect(maxAbsDiff(e, columnWeights(m))).toBeLessThan(0.004);
    }
  });
});

describe('agreement with numpy (tests/reference/ahp_reference.py)', () => {
  const cases = [...Object.entries(reference.examples), ...reference.random.map((c, k) => [`random ${k} (n=${c.matrix.length})`, c] as const)];

  it.each(cases)('matches numpy to 1e-12 for %s', (_name, c) => {
    const m = c.matrix;
    const we = eigenWeights(m);
    const wg = geometricWeights(m);
    const wc = columnWeights(m);
    expect(maxAbsDiff(we, c.eigen)).toBeLessThan(1e-12);
    expect(maxAbsDiff(wg, c.geometric)).toBeLessThan(1e-12);
    expect(maxAbsDiff(wc, c.column)).toBeLessThan(1e-12);
    expect(Math.abs(lambdaMax(m, we) - c.eigenvalue)).toBeLessThan(1e-11);
    expect(Math.abs(lambdaMax(m, we) - c.lambda_eigen)).toBeLessThan(1e-11);
    expect(Math.abs(lambdaMax(m, wg) - c.lambda_geometric)).toBeLessThan(1e-11);
    expect(Math.abs(lambdaMax(m, wc) - c.lambda_column)).toBeLessThan(1e-11);
    expect(Math.abs(gci(m, wg) - c.gci)).toBeLessThan(1e-11);
  });

  it('finds the same principal eigenvalue as ml-matrix EigenvalueDecomposition', () => {
    for (const c of reference.random) {
      const evd = new EigenvalueDecomposition(new Matrix(c.matrix));
      const top = Math.max(...evd.realEigenvalues);
      expect(Math.abs(lambdaMax(c.matrix, eigenWeights(c.matrix)) - top)).toBeLessThan(1e-10);
    }
  });

  it('leaves an eigen residual ‖Aw − λw‖ below 1e-14 on the random 15×15 matrices', () => {
    for (const c of reference.random.filter((r) => r.matrix.length === 15)) {
      const w = eigenWeights(c.matrix);
      const lam = lambdaMax(c.matrix, w);
      const res = c.matrix.map((row, i) => row.reduce((s, a, j) => s + a * w[j], 0) - lam * w[i]);
      expect(Math.max(...res.map(Math.abs))).toBeLessThan(1e-14);
    }
  });
});

describe('consistency', () => {
  it('uses the named RI table: CI and RI for n = 4 with each table', () => {
    const m = recip([3, 7, 3, 9, 1, 1 / 7], 4);
    const w = eigenWeights(m);
    const ci = (lambdaMax(m, w) - 4) / 3;
    expect(consistency(m, w, 'saaty1980').ri).toBe(0.9);
    expect(consistency(m, w, 'saaty2005').ri).toBe(0.89);
    expect(consistency(m, w, 'cn').ri).toBe(0.89);
    // Alonso & Lamata: CR = (λmax − n)/(1.7699 n − 4.3513)
    expect(consistency(m, w, 'alonso-lamata').cr).toBeCloseTo((lambdaMax(m, w) - 4) / (1.7699 * 4 - 4.3513), 14);
    expect(consistency(m, w, 'saaty1980').cr).toBeCloseTo(ci / 0.9, 14);
  });

  it('gives CI = CR = 0 for one and two items', () => {
    expect(consistency([[1]], [1], 'saaty1980')).toEqual({ lambdaMax: 1, ci: 0, ri: 0, cr: 0, consistent: true });
    const two = analyseMatrix([[1, 9], [1 / 9, 1]], { method: 'geometric', ri: 'cn' });
    expect([two.ci, two.cr, two.gci, two.worst, two.cycles]).toEqual([0, 0, 0, [], []]);
    expect(analyseMatrix([[1]], { method: 'eigen', ri: 'saaty1980' }).weights).toEqual([1]);
  });

  it('flags CR ≥ 0.10 as inconsistent and CR < 0.10 as consistent', () => {
    // CR = 0.864 vs 0.022 (above)
    const bad = analyseMatrix([[1, 3, 1 / 2], [1 / 3, 1, 3], [2, 1 / 3, 1]], { method: 'column', ri: 'saaty1980' });
    expect(bad.consistent).toBe(false);
    const good = analyseMatrix(reference.examples.drinks.matrix, { method: 'column', ri: 'saaty1980' });
    expect(good.consistent).toBe(true);
  });

  it('reports GCI only for the geometric method', () => {
    const m = reference.examples.drinks.matrix;
    expect(analyseMatrix(m, { method: 'geometric', ri: 'saaty1980' }).gci).toBeCloseTo(reference.examples.drinks.gci, 12);
    expect(analyseMatrix(m, { method: 'eigen', ri: 'saaty1980' }).gci).toBeUndefined();
    expect(analyseMatrix(m, { method: 'column', ri: 'saaty1980' }).gci).toBeUndefined();
  });

  it('puts the GCI of a 3×3 matrix at CR = 10% near the published threshold 0.31', () => {
    // Aguarón & Moreno-Jiménez (2003) derived 0.31 for n = 3 with RI(3) = 0.5247. Hand derivation: for
    // a 3×3 matrix with c = a12·a23/a13, λmax = 1 + t + 1/t (t = c^(1/3)) and GCI = (ln c)²/3.
    // CR = 0.1 ⇔ t + 1/t = 2 + 2·0.1·0.5247 ⇒ t = 1.3807…, ln c = 3 ln t, GCI = 0.312.
    const s = 2 + 2 * 0.1 * 0.5247;
    const t = (s + Math.sqrt(s * s - 4)) / 2;
    const c = t ** 3;
    const m = [
      [1, c, 1],
      [1 / c, 1, 1],
      [1, 1, 1],
    ];
    const w = geometricWeights(m);
    expect(consistency(m, eigenWeights(m), 0.5247).cr).toBeCloseTo(0.1, 12);
    expect(gci(m, w)).toBeCloseTo(0.31, 2);
    expect([gciThreshold(2), gciThreshold(3), gciThreshold(4), gciThreshold(5), gciThreshold(9)]).toEqual([Infinity, 0.31, 0.35, 0.37, 0.37]);
  });
});

describe('bad matrices', () => {
  const err = (f: () => unknown): InputError => {
    try {
      f();
    } catch (e) {
      if (e instanceof InputError) return e;
      throw e;
    }
    throw new Error('no InputError');
  };

  it('rejects a matrix that is not square', () => {
    const e = err(() => analyseMatrix([[1, 2], [1 / 2]], { method: 'eigen', ri: 'saaty1980' }));
    expect(e.code).toBe('ahp.matrix-invalid');
    expect(e.message).toBe('The pairwise matrix is not square: row 2 has 1 entries, expected 2.');
  });

  it('rejects an empty matrix', () => {
    expect(err(() => analyseMatrix([], { method: 'eigen', ri: 'saaty1980' })).message).toBe('The pairwise matrix is empty; it needs at least one item.');
  });

  it('rejects zero, negative and non-finite entries', () => {
    for (const bad of [0, -3, Number.NaN, Infinity]) {
      const e = err(() => analyseMatrix([[1, bad], [1, 1]], { method: 'eigen', ri: 'saaty1980' }));
      expect(e.code).toBe('ahp.matrix-invalid');
      expect(e.message).toBe(`Entry (1, 2) of the pairwise matrix is ${bad}; every entry must be a positive number.`);
    }
  });

  it('rejects a non-reciprocal pair', () => {
    const e = err(() => analyseMatrix([[1, 3, 1], [3, 1, 1], [1, 1, 1]], { method: 'eigen', ri: 'saaty1980' }));
    expect(e.code).toBe('ahp.not-reciprocal');
    expect(e.message).toBe('Entries (1, 2) = 3 and (2, 1) = 3 of the pairwise matrix are not reciprocal.');
  });

  it('rejects a matrix larger than the RI table, naming the table', () => {
    const m = Array.from({ length: 16 }, () => new Array<number>(16).fill(1));
    const e = err(() => analyseMatrix(m, { method: 'eigen', ri: 'saaty1980', node: 'Current value' }));
    expect(e.code).toBe('ahp.ri-size');
    expect(e.message).toBe(
      'The Saaty (1980) RI table covers n = 1 to 15, but node Current value compares 16 items; choose the Alonso & Lamata RI or split the node into sub-criteria.',
    );
    expect(analyseMatrix(m, { method: 'eigen', ri: 'alonso-lamata' }).cr).toBe(0);
  });

  it('rejects an unknown method', () => {
    expect(err(() => priorityVector([[1]], 'mean' as AhpMethod)).code).toBe('ahp.method');
  });
});

/** A positive weight vector of length 2…12 (not normalised). */
const weightsArb = fc.array(fc.double({ min: 0.02, max: 1, noNaN: true }), { minLength: 2, maxLength: 12 });
const consistentMatrix = (w: number[]): number[][] => w.map((wi) => w.map((wj) => wi / wj));
const normalise = (w: number[]): number[] => {
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / s);
};

describe('properties', () => {
  it('recovers w with CR ≈ 0 from a consistent matrix a_ij = w_i/w_j, for all three methods', () => {
    fc.assert(
      fc.property(weightsArb, fc.constantFrom<AhpMethod>('eigen', 'geometric', 'column'), (w, method) => {
        const m = consistentMatrix(w);
        const a = analyseMatrix(m, { method, ri: 'alonso-lamata' });
        expect(maxAbsDiff(a.weights, normalise(w))).toBeLessThan(1e-12);
        expect(a.cr).toBeLessThan(1e-12);
        expect(Math.abs(a.lambdaMax - w.length)).toBeLessThan(1e-11);
        expect(a.worst).toEqual([]);
        expect(a.cycles).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  /** A random reciprocal matrix on Saaty's scale. */
  const scaleArb = fc.constantFrom(1 / 9, 1 / 7, 1 / 5, 1 / 3, 1 / 2, 1, 2, 3, 5, 7, 9);
  const matrixArb = fc.integer({ min: 1, max: 9 }).chain((n) =>
    fc.array(scaleArb, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((u) => recip(u, n)),
  );

  it('gives positive weights summing to 1 and CI ≥ 0 for any reciprocal matrix', () => {
    fc.assert(
      fc.property(matrixArb, fc.constantFrom<AhpMethod>('eigen', 'geometric', 'column'), (m, method) => {
        const a = analyseMatrix(m, { method, ri: 'cn' });
        expect(Math.abs(a.weights.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-14);
        expect(a.weights.every((x) => x > 0)).toBe(true);
        expect(a.ci).toBeGreaterThanOrEqual(0);
        expect(a.lambdaMax).toBeGreaterThanOrEqual(m.length - 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('permutes the weights when the items are permuted', () => {
    const permArb = matrixArb.chain((m) =>
      fc.shuffledSubarray(
        m.map((_, i) => i),
        { minLength: m.length, maxLength: m.length },
      ).map((p) => ({ m, p })),
    );
    fc.assert(
      fc.property(permArb, fc.constantFrom<AhpMethod>('eigen', 'geometric', 'column'), ({ m, p }, method) => {
        const permuted = p.map((i) => p.map((j) => m[i][j]));
        const w = priorityVector(m, method);
        const wp = priorityVector(permuted, method);
        expect(maxAbsDiff(wp, p.map((i) => w[i]))).toBeLessThan(1e-13);
        const c = consistency(m, w, 'saaty1980').cr;
        expect(Math.abs(consistency(permuted, wp, 'saaty1980').cr - c)).toBeLessThan(1e-12);
      }),
      { numRuns: 200 },
    );
  });
});

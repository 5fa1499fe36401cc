import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTable } from '../../../src/core/data/read.ts';
import { greyRelational } from '../../../src/core/evaluate/gra.ts';
import { topsis } from '../../../src/core/evaluate/topsis.ts';
import { methodScores } from '../../../src/core/evaluate/scores.ts';
import { entropyWeights } from '../../../src/core/weighting/entropy.ts';
import type { Direction } from '../../../src/core/model/project.ts';

// independent numpy implementation: tests/reference/evaluate_reference.py
const root = new URL('../../../', import.meta.url);
const ref = JSON.parse(readFileSync(new URL('tests/fixtures/evaluate/reference.json', root), 'utf8'));
type Case = { name: string; file: string; columns: string[]; directions: Direction[]; weights: number[]; [k: string]: any };

function load(c: Case): Float64Array[] {
  const { table } = readTable(readFileSync(new URL(c.file, root)), { fileName: c.file });
  return c.columns.map((name) => Float64Array.from(table.column(name) as unknown as ArrayLike<number>));
}

const expectClose = (actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number) => {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < expected.length; i++) worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
  expect(worst).toBeLessThan(tol);
};

describe.each(ref.cases as Case[])('on the real data set $name', (c) => {
  const cols = load(c);
  const options = { directions: c.directions, names: c.columns };

  it('gives the TOPSIS closeness, D⁺ and D⁻ of numpy to 1e-12', () => {
    const r = topsis(cols, c.weights, options);
    expectClose(r.scores, c.topsis.scores, 1e-12);
    expectClose(r.dPlus, c.topsis.dPlus, 1e-12);
    expectClose(r.dMinus, c.topsis.dMinus, 1e-12);
  });

  it('gives entropy-weight TOPSIS of numpy (entropy weights with and without the SPSSAU shift) to 1e-12', () => {
    const plain = entropyWeights(cols, options).weights;
    expectClose(topsis(cols, plain, options).scores, c.entropyTopsis.scores, 1e-12);
    const shifted = entropyWeights(cols, { ...options, shift: 'spssau' }).weights;
    expectClose(topsis(cols, shifted, options).scores, c.entropyTopsisSpssau.scores, 1e-12);
  });

  it.each(['0.5', '0.3'])('gives the grey relational grade of numpy with ρ = %s to 1e-12', (rho) => {
    const r = greyRelational(cols, c.weights, { ...options, rho: Number(rho) });
    expectClose(r.scores, c.gra[rho].scores, 1e-12);
    expect(r.deltaMin).toBeCloseTo(c.gra[rho].deltaMin, 14);
    expect(r.deltaMax).toBeCloseTo(c.gra[rho].deltaMax, 14);
  });

  it.each(['minmax/none', 'minmax/spssau', 'none/none', 'none/spssau'])('gives the entropy e, d and weights of numpy with normalisation/shift %s to 1e-12', (key) => {
    const [normalisation, shift] = key.split('/') as ['minmax' | 'none', 'none' | 'spssau'];
    const r = entropyWeights(cols, { ...options, normalisation, shift });
    expectClose(r.e, c.entropy[key].e, 1e-12);
    expectClose(r.d, c.entropy[key].d, 1e-12);
    expectClose(r.weights, c.entropy[key].weights, 1e-12);
  });

  it('scores every criterion by TOPSIS on its own indicators, on 0–100', () => {
    const half = c.columns.map((_, j) => (j < 3 ? 'a' : 'b'));
    const r = methodScores('topsis', cols, c.weights, c.directions, half, { names: c.columns });
    expectClose(r.composite, c.topsis.scores.map((v: number) => 100 * v), 1e-10);
    const a = topsis(cols.slice(0, 3), c.weights.slice(0, 3), { directions: c.directions.slice(0, 3) }).scores;
    expectClose(r.criteria[0].scores, Array.from(a, (v) => 100 * v), 1e-10);
    expect(r.criteria.map((x) => x.criterion)).toEqual(['a', 'b']);
  });
});

describe('TOPSIS', () => {
  // 3 customers, benefit A = 3, 4, 0 and cost B = 1, 2, 2; weights 1:1.
  // ‖A‖ = 5, ‖B‖ = 3 → v_A = 0.3, 0.4, 0; v_B = 1/6, 1/3, 1/3 (w = 0.5 each)
  // A⁺ = (0.4, 1/6), A⁻ = (0, 1/3); customer 1: D⁺ = 0.1, D⁻ = √(0.09 + 1/36)
  it('reproduces a hand-worked 3×2 example with a cost indicator', () => {
    const r = topsis([Float64Array.of(3, 4, 0), Float64Array.of(1, 2, 2)], [1, 1], { directions: ['benefit', 'cost'] });
    const dm = Math.sqrt(0.09 + 1 / 36);
    expect(r.scores[0]).toBeCloseTo(dm / (0.1 + dm), 15);
    expect(r.scores[2]).toBe(0); // the anti-ideal on both
    expect(Array.from(r.ideal)).toEqual([0.4, 1 / 6]);
  });

  it('is undefined (a clear error) when every weighted indicator is constant', () => {
    expect(() => topsis([Float64Array.of(2, 2, 2)], [1], { directions: ['benefit'] })).toThrow(expect.objectContaining({ code: 'evaluate.topsis-undefined' }));
  });

  it('warns about a column of zeros and leaves it out of the distances', () => {
    const r = topsis([Float64Array.of(0, 0, 0), Float64Array.of(1, 2, 3)], [1, 1], { directions: ['benefit', 'benefit'], names: ['z', 'x'] });
    expect(r.problems.map((p) => p.code)).toEqual(['evaluate.zero-column']);
    expect(r.scores[2]).toBe(1);
  });

  it('rejects negative, non-finite or all-zero weights and wrong lengths', () => {
    const cols = [Float64Array.of(1, 2), Float64Array.of(3, 4)];
    const dirs: Direction[] = ['benefit', 'benefit'];
    expect(() => topsis(cols, [1, -1], { directions: dirs })).toThrow(expect.objectContaining({ code: 'scoring.bad-weight' }));
    expect(() => topsis(cols, [0, 0], { directions: dirs })).toThrow(expect.objectContaining({ code: 'scoring.zero-weights' }));
    expect(() => topsis(cols, [1], { directions: dirs })).toThrow(expect.objectContaining({ code: 'scoring.weights-length' }));
    expect(() => topsis(cols, [1, 1], { directions: ['benefit'] })).toThrow(expect.objectContaining({ code: 'weighting.directions-length' }));
    expect(() => topsis([Float64Array.of(1, NaN)], [1], { directions: ['benefit'] })).toThrow(expect.objectContaining({ code: 'data.not-finite' }));
  });
});

describe('grey relational analysis', () => {
  // A benefit 0, 5, 10 → x' = 0, 0.5, 1 → Δ = 1, 0.5, 0; B cost 4, 2, 0 → x' = 0, 0.5, 1, Δ likewise.
  // Δmin = 0, Δmax = 1, ρ = 0.5: ξ = 0.5/(Δ + 0.5) = 1/3, 1/2, 1
  it('reproduces a hand-worked example: ξ = (Δmin + ρΔmax)/(Δ + ρΔmax) with reference series 1', () => {
    const r = greyRelational([Float64Array.of(0, 5, 10), Float64Array.of(4, 2, 0)], [3, 1], { directions: ['benefit', 'cost'] });
    expectClose(r.scores, [1 / 3, 1 / 2, 1], 1e-15);
    expect(r.rho).toBe(0.5);
  });

  it('rejects ρ outside (0, 1]', () => {
    for (const rho of [0, -0.1, 1.5, NaN]) {
      expect(() => greyRelational([Float64Array.of(1, 2)], [1], { directions: ['benefit'], rho })).toThrow(expect.objectContaining({ code: 'evaluate.rho' }));
    }
  });

  it('warns that a constant column cannot tell customers apart', () => {
    const r = greyRelational([Float64Array.of(5, 5), Float64Array.of(1, 2)], [1, 1], { directions: ['benefit', 'benefit'], names: ['c', 'x'] });
    expect(r.problems.map((p) => p.code)).toEqual(['evaluate.constant-column']);
    expect(r.scores[1]).toBeGreaterThan(r.scores[0]);
  });
});

describe('entropy normalisation and shift', () => {
  it('refuses negative raw values without the shift and shifts them by |min| + 0.01 with it', () => {
    const cols = [Float64Array.of(-2, 0, 3), Float64Array.of(1, 2, 4)];
    const dirs: Direction[] = ['benefit', 'benefit'];
    expect(() => entropyWeights(cols, { directions: dirs, normalisation: 'none' })).toThrow(expect.objectContaining({ code: 'weighting.entropy-negative' }));
    const r = entropyWeights(cols, { directions: dirs, normalisation: 'none', shift: 'spssau' });
    // column 1 becomes 0.01, 2.01, 5.01; column 2 (min 1 > 0) is left as it is
    const p = [0.01, 2.01, 5.01].map((v) => v / 7.03);
    expect(r.e[0]).toBeCloseTo(-p.reduce((s, q) => s + q * Math.log(q), 0) / Math.log(3), 14);
    const q = [1, 2, 4].map((v) => v / 7);
    expect(r.e[1]).toBeCloseTo(-q.reduce((s, x) => s + x * Math.log(x), 0) / Math.log(3), 14);
  });

  it('ignores directions on raw data: a column and its cost twin weigh the same', () => {
    const col = Float64Array.of(1, 2, 7, 3);
    const r = entropyWeights([col, col], { directions: ['benefit', 'cost'], normalisation: 'none' });
    expect(r.weights[0]).toBe(r.weights[1]);
  });

  it('rejects an unknown normalisation', () => {
    expect(() => entropyWeights([Float64Array.of(1, 2)], { directions: ['benefit'], normalisation: 'z' as never })).toThrow(expect.objectContaining({ code: 'weighting.entropy-normalisation' }));
  });
});

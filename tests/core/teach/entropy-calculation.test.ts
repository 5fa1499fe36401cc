import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entropyWeights } from '../../../src/core/weighting/entropy.ts';
import { entropyCalculation } from '../../../src/core/teach/entropy-calculation.ts';

const ref = JSON.parse(readFileSync(new URL('../../fixtures/teach/reference.json', import.meta.url), 'utf8')).entropy;
const cols = [0, 1, 2].map((j) => ref.table.map((r: number[]) => r[j]));

describe('entropyCalculation', () => {
  it("gives x', p_ij, the column sums, e_j, d_j, Σd and w_j of a 5-row table with a cost column as numpy does", () => {
    const c = entropyCalculation(cols, { directions: ref.directions, rows: 5 });
    expect(c.n).toBe(5);
    c.values.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(ref.normalised[i][j], 12)));
    c.p.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(ref.p[i][j], 12)));
    c.sums.forEach((v, j) => expect(v).toBeCloseTo(ref.sums[j], 12));
    c.e.forEach((v, j) => expect(v).toBeCloseTo(ref.e[j], 12));
    c.d.forEach((v, j) => expect(v).toBeCloseTo(ref.d[j], 12));
    expect(c.sumD).toBeCloseTo(ref.sum_d, 12);
    c.weights.forEach((v, j) => expect(v).toBeCloseTo(ref.w[j], 12));
    c.h.forEach((v, j) => expect(v / c.lnN).toBeCloseTo(ref.e[j], 12));
  });

  it("shows exactly the weights step's e, d and w (the engine's own figures)", () => {
    for (const shift of ['none', 'spssau'] as const) {
      const r = entropyWeights(cols, { directions: ref.directions, shift });
      const c = entropyCalculation(cols, { directions: ref.directions, shift });
      expect(c.weights).toEqual(Array.from(r.weights));
      expect(c.e).toEqual(Array.from(r.e));
    }
  });

  it('adds the SPSSAU shift 0.01 to every min–max value before p', () => {
    const c = entropyCalculation(cols, { directions: ref.directions, shift: 'spssau', rows: 2 });
    expect(c.shift).toEqual([0.01, 0.01, 0.01]);
    expect(c.values[0][0]).toBeCloseTo(ref.normalised[0][0] + 0.01, 12);
    expect(c.values.length).toBe(2);
  });

  it('gives a constant column e = 1, d = 0 and weight 0', () => {
    const c = entropyCalculation([[1, 2, 3], [5, 5, 5]], { directions: ['benefit', 'benefit'] });
    expect(c.constant).toEqual([false, true]);
    expect([c.e[1], c.d[1], c.weights[1]]).toEqual([1, 0, 0]);
    expect(c.weights[0]).toBe(1);
  });
});

describe('criticCalculation', () => {
  it('gives σ_j, r_jk, Σ(1 − r_jk), C_j, Σ C and w_j of the 5-row table as numpy does', async () => {
    const { criticCalculation } = await import('../../../src/core/teach/critic-calculation.ts');
    const crit = JSON.parse(readFileSync(new URL('../../fixtures/teach/reference.json', import.meta.url), 'utf8')).critic;
    const c = criticCalculation(cols, { directions: ref.directions });
    c.sd.forEach((v, j) => expect(v).toBeCloseTo(crit.sd[j], 12));
    c.correlation.forEach((row, j) => row.forEach((v, k) => expect(v).toBeCloseTo(crit.r[j][k], 12)));
    c.conflict.forEach((v, j) => expect(v).toBeCloseTo(crit.conflict[j], 12));
    c.information.forEach((v, j) => expect(v).toBeCloseTo(crit.c[j], 12));
    expect(c.sumInformation).toBeCloseTo(crit.sum_c, 12);
    c.weights.forEach((v, j) => expect(v).toBeCloseTo(crit.w[j], 12));
  });
});

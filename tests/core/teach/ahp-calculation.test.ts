import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseMatrix } from '../../../src/core/ahp/index.ts';
import type { NodeAhp } from '../../../src/core/ahp/types.ts';
import { ahpCalculation } from '../../../src/core/teach/ahp-calculation.ts';
import { totalRanking } from '../../../src/core/teach/total-ranking.ts';

const ref = JSON.parse(readFileSync(new URL('../../fixtures/teach/reference.json', import.meta.url), 'utf8'));
const close = (a: number[], b: number[], tol = 1e-12) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i], -Math.log10(tol)));
const closeM = (a: number[][], b: number[][], tol = 1e-12) => a.forEach((r, i) => close(r, b[i], tol));

describe('ahpCalculation', () => {
  for (const [name, ex] of Object.entries<any>(ref.ahp)) {
    it(`lays out the intermediate sums, products and power steps of ${name} as numpy computes them`, () => {
      const c = ahpCalculation(ex.matrix, { method: 'column', ri: 'saaty1980' });
      close(c.columnSums, ex.column_sums);
      closeM(c.normalised, ex.normalised);
      close(c.normalisedRowSums, ex.normalised_row_sums);
      close(c.rowProducts, ex.row_products);
      close(c.rowRoots, ex.row_roots);
      closeM(c.power.steps, ex.power_steps);
    });
    for (const method of ['eigen', 'geometric', 'column'] as const) {
      it(`gives the ${method} weights, Aw, (Aw)_i/w_i, λmax, CI and CR of ${name} as numpy does`, () => {
        const c = ahpCalculation(ex.matrix, { method, ri: 'saaty1980' });
        const r = ex.methods[method];
        close(c.weights, r.weights, 1e-10);
        close(c.aw, r.aw, 1e-10);
        close(c.ratios, r.ratios, 1e-9);
        expect(c.lambdaMax).toBeCloseTo(r.lambda_max, 10);
        expect(c.ci).toBeCloseTo(Math.max(0, r.ci), 10);
        expect(c.ri).toBe(r.ri);
        expect(c.cr).toBeCloseTo(Math.max(0, r.cr), 10);
      });
    }
  }

  it("shows exactly the judgments step's λmax, CI, RI and CR (the engine's own figures, bit for bit)", () => {
    for (const ex of Object.values<any>(ref.ahp)) {
      for (const method of ['eigen', 'geometric', 'column'] as const) {
        for (const ri of ['saaty1980', 'cn', 'alonso-lamata'] as const) {
          const a = analyseMatrix(ex.matrix, { method, ri });
          const c = ahpCalculation(ex.matrix, { method, ri });
          expect([c.lambdaMax, c.ci, c.ri, c.cr, c.consistent]).toEqual([a.lambdaMax, a.ci, a.ri, a.cr, a.consistent]);
          expect(c.weights).toEqual(a.weights);
          expect(c.ratios.reduce((s, v) => s + v, 0) / c.n).toBe(c.lambdaMax);
        }
      }
    }
  });

  it('names the RI table with its row and source', () => {
    const c = ahpCalculation(ref.ahp.methodology.matrix, { method: 'eigen', ri: 'saaty1980' });
    expect(c.riTable.label).toBe('Saaty (1980)');
    expect(c.riTable.row.slice(0, 5)).toEqual([{ n: 1, ri: 0 }, { n: 2, ri: 0 }, { n: 3, ri: 0.58 }, { n: 4, ri: 0.9 }, { n: 5, ri: 1.12 }]);
    expect(c.riTable.source).toMatch(/McGraw-Hill/);
  });

  it('gives CI = CR = 0 for a 2×2 matrix and a 1×1 matrix', () => {
    const two = ahpCalculation([[1, 3], [1 / 3, 1]], { method: 'eigen', ri: 'saaty1980' });
    expect([two.ci, two.cr, two.ri]).toEqual([0, 0, 0]);
    expect(two.weights[0]).toBeCloseTo(0.75, 12);
    const one = ahpCalculation([[1]], { method: 'geometric', ri: 'saaty1980' });
    expect(one.weights).toEqual([1]);
    expect(one.cr).toBe(0);
  });

  it('rejects a matrix that is not reciprocal with the engine’s error', () => {
    expect(() => ahpCalculation([[1, 2], [2, 1]], { method: 'eigen', ri: 'saaty1980' })).toThrow(/not reciprocal/);
    expect(() => ahpCalculation([], { method: 'eigen', ri: 'saaty1980' })).toThrow(/empty/);
  });
});

describe('totalRanking', () => {
  it('tabulates p_i, CI_i and RI_i of the leader hierarchy and gives its total CR as numpy does', () => {
    const tr = ref.total_ranking;
    const names = ['leader_criteria', 'leader_experience', 'leader_education', 'leader_charisma', 'leader_age'];
    const crit = analyseMatrix(ref.ahp.leader_criteria.matrix, { method: 'eigen', ri: 'saaty1980' });
    const nodes = names.map((k, i) => {
      const a = analyseMatrix(ref.ahp[k].matrix, { method: 'eigen', ri: 'saaty1980' });
      return { node: k, name: k, path: '', items: a.weights.map((_, j) => ({ id: String(j), name: String(j) })), experts: [], aggregated: a, local: a.weights, global: i === 0 ? 1 : crit.weights[i - 1] } as NodeAhp;
    });
    const t = totalRanking({ nodes });
    t.rows.forEach((r, i) => {
      expect(r.p).toBeCloseTo(tr.rows[i].p, 10);
      expect(r.ci).toBeCloseTo(tr.rows[i].ci, 10);
      expect(r.ri).toBe(tr.rows[i].ri);
    });
    expect(t.sumPCi).toBeCloseTo(tr.sum_p_ci, 10);
    expect(t.sumPRi).toBeCloseTo(tr.sum_p_ri, 10);
    expect(t.cr).toBeCloseTo(tr.cr, 10);
    expect(t.consistent).toBe(true);
  });

  it('gives CR 0 when every node compares two items (Σ p·RI = 0)', () => {
    const a = analyseMatrix([[1, 2], [0.5, 1]], { method: 'eigen', ri: 'saaty1980' });
    const t = totalRanking({ nodes: [{ node: 'goal', name: 'g', path: '', items: [], experts: [], aggregated: a, local: a.weights, global: 1 }] });
    expect(t.cr).toBe(0);
    expect(t.sumPRi).toBe(0);
  });
});

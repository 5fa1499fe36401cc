import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { InputError } from '../../../src/core/errors.ts';
import { analyseHierarchy } from '../../../src/core/ahp/index.ts';
import type { Criterion, Judgment, JudgmentMatrix, Options, Project } from '../../../src/core/model/project.ts';
import { maxAbsDiff } from './helpers.ts';

type P = Pick<Project, 'hierarchy' | 'experts' | 'judgments'>;
const EIGEN: Options['ahp'] = { method: 'eigen', ri: 'saaty1980', aggregation: 'aij' };

/** Upper triangle (row by row, as in the AHPy README) → a judgment matrix with an empty lower triangle. */
function upper(node: string, items: string[], values: Judgment[], expert = 'e1'): JudgmentMatrix {
  const n = items.length;
  const matrix: Judgment[][] = Array.from({ length: n }, () => new Array<Judgment>(n).fill(''));
  let k = 0;
  for (let i = 0; i < n; i++) {
    matrix[i][i] = 1;
    for (let j = i + 1; j < n; j++) matrix[i][j] = values[k++];
  }
  return { node, expert, items, matrix };
}

/** Alternatives under a criterion become indicators `${criterion}:${alternative}`. */
const alternativesUnder = (criterion: string, alternatives: string[]) =>
  alternatives.map((a) => ({ id: `${criterion}:${a}`, name: a, column: `${criterion}:${a}`, direction: 'benefit' as const }));

/** Sums global weights by indicator name (the alternative), i.e. AHP synthesis over the criteria. */
function synthesis(global: { name: string; weight: number }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const g of global) out[g.name] = (out[g.name] ?? 0) + g.weight;
  return out;
}

describe('published hierarchies', () => {
  // Wikipedia "Analytic hierarchy process – leader example": Dick .493, Tom .358, Harry .149 (online
  // demo, tolerance 2e-3); the same judgments in the AHPy README give Nell (Dick) 0.493, Moll (Tom)
  // 0.358, Sue (Harry) 0.15 and Experience's global weight 0.548.
  const people = ['Tom', 'Dick', 'Harry'];
  const criteria = ['experience', 'education', 'charisma', 'age'];
  const leader: P = {
    hierarchy: {
      goal: 'Choose the most suitable leader',
      criteria: criteria.map((c) => ({ id: c, name: c, indicators: alternativesUnder(c, people) })),
    },
    experts: [{ id: 'e1', name: 'Board' }],
    judgments: [
      upper('goal', criteria, [4, 3, 7, '1/3', 3, 5]),
      upper('experience', alternativesUnder('experience', people).map((x) => x.id), ['1/4', 4, 9]),
      upper('education', alternativesUnder('education', people).map((x) => x.id), [3, '1/5', '1/7']),
      upper('charisma', alternativesUnder('charisma', people).map((x) => x.id), [5, 9, 4]),
      upper('age', alternativesUnder('age', people).map((x) => x.id), ['1/3', 5, 9]),
    ],
  };

  it('reproduces the leader example: Dick .493, Tom .358, Harry .149', () => {
    const r = analyseHierarchy(leader, { ...EIGEN, ri: 'saaty2005' });
    const s = synthesis(r.global);
    expect(maxAbsDiff([s.Dick, s.Tom, s.Harry], [0.493, 0.358, 0.149])).toBeLessThan(2e-3);
    expect(maxAbsDiff([s.Dick, s.Tom, s.Harry], [0.493, 0.358, 0.15])).toBeLessThan(1e-3);
    expect(r.nodes.find((n) => n.node === 'experience')!.global).toBeCloseTo(0.548, 3);
    expect(r.global.reduce((a, g) => a + g.weight, 0)).toBeCloseTo(1, 14);
    expect(r.nodes.map((n) => n.node)).toEqual(['goal', ...criteria]);
  });

  // Wikipedia "Analytic hierarchy process – car example" judgments as given in the AHPy README
  // ("Purchasing a vehicle"); AHPy's target weights: Odyssey 0.219, Accord Sedan 0.215, CR-V 0.167,
  // Accord Hybrid 0.15, Element 0.144, Pilot 0.106.
  const cars = ['Accord Sedan', 'Accord Hybrid', 'Pilot', 'CR-V', 'Element', 'Odyssey'];
  const carJudgments: Record<string, Judgment[]> = {
    price: [9, 9, 1, '1/2', 5, 1, '1/9', '1/9', '1/7', '1/9', '1/9', '1/7', '1/2', 5, 6],
    safety: [1, 5, 7, 9, '1/3', 5, 7, 9, '1/3', 2, 9, '1/8', 2, '1/8', '1/9'],
    passenger: [1, '1/2', 1, 3, '1/2', '1/2', 1, 3, '1/2', 2, 6, 1, 3, '1/2', '1/6'],
    fuel: ['1/1.13', 1.41, 1.15, 1.24, 1.19, 1.59, 1.3, 1.4, 1.35, '1/1.23', '1/1.14', '1/1.18', 1.08, 1.04, '1/1.04'],
    resale: [3, 4, '1/2', 2, 2, 2, '1/5', 1, 1, '1/6', '1/2', '1/2', 4, 4, 1],
    maintenance: [1.5, 4, 4, 4, 5, 4, 4, 4, 5, 1, 1.2, 1, 1, 3, 2],
    style: [1, 7, 5, 9, 6, 7, 5, 9, 6, '1/6', 3, '1/3', 7, 5, '1/5'],
    cargo: [1, '1/2', '1/2', '1/2', '1/3', '1/2', '1/2', '1/2', '1/3', 1, 1, '1/2', 1, '1/2', '1/2'],
  };
  const leaf = (id: string): Criterion => ({ id, name: id, indicators: alternativesUnder(id, cars) });
  const car: P = {
    hierarchy: {
      goal: 'Choose the best car for the Jones family',
      criteria: [
        { id: 'cost', name: 'Cost', subcriteria: ['price', 'fuel', 'maintenance', 'resale'].map(leaf) },
        leaf('safety'),
        leaf('style'),
        { id: 'capacity', name: 'Capacity', subcriteria: ['cargo', 'passenger'].map(leaf) },
      ],
    },
    experts: [{ id: 'e1', name: 'Jones family' }],
    judgments: [
      upper('goal', ['cost', 'safety', 'style', 'capacity'], [3, 7, 3, 9, 1, '1/7']),
      upper('cost', ['price', 'fuel', 'maintenance', 'resale'], [2, 5, 3, 2, 2, '1/2']),
      upper('capacity', ['cargo', 'passenger'], ['1/5']),
      ...Object.entries(carJudgments).map(([c, v]) => upper(c, alternativesUnder(c, cars).map((x) => x.id), v)),
    ],
  };

  it('reproduces the car example synthesis through sub-criteria', () => {
    const r = analyseHierarchy(car, EIGEN);
    const s = synthesis(r.global);
    expect(maxAbsDiff(cars.map((c) => s[c]), [0.215, 0.15, 0.106, 0.167, 0.144, 0.219])).toBeLessThan(1e-3);
    expect(r.nodes.map((n) => n.node)).toEqual(['goal', 'cost', ...['price', 'fuel', 'maintenance', 'resale'], 'safety', 'style', 'capacity', 'cargo', 'passenger']);
    // Capacity 0.215 × Cargo 1/6 (1/5 judgment) = AHPy's Cargo global weight 0.0358
    expect(r.nodes.find((n) => n.node === 'cargo')!.global).toBeCloseTo(0.0358, 4);
    const price = r.global.filter((g) => g.path.join('/') === 'cost/price');
    expect(price).toHaveLength(6);
  });
});

describe('analyseHierarchy', () => {
  const sample = (): Project =>
    JSON.parse(readFileSync(new URL('../../../datasets/corporate_customers.project.json', import.meta.url), 'utf8'));

  it('weights the shipped sample project as methodology.md teaching example 1', () => {
    const r = analyseHierarchy(sample(), EIGEN);
    const goal = r.nodes[0];
    expect(goal.local[0]).toBeCloseTo(2 / 3, 14);
    const current = r.nodes.find((n) => n.node === 'current')!;
    expect(maxAbsDiff(current.local, [0.419, 0.263, 0.16, 0.097, 0.062])).toBeLessThan(5e-4);
    expect(current.aggregated.cr).toBeCloseTo(0.015, 3);
    const deposits = r.global.find((g) => g.id === 'deposits')!;
    expect(deposits).toMatchObject({ name: 'Average daily deposits', column: 'avg_daily_deposits', direction: 'benefit', path: ['current'] });
    expect(deposits.weight).toBeCloseTo((2 / 3) * current.local[0], 15);
    expect(r.global.map((g) => g.id)).toEqual(['deposits', 'loans', 'fees', 'settlement', 'years', 'growth', 'rating', 'products', 'outlook', 'overdue']);
    expect(r.global.reduce((a, g) => a + g.weight, 0)).toBeCloseTo(1, 14);
    expect(r.totalConsistent).toBe(true);
    expect(r).toMatchObject({ method: 'eigen', ri: 'saaty1980', aggregation: 'aij' });
    expect(goal.experts.map((e) => e.expert)).toEqual(['e1']);
  });

  /** Goal → A, B (equal); A → a1..a3 with the reversed 3×3 of methodology.md; B → b1..b3 consistent. */
  const twoCriteria = (aMatrix: Judgment[], bMatrix: Judgment[] = [2, 4, 2]): P => ({
    hierarchy: {
      goal: 'G',
      criteria: [
        { id: 'A', name: 'Criterion A', indicators: ['a1', 'a2', 'a3'].map((id) => ({ id, name: id, column: id, direction: 'benefit' as const })) },
        { id: 'B', name: 'Criterion B', indicators: ['b1', 'b2', 'b3'].map((id) => ({ id, name: id, column: id, direction: 'cost' as const })) },
      ],
    },
    experts: [{ id: 'e1', name: 'E1' }],
    judgments: [upper('goal', ['A', 'B'], [1]), upper('A', ['a1', 'a2', 'a3'], aMatrix), upper('B', ['b1', 'b2', 'b3'], bMatrix)],
  });

  it('computes CR_total = Σ w_p·CI_p / Σ w_p·RI_p over the parent nodes (hand-worked)', () => {
    // goal: n = 2 → CI = RI = 0. A (w = 1/2): λ = 1 + 18^(1/3) + 18^(−1/3), CI = (λ − 3)/2, RI = 0.58.
    // B (w = 1/2): consistent, CI = 0, RI = 0.58. CR_total = ½·CI_A / (½·0.58 + ½·0.58) = CI_A / 1.16.
    const r = analyseHierarchy(twoCriteria([3, '1/2', 3]), EIGEN);
    const ciA = (1 + 18 ** (1 / 3) + 18 ** (-1 / 3) - 3) / 2;
    expect(r.totalCR).toBeCloseTo(ciA / 1.16, 12);
    expect(r.totalCR).toBeCloseTo(0.432, 3);
    expect(r.totalConsistent).toBe(false);
    expect(r.nodes[1].aggregated.cycles).toEqual([{ items: [0, 1, 2] }]);
  });

  it('gives CR_total = 0 when every node compares at most two items', () => {
    const p: P = {
      hierarchy: { goal: 'G', criteria: [{ id: 'A', name: 'A', indicators: [{ id: 'x', name: 'x', column: 'x', direction: 'benefit' }] }] },
      experts: [{ id: 'e1', name: 'E1' }],
      judgments: [],
    };
    const r = analyseHierarchy(p, EIGEN);
    expect(r.totalCR).toBe(0);
    expect(r.global).toEqual([{ id: 'x', name: 'x', column: 'x', direction: 'benefit', weight: 1, path: ['A'] }]);
    expect(r.nodes.map((n) => [n.node, n.local, n.experts.length])).toEqual([
      ['goal', [1], 0],
      ['A', [1], 0],
    ]);
  });

  it('reorders a matrix whose items are listed in another order', () => {
    const ordered = analyseHierarchy(twoCriteria([3, 5, 2]), EIGEN);
    const p = twoCriteria([3, 5, 2]);
    // same judgments, items listed a3, a1, a2: a31 = 1/5, a32 = 1/2, a12 = 3
    p.judgments[1] = { node: 'A', expert: 'e1', items: ['a3', 'a1', 'a2'], matrix: [[1, '1/5', '1/2'], ['', 1, 3], ['', '', 1]] };
    const shuffled = analyseHierarchy(p, EIGEN);
    expect(maxAbsDiff(shuffled.nodes[1].local, ordered.nodes[1].local)).toBeLessThan(1e-15);
    expect(shuffled.nodes[1].items.map((x) => x.id)).toEqual(['a1', 'a2', 'a3']);
  });

  it('aggregates several experts and lists each with their CR', () => {
    const p = twoCriteria([3, 5, 2]);
    p.experts.push({ id: 'e2', name: 'E2' });
    p.judgments.push(upper('goal', ['A', 'B'], [1], 'e2'), upper('A', ['a1', 'a2', 'a3'], ['1/3', 1, 3], 'e2'), upper('B', ['b1', 'b2', 'b3'], [2, 4, 2], 'e2'));
    const aij = analyseHierarchy(p, EIGEN);
    const nodeA = aij.nodes[1];
    expect(nodeA.experts.map((e) => e.expert)).toEqual(['e1', 'e2']);
    // AIJ of A: a12 = √(3·1/3) = 1, a13 = √(5·1) = √5, a23 = √(2·3) = √6
    expect(nodeA.aggregated.matrix[0][1]).toBeCloseTo(1, 14);
    expect(nodeA.aggregated.matrix[0][2]).toBeCloseTo(Math.sqrt(5), 14);
    expect(nodeA.aggregated.matrix[1][2]).toBeCloseTo(Math.sqrt(6), 14);
    const aip = analyseHierarchy(p, { ...EIGEN, aggregation: 'aip' });
    const w1 = nodeA.experts[0].weights;
    const w2 = nodeA.experts[1].weights;
    const gm = w1.map((x, i) => Math.sqrt(x * w2[i]));
    const s = gm.reduce((a, b) => a + b, 0);
    expect(maxAbsDiff(aip.nodes[1].local, gm.map((x) => x / s))).toBeLessThan(1e-15);
  });
});

describe('analyseHierarchy errors', () => {
  const base = (): P => ({
    hierarchy: {
      goal: 'Customer value',
      criteria: [
        { id: 'current', name: 'Current value', indicators: ['dep', 'loan', 'fee'].map((id) => ({ id, name: id.toUpperCase(), column: id, direction: 'benefit' as const })) },
        { id: 'potential', name: 'Potential value', indicators: [{ id: 'growth', name: 'Growth', column: 'growth', direction: 'benefit' }] },
      ],
    },
    experts: [{ id: 'e1', name: 'Expert 1' }],
    judgments: [upper('goal', ['current', 'potential'], [2]), upper('current', ['dep', 'loan', 'fee'], [2, 3, 2])],
  });
  const err = (p: P): InputError => {
    try {
      analyseHierarchy(p, EIGEN);
    } catch (e) {
      if (e instanceof InputError) return e;
      throw e;
    }
    throw new Error('no InputError');
  };

  it('accepts the base project', () => {
    expect(analyseHierarchy(base(), EIGEN).global.map((g) => g.id)).toEqual(['dep', 'loan', 'fee', 'growth']);
  });

  it('names the node, the expert and the path of a missing matrix', () => {
    const p = base();
    p.judgments.pop();
    const e = err(p);
    expect(e.code).toBe('ahp.missing-judgments');
    expect(e.message).toBe('No judgment matrix (node Current value, expert Expert 1) at hierarchy.criteria[0]: expert Expert 1 has not compared DEP, LOAN, FEE.');
    expect(e.where.path).toBe('hierarchy.criteria[0]');
  });

  it('asks for a matrix from every expert', () => {
    const p = base();
    p.experts.push({ id: 'e2', name: 'Expert 2' });
    p.judgments.push(upper('current', ['dep', 'loan', 'fee'], [2, 3, 2], 'e2'));
    const e = err(p);
    expect(e.message).toBe('No judgment matrix (node Customer value, expert Expert 2) at hierarchy: expert Expert 2 has not compared Current value, Potential value.');
  });

  it('says when the project has no experts', () => {
    const p = base();
    p.experts = [];
    expect(err(p).message).toBe('No judgment matrix for node Customer value (hierarchy): the project has no experts.');
  });

  it('rejects items that do not match the node’s children', () => {
    const p = base();
    p.judgments[1] = upper('current', ['dep', 'loan', 'growth'], [2, 3, 2]);
    const e = err(p);
    expect(e.code).toBe('ahp.items-mismatch');
    expect(e.message).toBe(
      "Judgment matrix (node Current value, expert Expert 1) compares DEP, LOAN, Growth; the node's children are DEP, LOAN, FEE (missing FEE; not children of this node: Growth).",
    );
    expect(e.where.path).toBe('judgments[1].items');
    const q = base();
    q.judgments[1] = upper('current', ['dep', 'loan'], [2]);
    expect(err(q).message).toBe("Judgment matrix (node Current value, expert Expert 1) compares DEP, LOAN; the node's children are DEP, LOAN, FEE (missing FEE).");
  });

  it('rejects a matrix of the wrong size', () => {
    const p = base();
    p.judgments[1].matrix = [[1, 2], ['', 1]];
    const e = err(p);
    expect(e.code).toBe('ahp.matrix-size');
    expect(e.message).toBe('Judgment matrix (node Current value, expert Expert 1) is 2×2; it must be 3×3, one row and one column per item (DEP, LOAN, FEE).');
    expect(e.where.path).toBe('judgments[1].matrix');
  });

  it('names a bad judgment by its cell in the matrix as written, even when the items are reordered', () => {
    const p = base();
    p.judgments[1] = { node: 'current', expert: 'e1', items: ['fee', 'dep', 'loan'], matrix: [[1, '1/3', 'x'], ['', 1, 2], ['', '', 1]] };
    const e = err(p);
    expect(e.code).toBe('ahp.judgment-invalid');
    expect(e.message).toBe('Judgment "FEE" vs "LOAN" (node Current value, expert Expert 1) is "x", which is not a number or a fraction such as 3 or 1/3.');
    expect(e.where).toEqual({ judgment: { node: 'current', row: 'fee', col: 'loan', expert: 'e1' }, path: 'judgments[1].matrix[0][2]' });
  });

  it.each([
    [0, 'ahp.judgment-invalid', 'is 0; a judgment is a positive ratio from 1/9 to 9 (1 means equally important).'],
    [-3, 'ahp.judgment-invalid', 'is -3; a judgment is a positive ratio from 1/9 to 9 (write 1/3, not -3, when "FEE" is preferred).'],
    [10, 'ahp.judgment-range', 'is 10; the Saaty scale allows 1/9 to 9.'],
    ['1/0', 'ahp.judgment-invalid', 'is "1/0", a division by zero; enter a value from 1/9 to 9, such as 3 or 1/3.'],
    ['abc', 'ahp.judgment-invalid', 'is "abc", which is not a number or a fraction such as 3 or 1/3.'],
  ] as const)('reports the judgment %j with its node, items and expert', (value, code, tail) => {
    const p = base();
    p.judgments[1].matrix[1][2] = value;
    const e = err(p);
    expect(e.code).toBe(code);
    expect(e.message).toBe(`Judgment "LOAN" vs "FEE" (node Current value, expert Expert 1) ${tail}`);
    expect(e.where.path).toBe('judgments[1].matrix[1][2]');
  });

  it('reports a non-reciprocal pair', () => {
    const p = base();
    p.judgments[1].matrix[2][1] = 2;
    const e = err(p);
    expect(e.code).toBe('ahp.not-reciprocal');
    expect(e.message).toBe(
      'Judgments "LOAN" vs "FEE" = 2 and "FEE" vs "LOAN" = 2 (node Current value, expert Expert 1) are not reciprocal; the second should be 1/2 (or leave it empty).',
    );
  });

  it('rejects two matrices from the same expert for one node', () => {
    const p = base();
    p.judgments.push(upper('current', ['dep', 'loan', 'fee'], [1, 1, 1]));
    const e = err(p);
    expect(e.code).toBe('ahp.duplicate-judgments');
    expect(e.message).toBe('Two judgment matrices (node Current value, expert Expert 1): judgments[1] and judgments[2]; keep one.');
  });

  it('rejects a criterion without children', () => {
    const p = base();
    p.hierarchy.criteria[1].indicators = [];
    const e = err(p);
    expect(e.code).toBe('ahp.empty-node');
    expect(e.message).toBe('Criterion "Potential value" (hierarchy.criteria[1]) has no sub-criteria or indicators, so its weight cannot be passed on.');
  });

  it('ignores judgments of unknown experts and of single-child nodes', () => {
    const p = base();
    p.judgments.push(upper('current', ['dep', 'loan', 'fee'], [9, 9, 9], 'ghost'), { node: 'potential', expert: 'e1', items: ['growth'], matrix: [[1]] });
    expect(analyseHierarchy(p, EIGEN).nodes[1].local).toEqual(analyseHierarchy(base(), EIGEN).nodes[1].local);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import {
  addCriterion,
  addIndicator,
  boundColumns,
  findNode,
  fitColumnOptions,
  freshId,
  moveNode,
  removeNode,
  renameNode,
  setNodeId,
  setRole,
  syncJudgments,
  updateIndicator,
} from '../../../src/core/model/edit.ts';
import { validateProject, type ColumnInfo } from '../../../src/core/model/validate.ts';
import { analyseHierarchy } from '../../../src/core/ahp/hierarchy.ts';
import { childrenOf } from '../../../src/core/model/hierarchy.ts';
import type { Criterion, Judgment, JudgmentMatrix, Project } from '../../../src/core/model/project.ts';

const sample = (): Project =>
  JSON.parse(readFileSync(new URL('../../../datasets/corporate_customers.project.json', import.meta.url), 'utf8'));

const ahpOptions = { method: 'eigen', ri: 'saaty1980', aggregation: 'aij' } as const;

const matrixOf = (p: Project, node: string, expert = 'e1'): JudgmentMatrix | undefined =>
  p.judgments.find((j) => j.node === node && j.expert === expert);

/** The judgment "a vs b" as written, looked up by item ids (so the test does not depend on order). */
const judgment = (jm: JudgmentMatrix, a: string, b: string): Judgment => jm.matrix[jm.items.indexOf(a)][jm.items.indexOf(b)];

/** Every parent node with ≥ 2 children has one matrix per expert over exactly its children, in order; no other matrix exists. */
function expectJudgmentsFitHierarchy(p: Project): void {
  const parents: [string, string[]][] = [['goal', p.hierarchy.criteria.map((c) => c.id)]];
  const visit = (c: Criterion): void => {
    parents.push([c.id, (c.subcriteria ?? c.indicators ?? []).map((x) => x.id)]);
    c.subcriteria?.forEach(visit);
  };
  p.hierarchy.criteria.forEach(visit);
  const expected = parents.filter(([, items]) => items.length >= 2);
  expect(p.judgments.length).toBe(expected.length * p.experts.length);
  for (const [node, items] of expected) {
    for (const e of p.experts) {
      const jm = matrixOf(p, node, e.id);
      expect(jm, `matrix of ${node} for ${e.id}`).toBeDefined();
      expect(jm!.items).toEqual(items);
      expect(jm!.matrix.length).toBe(items.length);
      for (let i = 0; i < items.length; i++) expect(jm!.matrix[i][i]).toBe(1);
    }
  }
}

/** Valid for the validator and computable by the AHP of the core. */
function expectUsable(p: Project): void {
  expect(validateProject(p)).toEqual([]);
  expectJudgmentsFitHierarchy(p);
  expect(() => analyseHierarchy(p, ahpOptions)).not.toThrow();
}

describe('freshId', () => {
  it('makes an id from a name and adds -2, -3 when it is taken, never "goal"', () => {
    const p = sample();
    expect(freshId(p, 'Risk level')).toBe('risk_level');
    expect(freshId(p, 'deposits')).toBe('deposits-2');
    expect(freshId(p, 'goal')).toBe('goal-2');
    expect(freshId(p, '风险')).toBe('node');
  });
});

describe('addIndicator', () => {
  it('extends the criterion matrix with a row and column of 1s and keeps every earlier judgment', () => {
    const p = sample();
    addIndicator(p, 'current', { id: 'profit', name: 'Profit', column: 'profit', direction: 'benefit' });
    const jm = matrixOf(p, 'current')!;
    expect(jm.items).toEqual(['deposits', 'loans', 'fees', 'settlement', 'years', 'profit']);
    expect(jm.matrix[5]).toEqual([1, 1, 1, 1, 1, 1]);
    expect(jm.matrix.map((r) => r[5])).toEqual([1, 1, 1, 1, 1, 1]);
    // The sample's judgments, as written in datasets/corporate_customers.project.json.
    expect(judgment(jm, 'deposits', 'years')).toBe(5);
    expect(judgment(jm, 'loans', 'deposits')).toBe('1/2');
    expect(judgment(jm, 'settlement', 'years')).toBe(2);
    expectUsable(p);
  });

  it('refuses a used id and leaves the project as it was', () => {
    const p = sample();
    const before = JSON.stringify(p);
    expect(() => addIndicator(p, 'current', { id: 'loans', name: 'x', column: 'x', direction: 'cost' })).toThrow(/already used/);
    expect(JSON.stringify(p)).toBe(before);
  });

  it('refuses to add an indicator beside sub-criteria', () => {
    const p = sample();
    addCriterion(p, 'goal', { id: 'risk', name: 'Risk' });
    addCriterion(p, 'risk', { id: 'credit', name: 'Credit risk' });
    expect(() => addIndicator(p, 'risk', { id: 'npl', name: 'NPL', column: 'npl', direction: 'cost' })).toThrow(/sub-criteria/);
  });
});

describe('addCriterion', () => {
  it('adds an empty top-level criterion, extends the goal matrix, and the validator asks for its indicators', () => {
    const p = sample();
    addCriterion(p, 'goal', { id: 'risk', name: 'Risk' });
    const goal = matrixOf(p, 'goal')!;
    expect(goal.items).toEqual(['current', 'potential', 'risk']);
    expect(judgment(goal, 'current', 'potential')).toBe(2);
    expect(judgment(goal, 'potential', 'current')).toBe('1/2');
    expect(judgment(goal, 'risk', 'current')).toBe(1);
    expect(validateProject(p).map((x) => x.message)).toEqual(['hierarchy.criteria[2].indicators: expected a non-empty list']);
    addIndicator(p, 'risk', { id: 'npl', name: 'NPL ratio', column: 'npl', direction: 'cost' });
    expectUsable(p);
  });

  it('creates a matrix of 1s for each expert when a node gets its second child', () => {
    const p = sample();
    p.experts.push({ id: 'e2', name: 'Expert 2' });
    syncJudgments(p); // the second expert's matrices: all equal
    expect(matrixOf(p, 'current', 'e2')!.matrix.flat().every((v) => v === 1)).toBe(true);
    addCriterion(p, 'goal', { id: 'risk', name: 'Risk' });
    addCriterion(p, 'risk', { id: 'credit', name: 'Credit risk', role: 'current' });
    expect(matrixOf(p, 'risk')).toBeUndefined(); // one child: no judgment needed
    expect(findNode(p, 'credit')!.node).toEqual({ id: 'credit', name: 'Credit risk', indicators: [] }); // no role below the top
    addCriterion(p, 'risk', { id: 'market', name: 'Market risk' });
    for (const e of ['e1', 'e2']) {
      expect(matrixOf(p, 'risk', e)).toEqual({ node: 'risk', expert: e, items: ['credit', 'market'], matrix: [[1, 1], [1, 1]] });
    }
    addIndicator(p, 'credit', { id: 'npl', name: 'NPL', column: 'npl', direction: 'cost' });
    addIndicator(p, 'market', { id: 'var', name: 'VaR', column: 'var', direction: 'cost' });
    expectUsable(p);
  });

  it('refuses sub-criteria under a criterion that has indicators', () => {
    const p = sample();
    expect(() => addCriterion(p, 'current', { id: 'x', name: 'X' })).toThrow(/has indicators/);
  });
});

describe('removeNode', () => {
  it('drops the removed indicator’s row and column and keeps the others’ judgments', () => {
    const p = sample();
    removeNode(p, 'loans');
    const jm = matrixOf(p, 'current')!;
    expect(jm.items).toEqual(['deposits', 'fees', 'settlement', 'years']);
    expect(jm.matrix).toEqual([
      [1, 3, 4, 5],
      ['1/3', 1, 2, 3],
      ['1/4', '1/2', 1, 2],
      ['1/5', '1/3', '1/2', 1],
    ]);
    expectUsable(p);
  });

  it('removes a criterion with its matrices, and the goal matrix when one criterion is left', () => {
    const p = sample();
    removeNode(p, 'potential');
    expect(p.judgments.map((j) => j.node)).toEqual(['current']);
    expectUsable(p);
  });

  it('removes a node’s matrix when it is left with one child, and a new second child starts at 1', () => {
    const p = sample();
    for (const id of ['loans', 'fees', 'settlement', 'years']) removeNode(p, id);
    expect(matrixOf(p, 'current')).toBeUndefined();
    expectUsable(p);
    addIndicator(p, 'current', { id: 'loans', name: 'Loans', column: 'loan_balance', direction: 'benefit' });
    expect(matrixOf(p, 'current')!.matrix).toEqual([[1, 1], [1, 1]]);
  });

  it('leaves a criterion empty (indicators: []) when its last sub-criterion goes, and removes the sub-criteria’s matrices', () => {
    const p = sample();
    addCriterion(p, 'goal', { id: 'risk', name: 'Risk' });
    addCriterion(p, 'risk', { id: 'credit', name: 'Credit' });
    addIndicator(p, 'credit', { id: 'npl', name: 'NPL', column: 'npl', direction: 'cost' });
    addIndicator(p, 'credit', { id: 'od', name: 'Overdue', column: 'od', direction: 'cost' });
    expect(matrixOf(p, 'credit')!.items).toEqual(['npl', 'od']);
    removeNode(p, 'credit');
    expect(findNode(p, 'risk')!.node).toEqual({ id: 'risk', name: 'Risk', indicators: [] });
    expect(matrixOf(p, 'credit')).toBeUndefined();
    expectJudgmentsFitHierarchy(p);
  });
});

describe('moveNode', () => {
  it('reorders siblings and the matrix follows, every judgment keeping its value', () => {
    const p = sample();
    moveNode(p, 'years', -1);
    moveNode(p, 'deposits', +1);
    expect(p.hierarchy.criteria[0].indicators!.map((i) => i.id)).toEqual(['loans', 'deposits', 'fees', 'years', 'settlement']);
    const jm = matrixOf(p, 'current')!;
    expect(jm.items).toEqual(['loans', 'deposits', 'fees', 'years', 'settlement']);
    expect(jm.matrix[0]).toEqual([1, '1/2', 2, 4, 3]); // loans vs loans, deposits, fees, years, settlement
    expect(judgment(jm, 'deposits', 'years')).toBe(5);
    expect(judgment(jm, 'years', 'settlement')).toBe('1/2');
    expectUsable(p);
  });

  it('clamps at the ends and moves criteria too', () => {
    const p = sample();
    moveNode(p, 'deposits', -3);
    expect(p.hierarchy.criteria[0].indicators![0].id).toBe('deposits');
    moveNode(p, 'potential', -1);
    expect(p.hierarchy.criteria.map((c) => c.id)).toEqual(['potential', 'current']);
    const goal = matrixOf(p, 'goal')!;
    expect(goal.matrix).toEqual([[1, '1/2'], [2, 1]]);
    expectUsable(p);
  });

  it('gives the same AHP weights by id after a reorder', () => {
    const p = sample();
    const before = analyseHierarchy(p, ahpOptions).global;
    moveNode(p, 'overdue', -4);
    moveNode(p, 'current', 1);
    const after = analyseHierarchy(p, ahpOptions).global;
    const byId = (g: typeof before) => Object.fromEntries(g.map((x) => [x.id, x.weight]));
    const b = byId(before);
    for (const [id, w] of Object.entries(byId(after))) expect(w).toBeCloseTo(b[id], 12);
  });
});

describe('rename, ids, roles, indicators', () => {
  it('renames without touching ids or judgments', () => {
    const p = sample();
    const before = JSON.stringify(p.judgments);
    renameNode(p, 'current', '当前价值');
    renameNode(p, 'fees', '中间业务收入');
    expect(childrenOf(p.hierarchy, 'goal')!.map((c) => c.name)).toEqual(['当前价值', 'Potential value']);
    expect(JSON.stringify(p.judgments)).toBe(before);
    expectUsable(p);
  });

  it('changes an id in the matrices that name it', () => {
    const p = sample();
    setNodeId(p, 'current', 'cv');
    setNodeId(p, 'fees', 'fee_income');
    expect(matrixOf(p, 'cv')!.items).toEqual(['deposits', 'loans', 'fee_income', 'settlement', 'years']);
    expect(matrixOf(p, 'goal')!.items).toEqual(['cv', 'potential']);
    expect(() => setNodeId(p, 'cv', 'potential')).toThrow(/already used/);
    expectUsable(p);
  });

  it('gives a role to one criterion only, taking it from the one that had it', () => {
    const p = sample();
    setRole(p, 'potential', 'current');
    expect(p.hierarchy.criteria.map((c) => c.role)).toEqual([undefined, 'current']);
    setRole(p, 'potential', undefined);
    expect(p.hierarchy.criteria.map((c) => c.role)).toEqual([undefined, undefined]);
    expectUsable(p);
    expect(() => setRole(p, 'fees', 'current')).toThrow(/top-level/);
  });

  it('updates an indicator’s column and direction, and lists the bound columns', () => {
    const p = sample();
    updateIndicator(p, 'overdue', { direction: 'benefit', column: 'overdue_days_x' });
    expect(findNode(p, 'overdue')!.node).toMatchObject({ direction: 'benefit', column: 'overdue_days_x' });
    expect(boundColumns(p).has('overdue_days_x')).toBe(true);
    expect(boundColumns(p).has('overdue_days')).toBe(false);
    expectUsable(p);
  });
});

describe('syncJudgments', () => {
  it('leaves matching matrices as the same objects', () => {
    const p = sample();
    const before = p.judgments.slice();
    const list = p.judgments;
    syncJudgments(p);
    expect(p.judgments).toBe(list);
    p.judgments.forEach((j, i) => expect(j).toBe(before[i]));
  });

  it('drops matrices of nodes that are not in the hierarchy', () => {
    const p = sample();
    p.judgments.push({ node: 'ghost', expert: 'e1', items: ['a', 'b'], matrix: [[1, 2], [0.5, 1]] });
    syncJudgments(p);
    expectUsable(p);
  });
});

describe('fitColumnOptions', () => {
  it('points every option naming a missing column at columns the new data has', () => {
    const p = sample();
    const cols: ColumnInfo[] = [
      { name: 'CLIENTNUM', type: 'identifier' },
      { name: 'Gender', type: 'categorical' },
      { name: 'Credit_Limit', type: 'numeric' },
    ];
    expect(fitColumnOptions(p, cols)).toEqual(['data.idColumn', 'options.scoring.abc.source', 'options.scoring.tiers.source', 'options.segmentation.compositionColumn']);
    expect(p.data.idColumn).toBe('CLIENTNUM');
    expect(p.options.scoring.abc.source).toBe('score:composite');
    expect(p.options.scoring.tiers).toEqual({ source: 'score:composite', thresholds: [25, 50, 75], labels: ['Ordinary', 'Gold', 'Platinum', 'Diamond'] });
    expect(p.options.segmentation.compositionColumn).toBe('Gender');
    expect(fitColumnOptions(p, cols)).toEqual([]);
  });
});

describe('a random sequence of edits', () => {
  type Op =
    | { op: 'add'; at: number }
    | { op: 'addCriterion'; at: number }
    | { op: 'remove'; at: number }
    | { op: 'move'; at: number; delta: number }
    | { op: 'expert' };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ op: fc.constant('add' as const), at: fc.nat(50) }),
    fc.record({ op: fc.constant('addCriterion' as const), at: fc.nat(50) }),
    fc.record({ op: fc.constant('remove' as const), at: fc.nat(50) }),
    fc.record({ op: fc.constant('move' as const), at: fc.nat(50), delta: fc.integer({ min: -3, max: 3 }) }),
    fc.constant({ op: 'expert' as const }),
  );

  it('keeps the project valid and its judgments computable after every edit', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        const p = sample();
        let n = 0;
        for (const o of ops) {
          const criteria: Criterion[] = [];
          const visit = (c: Criterion): void => {
            criteria.push(c);
            c.subcriteria?.forEach(visit);
          };
          p.hierarchy.criteria.forEach(visit);
          const leaves = criteria.filter((c) => c.indicators);
          const nodes = [...criteria.map((c) => c.id), ...leaves.flatMap((c) => c.indicators!.map((i) => i.id))];
          if (o.op === 'add') {
            const c = leaves[o.at % leaves.length];
            addIndicator(p, c.id, { id: freshId(p, `i${n}`), name: `I${n}`, column: `col${n++}`, direction: 'benefit' });
          } else if (o.op === 'addCriterion') {
            // a criterion and its first indicator: the hierarchy is never left with an empty node
            const parents = ['goal', ...criteria.filter((c) => c.subcriteria).map((c) => c.id)];
            const parent = parents[o.at % parents.length];
            const id = freshId(p, `c${n}`);
            addCriterion(p, parent, { id, name: `C${n}` });
            addIndicator(p, id, { id: freshId(p, `i${n}`), name: `I${n}`, column: `col${n++}`, direction: 'cost' });
          } else if (o.op === 'remove') {
            const id = nodes[o.at % nodes.length];
            const loc = findNode(p, id)!;
            if (loc.siblings.length > 1) removeNode(p, id); // never empty a node
          } else if (o.op === 'move') {
            moveNode(p, nodes[o.at % nodes.length], o.delta);
          } else {
            p.experts.push({ id: `e${p.experts.length + 1}`, name: 'Another expert' });
            syncJudgments(p);
          }
          expectUsable(p);
        }
      }),
      { numRuns: 100 },
    );
  });
});

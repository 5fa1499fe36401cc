import { describe, expect, it } from 'vitest';
import sample from '../../../datasets/corporate_customers.project.json';
import { analyseGroup } from '../../../src/core/ahp/group.ts';
import { analyseHierarchy } from '../../../src/core/ahp/hierarchy.ts';
import { buckleyGeometric } from '../../../src/core/ahp/fuzzy/buckley.ts';
import { changExtent } from '../../../src/core/ahp/fuzzy/chang.ts';
import { alignFuzzy, fuzzyJudgmentProblems, scaledFuzzyJudgment, toFuzzyMatrix, withFuzzyJudgment } from '../../../src/core/ahp/fuzzy/judgments.ts';
import { fuzzifyMatrix, tfnReciprocal, type Tfn } from '../../../src/core/ahp/fuzzy/tfn.ts';
import { toMatrix } from '../../../src/core/ahp/judgment.ts';
import { syncJudgments } from '../../../src/core/model/edit.ts';
import type { FuzzyJudgment, JudgmentMatrix, Project } from '../../../src/core/model/project.ts';
import { validateProject } from '../../../src/core/model/validate.ts';
import { problemMessage } from '../../../src/i18n/index.ts';
import { thrown } from '../../support/thrown.ts';

const names = { goal: 'Goal', a: 'Deposits', b: 'Loans', c: 'Fees', e1: 'Expert 1' };
const base = (fuzzy?: (FuzzyJudgment | null)[][]): JudgmentMatrix => ({
  node: 'goal',
  expert: 'e1',
  items: ['a', 'b', 'c'],
  matrix: [
    [1, 3, 5],
    ['1/3', 1, 2],
    ['1/5', '1/2', 1],
  ],
  ...(fuzzy ? { fuzzy } : {}),
});
const read = (jm: JudgmentMatrix) => toFuzzyMatrix(jm, toMatrix(jm, names), names, { path: 'judgments[0]' });
const close = (a: Tfn, b: readonly number[], tol = 1e-12) => a.forEach((v, k) => expect(Math.abs(v - b[k])).toBeLessThanOrEqual(tol));

describe('fuzzy judgments entered as (l, m, u) in a judgment matrix', () => {
  it('are absent from a matrix without them, which keeps reading its judgments by the fuzzy scale', () => {
    expect(read(base())).toBeNull();
    expect(read(base([[null, null, null], [null, null, null], [null, null, null]]))).toBeNull();
  });

  it('use an entered pair as entered, its partner as (1/u, 1/m, 1/l), and the other pairs by the scale', () => {
    const f = read(base([[null, [2, 3, 6], null], [null, null, null], [null, null, null]]))!;
    close(f[0][1], [2, 3, 6]);
    close(f[1][0], [1 / 6, 1 / 3, 1 / 2]);
    close(f[0][2], [4, 5, 6]);
    close(f[1][2], [1, 2, 3]);
    close(f[2][1], [1 / 3, 1 / 2, 1]);
  });

  it('read a pair given in the lower triangle only, with fractions, as the reciprocal of the upper cell', () => {
    const f = read(base([[null, null, null], [['1/6', '1/3', '1/2'], null, null], [null, null, null]]))!;
    close(f[0][1], [2, 3, 6]);
  });

  it('accept both cells of a pair when they are reciprocal to the decimals written', () => {
    const f = read(base([[null, [2, 3, 6], null], [[0.167, 0.333, 0.5], null, null], [null, null, null]]))!;
    close(f[0][1], [2, 3, 6]);
  });

  it('name node, pair, expert and field of an m that is not the judgment, in English and Chinese', () => {
    const e = thrown(() => read(base([[null, [2, 4, 6], null], [null, null, null], [null, null, null]])));
    expect(e.code).toBe('ahp.fuzzy-judgment');
    expect(e.variant).toBe('middle');
    expect(e.where.path).toBe('judgments[0].fuzzy[0][1][1]');
    expect(e.message).toBe('Fuzzy judgment "Deposits" vs "Loans" (node Goal, expert Expert 1) has m = 4, but the judgment is 3; the middle value m must equal the judgment (change the judgment, or m).');
    expect(problemMessage('zh-CN', e)).toBe('模糊判断“Deposits”对“Loans”（节点 Goal，专家 Expert 1）的 m = 4，而判断值为 3；中值 m 必须等于判断值（请修改判断值或 m）。');
  });

  it.each([
    ['l above m', [4, 3, 6], 'order-l', 'judgments[0].fuzzy[0][1][0]', /l = 4 above m = 3/],
    ['u below m', [2, 3, 2.5], 'order-u', 'judgments[0].fuzzy[0][1][2]', /u = 2.5 below m = 3/],
    ['a zero l', [0, 3, 4], 'field', 'judgments[0].fuzzy[0][1][0]', /has l = 0; each of l, m, u must be a positive number/],
    ['a word for u', [2, 3, 'four'], 'field', 'judgments[0].fuzzy[0][1][2]', /has u = "four"/],
    ['two numbers', [2, 3], 'not-triple', 'judgments[0].fuzzy[0][1]', /is \[2, 3\]; write it as \[l, m, u\]/],
  ])('refuse %s, naming the field', (_what, cell, variant, path, message) => {
    const e = thrown(() => read(base([[null, cell as FuzzyJudgment, null], [null, null, null], [null, null, null]])));
    expect([e.variant, e.where.path]).toEqual([variant, path]);
    expect(e.message).toMatch(message);
    expect(e.message).toContain('"Deposits" vs "Loans" (node Goal, expert Expert 1)');
    const zh = problemMessage('zh-CN', e);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).toContain('“Deposits”对“Loans”');
  });

  it('refuse two cells of a pair that are not reciprocal, and a diagonal that is not (1, 1, 1)', () => {
    const r = thrown(() => read(base([[null, [2, 3, 6], null], [[0.25, '1/3', 0.5], null, null], [null, null, null]])));
    expect([r.variant, r.where.path]).toEqual(['reciprocal', 'judgments[0].fuzzy[1][0]']);
    expect(r.message).toContain('(1/6, 1/3, 1/2)');
    const d = thrown(() => read(base([[[1, 1, 2], null, null], [null, null, null], [null, null, null]])));
    expect(d.variant).toBe('diagonal');
  });

  it('refuse fuzzy judgments that are not an n×n matrix', () => {
    const e = thrown(() => read(base([[null, [2, 3, 4]]] as unknown as FuzzyJudgment[][])));
    expect([e.variant, e.where.path]).toEqual(['shape', 'judgments[0].fuzzy']);
  });

  it('list every bad cell for the validator, not only the first', () => {
    const jm = base([[null, [4, 3, 6], [1, 2, 9]], [null, null, [0, 2, 3]], [null, null, null]]);
    const problems = fuzzyJudgmentProblems(jm, toMatrix(jm, names), names, { path: 'judgments[0]' });
    expect(problems.map((p) => p.variant)).toEqual(['order-l', 'middle', 'field']);
  });
});

describe('the fuzzy methods on entered judgments', () => {
  const jm = base([[null, [1, 3, 7], null], [null, null, null], [null, null, [1, 1, 1]]]);
  const crisp = toMatrix(jm, names);
  const f = read(jm)!;

  it("weight the entered fuzzy matrix, by Buckley's and Chang's methods, not the scale's reading", () => {
    const project = { hierarchy: { goal: 'Goal', criteria: ['a', 'b', 'c'].map((id) => ({ id, name: names[id as 'a'], indicators: [{ id: `${id}1`, name: `${id}1`, column: `${id}1`, direction: 'benefit' }] })) }, experts: [{ id: 'e1', name: 'Expert 1' }], judgments: [jm] } as unknown as Project;
    for (const method of ['fuzzy-buckley', 'fuzzy-chang'] as const) {
      const goal = analyseHierarchy(project, { method, ri: 'saaty1980', aggregation: 'aij' }).nodes[0];
      const expected = method === 'fuzzy-buckley' ? buckleyGeometric(f).weights : changExtent(f).weights;
      const scale = method === 'fuzzy-buckley' ? buckleyGeometric(fuzzifyMatrix(crisp)).weights : changExtent(fuzzifyMatrix(crisp)).weights;
      goal.local.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 14));
      expect(Math.max(...goal.local.map((w, i) => Math.abs(w - scale[i])))).toBeGreaterThan(1e-3);
      expect(goal.aggregated.fuzzy![0][1]).toEqual([1, 3, 7]);
    }
    // the crisp methods weight the judgments (the middle values) and carry no fuzzy matrix
    const eigen = analyseHierarchy(project, { method: 'eigen', ri: 'saaty1980', aggregation: 'aij' }).nodes[0];
    expect(eigen.aggregated.fuzzy).toBeUndefined();
  });

  it("combine several experts' fuzzy matrices by the element-wise geometric mean (AIJ), whose middle is the crisp group matrix", () => {
    const other = [
      [1, 5, 3],
      [1 / 5, 1, 1],
      [1 / 3, 1, 1],
    ];
    const g = analyseGroup([crisp, other], { method: 'fuzzy-buckley', ri: 'saaty1980', aggregation: 'aij', fuzzy: [f, null] });
    const o = fuzzifyMatrix(other);
    const gm = (k: number) => Math.sqrt(f[0][1][k] * o[0][1][k]);
    close(g.aggregated.fuzzy![0][1], [gm(0), gm(1), gm(2)]);
    close(g.aggregated.fuzzy![1][0], tfnReciprocal(g.aggregated.fuzzy![0][1]));
    expect(g.aggregated.fuzzy![0][1][1]).toBeCloseTo(g.aggregated.matrix[0][1], 14);
    g.aggregated.weights.forEach((w, i) => expect(w).toBeCloseTo(buckleyGeometric(g.aggregated.fuzzy!).weights[i], 14));
    expect(g.experts[1].fuzzy).toBeUndefined();
  });
});

describe('fuzzy judgments in the project file', () => {
  it('leave a project saved before them (the sample) valid and weighted as before', () => {
    const p = structuredClone(sample) as unknown as Project;
    expect(validateProject(p).filter((x) => x.severity === 'error')).toEqual([]);
    p.options.ahp.method = 'fuzzy-buckley';
    const h = analyseHierarchy(p, p.options.ahp);
    for (const nd of h.nodes) {
      expect(nd.aggregated.fuzzy).toBeUndefined();
      if (nd.items.length > 1) expect(nd.local).toEqual(buckleyGeometric(fuzzifyMatrix(nd.aggregated.matrix)).weights);
    }
  });

  it('are validated with the path of the bad field, and a good one is accepted', () => {
    const p = structuredClone(sample) as unknown as Project;
    const jm = p.judgments[1];
    const a01 = toMatrix(jm, {})[0][1];
    jm.fuzzy = jm.items.map(() => jm.items.map(() => null));
    jm.fuzzy[0][1] = [a01 / 2, a01, a01 * 2];
    expect(validateProject(p).filter((x) => x.code === 'ahp.fuzzy-judgment')).toEqual([]);
    jm.fuzzy[0][2] = [1, 1, 'x'];
    const bad = validateProject(p).filter((x) => x.code === 'ahp.fuzzy-judgment');
    expect(bad.map((x) => x.where.path)).toEqual(['judgments[1].fuzzy[0][2][2]']);
    expect(bad[0].message.startsWith('judgments[1].fuzzy[0][2][2]: Fuzzy judgment')).toBe(true);
    expect(problemMessage('zh-CN', bad[0]).startsWith('judgments[1].fuzzy[0][2][2]：模糊判断')).toBe(true);
  });

  it('follow their items when the hierarchy reorders them, and are dropped with a removed item', () => {
    const p = structuredClone(sample) as unknown as Project;
    const jm = p.judgments[1];
    const [i0, i1] = jm.items;
    const m01 = toMatrix(jm, {})[0][1];
    jm.fuzzy = jm.items.map(() => jm.items.map(() => null));
    jm.fuzzy[0][1] = [m01 / 2, m01, m01 * 3];
    const crit = p.hierarchy.criteria.find((c) => c.id === jm.node)!;
    crit.indicators!.reverse();
    syncJudgments(p);
    const moved = p.judgments.find((x) => x.node === jm.node)!;
    const r = moved.items.indexOf(i0);
    const c = moved.items.indexOf(i1);
    expect(moved.fuzzy![r][c]).toEqual([m01 / 2, m01, m01 * 3]);
    expect(validateProject(p).filter((x) => x.code === 'ahp.fuzzy-judgment')).toEqual([]);
    crit.indicators = crit.indicators!.filter((x) => x.id !== i0);
    syncJudgments(p);
    expect(p.judgments.find((x) => x.node === jm.node)!.fuzzy).toBeUndefined();
  });
});

describe('editing fuzzy judgments', () => {
  it('sets a pair in one cell and clears its partner, and forgets the matrix when no pair is left', () => {
    const f = withFuzzyJudgment(undefined, 3, 0, 1, [2, 3, 5])!;
    expect(f[0][1]).toEqual([2, 3, 5]);
    expect(f[1][0]).toBeNull();
    const back = withFuzzyJudgment([[null, null, null], [[0.2, 1 / 3, 0.5], null, null], [null, null, null]], 3, 0, 1, [2, 3, 5])!;
    expect(back[1][0]).toBeNull();
    expect(withFuzzyJudgment(f, 3, 0, 1, null)).toBeUndefined();
  });

  it('moves an entered judgment with its crisp judgment by the same factor, from either cell', () => {
    close(scaledFuzzyJudgment([[null, [2, 3, 5]], [null, null]], 0, 1, 4 / 3) as unknown as Tfn, [8 / 3, 4, 20 / 3]);
    const lower = scaledFuzzyJudgment([[null, null], [[0.2, 0.25, 0.5], null]], 0, 1, 1);
    close(lower as unknown as Tfn, [2, 4, 5]);
    expect(scaledFuzzyJudgment(undefined, 0, 1, 2)).toBeNull();
  });

  it('keeps entered pairs of items still compared when a matrix is re-laid', () => {
    const jm = { items: ['a', 'b', 'c'], fuzzy: [[null, [2, 3, 5], null], [null, null, null], [null, null, null]] as (FuzzyJudgment | null)[][] };
    expect(alignFuzzy(jm, ['b', 'a'])).toEqual([[null, null], [[2, 3, 5], null]]);
    expect(alignFuzzy(jm, ['c', 'b'])).toBeUndefined();
  });
});

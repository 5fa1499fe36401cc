/**
 * AHP properties at the level the user works at — judgments as typed and stored, and the whole
 * hierarchy — beyond tests/core/ahp/weights.test.ts (one numeric matrix: w recovered from
 * a_ij = w_i/w_j, weights positive summing to 1, permutation) and group.test.ts (aggregation).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePastedMatrix, showJudgment, unitJudgments, withJudgment, sliderToValue } from '../../../src/core/ahp/edit.ts';
import { analyseHierarchy } from '../../../src/core/ahp/hierarchy.ts';
import { formatRatio, toMatrix } from '../../../src/core/ahp/judgment.ts';
import { defaultOptions, type Criterion, type Judgment, type JudgmentMatrix, type Project } from '../../../src/core/model/project.ts';

const SAATY = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const saaty = fc.constantFrom(...SAATY);

/** How a value can be typed: as a number, "k" / "1/k", full-width, with spaces. */
function typed(v: number, form: number): Judgment {
  const text = formatRatio(v);
  switch (form % 4) {
    case 0:
      return v;
    case 1:
      return text;
    case 2:
      return text.replace(/[0-9/]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    default:
      return ` ${text.replace('/', ' / ')} `;
  }
}

describe('judgment matrices as typed', () => {
  const filled = fc.integer({ min: 2, max: 8 }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      values: fc.array(saaty, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }),
      where: fc.array(fc.constantFrom('upper', 'lower', 'both'), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }),
      forms: fc.array(fc.nat(7), { minLength: n * n, maxLength: n * n }),
    }),
  );

  it('are read as exactly reciprocal matrices with a unit diagonal, whichever triangle holds each judgment and however it is written', () => {
    fc.assert(
      fc.property(filled, ({ n, values, where, forms }) => {
        const items = Array.from({ length: n }, (_, i) => `i${i}`);
        const m: Judgment[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? (forms[i] % 2 ? 1 : '') : '')));
        let k = 0;
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++, k++) {
            const v = values[k];
            if (where[k] !== 'lower') m[i][j] = typed(v, forms[i * n + j]);
            if (where[k] !== 'upper') m[j][i] = typed(1 / v, forms[j * n + i]);
          }
        const a = toMatrix({ node: 'goal', expert: 'e', items, matrix: m }, {});
        k = 0;
        for (let i = 0; i < n; i++) {
          expect(a[i][i]).toBe(1);
          for (let j = i + 1; j < n; j++, k++) {
            expect(a[i][j] * a[j][i]).toBeCloseTo(1, 12);
            expect(a[i][j]).toBeCloseTo(values[k], 12);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stay reciprocal through any sequence of slider edits, each edit kept as set', () => {
    const edits = fc.integer({ min: 2, max: 7 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        steps: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: -8, max: 8 })), { maxLength: 20 }),
      }),
    );
    fc.assert(
      fc.property(edits, ({ n, steps }) => {
        let m = unitJudgments(n);
        const last = new Map<string, number>();
        for (const [i, j, pos] of steps) {
          if (i === j) continue;
          m = withJudgment(m, i, j, sliderToValue(pos));
          last.set(`${Math.min(i, j)},${Math.max(i, j)}`, i < j ? sliderToValue(pos) : 1 / sliderToValue(pos));
        }
        const items = Array.from({ length: n }, (_, i) => `i${i}`);
        const a = toMatrix({ node: 'goal', expert: 'e', items, matrix: m }, {});
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) {
            expect(a[i][j] * a[j][i]).toBeCloseTo(1, 12);
            if (i < j) expect(a[i][j]).toBeCloseTo(last.get(`${i},${j}`) ?? 1, 12);
          }
      }),
      { numRuns: 200 },
    );
  });

  it('read back from Excel text (tab separated, with or without item names) as the same numbers', () => {
    const pasted = fc.integer({ min: 2, max: 7 }).chain((n) =>
      fc.record({ n: fc.constant(n), values: fc.array(saaty, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }), names: fc.boolean(), upperOnly: fc.boolean() }),
    );
    fc.assert(
      fc.property(pasted, ({ n, values, names, upperOnly }) => {
        const items = Array.from({ length: n }, (_, i) => ({ id: `i${i}`, name: `Item ${i + 1}` }));
        const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
        let k = 0;
        for (let i = 0; i < n; i++)
          for (let j = i + 1; j < n; j++, k++) {
            a[i][j] = values[k];
            a[j][i] = 1 / values[k];
          }
        const rows = a.map((r, i) => r.map((v, j) => (upperOnly && j < i ? '' : showJudgment(v))));
        const lines = (names ? [['', ...items.map((x) => x.name)]] : []).concat(rows.map((r, i) => (names ? [items[i].name, ...r] : r)));
        const res = parsePastedMatrix(lines.map((l) => l.join('\t')).join('\r\n'), items, { node: 'goal' });
        if (!res.ok) throw new Error(res.problem.message);
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(res.numbers[i][j]).toBeCloseTo(a[i][j], 12);
      }),
      { numRuns: 200 },
    );
  });
});

/** A random hierarchy: 1–4 criteria, each with 1–4 indicators, and a weight in [1, 3] for every node. */
const hierarchyArb = fc
  .array(fc.array(fc.double({ min: 1, max: 3, noNaN: true }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 })
  .chain((crit) => fc.record({ crit: fc.constant(crit), top: fc.array(fc.double({ min: 1, max: 3, noNaN: true }), { minLength: crit.length, maxLength: crit.length }) }));

/** A project whose every matrix is consistent: a_ij = w_i / w_j (within Saaty's 1/9 … 9 since w ∈ [1, 3]). */
function consistentProject(crit: number[][], top: number[]): Pick<Project, 'hierarchy' | 'experts' | 'judgments'> {
  const criteria: Criterion[] = crit.map((ws, c) => ({ id: `c${c}`, name: `C${c}`, indicators: ws.map((_, k) => ({ id: `c${c}x${k}`, name: `X${c}.${k}`, column: `col${c}_${k}`, direction: 'benefit' as const })) }));
  const matrix = (w: number[]): Judgment[][] => w.map((a) => w.map((b) => a / b));
  const judgments: JudgmentMatrix[] = [];
  if (top.length > 1) judgments.push({ node: 'goal', expert: 'e', items: criteria.map((c) => c.id), matrix: matrix(top) });
  crit.forEach((ws, c) => {
    if (ws.length > 1) judgments.push({ node: `c${c}`, expert: 'e', items: criteria[c].indicators!.map((x) => x.id), matrix: matrix(ws) });
  });
  return { hierarchy: { goal: 'Goal', criteria }, experts: [{ id: 'e', name: 'E' }], judgments };
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

describe('AHP over a whole hierarchy', () => {
  const opts = defaultOptions().ahp;

  it('gives CR ≈ 0 at every node of a consistent hierarchy and global weights = product of the normalised weight vectors', () => {
    fc.assert(
      fc.property(hierarchyArb, fc.constantFrom('eigen', 'geometric', 'column') as fc.Arbitrary<'eigen' | 'geometric' | 'column'>, ({ crit, top }, method) => {
        const h = analyseHierarchy(consistentProject(crit, top), { ...opts, method });
        for (const node of h.nodes) expect(node.aggregated.cr).toBeLessThan(1e-9);
        expect(h.totalCR).toBeLessThan(1e-9);
        const T = sum(top);
        crit.forEach((ws, c) => {
          const W = sum(ws);
          ws.forEach((w, k) => expect(h.global.find((g) => g.id === `c${c}x${k}`)!.weight).toBeCloseTo(((top[c] / T) * w) / W, 10));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('gives positive global weights summing to 1 for any judgments on Saaty’s scale', () => {
    const arb = hierarchyArb.chain(({ crit, top }) =>
      fc.record({ crit: fc.constant(crit), top: fc.constant(top), values: fc.array(saaty, { minLength: 40, maxLength: 40 }) }),
    );
    fc.assert(
      fc.property(arb, ({ crit, top, values }) => {
        const p = consistentProject(crit, top);
        let k = 0;
        for (const jm of p.judgments) {
          const n = jm.items.length;
          jm.matrix = unitJudgments(n);
          for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) jm.matrix = withJudgment(jm.matrix, i, j, values[k++ % values.length]);
        }
        const h = analyseHierarchy(p, opts);
        const g = h.global.map((x) => x.weight);
        expect(g.length).toBe(sum(crit.map((c) => c.length)));
        for (const w of g) expect(w).toBeGreaterThan(0);
        expect(sum(g)).toBeCloseTo(1, 12);
        expect(Number.isFinite(h.totalCR) && h.totalCR >= 0).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('gives every indicator the same weight when the criteria (and the goal matrix with them) are listed in another order', () => {
    const arb = hierarchyArb.chain(({ crit, top }) =>
      fc.record({
        crit: fc.constant(crit),
        top: fc.constant(top),
        order: fc.shuffledSubarray(crit.map((_, i) => i), { minLength: crit.length, maxLength: crit.length }),
        values: fc.array(saaty, { minLength: 6, maxLength: 6 }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ crit, top, order, values }) => {
        const p = consistentProject(crit, top);
        // An inconsistent goal matrix, so that the order really matters to the arithmetic.
        const goal = p.judgments.find((j) => j.node === 'goal');
        if (goal) {
          let m = unitJudgments(crit.length);
          let k = 0;
          for (let i = 0; i < crit.length; i++) for (let j = i + 1; j < crit.length; j++) m = withJudgment(m, i, j, values[k++]);
          goal.matrix = m;
        }
        const q = structuredClone(p);
        q.hierarchy.criteria = order.map((i) => p.hierarchy.criteria[i]);
        const g2 = q.judgments.find((j) => j.node === 'goal');
        if (g2 && goal) {
          g2.items = order.map((i) => goal.items[i]);
          g2.matrix = order.map((i) => order.map((j) => goal.matrix[i][j]));
        }
        const a = analyseHierarchy(p, opts);
        const b = analyseHierarchy(q, opts);
        for (const x of a.global) expect(b.global.find((y) => y.id === x.id)!.weight).toBeCloseTo(x.weight, 12);
        expect(b.totalCR).toBeCloseTo(a.totalCR, 12);
      }),
      { numRuns: 150 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  alignJudgments,
  copyJudgments,
  intensity,
  judgmentOf,
  parsePastedMatrix,
  putJudgments,
  sliderToValue,
  splitPasted,
  unitJudgments,
  valueToSlider,
  withJudgment,
} from '../../../src/core/ahp/edit.ts';
import type { JudgmentMatrix } from '../../../src/core/model/project.ts';

const items = [
  { id: 'a', name: 'Deposits' },
  { id: 'b', name: 'Loans' },
  { id: 'c', name: 'Fees' },
];
const place = { node: { id: 'current', name: 'Current value' }, expert: { id: 'e1', name: 'Expert 1' } };

describe('slider positions on the two-sided Saaty scale', () => {
  it('maps the left end to 9 (row item extremely more important), the centre to 1 and the right end to 1/9', () => {
    expect(sliderToValue(-8)).toBe(9);
    expect(sliderToValue(-2)).toBe(3);
    expect(sliderToValue(0)).toBe(1);
    expect(sliderToValue(2)).toBeCloseTo(1 / 3, 15);
    expect(sliderToValue(8)).toBeCloseTo(1 / 9, 15);
  });

  it('clamps and rounds positions outside −8…8 or between steps, and treats NaN as the centre', () => {
    expect(sliderToValue(-20)).toBe(9);
    expect(sliderToValue(20)).toBeCloseTo(1 / 9, 15);
    expect(sliderToValue(-1.6)).toBe(3);
    expect(sliderToValue(Number.NaN)).toBe(1);
  });

  it('puts every value of the 17-step scale back at its own position', () => {
    for (let p = -8; p <= 8; p++) expect(valueToSlider(sliderToValue(p))).toBe(p);
  });

  it('puts an off-scale value at the nearest intensity on its side, and a bad value at the centre', () => {
    expect(valueToSlider(2.4)).toBe(-1); // intensity 2, row side
    expect(valueToSlider(1 / 2.6)).toBe(2); // intensity 3, column side
    expect(valueToSlider(1.2)).toBe(0);
    expect(valueToSlider(0)).toBe(0);
    expect(valueToSlider(-3)).toBe(0);
    expect(valueToSlider(Infinity)).toBe(0);
  });

  it('gives the Saaty intensity max(a, 1/a) rounded to 1…9', () => {
    expect(intensity(5)).toBe(5);
    expect(intensity(1 / 7)).toBe(7);
    expect(intensity(1)).toBe(1);
    expect(intensity(12)).toBe(9);
    expect(intensity(Number.NaN)).toBe(1);
  });
});

describe('judgmentOf (the stored form)', () => {
  it('stores integers as numbers, exact reciprocals as "1/k" and anything else unrounded', () => {
    expect(judgmentOf(3)).toBe(3);
    expect(judgmentOf(1)).toBe(1);
    expect(judgmentOf(1 / 3)).toBe('1/3');
    expect(judgmentOf(1 / 9)).toBe('1/9');
    expect(judgmentOf(2.5)).toBe(2.5);
    expect(judgmentOf(0.4)).toBe(0.4);
    expect(judgmentOf(Math.sqrt(6))).toBe(Math.sqrt(6));
  });
});

describe('withJudgment', () => {
  it('sets a_ij and its reciprocal a_ji without touching the input', () => {
    const m = unitJudgments(3);
    const out = withJudgment(m, 0, 2, 5);
    expect(out).toEqual([
      [1, 1, 5],
      [1, 1, 1],
      ['1/5', 1, 1],
    ]);
    expect(m[0][2]).toBe(1);
    expect(withJudgment(out, 2, 0, 4)[0][2]).toBe('1/4');
    expect(withJudgment(out, 1, 2, 2.5)[2][1]).toBe(0.4);
  });

  it('refuses to change the diagonal', () => {
    expect(() => withJudgment(unitJudgments(2), 1, 1, 3)).toThrow(/diagonal/);
  });
});

describe('alignJudgments', () => {
  const jm: JudgmentMatrix = {
    node: 'current',
    expert: 'e1',
    items: ['a', 'b', 'c'],
    matrix: [
      [1, 2, 4],
      ['1/2', 1, 2],
      ['1/4', '1/2', 1],
    ],
  };

  it('returns a stored matrix over the same items unchanged, with status ok', () => {
    expect(alignJudgments(jm, ['a', 'b', 'c'])).toEqual({ matrix: jm.matrix, status: 'ok' });
  });

  it('gives all 1s and status missing when there is no matrix', () => {
    expect(alignJudgments(undefined, ['a', 'b'])).toEqual({ matrix: [[1, 1], [1, 1]], status: 'missing' });
  });

  it('reorders rows and columns to the children order', () => {
    const out = alignJudgments(jm, ['c', 'a', 'b']);
    expect(out.status).toBe('changed');
    expect(out.matrix).toEqual([
      [1, '1/4', '1/2'],
      [4, 1, 2],
      [2, '1/2', 1],
    ]);
  });

  it('keeps the judgments between remaining items, starts new pairs at 1 and drops removed items', () => {
    const out = alignJudgments(jm, ['a', 'c', 'd']);
    expect(out.status).toBe('changed');
    expect(out.matrix).toEqual([
      [1, 4, 1],
      ['1/4', 1, 1],
      [1, 1, 1],
    ]);
  });

  it('keeps a one-sided pair (an empty lower cell) and fills a pair empty on both sides with 1', () => {
    const partial: JudgmentMatrix = { node: 'n', expert: 'e1', items: ['a', 'b', 'c'], matrix: [[1, 3, ''], ['', 1, 2], ['', '', 1]] };
    const out = alignJudgments(partial, ['a', 'b', 'c']);
    expect(out.status).toBe('ok');
    expect(out.matrix).toEqual([
      [1, 3, 1],
      ['', 1, 2],
      [1, '', 1],
    ]);
  });

  it('calls a ragged matrix changed', () => {
    const ragged = { ...jm, matrix: [[1, 2, 4], ['1/2', 1], ['1/4', '1/2', 1]] };
    expect(alignJudgments(ragged, ['a', 'b', 'c']).status).toBe('changed');
  });
});

describe('putJudgments and copyJudgments', () => {
  it('replaces the matrix of the same node and expert, or appends one, copying the input', () => {
    const list: JudgmentMatrix[] = [{ node: 'goal', expert: 'e1', items: ['x', 'y'], matrix: [[1, 2], ['1/2', 1]] }];
    const m = [[1, 3], ['1/3', 1]];
    expect(putJudgments(list, { node: 'goal', expert: 'e1', items: ['x', 'y'], matrix: m })).toBe(0);
    expect(list[0].matrix).toEqual(m);
    m[0][1] = 9;
    expect(list[0].matrix[0][1]).toBe(3);
    expect(putJudgments(list, { node: 'goal', expert: 'e2', items: ['x', 'y'], matrix: m })).toBe(1);
    expect(list).toHaveLength(2);
  });

  it("copies every matrix of one expert to another, deep, and nothing from null", () => {
    const list: JudgmentMatrix[] = [
      { node: 'goal', expert: 'e1', items: ['x', 'y'], matrix: [[1, 2], ['1/2', 1]] },
      { node: 'x', expert: 'e1', items: ['p', 'q'], matrix: [[1, 5], ['1/5', 1]] },
      { node: 'goal', expert: 'e9', items: ['x', 'y'], matrix: [[1, 7], ['1/7', 1]] },
    ];
    const copied = copyJudgments(list, 'e1', 'e2');
    expect(copied.map((j) => [j.node, j.expert, j.matrix[0][1]])).toEqual([
      ['goal', 'e2', 2],
      ['x', 'e2', 5],
    ]);
    copied[0].matrix[0][1] = 9;
    expect(list[0].matrix[0][1]).toBe(2);
    expect(copyJudgments(list, null, 'e2')).toEqual([]);
  });
});

describe('splitPasted', () => {
  it('splits Excel text on tabs, CSV on commas, and typed text on spaces keeping "1 / 3" whole', () => {
    expect(splitPasted('1\t3\r\n1/3\t1\r\n')).toEqual([['1', '3'], ['1/3', '1']]);
    expect(splitPasted('1, 3\n1/3, 1')).toEqual([['1', '3'], ['1/3', '1']]);
    expect(splitPasted('  1   1 / 3\n\n3  1 ')).toEqual([['1', '1/3'], ['3', '1']]);
    expect(splitPasted('１　３\n１／３　１')).toEqual([['１', '３'], ['１／３', '１']]);
  });
});

describe('parsePastedMatrix', () => {
  it('reads a full 3×3 matrix copied from Excel (tabs) into stored form and numbers', () => {
    const r = parsePastedMatrix('1\t2\t4\n1/2\t1\t2\n0.25\t0.5\t1\n', items, place);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.matrix).toEqual([
      [1, 2, 4],
      ['1/2', 1, 2],
      ['1/4', '1/2', 1],
    ]);
    expect(r.numbers[2][0]).toBeCloseTo(0.25, 15);
  });

  it('reads only the upper triangle when the rest is empty, and full-width input', () => {
    const r = parsePastedMatrix('\t３\t１／５\n\t\t2\n\t\t\n', items, place);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.matrix).toEqual([
      [1, 3, '1/5'],
      ['1/3', 1, 2],
      [5, '1/2', 1],
    ]);
  });

  it('skips a header row and a first column of item names', () => {
    const text = '\tDeposits\tLoans\tFees\nDeposits\t1\t2\t4\nLoans\t1/2\t1\t2\nFees\t1/4\t1/2\t1';
    const r = parsePastedMatrix(text, items, place);
    expect(r.ok && r.matrix[0]).toEqual([1, 2, 4]);
  });

  it('names the row and column of a cell that is not a number', () => {
    const r = parsePastedMatrix('1\t2\tabc\n1/2\t1\t2\n\t\t1', items, place);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatchObject({ code: 'ahp.judgment-invalid', row: 1, col: 3 });
    expect(r.problem.message).toMatch(/^Row 1, column 3: Judgment "Deposits" vs "Fees" \(node Current value, expert Expert 1\) is "abc"/);
  });

  it('names the cell of a division by zero and of a value off the scale', () => {
    const zero = parsePastedMatrix('1\t1/0\t1\n\t1\t1\n\t\t1', items, place);
    expect(!zero.ok && zero.problem).toMatchObject({ row: 1, col: 2, code: 'ahp.judgment-invalid' });
    expect(!zero.ok && zero.problem.message).toMatch(/division by zero/);
    const big = parsePastedMatrix('1\t1\t1\n\t1\t10\n\t\t1', items, place);
    expect(!big.ok && big.problem).toMatchObject({ row: 2, col: 3, code: 'ahp.judgment-range' });
  });

  it('rejects two cells that are not reciprocal, naming the pair', () => {
    const r = parsePastedMatrix('1\t3\t1\n3\t1\t1\n1\t1\t1', items, place);
    expect(!r.ok && r.problem).toMatchObject({ code: 'ahp.not-reciprocal', row: 1, col: 2 });
    expect(!r.ok && r.problem.message).toMatch(/"Deposits" vs "Loans" = "3" and "Loans" vs "Deposits" = "3"/);
  });

  it('says how many rows or cells are missing', () => {
    const rows = parsePastedMatrix('1\t2\t3\n1/2\t1\t2', items, place);
    expect(!rows.ok && rows.problem.message).toBe('The pasted text has 2 row(s); this matrix needs 3, one per item (Deposits, Loans, Fees).');
    const cells = parsePastedMatrix('1\t2\t3\n1/2\t1\n1/3\t1/2\t1', items, place);
    expect(!cells.ok && cells.problem).toMatchObject({ code: 'ahp.matrix-size', row: 2 });
    expect(!cells.ok && cells.problem.message).toMatch(/^Row 2 \(Loans\) of the pasted text has 2 value\(s\); each row needs 3/);
    const empty = parsePastedMatrix('  \n', items, place);
    expect(!empty.ok && empty.problem.code).toBe('ahp.paste-empty');
  });

  it('ignores a trailing tab at the end of each line', () => {
    const r = parsePastedMatrix('1\t2\t\n1/2\t1\t\n', items.slice(0, 2), place);
    expect(r.ok && r.matrix).toEqual([[1, 2], ['1/2', 1]]);
  });
});

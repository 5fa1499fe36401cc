import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.ts';
import { parseJudgment, toMatrix, type JudgmentPlace } from '../../../src/core/ahp/judgment.ts';
import type { JudgmentMatrix } from '../../../src/core/model/project.ts';

const place: JudgmentPlace = {
  node: { id: 'goal', name: 'Goal' },
  row: { id: 'current', name: 'Current value' },
  col: { id: 'potential', name: 'Potential value' },
  expert: { id: 'e1', name: 'E1' },
  path: 'judgments[0].matrix[0][1]',
};

/** Runs `f`, expects an InputError, returns it. */
function inputError(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

describe('parseJudgment', () => {
  it.each([
    [7, 7],
    ['7', 7],
    ['1/7', 1 / 7],
    [' 1 / 7 ', 1 / 7],
    ['0.2', 0.2],
    ['.5', 0.5],
    ['１／７', 1 / 7], // full-width digits and slash (Chinese input method)
    ['０.２', 0.2],
    ['1⁄3', 1 / 3], // U+2044 fraction slash
    ['9', 9],
    ['1/9', 1 / 9],
    ['2/6', 1 / 3],
    ['0.11', 0.11], // 1/9 written to two decimals is accepted
    ['0.111', 0.111],
  ] as const)('reads %j as %d', (input, value) => {
    expect(parseJudgment(input, place)).toBeCloseTo(value, 15);
  });

  it('rejects a judgment of 10 naming the node, both items and the expert', () => {
    const e = inputError(() => parseJudgment(10, place));
    expect(e.code).toBe('ahp.judgment-range');
    expect(e.message).toBe('Judgment "Current value" vs "Potential value" (node Goal, expert E1) is 10; the Saaty scale allows 1/9 to 9.');
    expect(e.where).toEqual({
      judgment: { node: 'goal', row: 'current', col: 'potential', expert: 'e1' },
      path: 'judgments[0].matrix[0][1]',
    });
  });

  it('rejects 1/10 and 0.1 as below the scale', () => {
    expect(inputError(() => parseJudgment('1/10', place)).message).toBe(
      'Judgment "Current value" vs "Potential value" (node Goal, expert E1) is "1/10"; the Saaty scale allows 1/9 to 9.',
    );
    expect(inputError(() => parseJudgment(0.1, place)).code).toBe('ahp.judgment-range');
    expect(inputError(() => parseJudgment('9.5', place)).code).toBe('ahp.judgment-range');
  });

  it('rejects zero with a hint that 1 means equal importance', () => {
    const e = inputError(() => parseJudgment(0, place));
    expect(e.code).toBe('ahp.judgment-invalid');
    expect(e.message).toBe(
      'Judgment "Current value" vs "Potential value" (node Goal, expert E1) is 0; a judgment is a positive ratio from 1/9 to 9 (1 means equally important).',
    );
  });

  it('rejects a negative judgment and says how to write the reciprocal', () => {
    const e = inputError(() => parseJudgment(-3, place));
    expect(e.code).toBe('ahp.judgment-invalid');
    expect(e.message).toBe(
      'Judgment "Current value" vs "Potential value" (node Goal, expert E1) is -3; a judgment is a positive ratio from 1/9 to 9 (write 1/3, not -3, when "Potential value" is preferred).',
    );
    expect(inputError(() => parseJudgment('-3', place)).code).toBe('ahp.judgment-invalid');
  });

  it('rejects a division by zero', () => {
    const e = inputError(() => parseJudgment('1/0', place));
    expect(e.code).toBe('ahp.judgment-invalid');
    expect(e.message).toBe(
      'Judgment "Current value" vs "Potential value" (node Goal, expert E1) is "1/0", a division by zero; enter a value from 1/9 to 9, such as 3 or 1/3.',
    );
  });

  it('rejects text that is not a number', () => {
    const e = inputError(() => parseJudgment('abc', place));
    expect(e.code).toBe('ahp.judgment-invalid');
    expect(e.message).toBe(
      'Judgment "Current value" vs "Potential value" (node Goal, expert E1) is "abc", which is not a number or a fraction such as 3 or 1/3.',
    );
    expect(inputError(() => parseJudgment('1/2/3', place)).code).toBe('ahp.judgment-invalid');
    expect(inputError(() => parseJudgment('3x', place)).code).toBe('ahp.judgment-invalid');
    expect(inputError(() => parseJudgment('1e1', place)).code).toBe('ahp.judgment-invalid');
  });

  it('rejects an empty judgment', () => {
    for (const empty of ['', '   ', '\u3000']) {
      const e = inputError(() => parseJudgment(empty, place));
      expect(e.code).toBe('ahp.judgment-invalid');
      expect(e.message).toBe(
        'Judgment "Current value" vs "Potential value" (node Goal, expert E1) is empty; enter a value from 1/9 to 9, such as 3 or 1/3.',
      );
    }
  });

  it('rejects NaN and Infinity', () => {
    expect(inputError(() => parseJudgment(Number.NaN, place)).code).toBe('ahp.judgment-invalid');
    expect(inputError(() => parseJudgment(Number.POSITIVE_INFINITY, place)).code).toBe('ahp.judgment-invalid');
  });

  it('leaves the expert out of the message when there is none', () => {
    const e = inputError(() => parseJudgment(10, { node: 'Goal', row: 'A', col: 'B' }));
    expect(e.message).toBe('Judgment "A" vs "B" (node Goal) is 10; the Saaty scale allows 1/9 to 9.');
  });
});

const names = { goal: 'Goal', a: 'Deposits', b: 'Loans', c: 'Fees', e1: 'E1' };
const jm = (matrix: JudgmentMatrix['matrix'], items = ['a', 'b', 'c']): JudgmentMatrix => ({ node: 'goal', expert: 'e1', items, matrix });

describe('toMatrix', () => {
  it('reads a full reciprocal matrix written with fractions', () => {
    const m = toMatrix(jm([[1, 3, '5'], ['1/3', 1, 2], ['1/5', '1/2', 1]]), names);
    expect(m).toEqual([
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ]);
  });

  it('fills an empty lower triangle with reciprocals', () => {
    const m = toMatrix(jm([[1, 3, 5], [null as unknown as string, 1, '1/2'], ['', undefined as unknown as string, '']]), names);
    expect(m[1][0]).toBe(1 / 3);
    expect(m[2][0]).toBe(1 / 5);
    expect(m[2][1]).toBe(2);
    expect(m[2][2]).toBe(1);
  });

  it('fills an empty upper cell from the lower triangle', () => {
    const m = toMatrix(jm([[1, '', 5], [3, 1, 2], ['1/5', '1/2', 1]]), names);
    expect(m[0][1]).toBeCloseTo(1 / 3, 15);
    expect(m[1][0]).toBe(3);
  });

  it('accepts a lower triangle of rounded decimals and keeps the exact reciprocal', () => {
    const m = toMatrix(jm([[1, 3, 7], [0.333, 1, 8], ['0.14', 0.125, 1]]), names);
    expect(m[1][0]).toBe(1 / 3);
    expect(m[2][0]).toBe(1 / 7);
    expect(m[2][1]).toBe(1 / 8);
  });

  it('keeps the integer when the rounded decimal is in the upper triangle', () => {
    const m = toMatrix(jm([[1, 0.33, 1], [3, 1, 1], [1, 1, 1]]), names);
    expect(m[0][1]).toBe(1 / 3);
    expect(m[1][0]).toBe(3);
  });

  it('names the pair when the two triangles disagree', () => {
    const e = inputError(() => toMatrix(jm([[1, 3, 5], [3, 1, 2], ['1/5', '1/2', 1]]), names, { path: 'judgments[4]' }));
    expect(e.code).toBe('ahp.not-reciprocal');
    expect(e.message).toBe(
      'Judgments "Deposits" vs "Loans" = 3 and "Loans" vs "Deposits" = 3 (node Goal, expert E1) are not reciprocal; the second should be 1/3 (or leave it empty).',
    );
    expect(e.where).toEqual({ judgment: { node: 'goal', row: 'a', col: 'b', expert: 'e1' }, path: 'judgments[4].matrix[0][1]' });
  });

  it('does not take one decimal (0.3) as a rounded 1/3', () => {
    expect(inputError(() => toMatrix(jm([[1, 3, 1], [0.3, 1, 1], [1, 1, 1]]), names)).code).toBe('ahp.not-reciprocal');
  });

  it('requires ones on the diagonal', () => {
    const e = inputError(() => toMatrix(jm([[1, 3, 5], ['1/3', 2, 2], ['1/5', '1/2', 1]]), names));
    expect(e.code).toBe('ahp.diagonal');
    expect(e.message).toBe('Judgment "Loans" vs "Loans" (node Goal, expert E1) is 2; an item compared with itself must be 1.');
  });

  it('says when both cells of a pair are empty', () => {
    const e = inputError(() => toMatrix(jm([[1, '', 5], ['', 1, 2], ['1/5', '1/2', 1]]), names));
    expect(e.code).toBe('ahp.judgment-invalid');
    expect(e.message).toBe(
      'Judgment "Deposits" vs "Loans" (node Goal, expert E1) is empty, and so is "Loans" vs "Deposits"; enter one of them, a value from 1/9 to 9 such as 3 or 1/3.',
    );
  });

  it('names the cell of a bad entry with its project path', () => {
    const e = inputError(() => toMatrix(jm([[1, 3, 5], ['1/3', 1, 'abc'], ['1/5', '', 1]]), names, { path: 'judgments[2]' }));
    expect(e.code).toBe('ahp.judgment-invalid');
    expect(e.message).toBe('Judgment "Loans" vs "Fees" (node Goal, expert E1) is "abc", which is not a number or a fraction such as 3 or 1/3.');
    expect(e.where.path).toBe('judgments[2].matrix[1][2]');
  });

  it('rejects a matrix of the wrong size', () => {
    const e = inputError(() => toMatrix(jm([[1, 3], ['1/3', 1]]), names, { path: 'judgments[1]' }));
    expect(e.code).toBe('ahp.matrix-size');
    expect(e.message).toBe('Judgment matrix (node Goal, expert E1) is 2×2; it must be 3×3, one row and one column per item (Deposits, Loans, Fees).');
    expect(e.where.path).toBe('judgments[1].matrix');
    const ragged = inputError(() => toMatrix(jm([[1, 3, 5], ['1/3', 1], ['1/5', '1/2', 1]]), names));
    expect(ragged.message).toBe(
      'Judgment matrix (node Goal, expert E1) is ragged (row 2 has 2 entries); it must be 3×3, one row and one column per item (Deposits, Loans, Fees).',
    );
  });

  it('rejects an item listed twice', () => {
    const e = inputError(() => toMatrix(jm([[1, 3, 5], ['1/3', 1, 2], ['1/5', '1/2', 1]], ['a', 'b', 'a']), names));
    expect(e.code).toBe('ahp.items-mismatch');
    expect(e.message).toBe('Judgment matrix (node Goal, expert E1) lists "Deposits" twice among its items.');
  });
});

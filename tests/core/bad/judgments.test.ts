/**
 * Judgments typed by hand, through the parser the judgments step uses for every cell it saves
 * (`parseJudgment`, src/core/ahp/judgment.ts, called by src/ui/judgments/NodeCard.svelte) and for a
 * pasted matrix (`parsePastedMatrix`): the exact message naming the judgment, and nothing saved.
 */
import { describe, expect, it } from 'vitest';
import { parsePastedMatrix } from '../../../src/core/ahp/edit.ts';
import { parseJudgment } from '../../../src/core/ahp/judgment.ts';
import { InputError } from '../../../src/core/errors.ts';

const place = {
  node: { id: 'current', name: 'Current value' },
  row: { id: 'deposits', name: 'Average daily deposits' },
  col: { id: 'loans', name: 'Loan balance' },
  expert: { id: 'e1', name: 'Expert 1' },
};
const where = { judgment: { node: 'current', row: 'deposits', col: 'loans', expert: 'e1' } };
const judgment = 'Judgment "Average daily deposits" vs "Loan balance" (node Current value, expert Expert 1)';

function refused(text: string): InputError {
  try {
    parseJudgment(text, place);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error(`${JSON.stringify(text)} was accepted`);
}

describe('judgments typed by hand', () => {
  it.each([
    ['1/0', 'ahp.judgment-invalid', `${judgment} is "1/0", a division by zero; enter a value from 1/9 to 9, such as 3 or 1/3.`],
    ['abc', 'ahp.judgment-invalid', `${judgment} is "abc", which is not a number or a fraction such as 3 or 1/3.`],
    ['', 'ahp.judgment-invalid', `${judgment} is empty; enter a value from 1/9 to 9, such as 3 or 1/3.`],
    ['   ', 'ahp.judgment-invalid', `${judgment} is empty; enter a value from 1/9 to 9, such as 3 or 1/3.`],
    ['0', 'ahp.judgment-invalid', `${judgment} is "0"; a judgment is a positive ratio from 1/9 to 9 (1 means equally important).`],
    ['-3', 'ahp.judgment-invalid', `${judgment} is "-3"; a judgment is a positive ratio from 1/9 to 9 (write 1/3, not -3, when "Loan balance" is preferred).`],
    ['1/10', 'ahp.judgment-range', `${judgment} is "1/10"; the Saaty scale allows 1/9 to 9.`],
    ['10', 'ahp.judgment-range', `${judgment} is "10"; the Saaty scale allows 1/9 to 9.`],
    ['1//3', 'ahp.judgment-invalid', `${judgment} is "1//3", which is not a number or a fraction such as 3 or 1/3.`],
    ['Infinity', 'ahp.judgment-invalid', `${judgment} is "Infinity", which is not a number or a fraction such as 3 or 1/3.`],
  ])('refuses %j with %s and a message naming the judgment', (text, code, message) => {
    const e = refused(text);
    expect([e.code, e.message, e.where]).toEqual([code, message, where]);
  });

  it.each([
    ['３', 3],
    ['１／３', 1 / 3],
    [' 1 / 7 ', 1 / 7],
    ['1/9', 1 / 9],
    ['9.0', 9],
    ['0.5', 0.5],
  ])('reads %j as %d', (text, value) => {
    expect(parseJudgment(text, place)).toBe(value);
  });
});

describe('a judgment matrix pasted from Excel with a bad cell', () => {
  const items = [
    { id: 'a', name: 'Deposits' },
    { id: 'b', name: 'Loans' },
    { id: 'c', name: 'Fees' },
  ];
  const paste = (text: string) => parsePastedMatrix(text, items, { node: { id: 'goal', name: 'Value' }, expert: { id: 'e1', name: 'Expert 1' } });

  it('names the row and column of "1/0" and saves nothing', () => {
    expect(paste('1\t3\t1/0\n\t1\t2\n\t\t1')).toEqual({
      ok: false,
      problem: {
        code: 'ahp.judgment-invalid',
        message: 'Row 1, column 3: Judgment "Deposits" vs "Fees" (node Value, expert Expert 1) is "1/0", a division by zero; enter a value from 1/9 to 9, such as 3 or 1/3.',
        row: 1,
        col: 3,
      },
    });
  });

  it('names the row and column of "abc"', () => {
    const r = paste('1\tabc\t5\n\t1\t2\n\t\t1');
    expect(r).toEqual({
      ok: false,
      problem: {
        code: 'ahp.judgment-invalid',
        message: 'Row 1, column 2: Judgment "Deposits" vs "Loans" (node Value, expert Expert 1) is "abc", which is not a number or a fraction such as 3 or 1/3.',
        row: 1,
        col: 2,
      },
    });
  });

  it('says what to paste when the clipboard is empty', () => {
    expect(paste('')).toEqual({ ok: false, problem: { code: 'ahp.paste-empty', message: 'Nothing to read: paste 3 rows of 3 values (Deposits, Loans, Fees).' } });
  });

  it('names a pasted pair that is not reciprocal', () => {
    expect(paste('1\t3\t5\n2\t1\t2\n\t\t1')).toEqual({
      ok: false,
      problem: {
        code: 'ahp.not-reciprocal',
        message: 'Row 1, column 2: Judgments "Deposits" vs "Loans" = "3" and "Loans" vs "Deposits" = "2" (node Value, expert Expert 1) are not reciprocal; the second should be 1/3 (or leave it empty).',
        row: 1,
        col: 2,
      },
    });
  });

  it('reads the same matrix once the bad cell is fixed (the rest of the paste was right)', () => {
    const r = paste('1\t3\t5\n\t1\t2\n\t\t1');
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.matrix).toEqual([
      [1, 3, 5],
      ['1/3', 1, 2],
      ['1/5', '1/2', 1],
    ]);
  });
});

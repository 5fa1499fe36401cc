import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../src/core/data/number.ts';
import { readTable } from '../../../src/core/data/read.ts';

/** A decimal text and the number it means (Number() of it, the reference parser). */
const decimal = fc
  .tuple(fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }), fc.integer({ min: 0, max: 6 }))
  .map(([n, d]) => n / 10 ** d)
  .map((x) => x.toLocaleString('en-US', { maximumFractionDigits: 6, useGrouping: false }));

describe('parseNumber properties', () => {
  it('reads numbers formatted by toLocaleString("en-US") with thousands separators', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.integer({ min: 0, max: 10 }), (x, digits) => {
        const s = x.toLocaleString('en-US', { maximumFractionDigits: digits });
        expect(parseNumber(s)).toBe(Number(s.replace(/,/g, '')) + 0);
      }),
    );
  });

  it('reads p% as p / 100 (within rounding of the division)', () => {
    fc.assert(
      fc.property(decimal, (s) => {
        const expected = Number(s) / 100;
        const got = parseNumber(`${s}%`);
        expect(Math.abs(got - expected)).toBeLessThanOrEqual(Math.abs(expected) * 4e-16);
      }),
    );
  });

  it('reads (x) as −x and currency-prefixed x as x', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.constantFrom('', '¥', '￥', '$', '€'), (x, cur) => {
        const s = x.toLocaleString('en-US', { maximumFractionDigits: 4 });
        const v = Number(s.replace(/,/g, ''));
        expect(parseNumber(`${cur}${s}`)).toBe(v);
        expect(parseNumber(`(${cur}${s})`)).toBe(-v + 0);
      }),
    );
  });

  it('reads what String(x) writes for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseNumber(String(x))).toBe(x + 0);
      }),
    );
  });
});

// Cells built from letters, CJK, all candidate delimiters, quotes, spaces and line breaks.
const piece = fc.constantFrom('a', 'b', 'Z', '中', '文', 'é', '1', '.', ',', ';', '\t', '|', '"', '""', '\n', '\r\n', ' ', 'x y');
/** Text cells start with a letter so they are never numbers or missing markers; null = empty cell. */
const textCell = fc.option(fc.array(piece, { maxLength: 6 }).map((p) => `k${p.join('')}`), { freq: 6 });
const numberCell = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), { freq: 6 });

function field(text: string, forceQuote: boolean): string {
  const needs = /[,;\t|"\r\n]/.test(text);
  return needs || forceQuote ? `"${text.replace(/"/g, '""')}"` : text;
}

describe('readTable properties', () => {
  it('reads back random tables written as quoted CSV, with the same cells and line numbers', () => {
    const table = fc.record({
      textCols: fc.integer({ min: 1, max: 3 }),
      rows: fc.integer({ min: 1, max: 25 }),
      delimiter: fc.constantFrom(',', ';', '\t', '|'),
      newline: fc.constantFrom('\n', '\r\n'),
    });
    fc.assert(
      fc.property(
        table.chain((t) =>
          fc.record({
            t: fc.constant(t),
            ids: fc.uniqueArray(fc.integer({ min: 0, max: 1e6 }), { minLength: t.rows, maxLength: t.rows }),
            text: fc.array(fc.array(textCell, { minLength: t.textCols, maxLength: t.textCols }), { minLength: t.rows, maxLength: t.rows }),
            nums: fc.array(numberCell, { minLength: t.rows, maxLength: t.rows }),
            quoted: fc.array(fc.boolean(), { minLength: t.rows * (t.textCols + 2), maxLength: t.rows * (t.textCols + 2) }),
          }),
        ),
        ({ t, ids, text, nums, quoted }) => {
          const d = t.delimiter;
          const names = ['id', ...Array.from({ length: t.textCols }, (_, j) => `t${j}`), 'amount'];
          let csv = names.join(d) + t.newline;
          const starts: number[] = [];
          let q = 0;
          for (let i = 0; i < t.rows; i++) {
            starts.push(csv.length);
            const cells = [`id${ids[i]}`, ...text[i].map((c) => c ?? ''), nums[i] === null ? '' : String(nums[i])];
            csv += cells.map((c) => field(c, quoted[q++])).join(d) + t.newline;
          }
          const { table: out, report, lines } = readTable(csv);
          expect(report.delimiter).toBe(d);
          expect(report.rows).toBe(t.rows);
          expect(out.columnNames()).toEqual(names);
          expect(out.array('id')).toEqual(ids.map((k) => `id${k}`));
          for (let j = 0; j < t.textCols; j++) {
            expect(out.array(`t${j}`)).toEqual(text.map((r) => (r[j] === null ? null : r[j]!.trim())));
          }
          // A numeric column unless every cell is empty (then it is all-missing text).
          const amount = out.array('amount') as ArrayLike<number | string | null>;
          if (nums.some((v) => v !== null)) {
            expect(Array.from(amount)).toEqual(nums.map((v) => (v === null ? NaN : v + 0)));
          } else {
            expect(Array.from(amount)).toEqual(nums.map(() => null));
          }
          // File line of each row = 1 + line breaks before its first character.
          expect(Array.from(lines)).toEqual(starts.map((s) => csv.slice(0, s).split(/\r\n|\r|\n/).length));
        },
      ),
      { numRuns: 200 },
    );
  });
});

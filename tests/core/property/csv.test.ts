/**
 * Properties of the CSV reader beyond tests/core/data/property.test.ts (which round-trips quoted
 * CSV with one line-break style and no BOM) and stream.test.ts (pieces vs whole text): byte-order
 * marks and encodings, a different line break on every line, minimal quoting — and that no input
 * at all makes it throw anything but an InputError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/core/data/read.ts';
import { InputError } from '../../../src/core/errors.ts';

/** Text cells: a letter first (never a number or a missing marker), then anything a cell may hold. */
const piece = fc.constantFrom('a', 'Z', '中', 'é', '1', '.', ',', ';', '\t', '|', '"', ' ', '\n', '\r\n', '\r', '-', '%', '¥');
const textCell = fc.array(piece, { maxLength: 5 }).map((p) => `k${p.join('')}`);
const numberCell = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });

function utf16(s: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i + (endian === 'le' ? 0 : 1)] = c & 0xff;
    out[2 + 2 * i + (endian === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

/** Quotes a field only when it must be quoted (as Excel does). */
const field = (text: string, d: string): string => (text.includes(d) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

describe('readTable on any table of safe cells', () => {
  it('reads back every value and file line whatever the delimiter, BOM/encoding and line break of each line', () => {
    const table = fc.record({
      rows: fc.integer({ min: 1, max: 15 }),
      texts: fc.integer({ min: 1, max: 2 }),
      delimiter: fc.constantFrom(',', ';', '\t', '|'),
      encoding: fc.constantFrom('text', 'text-bom', 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'),
    });
    fc.assert(
      fc.property(
        table.chain((t) =>
          fc.record({
            t: fc.constant(t),
            text: fc.array(fc.array(textCell, { minLength: t.texts, maxLength: t.texts }), { minLength: t.rows, maxLength: t.rows }),
            nums: fc.array(numberCell, { minLength: t.rows, maxLength: t.rows }),
            breaks: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: t.rows + 1, maxLength: t.rows + 1 }),
          }),
        ),
        ({ t, text, nums, breaks }) => {
          const d = t.delimiter;
          const names = ['id', ...text[0].map((_, j) => `t${j}`), 'amount'];
          let csv = names.join(d) + breaks[0];
          const lines: number[] = [];
          let line = 2;
          for (let i = 0; i < t.rows; i++) {
            lines.push(line);
            const cells = [`C${i}`, ...text[i], String(nums[i])];
            const row = cells.map((c) => field(c, d)).join(d);
            csv += row + breaks[i + 1];
            line += 1 + (row.match(/\r\n|\r|\n/g)?.length ?? 0);
          }
          const input =
            t.encoding === 'text'
              ? csv
              : t.encoding === 'text-bom'
                ? `\uFEFF${csv}`
                : t.encoding === 'utf-8'
                  ? new TextEncoder().encode(csv)
                  : t.encoding === 'utf-8-bom'
                    ? new TextEncoder().encode(`\uFEFF${csv}`)
                    : utf16(csv, t.encoding === 'utf-16le' ? 'le' : 'be');
          const r = readTable(input);
          expect(r.report.delimiter).toBe(d);
          expect(r.table.columnNames()).toEqual(names);
          expect(r.table.array('id')).toEqual(text.map((_, i) => `C${i}`));
          for (let j = 0; j < t.texts; j++) expect(r.table.array(`t${j}`)).toEqual(text.map((row) => row[j].trim()));
          expect(Array.from(r.table.array('amount') as ArrayLike<number>)).toEqual(nums.map((v) => v + 0));
          expect(Array.from(r.lines)).toEqual(lines);
          // Constant or repeated columns may be reported; nothing about the file's structure may.
          expect(r.report.problems.filter((p) => /ragged|quote|encoding|misdecoded|invalid|header/.test(p.code))).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('readTable on any input at all', () => {
  const expectOnlyInputErrors = (input: string | Uint8Array): void => {
    try {
      const r = readTable(input);
      // What it reads is a table: every column as long as the row count, lines increasing.
      for (const c of r.table.columnNames()) expect((r.table.array(c) as ArrayLike<unknown>).length).toBe(r.report.rows);
      for (let i = 1; i < r.lines.length; i++) expect(r.lines[i]).toBeGreaterThan(r.lines[i - 1]);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      expect(e.code).toMatch(/^csv\./);
      expect(e.message.length).toBeGreaterThan(0);
    }
  };

  it('throws nothing but a named InputError for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), expectOnlyInputErrors), { numRuns: 300 });
  });

  it('throws nothing but a named InputError for CSV-like text of quotes, delimiters and line breaks', () => {
    const tokens = fc.constantFrom('"', '""', ',', ';', '\t', '|', '\n', '\r', '\r\n', 'a', '1', ' ', '\uFEFF', '=', '#DIV/0!', 'NaN', '１', '');
    fc.assert(fc.property(fc.array(tokens, { maxLength: 60 }).map((t) => t.join('')), expectOnlyInputErrors), { numRuns: 400 });
  });

  it('throws nothing but a named InputError for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), expectOnlyInputErrors), { numRuns: 300 });
  });
});

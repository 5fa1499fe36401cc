import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, RestartReading } from '../../../src/core/data/decode.ts';
import { createTableReader, readTable, readTableChunks, type ReadResult, type TableReaderOptions } from '../../../src/core/data/read.ts';
import { InputError } from '../../../src/core/errors.ts';
import { readTable as readWhole } from './reference/read-whole.ts';

/**
 * The streaming reader against two references: `readTable` on the whole input (one piece),
 * and `reference/read-whole.ts`, the reader as it was before streaming (whole text, papaparse
 * over all of it, then each column over all its cells), kept only as a test oracle.
 * Mixed line breaks make the reader start again unifying them (`RestartReading`), which
 * `readTableChunks` does.
 */

/** GBK code points from the GB 2312 table (as printed in any GBK code chart). */
const GBK: Record<string, number[]> = {
  客: [0xbf, 0xcd],
  户: [0xbb, 0xa7],
  编: [0xb1, 0xe0],
  号: [0xba, 0xc5],
  张: [0xd5, 0xc5],
  三: [0xc8, 0xfd],
  男: [0xc4, 0xd0],
};
function gbk(s: string): Uint8Array {
  return Uint8Array.from([...s].flatMap((c) => GBK[c] ?? [c.charCodeAt(0)]));
}
const utf8 = (s: string) => new TextEncoder().encode(s);
function join(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

type Outcome = { error: { code: string; message: string } } | { report: ReadResult['report']; lines: number[]; columns: [string, unknown[]][] };

function outcome(read: () => ReadResult): Outcome {
  try {
    const r = read();
    return {
      report: r.report,
      lines: Array.from(r.lines),
      columns: r.table.columnNames().map((name) => [name, Array.from(r.table.array(name) as ArrayLike<unknown>)]),
    };
  } catch (e) {
    if (e instanceof InputError) return { error: { code: e.code, message: e.message } };
    throw e;
  }
}

/** Cuts `input` at the given fractions of its length (sorted, duplicates allowed: empty pieces). */
function cut<T extends string | Uint8Array>(input: T, at: number[]): T[] {
  const points = at.map((f) => Math.floor(f * input.length)).sort((a, b) => a - b);
  const pieces: T[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(input.slice(from, p) as T);
    from = p;
  }
  pieces.push(input.slice(from) as T);
  return pieces;
}

// Messy CSV text: quotes opened and not closed, text after closing quotes, blank lines, every
// line ending, ragged lines, numbers in many forms, missing markers, Excel errors and texts,
// CJK, replacement characters and "锟斤拷".
const token = fc.constantFrom(
  'a', 'id', 'x y', '客户', 'é', '1', '12.5', '12.50', '-3', '1,234.5', '12.5%', '(300)', '¥1,000', '1e3', '0.1', '7.0', '00123', '="00123"',
  'NA', '-', '', '#DIV/0!', '"', '""', '"q"', '"a,b"', '"x\ny"', ',', ';', '\t', '|', ' ', '\n', '\r\n', '\r', '\n\n', ',,\n', '\uFFFD', '锟斤拷', '\uFEFF',
);
const messy = fc.array(token, { minLength: 0, maxLength: 80 }).map((t) => t.join(''));
/** A table-like CSV with a header and rows, some cells from the messy tokens. */
const tableLike = fc
  .record({
    cols: fc.integer({ min: 1, max: 4 }),
    rows: fc.array(fc.array(token, { minLength: 1, maxLength: 5 }), { minLength: 0, maxLength: 40 }),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    delimiter: fc.constantFrom(',', ';', '\t'),
  })
  .map(({ cols, rows, newline, delimiter }) => {
    const header = Array.from({ length: cols }, (_, j) => `c${j}`).join(delimiter);
    return header + newline + rows.map((r) => r.join(delimiter)).join(newline) + newline;
  });
const csvText = fc.oneof(messy, tableLike);
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });
const small = { startAfter: 0, decideAfter: 0 } satisfies TableReaderOptions;

describe('createTableReader', () => {
  it('gives the same table, report, lines and problems as readTable on the whole text, however the text is cut', () => {
    fc.assert(
      fc.property(csvText, cuts, fc.constantFrom(0, 7, 64), (text, at, startAfter) => {
        const whole = outcome(() => readTable(text));
        expect(outcome(() => readWhole(text))).toEqual(whole);
        // Starting the parse after a few characters makes small texts take the paths of large files.
        expect(outcome(() => readTableChunks(cut(text, at), { startAfter }))).toEqual(outcome(() => readTable(text, { startAfter })));
        expect(outcome(() => readTableChunks(cut(text, at)))).toEqual(whole);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same result as readTable on the whole bytes when UTF-8 bytes are cut anywhere, even inside a character', () => {
    fc.assert(
      fc.property(csvText, cuts, fc.boolean(), (text, at, bom) => {
        const bytes = join(bom ? Uint8Array.from([0xef, 0xbb, 0xbf]) : new Uint8Array(), utf8(text));
        const whole = outcome(() => readTable(bytes));
        expect(outcome(() => readWhole(bytes))).toEqual(whole);
        expect(outcome(() => readTableChunks(cut(bytes, at)))).toEqual(whole);
        expect(outcome(() => readTableChunks(cut(bytes, at), small))).toEqual(outcome(() => readTable(bytes, small)));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result for GBK bytes cut anywhere, including when the first bytes looked like UTF-8', () => {
    const gbkText = fc.array(fc.constantFrom('客', '户', '编号', '张三', '男', 'a', '1', '2.5', ',', '\n', '\r\n', '"', ' '), { maxLength: 60 }).map((t) => t.join(''));
    fc.assert(
      fc.property(gbkText, gbkText, fc.boolean(), cuts, (head, body, utf8Head, at) => {
        // utf8Head: a UTF-8 "é" first (valid UTF-8 and valid GB18030), so a later GBK byte forces a restart.
        const bytes = join(utf8Head ? utf8('name,é\n') : gbk('name,x\n'), gbk(head), gbk(body));
        const whole = outcome(() => readTable(bytes));
        expect(outcome(() => readWhole(bytes))).toEqual(whole);
        expect(outcome(() => readTableChunks(cut(bytes, at), small))).toEqual(whole);
        expect(outcome(() => readTableChunks(cut(bytes, at)))).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('switches from UTF-8 to GB18030 in place when a GBK byte first appears after 64 KB of ASCII', () => {
    let ascii = 'id,name,amount\n';
    let i = 0;
    while (ascii.length < 100_000) ascii += `${++i},n${i},${i * 1.5}\n`;
    const bytes = join(utf8(ascii), gbk(`${++i},张三,7\n`));
    const reader = createTableReader();
    for (const piece of cut(bytes, [0.1, 0.2, 0.5, 0.9, 0.99])) reader.push(piece); // never throws RestartReading
    const r = reader.finish();
    expect(r.report.encoding).toBe('gb18030');
    expect(r.report.problems[0].message).toBe(`The file is not UTF-8 (line ${i + 1} has bytes that are not UTF-8); it was read as GB18030/GBK, the encoding of CSV files saved by Chinese Excel.`);
    expect(r.table.array('name')[i - 1]).toBe('张三');
    expect(decodeBytes(bytes).notUtf8Line).toBe(i + 1);
    expect(outcome(() => r)).toEqual(outcome(() => readWhole(bytes)));
  });

  it('asks to read again as GB18030 when UTF-8 text with accents is followed by GBK bytes after 64 KB, and readTableChunks then matches readTable', () => {
    let text = 'id,name\n1,café\n';
    let i = 1;
    while (text.length < 100_000) text += `${++i},n${i}\n`;
    const bytes = join(utf8(text), gbk(`${++i},客户\n`));
    const pieces = cut(bytes, [0.3, 0.6, 0.95]);
    const reader = createTableReader();
    let restart: unknown;
    try {
      for (const p of pieces) reader.push(p);
      reader.finish();
    } catch (e) {
      restart = e;
    }
    expect(restart).toBeInstanceOf(RestartReading);
    expect((restart as RestartReading).restartWith).toEqual({ encoding: 'gb18030', notUtf8Line: i + 1 });
    const r = readTableChunks(pieces);
    expect(r.report.encoding).toBe('gb18030');
    expect(r.table.array('name')[i - 1]).toBe('客户');
    expect(outcome(() => r)).toEqual(outcome(() => readWhole(bytes)));
  });

  it('falls back to Windows-1252 when a late byte is neither UTF-8 nor GB18030', () => {
    let text = 'id,name\n';
    let i = 0;
    while (text.length < 80_000) text += `${++i},n${i}\n`;
    const bytes = join(utf8(text), Uint8Array.from([0x39, 0x2c, 0x63, 0x61, 0x66, 0xe9, 0x0a])); // "9,caf\xe9\n"
    const r = readTableChunks(cut(bytes, [0.5, 0.999]));
    expect(r.report.encoding).toBe('windows-1252');
    expect(r.table.array('name')[i]).toBe('café');
    expect(outcome(() => r)).toEqual(outcome(() => readWhole(bytes)));
  });

  it('reads a 3 MB file with a quote opened on line 3 and never closed in 64 KB pieces, naming lines 3 to the last', () => {
    let text = 'id,note\n1,a\n2,"open\n';
    let i = 2;
    while (text.length < 3_000_000) text += `${++i},row ${i}\n`;
    const pieces: string[] = [];
    for (let at = 0; at < text.length; at += 65_536) pieces.push(text.slice(at, at + 65_536));
    const r = readTableChunks(pieces);
    expect(r.report.rows).toBe(2);
    expect(r.report.problems[0].message).toBe(`Line 3 opens a quoted field ("open…") that is never closed, so the rest of the file (lines 3 to ${i + 1}) was read as one cell. Close the quote or remove it.`);
    expect(outcome(() => r)).toEqual(outcome(() => readWhole(text)));
  });

  it('keeps a column of names exactly when it turns to text after thousands of numbers written in several forms', () => {
    const rows: string[] = [];
    for (let i = 0; i < 3000; i++) rows.push(`${i},${i % 3 === 0 ? (i / 7).toFixed(2) : i % 3 === 1 ? String(i / 8) : `"${i},5"`}`);
    for (let i = 0; i < 5000; i++) rows.push(`${3000 + i},name ${i % 50}`);
    const text = `id,mixed\n${rows.join('\n')}\n`;
    const r = readTableChunks(cut(text, [0.01, 0.3, 0.31, 0.7]));
    expect(r.report.columns[1].type).toBe('categorical');
    expect(r.table.array('mixed')[3]).toBe((3 / 7).toFixed(2));
    expect(r.table.array('mixed')[1]).toBe('0.125');
    expect(r.table.array('mixed')[2]).toBe('2,5');
    expect(outcome(() => r)).toEqual(outcome(() => readWhole(text)));
  });

  it('asks to read again unifying line breaks when a lone \\r first appears after parsing began, and then matches readTable', () => {
    let text = 'id,note\r\n1,"a\r\nb"\r\n';
    let i = 1;
    while (text.length < 50_000) text += `${++i},n${i}\r\n`;
    text += `${++i},late\r${++i},"x\ny"\n${++i},end\n`;
    const pieces = cut(text, [0.2, 0.5, 0.9]);
    const reader = createTableReader({ startAfter: 1000 });
    expect(() => {
      for (const p of pieces) reader.push(p);
      reader.finish();
    }).toThrow(RestartReading);
    const r = readTableChunks(pieces, { startAfter: 1000 });
    expect(r.report.rows).toBe(i);
    expect(r.table.array('note')[0]).toBe('a\r\nb');
    expect(r.table.array('note')[i - 2]).toBe('x\ny');
    expect(outcome(() => r)).toEqual(outcome(() => readWhole(text)));
  });

  it('counts data rows as they are read', () => {
    const reader = createTableReader({ startAfter: 0 });
    reader.push('a,b\n1,2\n3,');
    expect(reader.rows).toBe(1);
    reader.push('4\n5,6\n');
    expect(reader.rows).toBe(3);
    expect(reader.finish().report.rows).toBe(3);
  });

  it('throws the same errors as readTable: empty, header only, no header, workbook', () => {
    expect(() => readTableChunks(['  ', '\n '])).toThrow('The file is empty.');
    expect(() => readTableChunks(['a,b', '\n'])).toThrow('The file has a header (2 columns) but no data rows.');
    expect(() => readTableChunks(['1,2\n', '3,4\n'], { startAfter: 0 })).toThrow(/Line 1 should be the header/);
    expect(() => readTableChunks([Uint8Array.from([0x50, 0x4b]), Uint8Array.from([0x03, 0x04, 0, 0])])).toThrow(/Excel workbook \(\.xlsx\)/);
  });
});

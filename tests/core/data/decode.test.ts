import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, looksMisdecoded } from '../../../src/core/data/decode.ts';
import { readTable } from '../../../src/core/data/read.ts';
import { InputError } from '../../../src/core/errors.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/data/${name}`, import.meta.url)));
const fixtureText = (name: string) => readFileSync(new URL(`../../fixtures/data/${name}`, import.meta.url), 'utf8');

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
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
/** Encodes a string of ASCII and the characters above as GBK bytes. */
function gbk(s: string): Uint8Array {
  return Uint8Array.from([...s].flatMap((c) => GBK[c] ?? ascii(c)));
}

describe('decodeBytes', () => {
  it('reads plain UTF-8 as utf-8', () => {
    const bytes = new TextEncoder().encode('客户编号,x\nC1,1\n');
    expect(decodeBytes(bytes)).toEqual({ text: '客户编号,x\nC1,1\n', encoding: 'utf-8' });
  });

  it('falls back to GB18030 for GBK bytes and says on which line UTF-8 failed', () => {
    const r = decodeBytes(gbk('id,x\n1,2\n客户编号,张三\n'));
    expect(r.text).toBe('id,x\n1,2\n客户编号,张三\n');
    expect(r.encoding).toBe('gb18030');
    expect(r.notUtf8Line).toBe(3);
  });

  it('reads a GBK file made by iconv to the same text as its UTF-8 source', () => {
    const r = decodeBytes(fixture('customers.gbk.csv'));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(fixtureText('customers.utf8.csv'));
    expect(r.notUtf8Line).toBe(1);
  });

  it('decodes GB18030 four-byte sequences and the euro sign', () => {
    // GB18030: U+20000 𠀀 = 95 32 82 36, U+1F600 😀 = 94 39 FC 36, € = A2 E3; GBK/CP936 wrote € as 80.
    const bytes = Uint8Array.from([...ascii('a\n'), 0x95, 0x32, 0x82, 0x36, 0x2c, 0xa2, 0xe3, 0x2c, 0x80, 0x2c, 0x94, 0x39, 0xfc, 0x36, 0x0a]);
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe('a\n𠀀,€,€,😀\n');
    expect(decodeBytes(fixture('gb18030-4byte.gb18030.csv')).text).toBe(fixtureText('gb18030-4byte.utf8.csv'));
  });

  it('removes a UTF-8 byte-order mark and names the encoding utf-8-bom', () => {
    const r = decodeBytes(fixture('customers.utf8-bom.csv'));
    expect(r).toEqual({ text: fixtureText('customers.utf8.csv'), encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 little- and big-endian files with a byte-order mark', () => {
    expect(decodeBytes(fixture('customers.utf16le.csv'))).toEqual({ text: fixtureText('customers.utf8.csv'), encoding: 'utf-16le' });
    expect(decodeBytes(fixture('customers.utf16be.csv'))).toEqual({ text: fixtureText('customers.utf8.csv'), encoding: 'utf-16be' });
  });

  it('recognises UTF-16LE without a byte-order mark by its zero bytes', () => {
    const bytes = Uint8Array.from(ascii('id,amount\n1,2\n').flatMap((b) => [b, 0]));
    expect(decodeBytes(bytes)).toEqual({ text: 'id,amount\n1,2\n', encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 when the bytes are neither UTF-8 nor GB18030', () => {
    // "café," in Latin-1: E9 followed by a comma is not a GB18030 sequence.
    const r = decodeBytes(Uint8Array.from([...ascii('name,x\ncaf'), 0xe9, ...ascii(',1\n')]));
    expect(r).toEqual({ text: 'name,x\ncafé,1\n', encoding: 'windows-1252', notUtf8Line: 2 });
  });

  it('returns empty text for empty bytes', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('refuses an Excel workbook with a message saying how to save CSV', () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(() => decodeBytes(xlsx)).toThrow(InputError);
    expect(() => decodeBytes(xlsx)).toThrow('This is an Excel workbook (.xlsx) or another zip file, not CSV text. In Excel, choose File → Save As → "CSV UTF-8 (Comma delimited)" and open that file.');
  });

  it('refuses an Excel 97–2003 .xls with the message the other .xls paths give, naming the file when it is known', () => {
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const caught = (f: () => unknown): InputError => {
      try {
        f();
      } catch (e) {
        return e as InputError;
      }
      throw new Error('no error');
    };
    const named = caught(() => decodeBytes(xls, '客户 2024.xls'));
    expect(named.code).toBe('xlsx.xls');
    expect(named.params).toEqual({ file: '客户 2024.xls' });
    expect(named.message).toBe('客户 2024.xls is an old Excel 97–2003 workbook (.xls), which ValueSeg does not read. In Excel or WPS, choose File → Save As → "Excel Workbook (.xlsx)" (or "CSV UTF-8") and open that file.');
    // The CSV reader hands the decoder its file name (readTable on bytes that never went through readData).
    const viaReader = caught(() => readTable(xls, { fileName: 'bank.xls' }));
    expect([viaReader.code, viaReader.params]).toEqual(['xlsx.xls', { file: 'bank.xls' }]);
    const unnamed = caught(() => decodeBytes(xls));
    expect([unnamed.code, unnamed.variant]).toEqual(['xlsx.xls', 'unnamed']);
    expect(unnamed.message).toMatch(/^This is an old Excel 97–2003 workbook \(\.xls\)/);
  });

  it('refuses binary data, naming the first zero byte', () => {
    const bytes = Uint8Array.from([...ascii('a,b\n1,2'), 0x00, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a]);
    try {
      decodeBytes(bytes);
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).code).toBe('csv.not-text');
      expect((e as InputError).message).toBe('This file contains binary data (a zero byte at byte 8), so it is not a CSV text file.');
    }
  });
});

describe('looksMisdecoded', () => {
  it('returns null for clean text', () => {
    expect(looksMisdecoded('客户编号,x\n1,2\n')).toBeNull();
  });

  it('explains GBK bytes that were decoded as UTF-8, naming the first damaged line', () => {
    // What a browser's file.text() does to a GBK file: every undecodable byte becomes U+FFFD.
    const damaged = new TextDecoder('utf-8').decode(gbk('id,amount\n1,2\n3,张三\n4,男\n'));
    expect(damaged).toContain('\uFFFD');
    const count = [...damaged].filter((c) => c === '\uFFFD').length;
    const p = looksMisdecoded(damaged);
    expect(p).toEqual({
      severity: 'warning',
      code: 'csv.misdecoded',
      message: `The file is not valid UTF-8 (line 3 has undecodable bytes, shown as �; ${count} in all); it looks like a GBK/GB18030 export from Chinese Excel that was read as UTF-8. Open the file itself rather than pasting its text, so its encoding is detected, or save it from Excel as "CSV UTF-8 (Comma delimited)".`,
      where: { row: 3 },
      params: { line: 3, count },
      variant: 'gbk-as-utf8',
    });
  });

  it('says the file itself is damaged when we decoded it and found �', () => {
    const p = looksMisdecoded('a,b\n1,\uFFFD\uFFFD\n', { source: 'bytes' });
    expect(p?.message).toBe(
      'Line 2 contains the replacement character � (2 in all): this file was already damaged — it was probably read with the wrong encoding and saved again, and the original characters are lost. Export the data again from its source (in Excel: "CSV UTF-8 (Comma delimited)").',
    );
  });

  it('recognises 锟斤拷, the trace of a GBK/UTF-8 round trip', () => {
    // U+FFFD U+FFFD in UTF-8 is EF BF BD EF BF BD; read as GBK those bytes are 锟 斤 拷.
    const roundTrip = new TextDecoder('gbk').decode(new TextEncoder().encode('\uFFFD\uFFFD'));
    expect(roundTrip).toBe('锟斤拷');
    const p = looksMisdecoded(`name,x\nok,1\n${roundTrip},2\n`);
    expect(p?.where).toEqual({ row: 3 });
    expect(p?.message).toMatch(/^Line 3 contains "锟斤拷"/);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellAt, packColumn, packText, PackedTable, packedBuffers, textAt, unpackColumn, unpackText, type PackedText } from '../../../src/core/data/packed.ts';
import { histogram } from '../../../src/core/stats/distribution.ts';

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '', ' ', '<img src=x onerror=alert(1)>', '=1+1', '\u0000', '\ud800', '中文', 'a\r\nb', '"quoted"'];

/** A structured-clone round trip, as postMessage does it (transferring the packed buffers). */
function viaClone<T>(value: T, transfer: ArrayBuffer[] = []): T {
  return structuredClone(value, { transfer });
}

describe('packText', () => {
  it('keeps a column of few distinct values as a dictionary and gives back every cell, missing ones as null', () => {
    const values = ['Retail', null, 'Energy', 'Retail', '__proto__', null, 'Energy', 'constructor'];
    const p = packText(values);
    expect(p.kind).toBe('dict');
    if (p.kind === 'dict') expect(p.values).toEqual(['Retail', 'Energy', '__proto__', 'constructor']);
    expect(unpackText(p)).toEqual(values);
    expect(values.map((_, i) => textAt(p, i))).toEqual(values);
  });

  it('joins a column of mostly distinct values into one string with offsets, missing and empty cells kept apart', () => {
    const values = Array.from({ length: 200 }, (_, i) => (i % 17 === 0 ? null : i % 13 === 0 ? '' : `C${i}-${HOSTILE[i % HOSTILE.length]}`));
    const p = packText(values);
    expect(p.kind).toBe('joined');
    expect(unpackText(p)).toEqual(values);
    expect(textAt(p, 0)).toBeNull();
    expect(textAt(p, 13)).toBe('');
  });

  it('round-trips any strings and nulls, through a structured clone with the buffers transferred', () => {
    const cell = fc.oneof(fc.constant(null), fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary' }), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 300 }), (values) => {
        const p = packText(values);
        const copy = viaClone(p, packedBuffers(p) as ArrayBuffer[]);
        expect(unpackText(copy)).toEqual(values);
        for (let i = 0; i < values.length; i++) expect(textAt(copy, i)).toBe(values[i]);
      }),
      { numRuns: 300 },
    );
  });

  it('says null for a row outside the column instead of reading past it', () => {
    for (const p of [packText(['a', 'b']), packText(Array.from({ length: 100 }, (_, i) => `id${i}`))]) {
      expect(textAt(p, -1)).toBeNull();
      expect(textAt(p, p.n)).toBeNull();
      expect(textAt(p, 1.5)).toBeNull();
    }
  });

  it('handles an empty column and a column of missing cells only', () => {
    expect(unpackText(packText([]))).toEqual([]);
    const none = [null, null, null];
    expect(unpackText(packText(none))).toEqual(none);
  });

  it('moves no string per cell: a million identifiers pack into one string and two arrays', () => {
    const values = Array.from({ length: 1_000_000 }, (_, i) => `C${i}`);
    const p = packText(values) as Extract<PackedText, { kind: 'joined' }>;
    expect(p.kind).toBe('joined');
    expect(typeof p.text).toBe('string');
    expect(p.ends).toBeInstanceOf(Uint32Array);
    expect(textAt(p, 999_999)).toBe('C999999');
  });
});

describe('packColumn and PackedTable', () => {
  it('leaves a numeric column as the same Float64Array, NaN included', () => {
    const x = Float64Array.from([1, NaN, -0, 2.5]);
    expect(packColumn(x)).toBe(x);
    expect(unpackColumn(x)).toBe(x);
    expect(cellAt(x, 1)).toBeNaN();
    expect(cellAt(x, 4)).toBeNull();
  });

  it('reads cells by column name, with __proto__ and constructor as ordinary column names and no inherited member', () => {
    const columns = Object.create(null) as Record<string, ReturnType<typeof packColumn>>;
    columns['__proto__'] = packColumn(['x', null, 'y']);
    columns['constructor'] = packColumn(Float64Array.from([1, 2, 3]));
    const t = new PackedTable(columns, ['__proto__', 'constructor']);
    expect(t.columnNames()).toEqual(['__proto__', 'constructor']);
    expect(t.numRows()).toBe(3);
    expect([0, 1, 2].map((i) => t.column('__proto__')!.at(i))).toEqual(['x', null, 'y']);
    expect(t.column('constructor')!.at(2)).toBe(3);
    expect(t.column('toString')).toBeUndefined();
    expect(t.column('hasOwnProperty')).toBeUndefined();
  });
});

describe('histogram', () => {
  it('counts every finite value into 16 equal bins from the smallest to the largest, skipping NaN and Infinity', () => {
    const values = Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, NaN, Infinity]);
    const b = histogram(values);
    expect(b).toHaveLength(16);
    expect(b[0]).toEqual({ x0: 0, x1: 1, count: 1 });
    expect(b[15]).toEqual({ x0: 15, x1: 16, count: 2 });
    expect(b.reduce((s, x) => s + x.count, 0)).toBe(17);
  });

  it('gives one bin for a constant column and none for a column without a finite value', () => {
    expect(histogram(Float64Array.from([3, 3, NaN]))).toEqual([{ x0: 2.5, x1: 3.5, count: 2 }]);
    expect(histogram(Float64Array.from([NaN]))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dataUrlBytes } from '../../../src/ui/data/data-url.ts';

const sample = readFileSync(new URL('../../../datasets/corporate_customers.csv', import.meta.url));

describe('dataUrlBytes', () => {
  it('gives back the exact bytes of a gzip-compressed base64 data URL, as the one-file build ships the data sets', () => {
    const url = `data:application/gzip;base64,${gzipSync(sample).toString('base64')}`;
    expect(Buffer.from(dataUrlBytes(url)).equals(sample)).toBe(true);
  });

  it('decodes a plain base64 data URL without unzipping it', () => {
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62, 0x0a, 0xe4, 0xb8, 0xad]);
    expect(Buffer.from(dataUrlBytes(`data:text/csv;base64,${bytes.toString('base64')}`)).equals(bytes)).toBe(true);
  });

  it('decodes a percent-encoded data URL as UTF-8 text', () => {
    expect(new TextDecoder().decode(dataUrlBytes(`data:text/csv,${encodeURIComponent('id,名称\n1,甲\n')}`))).toBe('id,名称\n1,甲\n');
  });

  it('refuses a URL that is not a data URL, and a data URL with no comma', () => {
    expect(() => dataUrlBytes('https://example.org/a.csv')).toThrow(/not a data: URL/);
    expect(() => dataUrlBytes('data:text/csv;base64')).toThrow(/not a data: URL/);
  });
});

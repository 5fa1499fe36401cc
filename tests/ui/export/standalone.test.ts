import { describe, expect, it } from 'vitest';
import { crc32 } from 'node:zlib';
import { withDpi } from '../../../src/ui/export/standalone.ts';

/** A 1×1 PNG's signature and IHDR chunk, then an IEND chunk (enough to place pHYs after IHDR). */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: number[]): Buffer => {
    const body = Buffer.from([...Buffer.from(type, 'ascii'), ...data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([sig, chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]), chunk('IEND', [])]));
}

describe('a PNG marked for print', () => {
  it('carries a pHYs chunk of 11811 pixels per metre (300 dpi) after IHDR, with a valid CRC', async () => {
    const out = Buffer.from(await withDpi(tinyPng(), 300).arrayBuffer());
    expect(out.subarray(33 + 4, 33 + 8).toString('ascii')).toBe('pHYs');
    expect(out.readUInt32BE(33)).toBe(9);
    expect(out.readUInt32BE(41)).toBe(11811);
    expect(out.readUInt32BE(45)).toBe(11811);
    expect(out[49]).toBe(1);
    expect(out.readUInt32BE(50)).toBe(crc32(out.subarray(37, 50)));
    expect(out.subarray(58, 62).toString('ascii')).toBe('IEND');
  });
});

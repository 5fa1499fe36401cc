import { describe, expect, it } from 'vitest';
import { crc32, physBody, pngChunk } from '../../../src/core/report/charts/png.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('PNG pieces shared by the raster encoder and the page export', () => {
  it('computes CRC-32 as zlib does (check value of "123456789" and the IEND chunk type)', () => {
    // Python: zlib.crc32(b'123456789') == 0xcbf43926, zlib.crc32(b'IEND') == 0xae426082
    expect(crc32(bytes('123456789'))).toBe(0xcbf43926);
    expect(crc32(bytes('IEND'))).toBe(0xae426082);
  });

  it('writes the empty IEND chunk every PNG ends with', () => {
    expect(Array.from(pngChunk('IEND', new Uint8Array(0)))).toEqual([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
  });

  it('says 300 dpi as 11811 pixels per metre on both axes, unit metre', () => {
    const body = physBody(300);
    const v = new DataView(body.buffer);
    expect([body.length, v.getUint32(0), v.getUint32(4), body[8]]).toEqual([9, 11811, 11811, 1]);
  });
});

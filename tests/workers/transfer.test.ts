import { describe, expect, it } from 'vitest';
import { detached } from '../../src/workers/transfer.ts';

describe('detached', () => {
  it('copies every typed array of a result, lists the large copies to transfer, and leaves the originals usable after the transfer', () => {
    const big = Float64Array.from({ length: 2000 }, (_, i) => i / 3);
    const small = new Uint8Array([1, 2, 3]);
    const result = { rows: new Int32Array(5000).fill(7), scores: { composite: big, current: null }, tiers: { tier: small, labels: ['A', '__proto__'] }, segments: [{ centre: [1, 2], z: big }], n: 5 };
    const { value, transfer } = detached(result);
    expect(value).toEqual(result);
    expect(value.scores.composite).not.toBe(big);
    expect(value.segments[0].z).toBe(value.scores.composite); // one array shared stays one copy
    expect(transfer).toHaveLength(2);
    const moved = structuredClone(value, { transfer });
    expect(moved).toEqual(result);
    expect(big.length).toBe(2000);
    expect(result.rows[4999]).toBe(7);
    expect(value.rows.length).toBe(0); // the copy went with the transfer
  });
});

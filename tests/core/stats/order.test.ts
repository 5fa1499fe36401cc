import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { orderDescending } from '../../../src/core/stats/order.ts';

/** The obvious comparison sort the radix sort replaces: largest first, ties in position order. */
const reference = (v: ArrayLike<number>) => Array.from({ length: v.length }, (_, i) => i).sort((a, b) => v[b] - v[a] || a - b);

describe('orderDescending', () => {
  it('sorts any finite numbers largest first with ties in position order, as a comparison sort does', () => {
    const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0, 1e-300, -1e-300, Number.MAX_VALUE, -Number.MAX_VALUE, 5e-324));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), (values) => {
        expect(Array.from(orderDescending(Float64Array.from(values)))).toEqual(reference(values));
      }),
      { numRuns: 400 },
    );
  });

  it('puts NaN after every number (in position order) and ±Infinity at the ends of the numbers', () => {
    const v = [NaN, 1, -Infinity, NaN, Infinity, -2, 0];
    expect(Array.from(orderDescending(v))).toEqual([4, 1, 6, 5, 2, 0, 3]);
  });

  it('treats −0 and +0 as equal', () => {
    expect(Array.from(orderDescending([-0, 0, -0]))).toEqual([0, 1, 2]);
  });

  it('handles an empty list, one value and a constant column', () => {
    expect(Array.from(orderDescending([]))).toEqual([]);
    expect(Array.from(orderDescending([7]))).toEqual([0]);
    expect(Array.from(orderDescending([2, 2, 2, 2]))).toEqual([0, 1, 2, 3]);
  });

  it('orders 200,000 scores with many ties the same way as the comparison sort', () => {
    let s = 1;
    const v = Float64Array.from({ length: 200_000 }, () => ((s = (s * 48271) % 2147483647) % 10000) / 100);
    const got = orderDescending(v);
    const want = Int32Array.from({ length: v.length }, (_, i) => i).sort((a, b) => v[b] - v[a] || a - b);
    expect(got).toEqual(want);
  });
});

import { describe, expect, it } from 'vitest';
import { orderClusters, reorderRows } from '../../../src/core/cluster/order.ts';

describe('orderClusters', () => {
  it('numbers clusters by decreasing mean score and returns the mapping', () => {
    // cluster 0: scores 5 → mean 5; cluster 1: 9, 7 → 8; cluster 2: 1 → 1  ⇒ new order 1, 0, 2
    const r = orderClusters(Int32Array.from([0, 1, 1, 2]), 3, Float64Array.from([5, 9, 7, 1]));
    expect(Array.from(r.order)).toEqual([1, 0, 2]);
    expect(Array.from(r.mapping)).toEqual([1, 0, 2]);
    expect(Array.from(r.labels)).toEqual([1, 0, 0, 2]);
    expect(r.means).toEqual([8, 5, 1]);
    expect(Array.from(r.sizes)).toEqual([2, 1, 1]);
  });

  it('keeps the old order for equal means and puts an empty cluster last', () => {
    const r = orderClusters(Int32Array.from([2, 0, 2, 0]), 4, Float64Array.from([3, 3, 3, 3]));
    // clusters 0 and 2 tie at 3; 1 and 3 are empty
    expect(Array.from(r.order)).toEqual([0, 2, 1, 3]);
    expect(r.means).toEqual([3, 3, null, null]);
    expect(Array.from(r.labels)).toEqual([1, 0, 1, 0]);
  });

  it('reorders centroid rows with the order', () => {
    const centroids = Float64Array.from([0, 0, 1, 1, 2, 2]);
    expect(Array.from(reorderRows(centroids, 2, Int32Array.from([2, 0, 1])))).toEqual([2, 2, 0, 0, 1, 1]);
  });

  it('refuses a missing score or a label out of range, naming the customer', () => {
    expect(() => orderClusters(Int32Array.from([0, 1]), 2, Float64Array.from([1, NaN]))).toThrow(
      'Customer 2 has no finite score (NaN); clusters cannot be ordered by it.',
    );
    expect(() => orderClusters(Int32Array.from([0, 3]), 2, Float64Array.from([1, 2]))).toThrow('Customer 2 has cluster label 3, outside 0..1.');
    expect(() => orderClusters(Int32Array.from([0, 1]), 2, Float64Array.from([1]))).toThrow(
      'There are 1 scores for 2 customers; one score per customer is needed.',
    );
  });
});

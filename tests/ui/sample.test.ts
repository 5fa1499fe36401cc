import { describe, expect, it } from 'vitest';
import { createRng, sampleIndices } from '../../src/core/random.ts';
import { displayRows, sparseSample } from '../../src/ui/sample.ts';

describe('display sampling', () => {
  it('draws exactly the positions the core’s sampleIndices draws from the same seed, without an array of all positions', () => {
    for (const [n, size, seed] of [[10, 3, 1], [2001, 2000, 7], [50_000, 2000, 20240601], [5, 5, 3], [5, 9, 3]]) {
      expect(Array.from(sparseSample(n, size, createRng(seed)))).toEqual(Array.from(sampleIndices(n, size, createRng(seed))));
    }
  });

  it('gives every row up to the limit, and above it the same sorted distinct sample each time', () => {
    expect(Array.from(displayRows(3))).toEqual([0, 1, 2]);
    const a = displayRows(100_000);
    expect(a).toHaveLength(2000);
    expect(displayRows(100_000)).toEqual(a);
    for (let i = 1; i < a.length; i++) expect(a[i]).toBeGreaterThan(a[i - 1]);
    expect(a[a.length - 1]).toBeLessThan(100_000);
  });
});

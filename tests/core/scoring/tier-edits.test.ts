import { describe, expect, it } from 'vitest';
import { addTier, newTiers, removeTier } from '../../../src/core/scoring/tier-edits.ts';
import { COMPOSITE } from '../../../src/core/sources.ts';

describe('tier edits', () => {
  it('puts new tiers at the 50th, 80th and 95th percentiles of the composite score', () => {
    // 0, 1, …, 100: the p-th percentile (linear, as numpy's default) is 100·p exactly
    const composite = Float64Array.from({ length: 101 }, (_, i) => 100 - i);
    expect(newTiers(composite, ['a', 'b', 'c', 'd'])).toEqual({ source: COMPOSITE, thresholds: [50, 80, 95], labels: ['a', 'b', 'c', 'd'] });
  });

  it('falls back to 40 / 60 / 80 without scores or when the percentiles do not rise', () => {
    expect(newTiers(null, ['a']).thresholds).toEqual([40, 60, 80]);
    expect(newTiers(new Float64Array([7]), ['a']).thresholds).toEqual([40, 60, 80]);
    expect(newTiers(new Float64Array(50).fill(3), ['a']).thresholds).toEqual([40, 60, 80]);
  });

  it('adds a tier one gap above the highest threshold, or one |last| above a single threshold', () => {
    const t = { source: COMPOSITE, thresholds: [10, 25], labels: ['low', 'mid', 'high'] };
    addTier(t, 'top');
    expect(t).toEqual({ source: COMPOSITE, thresholds: [10, 25, 40], labels: ['low', 'mid', 'high', 'top'] });
    const one = { source: COMPOSITE, thresholds: [-4], labels: ['low', 'high'] };
    addTier(one, 'top');
    expect(one.thresholds).toEqual([-4, 0]);
    const none = { source: COMPOSITE, thresholds: [] as number[], labels: ['all'] };
    addTier(none, 'more');
    expect(none).toEqual({ source: COMPOSITE, thresholds: [0], labels: ['all', 'more'] });
  });

  it('removes a tier with the threshold that starts it, the lowest with its upper threshold, and never the last one', () => {
    const t = { source: COMPOSITE, thresholds: [10, 20, 30], labels: ['a', 'b', 'c', 'd'] };
    removeTier(t, 2);
    expect(t).toEqual({ source: COMPOSITE, thresholds: [10, 30], labels: ['a', 'b', 'd'] });
    removeTier(t, 0);
    expect(t).toEqual({ source: COMPOSITE, thresholds: [30], labels: ['b', 'd'] });
    const last = { source: COMPOSITE, thresholds: [] as number[], labels: ['only'] };
    removeTier(last, 0);
    expect(last.labels).toEqual(['only']);
  });
});

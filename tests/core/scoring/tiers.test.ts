import { describe, expect, it } from 'vitest';
import { assignTiers } from '../../../src/core/scoring/tiers.ts';

const f64 = (...v: number[]) => Float64Array.from(v);
const labels = ['普通客户', '黄金客户', '白金客户', '钻石客户'];

describe('assignTiers', () => {
  it('puts a value ≥ thresholds[i] in tier i + 1 (the default deposit ladder 5万 / 50万 / 200万)', () => {
    const r = assignTiers(f64(0, 49_999, 50_000, 499_999.99, 500_000, 2_000_000, 3_000_000), { thresholds: [50_000, 500_000, 2_000_000], labels });
    expect(Array.from(r.tier)).toEqual([0, 0, 1, 1, 2, 3, 3]);
    expect(r.counts).toEqual([2, 2, 1, 2]);
    expect(r.labels).toEqual(labels);
  });

  it('works with no thresholds (one tier) and negative values', () => {
    expect(Array.from(assignTiers(f64(-5, 5), { thresholds: [], labels: ['all'] }).tier)).toEqual([0, 0]);
    expect(Array.from(assignTiers(f64(-5, 0, 5), { thresholds: [0], labels: ['lo', 'hi'] }).tier)).toEqual([0, 1, 1]);
  });

  it('names the threshold that is not strictly ascending by its option path', () => {
    try {
      assignTiers(f64(1), { thresholds: [10, 50, 50], labels: ['a', 'b', 'c', 'd'] });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe(
        'options.scoring.tiers.thresholds[2] (50) must be greater than thresholds[1] (50): thresholds must be strictly ascending.',
      );
      expect((e as { where: unknown }).where).toEqual({ path: 'options.scoring.tiers.thresholds[2]' });
    }
  });

  it('names a non-finite threshold', () => {
    expect(() => assignTiers(f64(1), { thresholds: [10, NaN], labels: ['a', 'b', 'c'] })).toThrow(
      'options.scoring.tiers.thresholds[1] is NaN; thresholds must be finite numbers.',
    );
  });

  it('needs exactly one more label than thresholds', () => {
    expect(() => assignTiers(f64(1), { thresholds: [10, 20, 30], labels: ['a', 'b', 'c'] })).toThrow(
      'options.scoring.tiers.labels has 3 label(s) but 3 threshold(s) need 4 (one more label than thresholds).',
    );
  });

  it('names the value column holding a NaN', () => {
    expect(() => assignTiers(f64(1, NaN), { thresholds: [1], labels: ['a', 'b'], name: 'avg_daily_deposits' })).toThrow(
      'Column "avg_daily_deposits" has a missing or non-numeric value (NaN) in row 2',
    );
  });
});

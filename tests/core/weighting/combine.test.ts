import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { combineWeights } from '../../../src/core/weighting/combine.ts';

const f64 = (...v: number[]) => Float64Array.from(v);

describe('combineWeights', () => {
  it('mixes linearly with α = 0.5 by default: 0.5·(0.6, 0.4) + 0.5·(0.2, 0.8) = (0.4, 0.6)', () => {
    const w = combineWeights(f64(0.6, 0.4), f64(0.2, 0.8), { method: 'linear' });
    expect(w[0]).toBeCloseTo(0.4, 15);
    expect(w[1]).toBeCloseTo(0.6, 15);
  });

  it('uses α as the AHP share: α = 1 gives AHP, α = 0 the objective weights, α = 0.7 → 0.7·0.6 + 0.3·0.2 = 0.48', () => {
    expect(Array.from(combineWeights(f64(0.6, 0.4), f64(0.2, 0.8), { method: 'linear', alpha: 1 }))).toEqual([0.6, 0.4]);
    expect(Array.from(combineWeights(f64(0.6, 0.4), f64(0.2, 0.8), { method: 'linear', alpha: 0 }))).toEqual([0.2, 0.8]);
    expect(combineWeights(f64(0.6, 0.4), f64(0.2, 0.8), { method: 'linear', alpha: 0.7 })[0]).toBeCloseTo(0.48, 15);
  });

  it('multiplies and renormalises: (0.6·0.2, 0.4·0.8) = (0.12, 0.32) / 0.44', () => {
    const w = combineWeights(f64(0.6, 0.4), f64(0.2, 0.8), { method: 'multiplicative' });
    expect(w[0]).toBeCloseTo(0.12 / 0.44, 15);
    expect(w[1]).toBeCloseTo(0.32 / 0.44, 15);
  });

  it('rescales inputs that do not sum to 1 (percentages)', () => {
    const w = combineWeights(f64(60, 40), f64(20, 80), { method: 'linear' });
    expect(w[0]).toBeCloseTo(0.4, 15);
  });

  it('refuses a multiplicative combination with no indicator positive under both', () => {
    expect(() => combineWeights(f64(1, 0), f64(0, 1), { method: 'multiplicative' })).toThrow(
      'The multiplicative combination is undefined: no indicator has a positive weight under both AHP and the objective method (every product w_AHP·w_obj is 0).',
    );
  });

  it('refuses α outside [0, 1], naming options.weighting.alpha', () => {
    try {
      combineWeights(f64(1), f64(1), { method: 'linear', alpha: 1.5 });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe('options.weighting.alpha is 1.5; the AHP share α must be between 0 and 1.');
      expect((e as { where: unknown }).where).toEqual({ path: 'options.weighting.alpha' });
    }
  });

  it('refuses negative weights, all-zero vectors and different lengths', () => {
    expect(() => combineWeights(f64(1, -0.1), f64(0.5, 0.5), { method: 'linear', names: ['a', 'loans'] })).toThrow(
      'The AHP weight of "loans" is -0.1; weights must be finite and ≥ 0.',
    );
    expect(() => combineWeights(f64(1, 0), f64(0, 0), { method: 'linear' })).toThrow('Every objective weight is 0; at least one must be positive.');
    expect(() => combineWeights(f64(1), f64(0.5, 0.5), { method: 'linear' })).toThrow(
      'Cannot combine 1 AHP weights with 2 objective weights; both must cover the same indicators.',
    );
  });

  it('gives weights ≥ 0 that sum to 1 for both methods (property)', () => {
    const vec = fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(vec, vec, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('linear' as const, 'multiplicative' as const), (a, o, alpha, method) => {
        const w = combineWeights(Float64Array.from(a), Float64Array.from(o), { method, alpha });
        return Math.abs(w.reduce((s, v) => s + v, 0) - 1) < 1e-12 && w.every((v) => v >= 0);
      }),
    );
  });
});

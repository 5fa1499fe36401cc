import { describe, expect, it } from 'vitest';
import { kneedle } from '../../../src/core/cluster/knee.ts';

// Examples and answers from the kneed package's own tests (arvkevi/kneed, tests/test_sample.py and
// kneed/data_generator.py), all with curve='convex', direction='decreasing', interp_method='interp1d'.
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('kneedle (decreasing convex curve, S = 1)', () => {
  it("finds kneed's convex_decreasing elbow at x = 2", () => {
    expect(kneedle(range(10), [100, 40, 20, 15, 10, 5, 4, 3, 2, 1])).toBe(2);
  });

  it("finds kneed's truncated convex_decreasing elbow at x = 0.2", () => {
    const x = range(7).map((v) => v / 10);
    const y = [100, 40, 20, 15, 10, 5, 4].map((v) => v / 10);
    expect(kneedle(x, y)).toBe(0.2);
  });

  it("finds kneed's bumpy curve elbow at x = 26", () => {
    // prettier-ignore
    const y = [7305, 6979, 6666.6, 6463.2, 6326.5, 6048.8, 6032.8, 5762, 5742.8, 5398.2, 5256.8, 5227, 5001.7,
      4942, 4854.2, 4734.6, 4558.7, 4491.1, 4411.6, 4333, 4234.6, 4139.1, 4056.8, 4022.5, 3868, 3808.3, 3745.3,
      3692.3, 3645.6, 3618.3, 3574.3, 3504.3, 3452.4, 3401.2, 3382.4, 3340.7, 3301.1, 3247.6, 3190.3, 3180,
      3154.2, 3089.5, 3045.6, 2989, 2993.6, 2941.3, 2875.6, 2866.3, 2834.1, 2785.1, 2759.7, 2763.2, 2720.1,
      2660.1, 2690.2, 2635.7, 2632.9, 2574.6, 2556, 2545.7, 2513.4, 2491.6, 2496, 2466.5, 2442.7, 2420.5,
      2381.5, 2388.1, 2340.6, 2335, 2318.9, 2319, 2308.2, 2262.2, 2235.8, 2259.3, 2221, 2202.7, 2184.3, 2170.1,
      2160, 2127.7, 2134.7, 2102, 2101.4, 2066.4, 2074.3, 2063.7, 2048.1, 2031.9];
    expect(kneedle(range(90), y)).toBe(26);
  });

  it("takes the global maximum of a flat-topped difference curve with S = 1 and the first with S = 0 (kneed's test_flat_maxima)", () => {
    // prettier-ignore
    const y = [1, 0.787701317715959, 0.7437774524158126, 0.6559297218155198, 0.5065885797950219,
      0.36749633967789164, 0.2547584187408492, 0.16251830161054173, 0.10395314787701318, 0.06734992679355783,
      0.043923865300146414, 0.027818448023426062, 0.01903367496339678, 0.013177159590043924,
      0.010248901903367497, 0.007320644216691069, 0.005856515373352855, 0.004392386530014641];
    expect(kneedle(range(18), y, { sensitivity: 1 })).toBe(8);
    expect(kneedle(range(18), y, { sensitivity: 0 })).toBe(1);
  });

  it("finds no elbow on kneed's three-point exponential (test_y_no_knee)", () => {
    expect(kneedle([1, 2, 3], [0.90483742, 0.81873075, 0.74081822])).toBeNull();
  });

  it('finds the elbow of a hand-worked four-point curve', () => {
    // x 1..4, y 8 2 1 0 → x' = 0, 1/3, 2/3, 1; y' = 1, 0.25, 0.125, 0; flipped 1 − y' = 0, 0.75, 0.875, 1
    // D = flipped − x' = 0, 5/12, 5/24, 0; one local maximum at x = 2, threshold 5/12 − 1/3 = 1/12;
    // D at x = 3 is 5/24 (not below); D at x = 4 is 0 < 1/12 → elbow at x = 2
    expect(kneedle([1, 2, 3, 4], [8, 2, 1, 0])).toBe(2);
  });

  it('returns null for a straight line, a flat curve and fewer than three points', () => {
    // a straight line has D = 0 everywhere: every point is both a maximum and a minimum, threshold 0, never below
    expect(kneedle([2, 3, 4, 5, 6], [50, 40, 30, 20, 10])).toBeNull();
    expect(kneedle([2, 3, 4], [5, 5, 5])).toBeNull();
    expect(kneedle([2, 3], [9, 1])).toBeNull();
  });

  it('refuses x that does not increase and values that are not finite', () => {
    expect(() => kneedle([1, 3, 2], [3, 2, 1])).toThrow('x must increase strictly; point 3 does not.');
    expect(() => kneedle([1, 2, 3], [3, NaN, 1])).toThrow('Point 2 of the curve is not finite (x = 2, y = NaN).');
  });
});

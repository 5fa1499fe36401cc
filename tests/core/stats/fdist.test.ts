import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { regularizedBeta } from '../../../src/core/stats/beta.ts';
import { fCdf, fSurvival } from '../../../src/core/stats/fdist.ts';
import { logGamma } from '../../../src/core/stats/gamma.ts';

interface Fixture {
  betainc: { x: number; a: number; b: number; value: number }[];
  fdist: { f: number; d1: number; d2: number; sf: number; cdf: number }[];
  gammaln: { x: number; value: number }[];
}
// scipy.special.betainc / gammaln and scipy.stats.f.sf / cdf, written by tests/reference/stats_fdist.py
const ref: Fixture = JSON.parse(readFileSync(new URL('../../fixtures/stats/fdist.json', import.meta.url), 'utf8'));

/** |actual − expected| ≤ rel·|expected| + abs */
function close(actual: number, expected: number, rel: number, abs = 1e-300): boolean {
  return Math.abs(actual - expected) <= rel * Math.abs(expected) + abs;
}

describe('logGamma', () => {
  it('matches ln Γ at integers (ln (n − 1)!) and at ½ (ln √π)', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 13);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
  });

  it('agrees with scipy.special.gammaln to 1e-13 relative', () => {
    for (const c of ref.gammaln) expect(close(logGamma(c.x), c.value, 1e-13, 1e-14), `x = ${c.x}`).toBe(true);
  });
});

describe('regularizedBeta', () => {
  it('has closed forms I_x(1, 1) = x and I_x(a, 1) = x^a', () => {
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 15);
    expect(regularizedBeta(0.5, 3, 1)).toBeCloseTo(0.125, 15);
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
  });

  it('agrees with scipy.special.betainc on 240 points (a, b from 0.5 to 5000) to 1e-9 relative', () => {
    let worst = 0;
    for (const c of ref.betainc) {
      const v = regularizedBeta(c.x, c.a, c.b);
      const err = Math.abs(v - c.value) / Math.max(Math.abs(c.value), 1e-300);
      if (c.value > 1e-300) worst = Math.max(worst, err);
      expect(close(v, c.value, 1e-9, 1e-300), `x=${c.x} a=${c.a} b=${c.b}: ${v} vs ${c.value}`).toBe(true);
    }
    expect(worst).toBeLessThan(1e-9);
  });
});

describe('F distribution', () => {
  it('agrees with scipy.stats.f.sf and f.cdf on 405 points, d2 up to 100 000', () => {
    for (const c of ref.fdist) {
      expect(close(fSurvival(c.f, c.d1, c.d2), c.sf, 1e-9, 1e-300), `sf f=${c.f} d1=${c.d1} d2=${c.d2}`).toBe(true);
      expect(close(fCdf(c.f, c.d1, c.d2), c.cdf, 1e-9, 1e-300), `cdf f=${c.f} d1=${c.d1} d2=${c.d2}`).toBe(true);
    }
  });

  it('puts 5 % above the published critical values F₀.₉₅(2, 15) = 3.68 and F₀.₉₅(2, 12) = 3.89', () => {
    // printed F tables round the critical value to 2 decimals, so p is 0.05 to about ±0.0005
    expect(fSurvival(3.68, 2, 15)).toBeCloseTo(0.05, 3);
    expect(fSurvival(3.89, 2, 12)).toBeCloseTo(0.05, 3);
  });

  it('has P(F > f) = (1 + f)^−1 for F(2, 2) (hand-derived: sf = d₂/(d₂ + d₁f) when d₁ = d₂ = 2)', () => {
    for (const f of [0.5, 1, 3, 99]) expect(fSurvival(f, 2, 2)).toBeCloseTo(1 / (1 + f), 14);
  });

  it('gives p = 1 at F ≤ 0 and p = 0 at F = ∞', () => {
    expect(fSurvival(0, 3, 10)).toBe(1);
    expect(fSurvival(Infinity, 3, 10)).toBe(0);
    expect(fCdf(Infinity, 3, 10)).toBe(1);
  });

  it('refuses zero degrees of freedom', () => {
    expect(() => fSurvival(1, 0, 10)).toThrow('The F distribution needs degrees of freedom > 0; got d1 = 0, d2 = 10.');
  });
});

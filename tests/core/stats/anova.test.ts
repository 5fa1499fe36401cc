import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { oneWayAnova } from '../../../src/core/stats/anova.ts';

interface Case { name: string; groups: number[][]; ssb: number; ssw: number; dfb: number; dfw: number; f: number; p: number }
interface Fixture {
  iris: { species: string[]; features: string[]; columns: Record<string, number[]>; anova: Case[] };
  textbook: Case[];
}
// scipy.stats.f_oneway (+ numpy sums of squares), written by tests/reference/stats_anova.py
const ref: Fixture = JSON.parse(readFileSync(new URL('../../fixtures/stats/anova.json', import.meta.url), 'utf8'));

const flatten = (groups: number[][]) => ({
  values: Float64Array.from(groups.flat()),
  labels: Int32Array.from(groups.flatMap((g, k) => g.map(() => k))),
});

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('oneWayAnova', () => {
  it('reproduces the Wikipedia worked example by hand: SSB = 84, SSW = 68, F(2, 15) = 42 / (68/15) = 9.2647', () => {
    // a1 = 6 8 4 5 3 4 (mean 5), a2 = 8 12 9 11 6 8 (mean 9), a3 = 13 9 11 8 7 12 (mean 10); grand mean 8
    // SSB = 6·(5−8)² + 6·(9−8)² + 6·(10−8)² = 54 + 6 + 24 = 84
    // SSW = (1+9+1+0+4+1) + (1+9+0+4+9+1) + (9+1+1+4+9+4) = 16 + 24 + 28 = 68
    const { values, labels } = flatten([[6, 8, 4, 5, 3, 4], [8, 12, 9, 11, 6, 8], [13, 9, 11, 8, 7, 12]]);
    const r = oneWayAnova(values, labels);
    expect(r.ssb).toBeCloseTo(84, 12);
    expect(r.ssw).toBeCloseTo(68, 12);
    expect([r.dfb, r.dfw, r.groups, r.n]).toEqual([2, 15, 3, 18]);
    expect(r.msb).toBeCloseTo(42, 12);
    expect(r.msw).toBeCloseTo(68 / 15, 12);
    expect(r.f).toBeCloseTo(42 / (68 / 15), 12);
    expect(r.note).toBeUndefined();
  });

  it('reproduces the stemcalculators example: SSB = 79.6 (published), SSW = 10 + 5.2 + 6.8 = 22 (by hand)', () => {
    const { values, labels } = flatten([[8, 9, 6, 7, 10], [5, 4, 6, 5, 3], [9, 10, 12, 11, 9]]);
    const r = oneWayAnova(values, labels);
    expect(r.ssb).toBeCloseTo(79.6, 12);
    expect(r.ssw).toBeCloseTo(22, 12);
    expect(r.f).toBeCloseTo(39.8 / (22 / 12), 11);
  });

  it('agrees with scipy.stats.f_oneway on the textbook examples (F and p to 1e-10 relative)', () => {
    for (const c of ref.textbook) {
      const { values, labels } = flatten(c.groups);
      const r = oneWayAnova(values, labels);
      expect(rel(r.f as number, c.f), c.name).toBeLessThan(1e-10);
      expect(rel(r.p as number, c.p), c.name).toBeLessThan(1e-10);
      expect([r.dfb, r.dfw]).toEqual([c.dfb, c.dfw]);
    }
  });

  it('agrees with scipy.stats.f_oneway on iris: 4 features across the 3 species, p down to 1e-91', () => {
    const species = ref.iris.species;
    const codes = [...new Set(species)].sort();
    const labels = Int32Array.from(species.map((s) => codes.indexOf(s)));
    for (const c of ref.iris.anova) {
      const r = oneWayAnova(Float64Array.from(ref.iris.columns[c.name]), labels);
      expect(rel(r.ssb, c.ssb), c.name).toBeLessThan(1e-12);
      expect(rel(r.ssw, c.ssw), c.name).toBeLessThan(1e-12);
      expect(rel(r.f as number, c.f), c.name).toBeLessThan(1e-10);
      expect(rel(r.p as number, c.p), c.name).toBeLessThan(1e-8);
      expect([r.dfb, r.dfw]).toEqual([2, 147]);
    }
  });

  it('accepts any numeric labels, in any order', () => {
    const a = oneWayAnova(Float64Array.from([1, 2, 3, 4, 5, 9]), Int32Array.from([7, 7, 3, 3, 42, 42]));
    const b = oneWayAnova(Float64Array.from([5, 3, 1, 2, 9, 4]), Int32Array.from([2, 1, 0, 0, 2, 1]));
    expect(a.f).toBeCloseTo(b.f as number, 12);
    expect(a.groups).toBe(3);
  });

  it('gives F = ∞ and p = 0 when every cluster is constant inside but the clusters differ', () => {
    const r = oneWayAnova(Float64Array.from([0.1, 0.1, 0.1, 0.7, 0.7]), Int32Array.from([0, 0, 0, 1, 1]));
    expect(r.ssw).toBe(0);
    expect(r.ssb).toBeGreaterThan(0);
    expect(r.f).toBe(Infinity);
    expect(r.p).toBe(0);
    expect(r.note).toBe('no-within-variance');
  });

  it('gives F = null and p = null for a constant column (0/0)', () => {
    const r = oneWayAnova(new Float64Array(6).fill(0.3), Int32Array.from([0, 0, 1, 1, 2, 2]));
    expect([r.ssb, r.ssw, r.f, r.p, r.note]).toEqual([0, 0, null, null, 'constant']);
  });

  it('gives F = null with one cluster (no between-cluster degrees of freedom)', () => {
    const r = oneWayAnova(Float64Array.from([1, 2, 3]), Int32Array.from([0, 0, 0]));
    expect([r.dfb, r.msb, r.f, r.p, r.note]).toEqual([0, null, null, null, 'one-group']);
  });

  it('gives F = null when every cluster has one member (no within-cluster degrees of freedom)', () => {
    const r = oneWayAnova(Float64Array.from([1, 2, 3]), Int32Array.from([0, 1, 2]));
    expect([r.dfw, r.msw, r.f, r.p, r.note]).toEqual([0, null, null, null, 'no-within-df']);
  });

  it('gives F = 0 and p = 1 when the cluster means are equal', () => {
    const r = oneWayAnova(Float64Array.from([1, 3, 2, 2]), Int32Array.from([0, 0, 1, 1]));
    expect(r.ssb).toBe(0);
    expect(r.f).toBe(0);
    expect(r.p).toBe(1);
  });

  it('refuses labels of the wrong length and empty input', () => {
    expect(() => oneWayAnova(Float64Array.from([1, 2]), Int32Array.from([0]))).toThrow('ANOVA needs one group label per value: 2 values but 1 labels.');
    expect(() => oneWayAnova(new Float64Array(0), new Int32Array(0))).toThrow('ANOVA needs at least one value; got none.');
  });
});

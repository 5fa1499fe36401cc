import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { profileSegments } from '../../../src/core/explain/profile.ts';

const f64 = (...v: number[]) => Float64Array.from(v);

// 6 customers in segments 0, 0, 1, 1, 2, 2.
//   A = 10 … 60: mean 35, deviations ±5, ±15, ±25 → Σd² = 1750, s = √(1750/5) = √350
//     segment means 15, 35, 55 → z = −20/√350, 0, 20/√350 (±1.069045)
//   B constant → z = 0
//   C = 1, 0, 0, 0, 0, 5: mean 1, Σd² = 0+1+1+1+1+16 = 20, s = √(20/5) = 2
//     segment means 0.5, 0, 2.5 → z = −0.25, −0.5, 0.75
//   current = 80, 70, 20, 30, 60, 40: mean 50, s = √(2800/5) = √560
//     segment means 75 (high), 25 (low), 50 (= mean: high, and on the boundary)
//   potential = 20, 40, 90, 70, 55, 45: mean 320/6 = 53.33, Σd² = 2983.33, s = √596.67 = 24.43
//     segment means 30 (low), 80 (high), 50 (low; 3.33 below = 0.136 SD: not on the boundary)
//   types: 0 → hl, 1 → lh, 2 → hl
const labels = Int32Array.from([0, 0, 1, 1, 2, 2]);
const columns = [f64(10, 20, 30, 40, 50, 60), f64(3, 3, 3, 3, 3, 3), f64(1, 0, 0, 0, 0, 5)];
const scores = { current: f64(80, 70, 20, 30, 60, 40), potential: f64(20, 40, 90, 70, 55, 45), composite: f64(70, 60, 40, 50, 55, 45) };
const names = ['A', 'B', 'C'];

describe('profileSegments', () => {
  const p = profileSegments(columns, labels, scores, {
    names,
    composition: { column: 'industry', values: ['mfg', 'mfg', 'retail', null, 'mfg', 'retail'] },
  });

  it('gives size, share and raw means per segment', () => {
    expect(p.segments.map((s) => [s.label, s.size, s.share])).toEqual([
      [0, 2, 2 / 6],
      [1, 2, 2 / 6],
      [2, 2, 2 / 6],
    ]);
    expect(Array.from(p.segments[2].means)).toEqual([55, 3, 2.5]);
  });

  it('gives z-scores of segment means against the population (sample SD), 0 for a constant column', () => {
    const s350 = Math.sqrt(350);
    expect(p.segments[0].z[0]).toBeCloseTo(-20 / s350, 14);
    expect(p.segments[1].z[0]).toBe(0);
    expect(p.segments[2].z[0]).toBeCloseTo(20 / s350, 14);
    expect(p.segments.map((s) => s.z[1])).toEqual([0, 0, 0]);
    expect(p.segments.map((s) => s.z[2])).toEqual([-0.25, -0.5, 0.75]);
    expect(p.population.sds[0]).toBeCloseTo(s350, 13);
    expect(p.population.sds[1]).toBe(0);
  });

  it('types each segment by its mean scores against the population means, ties high', () => {
    expect(p.segments.map((s) => s.type)).toEqual(['hl', 'lh', 'hl']);
    expect(p.segments[2].current).toEqual({ mean: 50, population: 50, diffSd: 0, high: true, boundary: true });
    expect(p.segments[0].current.diffSd).toBeCloseTo(25 / Math.sqrt(560), 14);
    expect(p.segments[2].potential.high).toBe(false);
    expect(p.segments[2].potential.boundary).toBe(false);
    expect(p.segments.map((s) => s.composite)).toEqual([65, 45, 50]);
  });

  it('flags a segment within ±0.1 SD of the mean as borderline, naming it', () => {
    expect(p.segments.map((s) => s.boundary)).toEqual([false, false, true]);
    expect(p.problems).toEqual([
      {
        severity: 'info',
        code: 'explain.boundary',
        message: 'Segment 2: its mean current score is within ±0.1 SD of the population mean, so its type "hl" is borderline; check it.',
        where: {},
        params: { segment: 2, band: 0.1, type: 'hl' },
        variant: 'current',
      },
    ]);
  });

  it('lists the indicators that set a segment apart, largest |z| first, leaving out z = 0', () => {
    expect(p.segments[2].distinctive.map((d) => [d.column, d.sign])).toEqual([
      ['A', 1],
      ['C', 1],
    ]);
    expect(p.segments[1].distinctive.map((d) => [d.column, d.z, d.sign])).toEqual([['C', -0.5, -1]]);
    const top1 = profileSegments(columns, labels, scores, { names, top: 1 });
    expect(top1.segments[2].distinctive.map((d) => d.column)).toEqual(['A']);
  });

  it('counts the composition by category, most frequent first, with missing values as "(missing)"', () => {
    expect(p.categories).toEqual(['mfg', 'retail', '(missing)']);
    expect(p.segments[1].composition).toEqual([
      { category: 'mfg', count: 0, share: 0 },
      { category: 'retail', count: 1, share: 0.5 },
      { category: '(missing)', count: 1, share: 0.5 },
    ]);
    expect(p.population.composition?.map((c) => c.count)).toEqual([3, 2, 1]);
  });

  it('makes a single segment the population: z = 0, high/high, with a note', () => {
    const one = profileSegments(columns, new Int32Array(6), scores, { names });
    expect(one.segments).toHaveLength(1);
    expect(Array.from(one.segments[0].z)).toEqual([0, 0, 0]);
    expect(one.segments[0].type).toBe('hh');
    expect(one.problems.map((x) => x.message)).toEqual([
      'Only one segment: its means are the population means, every z is 0 and it counts as high/high (ties count as high).',
    ]);
  });

  it('puts every segment on the boundary when all scores are equal', () => {
    const flat = profileSegments(columns, labels, { current: new Float64Array(6).fill(50), potential: scores.potential }, { names });
    expect(flat.segments.map((s) => [s.current.diffSd, s.current.boundary, s.current.high])).toEqual([
      [null, true, true],
      [null, true, true],
      [null, true, true],
    ]);
    expect(flat.segments[0].composite).toBeNull();
  });

  it('refuses no customers, mismatched lengths and NaN, naming the column', () => {
    expect(() => profileSegments([], new Int32Array(0), { current: f64(), potential: f64() })).toThrow('Segment profiles need at least one customer; got none.');
    expect(() => profileSegments(columns, labels, { current: f64(1, 2), potential: scores.potential }, { names })).toThrow(
      'Column "current score" has 2 values but column "segment label" has 6',
    );
    expect(() => profileSegments([f64(1, 2, 3, 4, 5, NaN)], labels, scores, { names: ['aum'] })).toThrow('Column "aum" has a missing or non-numeric value (NaN) in row 6');
    expect(() => profileSegments(columns, labels, scores, { composition: { column: 'industry', values: ['a'] } })).toThrow('Column "industry" has 1 values for 6 customers.');
  });

  it('has size-weighted segment z-scores summing to 0 and shares summing to 1 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: -100, max: 100 })), { minLength: 2, maxLength: 40 }), (rows) => {
        const lab = Int32Array.from(rows, (r) => r[0]);
        const col = Float64Array.from(rows, (r) => r[1]);
        const r = profileSegments([col], lab, { current: col, potential: col });
        const zsum = r.segments.reduce((s, g) => s + g.size * g.z[0], 0);
        const share = r.segments.reduce((s, g) => s + g.share, 0);
        return Math.abs(zsum) < 1e-9 && Math.abs(share - 1) < 1e-12;
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTable } from '../../../src/core/data/read.ts';
import { groupTests } from '../../../src/core/stats/posthoc.ts';
import { inverseSurvival, studentizedRangeCritical, tCritical } from '../../../src/core/stats/quantiles.ts';

// statsmodels 0.13 (pairwise_tukeyhsd, ols + anova_lm) and scipy 1.10: tests/reference/posthoc_ci_reference.py
const root = new URL('../../../', import.meta.url);
const ref = JSON.parse(readFileSync(new URL('tests/fixtures/stats/posthoc_ci_reference.json', root), 'utf8'));

const close = (actual: number, expected: number, tol: number, what: string) => {
  const scale = Math.max(1, Math.abs(expected));
  expect(Math.abs(actual - expected) / scale, `${what}: ${actual} vs ${expected}`).toBeLessThan(tol);
};

describe.each(ref.cases as any[])('95 % intervals of the mean differences on $name grouped by $group', (c: any) => {
  const { table } = readTable(readFileSync(new URL(c.file, root)), { fileName: c.file });
  const labels = Int32Array.from(table.column(c.group) as unknown as ArrayLike<unknown>, (v) => c.levels.indexOf(String(v).trim()) + 1);

  it.each(Object.keys(c.indicators))('equal statsmodels’ Tukey HSD and the LSD and Games–Howell intervals of scipy for %s', (name) => {
    const t = groupTests(table.column(name) as unknown as Float64Array, labels);
    const expected = c.indicators[name];
    expect(t.pairs.map((p) => [p.a, p.b])).toEqual(expected.map((e: any) => [e.a, e.b]));
    t.pairs.forEach((p, i) => {
      const e = expected[i];
      // the Tukey interval width is set by the studentized range quantile, which the survival function gives to ~1e-9
      for (const [m, tol] of [['lsd', 1e-10], ['tukey', 1e-8], ['gh', 1e-8]] as const) {
        const ci = p[`${m}Ci` as const]!;
        close(ci[0], e[m][0], tol, `${m} lower ${p.a}-${p.b}`);
        close(ci[1], e[m][1], tol, `${m} upper ${p.a}-${p.b}`);
      }
    });
  });
});

describe('critical values', () => {
  it('are the t quantiles of scipy', () => {
    for (const g of ref.critical.t) close(tCritical(g.alpha, g.df)!, g.t, 1e-10, `t alpha ${g.alpha} df ${g.df}`);
  });
  it('are the studentized range quantiles of scipy down to df = 2 (to 1e-7: the survival function agrees with scipy’s to 1e-9, and the flat far tail widens that)', () => {
    for (const g of ref.critical.range) close(studentizedRangeCritical(g.alpha, g.k, g.df)!, g.q, 1e-7, `q alpha ${g.alpha} k ${g.k} df ${g.df}`);
  });
  it('are absent for no degrees of freedom, one group, or an impossible level', () => {
    expect(tCritical(0.05, 0)).toBeNull();
    expect(studentizedRangeCritical(0.05, 1, 10)).toBeNull();
    expect(inverseSurvival(() => 0.5, 1)).toBeNull();
    expect(inverseSurvival(() => 0.01, 0.05)).toBeNull();
  });
});

describe('intervals on degenerate groups', () => {
  it('have no LSD or Tukey interval without within-group degrees of freedom, and no Games–Howell interval for a single member', () => {
    const t = groupTests([1, 2], [1, 2]);
    expect(t.pairs[0].lsdCi).toBeNull();
    expect(t.pairs[0].tukeyCi).toBeNull();
    expect(t.pairs[0].ghCi).toBeNull();
  });
  it('shrink to the difference itself when every group is constant', () => {
    const t = groupTests([1, 1, 3, 3], [1, 1, 2, 2]);
    expect(t.pairs[0].lsdCi).toEqual([-2, -2]);
  });
  it('stay finite for values near 1e-162, whose squares underflow', () => {
    const t = groupTests([1e-162, 2e-162, 3e-162, 5e-162, 6e-162, 8e-162], [1, 1, 1, 2, 2, 2]);
    for (const ci of [t.pairs[0].lsdCi, t.pairs[0].tukeyCi]) expect(ci === null || ci.every(Number.isFinite)).toBe(true);
  });
});

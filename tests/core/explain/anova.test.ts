import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { anovaTable } from '../../../src/core/explain/anova.ts';

interface Fixture {
  iris: { species: string[]; features: string[]; columns: Record<string, number[]>; anova: { name: string; f: number; p: number }[] };
}
// scipy.stats.f_oneway on iris: tests/reference/stats_anova.py
const ref: Fixture = JSON.parse(readFileSync(new URL('../../fixtures/stats/anova.json', import.meta.url), 'utf8'));
const f64 = (...v: number[]) => Float64Array.from(v);

describe('anovaTable', () => {
  const codes = [...new Set(ref.iris.species)].sort();
  const labels = Int32Array.from(ref.iris.species, (s) => codes.indexOf(s));
  const columns = ref.iris.features.map((f) => Float64Array.from(ref.iris.columns[f]));

  it('gives the iris ANOVA table: F and p as scipy f_oneway, one row per feature', () => {
    const t = anovaTable(columns, labels, { names: ref.iris.features });
    expect(t.groups).toEqual([0, 1, 2]);
    expect(t.sizes).toEqual([50, 50, 50]);
    t.rows.forEach((row, j) => {
      expect(row.column).toBe(ref.iris.features[j]);
      expect(Math.abs((row.f as number) / ref.iris.anova[j].f - 1)).toBeLessThan(1e-10);
      expect(Math.abs((row.p as number) / ref.iris.anova[j].p - 1)).toBeLessThan(1e-8);
    });
    expect(t.problems).toEqual([]);
  });

  it("prints the species means and SDs of sepal length (Fisher's iris: 5.006 ± 0.352, 5.936 ± 0.516, 6.588 ± 0.636)", () => {
    const row = anovaTable(columns, labels, { names: ref.iris.features }).rows[0];
    expect(Array.from(row.groupMeans, (m) => +m.toFixed(3))).toEqual([5.006, 5.936, 6.588]);
    expect(row.groupSds.map((s) => +(s as number).toFixed(3))).toEqual([0.352, 0.516, 0.636]);
  });

  it('notes an infinite F and an undefined F by column', () => {
    const t = anovaTable([f64(1, 1, 5, 5), f64(2, 2, 2, 2)], Int32Array.from([0, 0, 1, 1]), { names: ['products_held', 'flag'] });
    expect(t.rows[0].f).toBe(Infinity);
    expect(t.rows[0].p).toBe(0);
    expect(t.rows[1].f).toBeNull();
    expect(t.problems.map((p) => p.message)).toEqual([
      'Column "products_held" is constant within every cluster but differs between clusters: F is infinite and p = 0.',
      'Column "flag" has the same value for every customer: F is undefined (0/0) and left empty.',
    ]);
  });

  it('says once that one cluster gives no F test', () => {
    const t = anovaTable([f64(1, 2, 3), f64(3, 2, 1)], Int32Array.from([4, 4, 4]));
    expect(t.rows.map((r) => r.f)).toEqual([null, null]);
    expect(t.problems.map((p) => p.message)).toEqual(['Only one cluster: the ANOVA F test needs at least two, so F and p are not computed.']);
    expect(t.rows[0].groupSds).toEqual([1]);
  });

  it('says once that one-member clusters leave no within-cluster degrees of freedom, and gives them no SD', () => {
    const t = anovaTable([f64(1, 2, 3)], Int32Array.from([0, 1, 2]));
    expect(t.rows[0].f).toBeNull();
    expect(t.rows[0].groupSds).toEqual([null, null, null]);
    expect(t.problems.map((p) => p.message)).toEqual([
      'Every cluster has a single customer: there are no within-cluster degrees of freedom, so F and p are not computed.',
    ]);
  });

  it('refuses labels of the wrong length, no customers and NaN', () => {
    expect(() => anovaTable([f64(1, 2)], Int32Array.from([0]))).toThrow('Got 1 cluster labels for 2 customers; give one label per customer.');
    expect(() => anovaTable([], new Int32Array(0))).toThrow('The ANOVA table needs at least one customer; got none.');
    expect(() => anovaTable([f64(1, NaN)], Int32Array.from([0, 1]), { names: ['aum'] })).toThrow('Column "aum" has a missing or non-numeric value (NaN) in row 2');
  });
});

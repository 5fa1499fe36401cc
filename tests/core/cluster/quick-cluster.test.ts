/**
 * SPSS QUICK CLUSTER against independent references:
 * - tests/fixtures/cluster/quick_cluster_ref.json (shared/reference): GNU PSPP 1.6.2 output and the numpy
 *   implementation of the IBM-documented algorithm (tests/reference/quick_cluster.py) on wholesale_customers.csv;
 * - tests/fixtures/cluster/quick_cluster_cases.json (tests/reference/quick_cluster_cases.py): UPDATE, CLASSIFY,
 *   NOINITIAL, CONVERGE > 0, iris (ties), wine, and listwise deletion.
 * Everything goes through the CLI command function, so the JSON contract is tested too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quickClusterCommand } from '../../../src/cli/quick-cluster.ts';
import { pointsFromRows } from '../../../src/core/cluster/points.ts';
import { initialCentres, iterationNote, quickCluster } from '../../../src/core/cluster/quick-cluster/index.ts';

const root = new URL('../../../', import.meta.url);
const file = (p: string) => readFileSync(new URL(p, root));
const json = (p: string) => JSON.parse(readFileSync(new URL(p, root), 'utf8'));

interface AnovaRef {
  variable: string;
  F: number;
  sig: number;
}
interface IbmRef {
  initial_centers: number[][];
  initial_case_rows: number[];
  iteration_history: number[][];
  iterations: number;
  stop_reason: string;
  min_initial_distance: number;
  max_abs_coordinate_change: number;
  final_centers: number[][];
  sizes: number[];
  anova: AnovaRef[];
  labels: number[];
  run_to_convergence: { iterations: number; final_centers: number[][]; sizes: number[]; anova: AnovaRef[] };
}
interface PsppCase {
  id: string;
  columns: string[];
  standardisation: string;
  k: number;
  initial_centers: number[][];
  iterations_to_converge: number;
  pspp_at_mxiter40: { final_centers: number[][]; sizes: number[] };
  python_ibm: IbmRef;
}
interface ExtraCase {
  id: string;
  data: string;
  columns: string[];
  cli: { k: number; scale: string; mxiter?: number; converge?: number; method?: string; noinitial?: boolean };
  initial_centers: number[][];
  initial_case_rows: number[];
  min_initial_distance: number;
  iteration_history: number[][];
  iterations: number;
  converged: boolean | null;
  final_centers: number[][];
  sizes: number[];
  final_center_distances: number[][];
  anova: AnovaRef[];
  labels: (number | null)[];
}

const ref: { cases: PsppCase[] } = json('tests/fixtures/cluster/quick_cluster_ref.json');
const extra: { cases: ExtraCase[] } = json('tests/fixtures/cluster/quick_cluster_cases.json');

/** |a − b| ≤ tol · max(1, |b|), elementwise over nested arrays. */
function close(actual: unknown, expected: unknown, tol = 1e-9, path = ''): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((e, i) => close((actual as unknown[])[i], e, tol, `${path}[${i}]`));
  } else if (typeof expected === 'number') {
    const a = actual as number;
    expect(Math.abs(a - expected), `${path}: ${a} vs ${expected}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));
  } else expect(actual, path).toEqual(expected);
}

/** Rows sorted lexicographically, to compare PSPP's re-sorted clusters with SPSS slot order. */
const sortedRows = (rows: number[][]) => [...rows].sort((a, b) => a[0] - b[0] || a[1] - b[1]);

function run(c: { columns: string[] }, data: string, args: Record<string, string | boolean | undefined>) {
  return quickClusterCommand(file(data), data, { columns: c.columns.join(','), ...args });
}

describe('quick-cluster on the shared PSPP / IBM reference cases (wholesale customers)', () => {
  for (const c of ref.cases) {
    const scale = c.standardisation === 'none' ? 'none' : 'z';
    const ibm = c.python_ibm;

    it(`${c.id}: picks the same initial centres as PSPP 1.6.2, from the same data rows`, () => {
      const out = run(c, 'datasets/wholesale_customers.csv', { k: String(c.k), scale });
      close(out.initialCentres, ibm.initial_centers, 1e-12);
      // PSPP lists its clusters re-sorted by the first variable: the same centres as a set.
      close(sortedRows(out.initialCentres), sortedRows(c.initial_centers), 1e-12);
      expect(out.initialRows).toEqual(ibm.initial_case_rows);
      close(out.minInitialDistance, ibm.min_initial_distance);
    });

    it(`${c.id}: at MXITER 10 prints the IBM-algorithm iteration history, centres, sizes, memberships and ANOVA`, () => {
      const opts = c.id.includes('mxiter10') ? { mxiter: '10', converge: '0' } : {};
      const out = run(c, 'datasets/wholesale_customers.csv', { k: String(c.k), scale, ...opts });
      expect(out.iterations.map((r) => r.iteration)).toEqual(ibm.iteration_history.map((_, i) => i + 1));
      close(out.iterations.map((r) => r.changes), ibm.iteration_history);
      expect(out.converged).toBe(ibm.stop_reason === 'converged');
      expect(out.converged).toBe(false);
      close(out.maxCoordinateChange, ibm.max_abs_coordinate_change);
      expect(out.note).toMatch(/^Iterations stopped because the maximum number of iterations was performed\. Iterations failed to converge\./);
      close(out.finalCentres, ibm.final_centers);
      expect(out.sizes).toEqual(ibm.sizes);
      expect(out.labels).toEqual(ibm.labels);
      expect(out.anova.map((a) => a.column)).toEqual(c.columns);
      close(out.anova.map((a) => a.F), ibm.anova.map((a) => a.F));
      close(out.anova.map((a) => a.sig), ibm.anova.map((a) => a.sig), 1e-8);
      expect(out.anova.every((a) => a.clusterDf === c.k - 1 && a.errorDf === 440 - c.k)).toBe(true);
    });

    it(`${c.id}: run to convergence (--mxiter 40) reaches the solution PSPP and the IBM algorithm agree on`, () => {
      const out = run(c, 'datasets/wholesale_customers.csv', { k: String(c.k), scale, mxiter: '40' });
      expect(out.converged).toBe(true);
      expect(out.iterations).toHaveLength(ibm.run_to_convergence.iterations);
      expect(out.iterations.at(-1)?.changes.every((x) => x === 0)).toBe(true);
      expect(out.note).toMatch(/^Convergence achieved due to no or small change in cluster centers\./);
      close(out.finalCentres, ibm.run_to_convergence.final_centers);
      expect(out.sizes).toEqual(ibm.run_to_convergence.sizes);
      close(out.anova.map((a) => a.F), ibm.run_to_convergence.anova.map((a) => a.F));
      // PSPP numbers clusters by the first variable's centre: compare as sets of centres.
      close(sortedRows(out.finalCentres), sortedRows(c.pspp_at_mxiter40.final_centers), 1e-12);
      expect([...out.sizes].sort((a, b) => a - b)).toEqual([...c.pspp_at_mxiter40.sizes].sort((a, b) => a - b));
    });
  }
});

describe('quick-cluster on further cases from the numpy implementation (methods, options, other data)', () => {
  for (const c of extra.cases) {
    it(`${c.id}: equals the reference initial centres, iterations, final centres, distances, sizes, ANOVA and labels`, () => {
      const { k, scale, mxiter, converge, method, noinitial } = c.cli;
      const out = run(c, c.data, {
        k: String(k),
        scale,
        mxiter: mxiter === undefined ? undefined : String(mxiter),
        converge: converge === undefined ? undefined : String(converge),
        method,
        noinitial,
      });
      close(out.initialCentres, c.initial_centers, 1e-12);
      expect(out.initialRows).toEqual(c.initial_case_rows);
      close(out.minInitialDistance, c.min_initial_distance);
      close(out.iterations.map((r) => r.changes), c.iteration_history);
      expect(out.converged).toBe(c.converged);
      close(out.finalCentres, c.final_centers);
      close(out.distances, c.final_center_distances);
      expect(out.sizes).toEqual(c.sizes);
      close(out.anova.map((a) => a.F), c.anova.map((a) => a.F));
      close(out.anova.map((a) => a.sig), c.anova.map((a) => a.sig), 1e-8);
      expect(out.labels).toEqual(c.labels);
    });
  }

  it('leaves rows with a missing value out (listwise) and gives them a null label', () => {
    const c = extra.cases.find((x) => x.id.startsWith('missing'))!;
    const out = run(c, c.data, { k: '3', mxiter: '40' });
    expect(out.dropped).toBe(7);
    expect(out.n).toBe(73);
    expect(out.labels.filter((l) => l === null)).toHaveLength(7);
  });
});

describe('quick-cluster rules on small hand-made data', () => {
  it('NOINITIAL keeps the first k cases as the initial centres', () => {
    const p = pointsFromRows([[0, 0], [0, 1], [10, 10], [20, 0]]);
    expect(Array.from(initialCentres(p, 2, { noinitial: true }).centres)).toEqual([0, 0, 0, 1]);
  });

  it('rule (a): a case farther from every centre than the closest pair replaces the nearer of that pair', () => {
    // Centres (0,0) and (0,1) are 1 apart; (10,10) is farther from both, nearer to (0,1) → replaces slot 2.
    const p = pointsFromRows([[0, 0], [0, 1], [10, 10]]);
    const init = initialCentres(p, 2);
    expect(Array.from(init.centres)).toEqual([0, 0, 10, 10]);
    expect(init.sources).toEqual([0, 2]);
  });

  it('rule (b): a case far from the second-closest centre replaces the closest one', () => {
    // Centres A=(0,0), B=(10,0), C=(10,1); closest pair B–C is 1 apart. x=(0.5,0): closest A at 0.5 ≤ 1 (no rule a);
    // second closest B at 9.5, not farther than A's nearest other centre (10) → no change.
    const p = pointsFromRows([[0, 0], [10, 0], [10, 1], [0.5, 0]]);
    expect(Array.from(initialCentres(p, 3).centres)).toEqual([0, 0, 10, 0, 10, 1]);
    // x=(-0.5,0): closest A (0.5), second B at 10.5 > 10 → x replaces A.
    const q = pointsFromRows([[0, 0], [10, 0], [10, 1], [-0.5, 0]]);
    expect(Array.from(initialCentres(q, 3).centres)).toEqual([-0.5, 0, 10, 0, 10, 1]);
  });

  it('CLASSIFY does not iterate and reports neither convergence nor a footnote', () => {
    const p = pointsFromRows([[0], [1], [10], [11], [12]]);
    const r = quickCluster(p, 2, { method: 'classify', noinitial: true });
    expect(r.iterations).toEqual([]);
    expect(r.converged).toBeNull();
    expect(iterationNote(r)).toBeNull();
    // Centres 0 and 1 classify: 0 → 1, everything else → 2; final centres are the means.
    expect(r.sizes).toEqual([1, 4]);
    expect(Array.from(r.finalCentres)).toEqual([0, 8.5]);
  });

  it('keeps the previous centre of a cluster that loses every case and reports it', () => {
    // Both NOINITIAL centres are 5; every case goes to the lowest index, so cluster 2 stays empty.
    const twin = quickCluster(pointsFromRows([[5], [5], [5]]), 2, { noinitial: true });
    expect(twin.emptyClusters).toEqual([1]);
    expect(Array.from(twin.finalCentres)).toEqual([5, 5]);
    expect(twin.sizes).toEqual([3, 0]);
  });

  it('rejects k below 2, more clusters than cases, MXITER 0, a negative CONVERGE and non-finite values', () => {
    const p = pointsFromRows([[0], [1], [2]]);
    expect(() => quickCluster(p, 1)).toThrow(/k ≥ 2/);
    expect(() => quickCluster(p, 4)).toThrow(/at least 4 complete cases/);
    expect(() => quickCluster(p, 2, { mxiter: 0 })).toThrow(/MXITER/);
    expect(() => quickCluster(p, 2, { converge: -1 })).toThrow(/CONVERGE/);
    expect(() => quickCluster(pointsFromRows([[0], [NaN], [2]]), 2)).toThrow(/Case 2/);
  });
});

describe('quick-cluster messages in Chinese', () => {
  it('says the Iteration History footnote and the errors in Chinese with the same numbers', async () => {
    const { problemMessage } = await import('../../../src/i18n/index.ts');
    const p = pointsFromRows([[0], [1], [10], [11], [12]]);
    const stopped = iterationNote(quickCluster(p, 2, { mxiter: 1, noinitial: true }))!;
    expect(stopped.code).toBe('quick-cluster.stopped-at-mxiter');
    expect(problemMessage('zh-CN', stopped)).toMatch(/^由于已执行最大迭代次数，迭代已停止。.*当前迭代为 1。初始中心间的最小距离为 1\.000。$/);
    const done = iterationNote(quickCluster(p, 2, { noinitial: true }))!;
    expect(problemMessage('zh-CN', done)).toMatch(/^由于聚类中心内没有改动或改动较小而达到收敛。/);
    try {
      quickCluster(p, 9);
    } catch (e) {
      expect(problemMessage('zh-CN', e as never)).toBe('快速聚类 k = 9 至少需要 9 个完整个案；当前只有 5 个。');
    }
    expect.assertions(4);
  });
});

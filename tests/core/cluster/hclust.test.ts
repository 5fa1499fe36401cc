/**
 * Hierarchical clustering against scipy.cluster.hierarchy.linkage / fcluster and scikit-learn KMeans
 * (tests/fixtures/cluster/hclust_reference.json, made by tests/reference/hclust_reference.py), through the
 * CLI command function so the JSON contract is tested too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hclustCommand } from '../../../src/cli/hclust.ts';
import { pointsFromColumns, pointsFromRows } from '../../../src/core/cluster/points.ts';
import { agglomerationSchedule, cutTree, hclust, HCLUST_MAX_N, linkage, subsetPoints, wardThenKMeans } from '../../../src/core/cluster/hclust/index.ts';
import { normaliseColumns } from '../../../src/core/weighting/normalise.ts';

const root = new URL('../../../', import.meta.url);
const file = (p: string) => readFileSync(new URL(p, root));

interface RefCase {
  id: string;
  data: string;
  columns: string[];
  scale: 'none' | 'minmax' | 'z';
  method: 'ward' | 'average' | 'complete' | 'single';
  merges: { a: number; b: number; height: number; size: number }[];
  cuts: { k: number; labels: number[] }[];
  ess?: number[];
  kmeans?: { k: number; labels: number[]; centres: number[][] }[];
}
const ref: { cases: RefCase[] } = JSON.parse(readFileSync(new URL('tests/fixtures/cluster/hclust_reference.json', root), 'utf8'));

/** Two labellings describe the same partition (equal up to renaming the clusters). */
function samePartition(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  if (a.length !== b.length) return false;
  const ab = new Map<number | null, number | null>();
  const ba = new Map<number | null, number | null>();
  for (let i = 0; i < a.length; i++) {
    if (ab.has(a[i]) && ab.get(a[i]) !== b[i]) return false;
    if (ba.has(b[i]) && ba.get(b[i]) !== a[i]) return false;
    ab.set(a[i], b[i]);
    ba.set(b[i], a[i]);
  }
  return true;
}

function points(c: RefCase) {
  const text = new TextDecoder().decode(file(c.data)).trim().split(/\r?\n/);
  const head = text[0].split(',');
  const cols = c.columns.map((name) => Float64Array.from(text.slice(1), (line) => Number(line.split(',')[head.indexOf(name)])));
  const scaled = c.scale === 'none' ? cols : normaliseColumns(cols, cols.map(() => 'benefit' as const), { method: c.scale === 'z' ? 'zscore' : 'minmax' }).columns;
  return pointsFromColumns(scaled);
}

describe('hclust reproduces scipy linkage and fcluster on real data sets', () => {
  for (const c of ref.cases) {
    it(`${c.id}: merge heights equal scipy's to 1e-9 and the merges join the same clusters`, () => {
      const out = hclustCommand(file(c.data), c.data, { columns: c.columns.join(','), scale: c.scale, method: c.method, kmin: '2', kmax: '6' });
      expect(out.n).toBe(c.merges.length + 1);
      expect(out.merges).toHaveLength(c.merges.length);
      out.merges.forEach((m, i) => {
        expect(Math.abs(m.height - c.merges[i].height), `merge ${i}`).toBeLessThanOrEqual(1e-9);
        expect(m.size, `merge ${i}`).toBe(c.merges[i].size);
      });
      // Merge ids can differ only where heights tie; elsewhere they are scipy's.
      const heights = c.merges.map((m) => m.height);
      const tied = (i: number) => heights.some((h, j) => j !== i && Math.abs(h - heights[i]) <= 1e-12);
      out.merges.forEach((m, i) => {
        if (!tied(i)) expect([m.a, m.b], `merge ${i}`).toEqual([c.merges[i].a, c.merges[i].b]);
      });
    });

    it(`${c.id}: the cuts at k = 2..6 are scipy's fcluster(Z, k, 'maxclust') partitions`, () => {
      const out = hclustCommand(file(c.data), c.data, { columns: c.columns.join(','), scale: c.scale, method: c.method, kmin: '2', kmax: '6' });
      expect(out.cuts.map((x) => x.k)).toEqual([2, 3, 4, 5, 6]);
      out.cuts.forEach((cut, i) => {
        expect(samePartition(cut.labels, c.cuts[i].labels), `k = ${cut.k}`).toBe(true);
        expect(cut.labels[0]).toBe(1);
      });
    });
  }

  for (const c of ref.cases.filter((x) => x.method === 'ward')) {
    it(`${c.id}: the Ward coefficients of the agglomeration schedule are the partition's within-cluster sum of squares`, () => {
      const out = hclustCommand(file(c.data), c.data, { columns: c.columns.join(','), scale: c.scale, method: 'ward' });
      out.schedule.forEach((row, i) => expect(Math.abs(row.coefficient - c.ess![i])).toBeLessThanOrEqual(1e-9 * Math.max(1, c.ess![i])));
    });

    it(`${c.id}: Ward then k-means gives scikit-learn's KMeans partition from the Ward centroids`, () => {
      const p = points(c);
      const h = hclust(p, 'ward', { kMin: 2, kMax: 6 });
      for (const km of c.kmeans!) {
        const r = wardThenKMeans(p, h, km.k);
        expect(samePartition(Array.from(r.labels), km.labels), `k = ${km.k}`).toBe(true);
        // Same start order as the reference (Ward clusters by first case), so the centres line up.
        km.centres.forEach((row, g) => row.forEach((v, j) => expect(Math.abs(r.centres[g * p.d + j] - v)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)))));
      }
    });
  }
});

describe('SPSS agglomeration schedule', () => {
  it('names clusters by their lowest case and links each stage to the stages before and after it', () => {
    // 1-D points 0, 1, 10, 11.5, 30: merges (0,1)@1, (10,11.5)@1.5, then {0,1}+{10,11.5}, then +30.
    const p = pointsFromRows([[0], [1], [10], [11.5], [30]]);
    const merges = linkage(p, 'single');
    const s = agglomerationSchedule(merges, 5, 'single');
    expect(s.map((r) => [r.stage, r.cluster1, r.cluster2, r.coefficient, r.firstAppears1, r.firstAppears2, r.nextStage])).toEqual([
      [1, 1, 2, 1, 0, 0, 3],
      [2, 3, 4, 1.5, 0, 0, 3],
      [3, 1, 3, 9, 1, 2, 4],
      [4, 1, 5, 18.5, 3, 0, 0],
    ]);
  });
});

describe('cuts, limits and sampling', () => {
  it('numbers the clusters of a cut by their first case and gives fewer clusters when heights tie', () => {
    const p = pointsFromRows([[5], [0], [1], [6], [20]]);
    const m = linkage(p, 'complete');
    expect(Array.from(cutTree(m, 5, 3))).toEqual([0, 1, 1, 0, 2]);
    // Equal gaps: 0, 1, 2, 3 — every merge has height 1 under single linkage, so any k < 4 cuts to one cluster.
    const t = linkage(pointsFromRows([[0], [1], [2], [3]]), 'single');
    expect(Array.from(cutTree(t, 4, 2))).toEqual([0, 0, 0, 0]);
    expect(Array.from(cutTree(t, 4, 4))).toEqual([0, 1, 2, 3]);
  });

  it(`clusters a seeded sample of ${HCLUST_MAX_N} cases above the limit, says so, and repeats with the same seed`, () => {
    const rows = Array.from({ length: 300 }, (_, i) => [Math.sin(i) * 10, (i % 7) + Math.cos(i * 3)]);
    const p = pointsFromRows(rows);
    const a = hclust(p, 'ward', { maxN: 120, seed: 5, kMin: 2, kMax: 4 });
    const b = hclust(p, 'ward', { maxN: 120, seed: 5, kMin: 2, kMax: 4 });
    expect(a.n).toBe(120);
    expect(a.sample).toHaveLength(120);
    expect(Array.from(a.sample!)).toEqual(Array.from(b.sample!));
    expect(a.problems.map((x) => x.code)).toEqual(['hclust.sampled']);
    expect(a.merges).toEqual(linkage(subsetPoints(p, a.sample!), 'ward'));
    // Ward then k-means still labels every case.
    expect(wardThenKMeans(p, a, 3).labels).toHaveLength(300);
    expect(hclust(p, 'ward', { maxN: 300 }).sample).toBeNull();
  });

  it('rejects one case, too many cases, an unknown method and missing values', () => {
    expect(() => linkage(pointsFromRows([[1]]), 'ward')).toThrow(/at least 2/);
    expect(() => linkage({ data: new Float64Array(HCLUST_MAX_N + 1), n: HCLUST_MAX_N + 1, d: 1 }, 'ward')).toThrow(/limit of 4000/);
    expect(() => linkage(pointsFromRows([[1], [2]]), 'centroid' as never)).toThrow(/Unknown linkage/);
    expect(() => linkage(pointsFromRows([[1], [NaN]]), 'single')).toThrow(/Case 2/);
  });
});

/**
 * The SPSS-style clustering methods through the one pipeline (page worker, CLI `run`, tests):
 * a wholesale-customers project clustering on the weighted z-scores of the six spending columns with
 * equal given weights, i.e. on z/6 — the same partition QUICK CLUSTER and Ward give on z-scores
 * (both are unchanged by a common scale), so the shared references apply.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/core/data/read.ts';
import type { Project } from '../../src/core/model/project.ts';
import { validateProject } from '../../src/core/model/validate.ts';
import { runPipeline } from '../../src/core/pipeline.ts';
import { runCommand } from '../../src/cli/commands.ts';

const root = new URL('../../', import.meta.url);
const csv = readFileSync(new URL('datasets/wholesale_customers.csv', root));
const json = (p: string) => JSON.parse(readFileSync(new URL(p, root), 'utf8'));
const qcRef = json('tests/fixtures/cluster/quick_cluster_ref.json').cases.find((c: { id: string }) => c.id === 'z_k3_default');
const hcRef = json('tests/fixtures/cluster/hclust_reference.json').cases.find((c: { id: string }) => c.id === 'wholesale_z_ward');
const COLS = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'];

const ones = (n: number) => Array.from({ length: n }, () => new Array<number>(n).fill(1));

function project(segmentation: Partial<Project['options']['segmentation']>): Project {
  const ind = (c: string) => ({ id: c.toLowerCase(), name: c, column: c, direction: 'benefit' as const });
  return {
    version: 1,
    name: 'wholesale',
    data: {},
    hierarchy: {
      goal: 'Customer value',
      criteria: [
        { id: 'current', name: 'Current', role: 'current', indicators: COLS.slice(0, 3).map(ind) },
        { id: 'potential', name: 'Potential', role: 'potential', indicators: COLS.slice(3).map(ind) },
      ],
    },
    experts: [{ id: 'e1', name: 'E1' }],
    // Equal judgments (the weights used are the given ones).
    judgments: [
      { node: 'goal', expert: 'e1', items: ['current', 'potential'], matrix: ones(2) },
      { node: 'current', expert: 'e1', items: COLS.slice(0, 3).map((c) => c.toLowerCase()), matrix: ones(3) },
      { node: 'potential', expert: 'e1', items: COLS.slice(3).map((c) => c.toLowerCase()), matrix: ones(3) },
    ],
    options: {
      ahp: { method: 'eigen', ri: 'saaty1980', aggregation: 'aij' },
      weighting: { method: 'given', objective: 'entropy', combination: 'linear', alpha: 0.5, given: Object.fromEntries(COLS.map((c) => [c.toLowerCase(), 1])) },
      normalisation: 'zscore',
      missing: 'drop',
      scoring: { split: 'mean', abc: { source: 'score:composite', cuts: [0.8, 0.95] } },
      segmentation: { features: 'indicators', k: 3, kMin: 2, kMax: 4, restarts: 2, seed: 1, maxIterations: 300, silhouetteSample: 5000, naming: 'gbank', ...segmentation },
    },
  } as Project;
}

function run(p: Project) {
  const { table, report, lines } = readTable(csv);
  return runPipeline(p, table, { report, lines });
}

/** Same partition up to renaming. */
function samePartition(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const ab = new Map<number, number>();
  const ba = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    if ((ab.has(a[i]) && ab.get(a[i]) !== b[i]) || (ba.has(b[i]) && ba.get(b[i]) !== a[i])) return false;
    ab.set(a[i], b[i]);
    ba.set(b[i], a[i]);
  }
  return a.length === b.length;
}

describe('pipeline with the SPSS-style cluster methods', () => {
  it('projects without a cluster method stay valid and cluster by k-means', () => {
    const p = project({});
    expect(validateProject(p).filter((x) => x.severity === 'error')).toEqual([]);
    const r = run(p);
    expect(r.clustering.method).toBe('kmeans');
    expect(r.clustering.quickCluster).toBeUndefined();
  });

  it('QUICK CLUSTER in the pipeline gives the reference partition, sizes and F values, and the MXITER footnote as a warning', () => {
    const r = run(project({ clusterMethod: 'quick-cluster' }));
    const qc = r.clustering.quickCluster!;
    const ibm = qcRef.python_ibm;
    expect(qc.sizes).toEqual(ibm.sizes);
    expect(samePartition(r.clustering.labels, ibm.labels)).toBe(true);
    qc.anova.forEach((a, j) => expect(Math.abs(a.f! - ibm.anova[j].F)).toBeLessThanOrEqual(1e-9 * ibm.anova[j].F));
    // Centres are in the feature space (z/6).
    qc.finalCentres.forEach((row, g) => row.forEach((v, j) => expect(v * 6).toBeCloseTo(ibm.final_centers[g][j], 9)));
    expect(qc.converged).toBe(false);
    expect(r.problems.map((x) => x.code)).toContain('quick-cluster.stopped-at-mxiter');
    // Each SPSS cluster maps to the display segment with the same size.
    qc.segmentOf.forEach((seg, g) => expect(r.segments[seg - 1].size).toBe(qc.sizes[g]));
  });

  it('QUICK CLUSTER run to convergence (MXITER 40) gives the converged reference solution', () => {
    const r = run(project({ clusterMethod: 'quick-cluster', quickCluster: { mxiter: 40 } }));
    expect(r.clustering.quickCluster!.converged).toBe(true);
    expect(r.clustering.quickCluster!.sizes).toEqual(qcRef.python_ibm.run_to_convergence.sizes);
  });

  it("hierarchical Ward in the pipeline gives scipy's fcluster partition at k and the scaled merge heights", () => {
    const r = run(project({ clusterMethod: 'hclust', hclust: { linkage: 'ward' } }));
    const h = r.clustering.hclust!;
    expect(samePartition(r.clustering.labels, hcRef.cuts.find((c: { k: number }) => c.k === 3).labels)).toBe(true);
    h.merges.forEach((m, i) => expect(Math.abs(m.height * 6 - hcRef.merges[i].height)).toBeLessThanOrEqual(1e-9 * Math.max(1, hcRef.merges[i].height)));
    expect(h.cutBetween[0]).toBeLessThan(h.cutBetween[1]);
    expect(h.caseLines[0]).toBe(2);
  });

  it("Ward then k-means in the pipeline gives scikit-learn's partition from the Ward centroids", () => {
    const r = run(project({ clusterMethod: 'hclust', hclust: { linkage: 'ward', thenKMeans: true } }));
    expect(samePartition(r.clustering.labels, hcRef.kmeans.find((c: { k: number }) => c.k === 3).labels)).toBe(true);
  });

  it('the CLI run command carries the QUICK CLUSTER tables in its JSON', () => {
    const p = project({ clusterMethod: 'quick-cluster', quickCluster: { mxiter: 40 } });
    const out = runCommand(new TextEncoder().encode(JSON.stringify(p)), 'p.json', csv, 'wholesale_customers.csv') as { clustering: { method: string; quickCluster: { sizes: number[] } } };
    expect(out.clustering.method).toBe('quick-cluster');
    expect(out.clustering.quickCluster.sizes).toEqual([1, 394, 45]);
  });

  it('rejects unknown cluster methods and options with their paths', () => {
    const bad = project({ clusterMethod: 'twostep' as never, quickCluster: { mxiter: 0, method: 'x' as never }, hclust: { linkage: 'centroid' as never, thenKMeans: 'yes' as never } });
    const paths = validateProject(bad).filter((x) => x.severity === 'error').map((x) => x.where.path);
    expect(paths).toEqual(expect.arrayContaining(['options.segmentation.clusterMethod', 'options.segmentation.quickCluster.mxiter', 'options.segmentation.quickCluster.method', 'options.segmentation.hclust.linkage', 'options.segmentation.hclust.thenKMeans']));
  });
});

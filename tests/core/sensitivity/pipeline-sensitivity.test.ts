/**
 * The sensitivity analysis through the pipeline, against an independent numpy/scipy reference
 * (tests/reference/sensitivity_reference.py → tests/fixtures/sensitivity/wholesale_reference.json):
 * wholesale customers, AHP eigenvector weights, SPSS QUICK CLUSTER (k = 3) on the two value scores.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/core/data/read.ts';
import type { Project } from '../../../src/core/model/project.ts';
import { validateProject } from '../../../src/core/model/validate.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';

const root = new URL('../../../', import.meta.url);
const ref = JSON.parse(readFileSync(new URL('tests/fixtures/sensitivity/wholesale_reference.json', root), 'utf8'));
const csv = readFileSync(new URL('datasets/wholesale_customers.csv', root));
const COLS = ['Fresh', 'Milk', 'Grocery', 'Frozen', 'Detergents_Paper', 'Delicassen'];

function wholesaleProject(options: { weighting?: Partial<Project['options']['weighting']>; segmentation?: Partial<Project['options']['segmentation']> } = {}): Project {
  const ind = (c: string) => ({ id: c.toLowerCase(), name: c, column: c, direction: 'benefit' as const });
  return {
    version: 1,
    name: 'wholesale sensitivity',
    data: {},
    hierarchy: {
      goal: 'Customer value',
      criteria: [
        { id: 'current', name: 'Current', role: 'current', indicators: COLS.slice(0, 3).map(ind) },
        { id: 'potential', name: 'Potential', role: 'potential', indicators: COLS.slice(3).map(ind) },
      ],
    },
    experts: [{ id: 'e1', name: 'E1' }],
    judgments: [
      { node: 'goal', expert: 'e1', items: ['current', 'potential'], matrix: [[1, 2], ['1/2', 1]] },
      { node: 'current', expert: 'e1', items: ['fresh', 'milk', 'grocery'], matrix: [[1, 3, 5], ['1/3', 1, 2], ['1/5', '1/2', 1]] },
      { node: 'potential', expert: 'e1', items: ['frozen', 'detergents_paper', 'delicassen'], matrix: [[1, '1/2', 2], [2, 1, 4], ['1/2', '1/4', 1]] },
    ],
    options: {
      ahp: { method: 'eigen', ri: 'saaty1980', aggregation: 'aij' },
      weighting: { method: 'ahp', objective: 'entropy', combination: 'linear', alpha: 0.5, ...options.weighting },
      normalisation: 'minmax',
      missing: 'drop',
      scoring: { split: 'mean', abc: { source: 'Fresh', cuts: [0.8, 0.95] } },
      segmentation: { features: 'scores', k: 3, kMin: 2, kMax: 3, restarts: 2, seed: 1, maxIterations: 100, silhouetteSample: 5000, naming: 'gbank', clusterMethod: 'quick-cluster', quickCluster: { mxiter: 20 }, ...options.segmentation },
    },
  } as Project;
}

function wholesale() {
  return readTable(csv);
}

describe('weight sensitivity through the pipeline (wholesale, QUICK CLUSTER k = 3)', () => {
  const { table, report, lines } = wholesale();
  const project = wholesaleProject();
  const result = runPipeline(project, table, { report, lines, sensitivity: true });
  const s = result.sensitivity!;

  it('the test project is valid and its unperturbed weights are the reference eigenvector weights', () => {
    expect(validateProject(project).filter((p) => p.severity === 'error')).toEqual([]);
    result.weights.indicators.forEach((w, j) => expect(w.final).toBeCloseTo(ref.baseWeights[j], 12));
    expect(s.topCount).toBe(ref.topCount);
    expect(s.segments).toBe(true);
    expect(s.judgmentsApply).toBe(true);
  });

  it('perturbs the same judgments and weights, in the same order, as the reference', () => {
    const key = (r: { kind: string; step: string; node?: string; row?: string; col?: string; indicator?: string }) => [r.kind, r.step, r.node ?? '', r.row ?? '', r.col ?? '', r.indicator ?? ''].join('|');
    expect(s.rows.map(key)).toEqual(ref.rows.map(key));
  });

  it('gives the reference weights, rank reversals and shares of top customers, segments and quadrants that change', () => {
    s.rows.forEach((row, i) => {
      const r = ref.rows[i];
      expect(row.failed).toBeUndefined();
      row.weights.forEach((w, j) => expect(Math.abs(w - r.weights[j])).toBeLessThan(1e-9));
      if (r.kind === 'judgment') expect([row.from, row.to]).toEqual([r.from, r.to].map((v: number) => expect.closeTo(v, 12)));
      expect(row.rankReversals).toBe(r.rankReversals);
      expect(row.topChange).toBeCloseTo(r.topChange, 12);
      expect(row.segmentChange).toBeCloseTo(r.segmentChange, 12);
      expect(row.quadrantChange).toBeCloseTo(r.quadrantChange, 12);
    });
  });

  it('finds some change on this data, so the comparison above is not between zeros', () => {
    expect(s.rows.some((r) => (r.segmentChange ?? 0) > 0)).toBe(true);
    expect(s.rows.some((r) => r.rankReversals > 0)).toBe(true);
    expect(s.rows.some((r) => (r.topChange ?? 0) > 0)).toBe(true);
  });

  it('is left out unless the caller asks for it (it re-runs the clustering once per perturbation)', () => {
    expect(runPipeline(project, table, { report, lines }).sensitivity).toBeUndefined();
  });
});

describe('which perturbations apply', () => {
  const { table, report, lines } = wholesale();
  it('has no judgment rows when the final weights are entropy weights, which judgments do not move', () => {
    const s = runPipeline(wholesaleProject({ weighting: { method: 'entropy' } }), table, { report, lines, sensitivity: true }).sensitivity!;
    expect(s.judgmentsApply).toBe(false);
    expect(s.rows.every((r) => r.kind === 'weight')).toBe(true);
    expect(s.rows).toHaveLength(12);
  });
  it('moves combined weights with the judgments', () => {
    const s = runPipeline(wholesaleProject({ weighting: { method: 'combined' } }), table, { report, lines, sensitivity: true }).sensitivity!;
    expect(s.judgmentsApply).toBe(true);
    const goalUp = s.rows.find((r) => r.kind === 'judgment' && r.node === 'goal' && r.step === 'up')!;
    const ahpUp = ref.rows[0].weights as number[];
    const entropy = runPipeline(wholesaleProject({ weighting: { method: 'combined' } }), table, { report, lines, sensitivity: false }).weights.indicators.map((w) => w.entropy!);
    // linear combination α = 0.5 of the reference AHP weights and the entropy weights
    goalUp.weights.forEach((w, j) => expect(w).toBeCloseTo(0.5 * ahpUp[j] + 0.5 * entropy[j], 9));
  });
  it('never changes segments clustered on unweighted z-scores, which the weights do not enter', () => {
    const s = runPipeline(wholesaleProject({ segmentation: { features: 'zscores' } }), table, { report, lines, sensitivity: true }).sensitivity!;
    expect(s.rows.every((r) => r.segmentChange === 0)).toBe(true);
    expect(s.rows.some((r) => (r.topChange ?? 0) > 0)).toBe(true);
  });
});

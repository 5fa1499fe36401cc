/**
 * Hand-made inputs for the report tests (not a test file): a five-row table with awkward cells,
 * a project over it, and a `Result` literal whose numbers are chosen by hand (the report only
 * shows them, so the tests check that each number lands in the right cell).
 *
 * AHP: goal → current : potential = [[1, 3], [1/3, 1]] → 0.75 / 0.25; current → deposits :
 * loans = [[1, 2], [1/2, 1]] → 2/3 / 1/3; potential → growth, overdue, products = Saaty's
 * classic [[1, 3, 5], [1/3, 1, 3], [1/5, 1/3, 1]] → 0.6370 / 0.2583 / 0.1047, λmax = 3.0385,
 * CI = 0.0193, RI = 0.58, CR = 0.0332 (Saaty 1980 RI table); λmax is stored as 3.038511 so that it rounds
 * unambiguously.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { defaultOptions, type Project } from '../../../src/core/model/project.ts';
import type { Result, Segment } from '../../../src/core/result.ts';
import type { AnovaRow } from '../../../src/core/explain/anova.ts';
import type { AhpAnalysis } from '../../../src/core/ahp/types.ts';

/** Customer ids as in the file: a formula, a negative number as text, a comma/quote/line break. */
export const IDS = ['C1', '=HYPERLINK("http://evil.example","x")', '-3.5', 'C4', 'C5, "Ltd"\nBranch'];

export function sampleTable(): ColumnTable {
  return aq.table({
    id: IDS,
    deposits: Float64Array.from([100, 250.5, NaN, 80, 1e-7]),
    loans: Float64Array.from([10, 20, 30, NaN, -3.5]),
    growth: Float64Array.from([0.125, 0.05, -0.02, 0.1, 0]),
    overdue: Float64Array.from([0, 5, 12, 3, 1]),
    products: Float64Array.from([4, 2, 1, 1, 6]),
    industry: ['Retail', 'Logistics', null, 'Retail', '@SUM(1,2)'],
  });
}

export function sampleProject(): Project {
  return {
    version: 1,
    name: 'Report test',
    data: { source: 'customers.csv', idColumn: 'id' },
    hierarchy: {
      goal: 'Customer value',
      criteria: [
        {
          id: 'current',
          name: 'Current value',
          role: 'current',
          indicators: [
            { id: 'dep', name: 'Deposits', column: 'deposits', direction: 'benefit' },
            { id: 'loan', name: 'Loans', column: 'loans', direction: 'benefit' },
          ],
        },
        {
          id: 'potential',
          name: 'Potential value',
          role: 'potential',
          indicators: [
            { id: 'growth', name: 'Growth', column: 'growth', direction: 'benefit' },
            { id: 'overdue', name: 'Overdue days', column: 'overdue', direction: 'cost' },
            { id: 'products', name: 'Products', column: 'products', direction: 'benefit' },
          ],
        },
      ],
    },
    experts: [{ id: 'e1', name: 'Expert 1' }],
    judgments: [],
    options: {
      ...defaultOptions(),
      scoring: {
        split: 'mean',
        tiers: { source: 'deposits', thresholds: [50, 100, 200], labels: ['Ordinary', 'Gold', 'Platinum', 'Diamond'] },
        abc: { source: 'score:composite', cuts: [0.8, 0.95] },
      },
      segmentation: { ...defaultOptions().segmentation, k: 2, kMin: 2, kMax: 4, restarts: 7, seed: 20240601, silhouetteSample: 5000 },
    },
  };
}

function analysis(matrix: number[][], weights: number[], lambdaMax: number, ci: number, ri: number, cr: number): AhpAnalysis {
  return { matrix, weights, lambdaMax, ci, ri, cr, consistent: cr < 0.1, worst: [], cycles: [] };
}

/** Per table row (5 rows) values the builder picks from with `rows`. */
const PER_ROW = {
  composite: [52.123456, 40, 33.33336, 10, 75.5],
  current: [60, 30.5, 20, 5, 80],
  potential: [40, 55, 50, 20, 70.123456],
  quadrant: [1, 2, 3, 3, 0],
  tier: [1, 3, 0, 0, 0],
  abc: [0, 1, 2, 2, 0],
  cluster: [1, 2, 2, 2, 1],
};

function anovaRow(column: string, r: Partial<AnovaRow>): AnovaRow {
  return {
    column,
    groups: 2,
    n: 4,
    ssb: 0,
    ssw: 0,
    dfb: 1,
    dfw: 2,
    msb: null,
    msw: null,
    f: null,
    p: null,
    groupMeans: Float64Array.from([0, 0]),
    groupSds: [null, null],
    ...r,
  };
}

function segment(cluster: number, s: Partial<Segment>): Segment {
  return {
    cluster,
    size: 2,
    share: 0.5,
    type: 'hh',
    boundary: false,
    name: { 'zh-CN': '高质量型', en: 'High quality' },
    strategy: null,
    meanComposite: 0,
    current: null,
    potential: null,
    means: [],
    z: [],
    distinctive: [],
    centre: [],
    ...s,
  };
}

/**
 * A Result over the rows `rows` of `sampleTable()` (default: every row but row 4, index 3,
 * dropped for a missing loan value).
 */
export function sampleResult(rows: number[] = [0, 1, 2, 4]): Result {
  const pick = (v: number[]) => Float64Array.from(rows, (r) => v[r]);
  const third = 1 / 3;
  return {
    rows: Int32Array.from(rows),
    n: rows.length,
    missing: {
      policy: 'drop',
      dropped: 5 - rows.length,
      columns: [
        { column: 'deposits', missing: 1, lines: [4] },
        { column: 'loans', missing: 1, lines: [5] },
      ],
    },
    ahp: {
      method: 'eigen',
      ri: 'saaty1980',
      aggregation: 'aij',
      riLabel: 'Saaty (1980)',
      riSource: 'T. L. Saaty, The Analytic Hierarchy Process, McGraw-Hill, 1980.',
      nodes: [
        {
          node: 'goal',
          name: 'Customer value',
          path: 'hierarchy',
          items: [{ id: 'current', name: 'Current value' }, { id: 'potential', name: 'Potential value' }],
          experts: [{ expert: 'e1', ...analysis([[1, 3], [third, 1]], [0.75, 0.25], 2, 0, 0, 0) }],
          aggregated: analysis([[1, 3], [third, 1]], [0.75, 0.25], 2, 0, 0, 0),
          local: [0.75, 0.25],
          global: 1,
        },
        {
          node: 'current',
          name: 'Current value',
          path: 'hierarchy.criteria[0]',
          items: [{ id: 'dep', name: 'Deposits' }, { id: 'loan', name: 'Loans' }],
          experts: [{ expert: 'e1', ...analysis([[1, 2], [0.5, 1]], [2 / 3, third], 2, 0, 0, 0) }],
          aggregated: analysis([[1, 2], [0.5, 1]], [2 / 3, third], 2, 0, 0, 0),
          local: [2 / 3, third],
          global: 0.75,
        },
        {
          node: 'potential',
          name: 'Potential value',
          path: 'hierarchy.criteria[1]',
          items: [{ id: 'growth', name: 'Growth' }, { id: 'overdue', name: 'Overdue days' }, { id: 'products', name: 'Products' }],
          experts: [{ expert: 'e1', ...analysis([[1, 3, 5], [third, 1, 3], [0.2, third, 1]], [0.637, 0.2583, 0.1047], 3.038511, 0.0193, 0.58, 0.0332) }],
          aggregated: analysis([[1, 3, 5], [third, 1, 3], [0.2, third, 1]], [0.637, 0.2583, 0.1047], 3.038511, 0.0193, 0.58, 0.0332),
          local: [0.637, 0.2583, 0.1047],
          global: 0.25,
        },
      ],
      global: [
        { id: 'dep', name: 'Deposits', column: 'deposits', direction: 'benefit', weight: 0.5, path: ['current'] },
        { id: 'loan', name: 'Loans', column: 'loans', direction: 'benefit', weight: 0.25, path: ['current'] },
        { id: 'growth', name: 'Growth', column: 'growth', direction: 'benefit', weight: 0.15925, path: ['potential'] },
        { id: 'overdue', name: 'Overdue days', column: 'overdue', direction: 'cost', weight: 0.064575, path: ['potential'] },
        { id: 'products', name: 'Products', column: 'products', direction: 'benefit', weight: 0.026175, path: ['potential'] },
      ],
      totalCR: 0.0111,
      totalConsistent: true,
    },
    weights: {
      method: 'ahp',
      indicators: [
        { id: 'dep', name: 'Deposits', column: 'deposits', direction: 'benefit', criterion: 'current', role: 'current', ahp: 0.5, entropy: 0.3, critic: 0.21, final: 0.5, constant: false },
        { id: 'loan', name: 'Loans', column: 'loans', direction: 'benefit', criterion: 'current', role: 'current', ahp: 0.25, entropy: 0.2, critic: 0.19, final: 0.25, constant: false },
        { id: 'growth', name: 'Growth', column: 'growth', direction: 'benefit', criterion: 'potential', role: 'potential', ahp: 0.15925, entropy: 0.25, critic: 0.2, final: 0.15925, constant: false },
        { id: 'overdue', name: 'Overdue days', column: 'overdue', direction: 'cost', criterion: 'potential', role: 'potential', ahp: 0.064575, entropy: 0.25, critic: 0.4, final: 0.064575, constant: false },
        { id: 'products', name: 'Products', column: 'products', direction: 'benefit', criterion: 'potential', role: 'potential', ahp: 0.026175, entropy: 0, critic: null, final: 0.026175, constant: true },
      ],
      entropy: { e: [0.94, 0.96, 0.95, 0.95, 1], d: [0.06, 0.04, 0.05, 0.05, 0] },
    },
    scores: {
      composite: pick(PER_ROW.composite),
      current: pick(PER_ROW.current),
      potential: pick(PER_ROW.potential),
      criteria: { current: pick(PER_ROW.current), potential: pick(PER_ROW.potential) },
    },
    // Not read by the report: whatever the composite's summary is, the report is the same.
    scoreSummary: { bins: [], mean: NaN, median: NaN },
    // Not read by the report either (the scoring model's inputs).
    modelInputs: [],
    matrix: { quadrant: Uint8Array.from(rows, (r) => PER_ROW.quadrant[r]), cut: { current: 47.625, potential: 53.78 }, counts: [1, 1, 1, 1] },
    tiers: { labels: ['Ordinary', 'Gold', 'Platinum', 'Diamond'], tier: Uint8Array.from(rows, (r) => PER_ROW.tier[r]), counts: [2, 1, 0, 1], thresholds: [50, 100, 200] },
    abc: { cls: Uint8Array.from(rows, (r) => PER_ROW.abc[r]), counts: [2, 1, 1], cuts: [0.8, 0.95] },
    clustering: {
      features: 'scores',
      featureNames: ['score:current', 'score:potential'],
      sweep: [
        { k: 2, inertia: 1234.5678, silhouette: 0.61, silhouetteSampleSize: rows.length, calinskiHarabasz: 12.5, daviesBouldin: 0.45, iterations: 3, converged: true },
        { k: 3, inertia: 456.25, silhouette: 0.52, silhouetteSampleSize: rows.length, calinskiHarabasz: 10.25, daviesBouldin: 0.5, iterations: 4, converged: true },
        { k: 4, inertia: 0, silhouette: null, silhouetteSampleSize: rows.length, calinskiHarabasz: null, daviesBouldin: null, iterations: 300, converged: false },
      ],
      knee: 3,
      bestSilhouette: 2,
      k: 2,
      labels: Int32Array.from(rows, (r) => PER_ROW.cluster[r]),
      inertia: 1234.5678,
      silhouette: 0.61,
      silhouetteSampleSize: rows.length,
      silhouetteSamples: new Float64Array(rows.length).fill(0.61),
      silhouetteRows: Int32Array.from(rows, (_, i) => i),
      iterations: 3,
      converged: true,
      seed: 20240601,
      restarts: 7,
    },
    segments: [
      segment(1, {
        size: 2,
        share: 0.5,
        type: 'hh',
        name: { 'zh-CN': '高质量型', en: 'High quality' },
        meanComposite: 63.811728,
        current: { mean: 70, population: 47.625, diffSd: 1.2, high: true, boundary: false },
        potential: { mean: 55.061725, population: 53.78, diffSd: 0.05, high: true, boundary: true },
        boundary: true,
        means: [50.00000005, 3.25, 0.0625, 0.5, 5],
        z: [0.41, -0.72, 0.83, -0.95, 1.1],
        distinctive: [{ index: 4, column: 'products', z: 1.1, sign: 1 }, { index: 3, column: 'overdue', z: -0.95, sign: -1 }],
        centre: [70, 55.061725],
      }),
      segment(2, {
        size: 2,
        share: 0.5,
        type: 'll',
        name: { 'zh-CN': '低质量型', en: 'Low quality' },
        meanComposite: 36.666675,
        current: { mean: 25.25, population: 47.625, diffSd: -1.2, high: false, boundary: false },
        potential: { mean: 52.5, population: 53.78, diffSd: -0.05, high: false, boundary: true },
        boundary: true,
        means: [250.5, 25, 0.015, 8.5, 1.5],
        z: [-0.41, 0.72, -0.83, 0.95, -1.1],
        distinctive: [{ index: 4, column: 'products', z: -1.1, sign: -1 }],
        centre: [25.25, 52.5],
      }),
    ],
    anova: {
      groups: [1, 2],
      sizes: [2, 2],
      rows: [
        anovaRow('deposits', { ssb: 40000, ssw: 5000, msb: 40000, msw: 2500, f: 16, p: 0.0572 }),
        anovaRow('loans', { ssb: 473, ssw: 300, msb: 473, msw: 150, f: 3.1533, p: 0.2178 }),
        anovaRow('growth', { ssb: 0.0023, ssw: 0.0001, msb: 0.0023, msw: 0.00005, f: 46, p: 0.0000421 }),
        anovaRow('overdue', { ssb: 64, ssw: 0, msb: 64, msw: 0, f: Infinity, p: 0, note: 'no-within-variance' }),
        anovaRow('products', { ssb: 0, ssw: 0, msb: 0, msw: 0, f: null, p: null, note: 'constant' }),
      ],
      problems: [],
    },
    population: { means: [112.6, 14.125, 0.03875, 4.5, 3.25], sds: [104.4, 14.4, 0.06, 5.3, 2.2] },
    problems: [],
  };
}

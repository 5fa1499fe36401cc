import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTable } from '../../src/core/data/read.ts';
import { runPipeline, scoreProject } from '../../src/core/pipeline.ts';
import type { Project } from '../../src/core/model/project.ts';
import { generate } from '../../datasets/generate-sample.ts';

const root = new URL('../../', import.meta.url);
const sampleCsv = readFileSync(new URL('datasets/corporate_customers.csv', root));
const sampleProject = (): Project => JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8'));
const read = (bytes: Uint8Array | string) => readTable(bytes);
const run = (project: Project, bytes: Uint8Array | string = sampleCsv) => {
  const { table, report, lines } = read(bytes);
  return runPipeline(project, table, { report, lines });
};

describe('runPipeline on the shipped sample project', () => {
  const result = run(sampleProject());

  it('uses the file the generator makes (the shipped CSV is reproducible from its seed)', () => {
    expect(sampleCsv.toString('utf8')).toBe(generate());
  });

  it('gives the AHP global weights of the methodology teaching example (goal 2:1, chains 1..5 and 1,1,2,3,3)', () => {
    // methodology.md §1.3: current 0.419/0.263/0.160/0.097/0.062 and potential 0.313/0.313/0.176/0.099/0.099,
    // goal [[1,2],[1/2,1]] → 2/3 and 1/3; global = product.
    const expected = [0.419, 0.263, 0.16, 0.097, 0.062].map((w) => (w * 2) / 3).concat([0.313, 0.313, 0.176, 0.099, 0.099].map((w) => w / 3));
    result.weights.indicators.forEach((w, j) => expect(w.ahp).toBeCloseTo(expected[j], 3));
    expect(result.ahp.totalConsistent).toBe(true);
  });

  it('computes the composite score as 100 · Σ w·x′ with min–max by direction, checked by a direct re-computation', () => {
    const { table } = read(sampleCsv);
    const w = result.weights.indicators;
    const cols = w.map((ind) => {
      const c = Array.from(table.column(ind.column) as unknown as Float64Array);
      const finite = c.filter(Number.isFinite).sort((a, b) => a - b);
      const m = finite.length;
      const median = m % 2 ? finite[(m - 1) / 2] : (finite[m / 2 - 1] + finite[m / 2]) / 2;
      const filled = c.map((v) => (Number.isFinite(v) ? v : median));
      const lo = Math.min(...filled);
      const hi = Math.max(...filled);
      return filled.map((v) => (ind.direction === 'cost' ? (hi - v) / (hi - lo) : (v - lo) / (hi - lo)));
    });
    for (const i of [0, 17, 123, 599]) {
      const s = 100 * w.reduce((acc, ind, j) => acc + ind.final * cols[j][i], 0);
      expect(result.scores.composite[i]).toBeCloseTo(s, 9);
    }
  });

  it('finds four segments, one of each value-matrix type, named by the G Bank scheme', () => {
    expect(result.clustering.k).toBe(4);
    expect(result.segments.map((s) => s.name.en)).toEqual(['High quality', 'High present value', 'High potential', 'Low quality']);
    expect(result.segments.map((s) => s.name['zh-CN'])).toEqual(['高质量型', '高现值型', '高潜力型', '低质量型']);
  });

  it('recovers the generator’s four groups in roughly their designed sizes (15 / 25 / 25 / 35 % of 600)', () => {
    const designed = { hh: 90, hl: 150, lh: 150, ll: 210 };
    for (const s of result.segments) expect(Math.abs(s.size - designed[s.type!]) / designed[s.type!]).toBeLessThan(0.2);
    expect(result.segments.reduce((a, s) => a + s.size, 0)).toBe(600);
  });

  it('numbers segments by value: cluster 1 has the highest mean composite score', () => {
    const means = result.segments.map((s) => s.meanComposite);
    expect([...means].sort((a, b) => b - a)).toEqual(means);
    expect(new Set(result.clustering.labels)).toEqual(new Set([1, 2, 3, 4]));
  });

  it('marks the elbow and the best silhouette at the designed k = 4', () => {
    expect(result.clustering.knee).toBe(4);
    expect(result.clustering.bestSilhouette).toBe(4);
    expect(result.clustering.sweep.map((r) => r.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('reports each imputed column with the line of its first missing value', () => {
    const loans = result.missing.columns.find((c) => c.column === 'loan_balance')!;
    expect(loans.missing).toBe(2);
    const lines = sampleCsv.toString('utf8').split('\n');
    expect(lines[loans.lines[0] - 1].split(',')[4]).toBe('');
  });

  it('is deterministic: the same project and data give the same labels and inertia', () => {
    const again = run(sampleProject());
    expect(Array.from(again.clustering.labels)).toEqual(Array.from(result.clustering.labels));
    expect(again.clustering.inertia).toBe(result.clustering.inertia);
  });
});

describe('scoreProject, the fast stage', () => {
  it('gives the same weights and scores as the full run, without clustering', () => {
    const { table, report, lines } = read(sampleCsv);
    const fast = scoreProject(sampleProject(), table, { report, lines });
    const full = runPipeline(sampleProject(), table, { report, lines });
    expect(Array.from(fast.scores.composite)).toEqual(Array.from(full.scores.composite));
    expect(fast.weights).toEqual(full.weights);
    expect(fast.matrix?.counts).toEqual(full.matrix?.counts);
    expect('clustering' in fast).toBe(false);
  });
});

describe('runPipeline with other choices', () => {
  it('combines AHP and entropy weights linearly with α', () => {
    const p = sampleProject();
    p.options.weighting = { method: 'combined', objective: 'entropy', combination: 'linear', alpha: 0.3 };
    const r = run(p);
    for (const w of r.weights.indicators) expect(w.final).toBeCloseTo(0.3 * w.ahp + 0.7 * w.entropy!, 12);
  });

  it('clusters on the weighted indicators when asked', () => {
    const p = sampleProject();
    p.options.segmentation.features = 'indicators';
    p.options.segmentation.kMax = 6;
    const r = run(p);
    expect(r.clustering.featureNames).toHaveLength(10);
    expect(r.segments).toHaveLength(4);
  });

  it('marks a custom name written for other segments: another k, or another 2×2 type at the same number', () => {
    const p = sampleProject();
    p.segments = [
      { cluster: 1, name: 'Stars', basis: { k: 4, type: 'hh' } },
      { cluster: 2, strategy: 'Call them.', basis: { k: 4, type: 'lh' } },
      { cluster: 3, name: 'Unknown origin' },
    ];
    const r = run(p);
    expect(r.segments.map((s) => s.type)).toEqual(['hh', 'hl', 'lh', 'll']);
    // cluster 1 is still the hh segment of k = 4; cluster 2 was lh when the text was written
    expect(r.segments.map((s) => s.customStale ?? false)).toEqual([false, true, false, false]);
    expect(r.segments[0].customName).toBe('Stars');
    expect(r.segments[1].customStrategy).toBe('Call them.');
    p.options.segmentation.k = 5;
    const five = run(p);
    expect(five.segments[0].customName).toBe('Stars');
    // every text with a basis is now stale (k differs); a text without a basis is not judged
    expect(five.segments.map((s) => s.customStale ?? false)).toEqual([true, true, false, false, false]);
  });

  it('drops rows with missing values when the policy says so', () => {
    const p = sampleProject();
    p.options.missing = 'drop';
    const r = run(p);
    expect(r.n).toBe(591);
    expect(r.missing.dropped).toBe(9);
  });

  it('names segments "Segment n" when no criteria carry the value roles', () => {
    const p = sampleProject();
    delete p.hierarchy.criteria[0].role;
    delete p.hierarchy.criteria[1].role;
    p.options.segmentation.features = 'indicators';
    p.options.scoring.abc.source = 'score:composite';
    const r = run(p);
    expect(r.matrix).toBeNull();
    expect(r.segments[0].name.en).toBe('Segment 1');
    expect(r.problems.map((x) => x.code)).toContain('pipeline.no-value-roles');
  });
});

describe('runPipeline on degenerate data', () => {
  it('runs with a constant indicator column, reports it, and produces no NaN anywhere', () => {
    const lines = sampleCsv.toString('utf8').trim().split('\n');
    const csv = lines.map((l, i) => (i === 0 ? l : l.split(',').map((c, j) => (j === 7 ? '5' : c)).join(','))).join('\n');
    const p = sampleProject();
    p.options.weighting = { method: 'combined', objective: 'entropy', combination: 'linear', alpha: 0.5 };
    const r = run(p, csv);
    const years = r.weights.indicators.find((w) => w.column === 'years_of_cooperation')!;
    expect(years.constant).toBe(true);
    expect(years.entropy).toBe(0);
    expect(r.problems.some((x) => x.message.includes('years_of_cooperation'))).toBe(true);
    expect(r.scores.composite.every(Number.isFinite)).toBe(true);
    expect(r.segments.every((s) => s.z.every(Number.isFinite) && s.means.every(Number.isFinite))).toBe(true);
    expect(r.clustering.sweep.every((row) => Number.isFinite(row.inertia))).toBe(true);
  });
});

describe('runPipeline on bad input', () => {
  it('names the indicator whose column is missing from the data', () => {
    const p = sampleProject();
    p.hierarchy.criteria[1].indicators![0].column = 'loan_bal';
    expect(() => run(p)).toThrow('hierarchy.criteria[1].indicators[0].column: no column "loan_bal" in the data');
  });

  it('refuses an indicator bound to a non-numeric column', () => {
    const p = sampleProject();
    p.hierarchy.criteria[0].indicators![0].column = 'region';
    expect(() => run(p)).toThrow('hierarchy.criteria[0].indicators[0].column: column "region" is categorical, not numeric');
  });

  it('names the judgment that is off the Saaty scale', () => {
    const p = sampleProject();
    p.judgments[1].matrix[0][1] = 10;
    expect(() => run(p)).toThrow('Judgment "Average daily deposits" vs "Loan balance" (node Current value, expert Expert 1) is 10; the Saaty scale allows 1/9 to 9.');
  });

  it('refuses k larger than the number of distinct customers', () => {
    const p = sampleProject();
    p.options.segmentation.k = 5;
    p.options.segmentation.kMin = 2;
    p.options.segmentation.kMax = 3;
    const csv = sampleCsv.toString('utf8').split('\n').slice(0, 5).join('\n');
    p.options.scoring.tiers = undefined;
    expect(() => run(p, csv)).toThrow(/k = 5/);
  });

  it('refuses an indicator column with no readable value', () => {
    const lines = sampleCsv.toString('utf8').trim().split('\n');
    const csv = lines.map((l, i) => (i === 0 ? l : l.split(',').map((c, j) => (j === 9 ? 'NA' : c)).join(','))).join('\n');
    expect(() => run(sampleProject(), csv)).toThrow(/credit_rating/);
  });
});

describe('runPipeline at scale', () => {
  it('carries the sampled silhouette’s size and standard error into each sweep row when the customers exceed the sample limit', () => {
    const project = sampleProject();
    project.options.segmentation.silhouetteSample = 200;
    project.options.segmentation.kMax = 4;
    project.options.segmentation.restarts = 1;
    const r = run(project);
    for (const row of r.clustering.sweep) {
      expect(row.silhouetteSampleSize).toBe(200);
      expect(row.silhouetteSpread?.repeats).toBe(1);
      expect(row.silhouetteSpread?.standardError).toBeGreaterThan(0);
      expect(row.silhouetteSpread?.standardError).toBeLessThan(0.05);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTable } from '../../../src/core/data/read.ts';
import { handleMissing } from '../../../src/core/data/missing.ts';
import { greyRelational } from '../../../src/core/evaluate/gra.ts';
import { topsis } from '../../../src/core/evaluate/topsis.ts';
import { scoreProject } from '../../../src/core/pipeline.ts';
import { validateProject } from '../../../src/core/model/validate.ts';
import { entropyWeights } from '../../../src/core/weighting/entropy.ts';
import type { Project } from '../../../src/core/model/project.ts';

// The evaluation functions themselves are checked against numpy in evaluate.test.ts; here the
// pipeline must feed them the right columns and weights and use their score everywhere.
const root = new URL('../../../', import.meta.url);
const csv = readFileSync(new URL('datasets/corporate_customers.csv', root));
const project = (): Project => JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8'));
const { table, report, lines } = readTable(csv);
const score = (p: Project) => scoreProject(p, table, { report, lines });

const base = score(project());
const names = base.weights.indicators.map((w) => w.column);
const directions = base.weights.indicators.map((w) => w.direction);
const cols = handleMissing(names.map((n) => table.column(n) as unknown as Float64Array), names, project().options.missing, lines).columns;
const final = base.weights.indicators.map((w) => w.final);
const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);

describe('the scoring method drives the composite, criterion scores, value matrix and tiers', () => {
  it('keeps the weighted sum when the project has no scoring method (old projects unchanged)', () => {
    const p = project();
    p.options.scoring.method = 'weighted-sum';
    expect(maxDiff(score(p).scores.composite, base.scores.composite)).toBe(0);
  });

  it('scores by 100 × TOPSIS closeness with the final weights, per criterion on its own indicators', () => {
    const p = project();
    p.options.scoring.method = 'topsis';
    const r = score(p);
    const expected = topsis(cols, final, { directions }).scores;
    expect(maxDiff(r.scores.composite, expected.map((v) => 100 * v))).toBeLessThan(1e-10);
    const current = base.weights.indicators.map((w, j) => (w.role === 'current' ? j : -1)).filter((j) => j >= 0);
    const c = topsis(current.map((j) => cols[j]), current.map((j) => final[j]), { directions: current.map((j) => directions[j]) }).scores;
    expect(maxDiff(r.scores.current!, c.map((v) => 100 * v))).toBeLessThan(1e-10);
    // the value matrix splits at the mean of the new current score
    const mean = r.scores.current!.reduce((a, b) => a + b, 0) / r.n;
    expect(r.matrix!.cut.current).toBeCloseTo(mean, 10);
  });

  it('uses the entropy weights (with the project’s shift) for entropy-weight TOPSIS', () => {
    const p = project();
    p.options.scoring.method = 'entropy-topsis';
    p.options.weighting.entropy = { normalisation: 'minmax', shift: 'spssau' };
    const w = entropyWeights(cols, { directions, shift: 'spssau' }).weights;
    expect(maxDiff(score(p).scores.composite, topsis(cols, w, { directions }).scores.map((v) => 100 * v))).toBeLessThan(1e-10);
  });

  it('scores by 100 × grey relational grade with the project’s ρ', () => {
    const p = project();
    p.options.scoring.method = 'gra';
    p.options.scoring.rho = 0.4;
    const g = greyRelational(cols, final, { directions, rho: 0.4 }).scores;
    expect(maxDiff(score(p).scores.composite, g.map((v) => 100 * v))).toBeLessThan(1e-10);
  });

  it('reports the entropy weights of the chosen normalisation and shift', () => {
    const p = project();
    p.options.weighting.entropy = { normalisation: 'none', shift: 'spssau' };
    const r = score(p);
    const w = entropyWeights(cols, { directions, normalisation: 'none', shift: 'spssau' }).weights;
    expect(maxDiff(r.weights.indicators.map((x) => x.entropy!), w)).toBe(0);
    expect(maxDiff(w, base.weights.indicators.map((x) => x.entropy!))).toBeGreaterThan(1e-4);
  });
});

describe('project validation of the new options', () => {
  it('accepts a project without them and with valid values', () => {
    const p = project();
    expect(validateProject(p).filter((x) => x.severity === 'error')).toEqual([]);
    p.options.scoring.method = 'gra';
    p.options.scoring.rho = 1;
    p.options.weighting.entropy = { normalisation: 'none', shift: 'spssau' };
    expect(validateProject(p).filter((x) => x.severity !== 'info')).toEqual([]);
  });

  it('names a wrong scoring method, ρ, normalisation or shift by its path', () => {
    const p = project() as any;
    p.options.scoring.method = 'vikor';
    p.options.scoring.rho = 0;
    p.options.weighting.entropy = { normalisation: 'zscore', shift: 0.01, extra: 1 };
    const paths = validateProject(p).map((x) => x.where.path);
    expect(paths).toEqual(expect.arrayContaining(['options.scoring.method', 'options.scoring.rho', 'options.weighting.entropy.normalisation', 'options.weighting.entropy.shift', 'options.weighting.entropy.extra']));
  });
});

describe('the warehouse scoring model', () => {
  it('refuses a project scored by TOPSIS or GRA (the model is a weighted sum; those scores depend on the whole data)', async () => {
    const { modelFromFiles } = await import('../../../src/cli/model.ts');
    const p = project();
    p.options.scoring.method = 'topsis';
    const bytes = new TextEncoder().encode(JSON.stringify(p));
    expect(() => modelFromFiles(bytes, 'p.json', csv, 'corporate_customers.csv')).toThrow(expect.objectContaining({ code: 'model.scoring-method' }));
  });
});

describe('the warehouse scoring model and z-score features', () => {
  it('refuses segments clustered on unweighted z-scores instead of assigning new customers on weighted indicators', async () => {
    const { modelFromFiles } = await import('../../../src/cli/model.ts');
    const p = project();
    p.options.segmentation.features = 'zscores';
    p.options.segmentation.restarts = 1;
    const bytes = new TextEncoder().encode(JSON.stringify(p));
    expect(() => modelFromFiles(bytes, 'p.json', csv, 'corporate_customers.csv')).toThrow(expect.objectContaining({ code: 'model.features' }));
  });
});

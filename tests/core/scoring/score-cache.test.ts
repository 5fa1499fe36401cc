import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTable } from '../../../src/core/data/read.ts';
import { runPipeline, scoreProject } from '../../../src/core/pipeline.ts';
import { ScoreCache } from '../../../src/core/scoring/score-cache.ts';
import type { Project } from '../../../src/core/model/project.ts';
import { generate } from '../../../datasets/generate-sample.ts';

const root = new URL('../../../', import.meta.url);
const sampleProject = (): Project => JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8'));

/** Sets judgment (0, 1) of the project's `k`-th matrix and its reciprocal, as the slider does. */
const judge = (p: Project, k: number, v: number): void => {
  p.judgments[k].matrix[0][1] = v >= 1 ? v : `1/${1 / v}`;
  p.judgments[k].matrix[1][0] = v >= 1 ? `1/${v}` : 1 / v;
};

/** Edits a user makes one after the other, each applied to the project before it. */
const EDITS: [string, (p: Project) => void][] = [
  ['a goal judgment', (p) => judge(p, 0, 3)],
  ['a judgment inside a criterion', (p) => judge(p, 1, 1 / 2)],
  ['the AHP method', (p) => (p.options.ahp.method = 'geometric')],
  ['entropy weights', (p) => (p.options.weighting.method = 'entropy')],
  ['CRITIC weights', (p) => (p.options.weighting.method = 'critic')],
  ['combined weights', (p) => (p.options.weighting = { method: 'combined', objective: 'critic', combination: 'linear', alpha: 0.3 })],
  ['α', (p) => (p.options.weighting.alpha = 0.7)],
  ['z-scores', (p) => (p.options.normalisation = 'zscore')],
  ['min–max again', (p) => (p.options.normalisation = 'minmax')],
  ['a direction', (p) => (p.hierarchy.criteria[0].indicators![1].direction = 'cost')],
  ['the missing-value policy', (p) => (p.options.missing = 'drop')],
  ['mean imputation', (p) => (p.options.missing = 'mean')],
  ['the tiers source', (p) => (p.options.scoring.tiers!.source = 'loan_balance')],
  ['a tier threshold', (p) => (p.options.scoring.tiers!.thresholds[0] = 100)],
  ['tiers on the composite score', (p) => (p.options.scoring.tiers = { source: 'score:composite', thresholds: [40, 60], labels: ['C', 'B', 'A'] })],
  ['the ABC cuts', (p) => (p.options.scoring.abc.cuts = [0.7, 0.9])],
  ['ABC on the composite score', (p) => (p.options.scoring.abc.source = 'score:composite')],
  ["two indicators bound to each other's column", (p) => {
    const [a, b] = p.hierarchy.criteria[0].indicators!;
    [a.column, b.column] = [b.column, a.column];
  }],
  ['the split rule', (p) => (p.options.scoring.split = 'median')],
  ['back to the first judgment', (p) => judge(p, 0, 2)],
];

/** A run's result, or the error it threw (code and message). */
const outcome = (f: () => unknown): unknown => {
  try {
    return { result: f() };
  } catch (e) {
    return { error: `${(e as { code?: string }).code}: ${(e as Error).message}` };
  }
};

describe('ScoreCache: the scoring stage with its data-only parts cached', () => {
  it('gives exactly the fresh computation after every edit of a sequence, reusing work for judgment edits', () => {
    const { table, report, lines } = readTable(generate(2000, 7));
    const cache = new ScoreCache();
    let p = sampleProject();
    scoreProject(p, table, { report, lines, scoreCache: cache });
    let failed = 0;
    for (const [what, edit] of EDITS) {
      p = structuredClone(p);
      edit(p);
      const hitsBefore = cache.hits;
      const cached = outcome(() => scoreProject(p, table, { report, lines, scoreCache: cache }));
      const fresh = outcome(() => scoreProject(p, table, { report, lines }));
      expect(cached, what).toEqual(fresh);
      if ('error' in (fresh as object)) failed++;
      if (what.includes('judgment') || what === 'the AHP method' || what === 'α') expect(cache.hits, what).toBeGreaterThan(hitsBefore);
    }
    // The sequence passes through a tier source with missing values: errors are compared too.
    expect(failed).toBeGreaterThan(0);
    expect(failed).toBeLessThan(EDITS.length / 2);
  });

  it('gives the same full run (clusters and segments) as without the cache', () => {
    const { table, report, lines } = readTable(generate(700, 3));
    const cache = new ScoreCache();
    const p = sampleProject();
    p.options.segmentation.kMax = 5;
    runPipeline(p, table, { report, lines, scoreCache: cache });
    judge(p, 0, 4);
    expect(runPipeline(p, table, { report, lines, scoreCache: cache })).toEqual(runPipeline(p, table, { report, lines }));
  });

  it('starts afresh for another table, even one with the same columns', () => {
    const a = readTable(generate(650, 1));
    const b = readTable(generate(650, 2));
    const cache = new ScoreCache();
    const p = sampleProject();
    scoreProject(p, a.table, { report: a.report, lines: a.lines, scoreCache: cache });
    const onB = scoreProject(p, b.table, { report: b.report, lines: b.lines, scoreCache: cache });
    expect(onB).toEqual(scoreProject(p, b.table, { report: b.report, lines: b.lines }));
  });

  it('throws the same error again when an objective method cannot run on the data, and still serves AHP weights', () => {
    // Every indicator constant: entropy weights are undefined (all d_j = 0).
    const header = readFileSync(new URL('datasets/corporate_customers.csv', root), 'utf8').split('\n')[0];
    const cells = header.split(',').map((h) => (h === 'customer_id' ? 'C1' : h === 'industry' ? 'Retail' : h === 'region' ? 'East' : '5'));
    const csv = [header, ...[1, 2, 3].map((i) => cells.map((c) => (c === 'C1' ? `C${i}` : c)).join(','))].join('\n');
    const { table, report, lines } = readTable(csv);
    const cache = new ScoreCache();
    const p = sampleProject();
    p.options.weighting.method = 'entropy';
    const fresh = (() => {
      try {
        scoreProject(p, table, { report, lines });
      } catch (e) {
        return e;
      }
    })();
    expect((fresh as { code?: string })?.code).toBe('weighting.all-constant');
    for (let i = 0; i < 2; i++) expect(() => scoreProject(p, table, { report, lines, scoreCache: cache })).toThrow((fresh as Error).message);
    p.options.weighting.method = 'ahp';
    const ahp = scoreProject(p, table, { report, lines, scoreCache: cache });
    expect(ahp).toEqual(scoreProject(p, table, { report, lines }));
    expect(ahp.weights.indicators.every((w) => w.entropy === null)).toBe(true);
  });

  it('does not let a caller change the cache through a result', () => {
    const { table, report, lines } = readTable(generate(650, 5));
    const cache = new ScoreCache();
    const p = sampleProject();
    const first = scoreProject(p, table, { report, lines, scoreCache: cache });
    first.rows.fill(0);
    first.tiers!.tier.fill(0);
    first.abc!.cls.fill(0);
    first.missing.columns.length = 0;
    expect(scoreProject(p, table, { report, lines, scoreCache: cache })).toEqual(scoreProject(p, table, { report, lines }));
  });
});

import { describe, expect, it } from 'vitest';
import { givenWeights } from '../../../src/core/weighting/given.ts';
import { readTable } from '../../../src/core/data/read.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { defaultOptions, type Project } from '../../../src/core/model/project.ts';
import { validateProject } from '../../../src/core/model/validate.ts';
import { methodsParagraph } from '../../../src/core/report/methods.ts';
import { InputError } from '../../../src/core/errors.ts';
import { reportWords } from '../../../src/i18n/report.ts';

describe('given weights', () => {
  it('keeps weights that already sum to 1 as they are, without a note', () => {
    const g = givenWeights(['a', 'b', 'c'], { a: 0.5, b: 0.3, c: 0.2 });
    expect(Array.from(g.weights)).toEqual([0.5, 0.3, 0.2]);
    expect(g.rescaled).toBe(false);
    expect(g.problems).toEqual([]);
  });

  it('divides weights by their sum (2, 1, 1 → 0.5, 0.25, 0.25) with a note naming the sum', () => {
    const g = givenWeights(['a', 'b', 'c'], { a: 2, b: 1, c: 1 });
    expect(Array.from(g.weights)).toEqual([0.5, 0.25, 0.25]);
    expect(g.sum).toBe(4);
    expect(g.problems).toHaveLength(1);
    expect(g.problems[0]).toMatchObject({ code: 'weighting.given-rescaled', severity: 'info', params: { sum: 4 } });
  });

  it('refuses a negative weight, a missing weight and all zeros, naming the place', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as InputError;
      }
      throw new Error('expected an error');
    };
    expect(err(() => givenWeights(['a', 'b'], { a: 1, b: -0.5 })).code).toBe('weighting.given-negative');
    const missing = err(() => givenWeights(['a', 'b'], { a: 1 }, { names: ['存款', '贷款'] }));
    expect(missing.code).toBe('weighting.given-missing');
    expect(missing.where.path).toBe('options.weighting.given["b"]');
    expect(missing.message).toContain('贷款');
    expect(err(() => givenWeights(['a', 'b'], { a: 0, b: 0 })).code).toBe('weighting.given-zero');
  });
});

function project(given: Record<string, number>): Project {
  const options = defaultOptions();
  options.weighting.method = 'given';
  options.weighting.given = given;
  options.segmentation.k = 2;
  options.segmentation.kMax = 3;
  return {
    version: 1,
    name: 'given',
    data: {},
    hierarchy: {
      goal: 'value',
      criteria: [
        { id: 'current', name: 'Current', role: 'current', indicators: [{ id: 'x', name: 'X', column: 'x', direction: 'benefit' }] },
        { id: 'potential', name: 'Potential', role: 'potential', indicators: [{ id: 'y', name: 'Y', column: 'y', direction: 'cost' }] },
      ],
    },
    experts: [{ id: 'e1', name: 'E1' }],
    judgments: [{ node: 'goal', expert: 'e1', items: ['current', 'potential'], matrix: [[1, 9], ['1/9', 1]] }],
    options,
  };
}

describe('runPipeline with given weights', () => {
  const csv = 'x,y\n0,10\n5,0\n10,5\n';
  const { table, report, lines } = readTable(csv);

  it('scores with the given weights instead of the AHP judgments (hand-worked: w = 0.25, 0.75)', () => {
    const r = runPipeline(project({ x: 1, y: 3 }), table, { report, lines });
    expect(r.weights.indicators.map((w) => w.final)).toEqual([0.25, 0.75]);
    // x′ = 0, 0.5, 1; y′ (cost) = 0, 1, 0.5 → S = 100(0.25x′ + 0.75y′) = 0, 87.5, 62.5
    expect(Array.from(r.scores.composite)).toEqual([0, 87.5, 62.5]);
    expect(r.problems.some((p) => p.code === 'weighting.given-rescaled')).toBe(true);
  });

  it('names the method and the rescaling in the methods paragraph', () => {
    const p = project({ x: 1, y: 3 });
    const r = runPipeline(p, table, { report, lines });
    expect(methodsParagraph(p, r, reportWords('zh-CN'))).toContain('给定权重（文献或业务规定的固定系数）');
    expect(methodsParagraph(p, r, reportWords('en'))).toContain('the given values summed to 4 and were divided by that sum');
  });

  it('is a valid project only with a non-negative weight per entry', () => {
    const bad = project({ x: -1, y: 1 });
    const problems = validateProject(bad).filter((p) => p.severity === 'error');
    expect(problems.map((p) => p.where.path)).toEqual(['options.weighting.given["x"]']);
    const none = project({});
    delete none.options.weighting.given;
    expect(validateProject(none).some((p) => p.where.path === 'options.weighting.given')).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readData } from '../../../src/core/data/read-data.ts';
import { columnTable } from '../../../src/core/data/table.ts';
import { InputError } from '../../../src/core/errors.ts';
import { applyPeriod, comparePeriods, freezePeriod } from '../../../src/core/periods/index.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { findTemplate, templateProject } from '../../../src/core/templates/index.ts';
import { templatePeriod2 } from '../../../src/core/templates/next-period.ts';
import { defaultOptions, type Project } from '../../../src/core/model/project.ts';

const ref = JSON.parse(readFileSync('tests/fixtures/periods/icbc-reference.json', 'utf8'));
const read = (path: string) => readData(readFileSync(path), { fileName: path });

function icbc() {
  const project = templateProject(findTemplate('icbc-star')!, 'en');
  const one = read('datasets/templates/icbc-star.csv');
  const two = read('datasets/templates/period2/icbc-star.csv');
  const result = runPipeline(project, one.table, { lines: one.lines, report: one.report });
  return { project, one, two, result };
}

describe('two periods of the icbc-star template against pandas and scikit-learn', () => {
  const { project, one, two, result } = icbc();
  const cmp = comparePeriods(project, one.table, result, two.table, { lines1: one.lines, lines2: two.lines });

  it('counts the customers in both periods, the new and the lost as an outer merge by id does', () => {
    expect({ period1: cmp.customers[0], period2: cmp.customers[1], matched: cmp.matched, new: cmp.new, lost: cmp.lost }).toEqual(ref.customers);
  });

  it('scores period 2 with period 1 min–max parameters and given weights (composite to 1e-9)', () => {
    const got = Array.from(cmp.period2.composite);
    expect(got).toHaveLength(ref.period2Composite.length);
    got.forEach((v, i) => expect(v).toBeCloseTo(ref.period2Composite[i], 9));
    // a customer beyond period 1's range is not clamped
    expect(Math.max(...got)).toBeGreaterThan(Math.max(...Array.from(result.scores.composite)));
  });

  it('clusters period 1 at the centres scikit-learn finds, numbered by mean composite', () => {
    result.segments.forEach((s, c) => {
      expect(s.centre[0]).toBeCloseTo(ref.centres[c][0], 6);
      expect(s.centre[1]).toBeCloseTo(ref.centres[c][1], 6);
    });
  });

  for (const scheme of ['tier', 'segment', 'abc', 'quadrant'] as const) {
    it(`gives the ${scheme} migration matrix, moves, new and lost of the pandas crosstab`, () => {
      const m = cmp.schemes.find((s) => s.scheme === scheme)!;
      const r = ref.migrations[scheme];
      expect(m.matrix).toEqual(r.matrix);
      expect({ up: m.up, down: m.down, same: m.same, changed: m.changed }).toEqual({ up: r.up, down: r.down, same: r.same, changed: r.changed });
      expect(m.newByClass).toEqual(r.new);
      expect(m.lostByClass).toEqual(r.lost);
    });
  }

  it('labels star levels from one star up and segments by number and name', () => {
    expect(cmp.schemes[0].labels.en).toEqual(['★', '★★', '★★★', '★★★★', '★★★★★', '★★★★★★', '★★★★★★★']);
    expect(cmp.schemes[1].labels.en[0]).toMatch(/^1 /);
  });
});

describe('period 1 applied to itself', () => {
  it('gives back the pipeline scores, stars, quadrants, ABC classes and segments of every template', () => {
    for (const id of ['icbc-star', 'banka-retail', 'gbank-corporate', 'banka-corporate', 'spdb-survey']) {
      const t = findTemplate(id)!;
      const project = templateProject(t, 'zh-CN');
      const one = readData(new TextEncoder().encode(t.generate()), { fileName: `${id}.csv` });
      const result = runPipeline(project, one.table, { lines: one.lines, report: one.report });
      const frozen = freezePeriod(project, one.table, result, { lines: one.lines });
      const applied = applyPeriod(project, frozen, one.table, { lines: one.lines });
      const rows = Array.from(result.rows);
      rows.forEach((r, i) => expect(applied.composite[r]).toBeCloseTo(result.scores.composite[i], 9));
      if (result.tiers) expect(rows.map((r) => applied.tier[r])).toEqual(Array.from(result.tiers.tier));
      if (result.matrix) expect(rows.map((r) => applied.quadrant[r])).toEqual(Array.from(result.matrix.quadrant));
      if (result.abc) expect(rows.map((r) => applied.abc[r])).toEqual(Array.from(result.abc.cls));
      expect(rows.map((r) => applied.segment[r] + 1)).toEqual(Array.from(result.clustering.labels));
    }
  });
});

/** A small project: id, two indicators under current / potential, tiers on a column, k = 2. */
function small(): Project {
  const options = defaultOptions();
  options.segmentation = { ...options.segmentation, k: 2, kMin: 2, kMax: 3, restarts: 2 };
  options.scoring.tiers = { source: 'x', thresholds: [5], labels: ['low', 'high'] };
  return {
    version: 1,
    name: 'small',
    data: { idColumn: 'id' },
    hierarchy: {
      goal: 'goal',
      criteria: [
        { id: 'c', name: 'current', role: 'current', indicators: [{ id: 'x', name: 'x', column: 'x', direction: 'benefit' }] },
        { id: 'p', name: 'potential', role: 'potential', indicators: [{ id: 'y', name: 'y', column: 'y', direction: 'cost' }] },
      ],
    },
    experts: [{ id: 'e1', name: 'e1' }],
    judgments: [{ node: 'goal', expert: 'e1', items: ['c', 'p'], matrix: [[1, 1], [1, 1]] }],
    options,
  };
}

const table = (ids: string[], x: number[], y: number[]) => columnTable([['id', ids], ['x', Float64Array.from(x)], ['y', Float64Array.from(y)]], ['id', 'x', 'y']);

describe('scoring a second period by hand-worked values', () => {
  const project = small();
  const t1 = table(['a', 'b', 'c', 'd'], [0, 2, 8, 10], [10, 8, 2, 0]);
  const r1 = runPipeline(project, t1);

  it('uses period 1 min and max: x = 20 scores 200 on the current value, y = 15 (a cost) −50 on the potential', () => {
    const cmp = comparePeriods(project, t1, r1, table(['a', 'e'], [20, 5], [15, 5]));
    expect(Array.from(cmp.period2.current!)).toEqual([200, 50]);
    expect(Array.from(cmp.period2.potential!)).toEqual([-50, 50]);
    // tiers by the column x at 5: a is high, e (x = 5) is high too (≥ 5)
    expect(Array.from(cmp.period2.tier)).toEqual([1, 1]);
    const tier = cmp.schemes.find((s) => s.scheme === 'tier')!;
    expect(tier.up).toBe(1); // a: low (x = 0) → high
    expect(tier.lostByClass).toEqual([1, 2]); // b (low), c, d (high)
    expect(tier.newByClass).toEqual([0, 1]); // e
  });

  it('gives a missing value period 1’s median under the median policy', () => {
    const cmp = comparePeriods(project, t1, r1, table(['a'], [NaN], [5]));
    // median of x in period 1 = (2 + 8) / 2 = 5 → current 50
    expect(cmp.period2.current![0]).toBe(50);
  });

  it('leaves a customer unscored under the drop policy and says at which line', () => {
    const p = small();
    p.options.missing = 'drop';
    const r = runPipeline(p, t1);
    const cmp = comparePeriods(p, t1, r, table(['a', 'b'], [NaN, 3], [5, 5]));
    expect(cmp.period2.unscored).toEqual({ count: 1, lines: [2] });
    expect(cmp.period2.segment[0]).toBe(-1);
    expect(cmp.problems.map((x) => x.code)).toContain('periods.unscored');
  });

  it('refuses a project without an identifier column', () => {
    const p = small();
    delete p.data.idColumn;
    expect(() => comparePeriods(p, t1, runPipeline(p, t1), t1)).toThrowError(expect.objectContaining({ code: 'periods.no-id' }));
  });

  it('refuses TOPSIS scores, which depend on the whole population of a period', () => {
    const p = small();
    p.options.scoring.method = 'topsis';
    expect(() => comparePeriods(p, t1, runPipeline(p, t1), t1)).toThrowError(expect.objectContaining({ code: 'periods.scoring-method' }));
  });

  it('names the column period 2 lacks', () => {
    const t2 = columnTable([['id', ['a']], ['x', Float64Array.of(1)]], ['id', 'x']);
    try {
      comparePeriods(project, t1, r1, t2);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).params).toMatchObject({ column: 'y' });
    }
  });

  it('names both lines of an identifier that appears twice in period 2', () => {
    expect(() => comparePeriods(project, t1, r1, table(['a', 'a'], [1, 2], [1, 2]))).toThrowError(expect.objectContaining({ code: 'periods.duplicate-id', params: expect.objectContaining({ first: 2, line: 3 }) }));
  });

  it('assigns z-score clustering features with period 1 means and SDs', () => {
    const p = small();
    p.options.segmentation.features = 'zscores';
    const r = runPipeline(p, t1);
    const cmp = comparePeriods(p, t1, r, t1);
    expect(Array.from(cmp.period2.segment, (s) => s + 1)).toEqual(Array.from(r.clustering.labels));
  });
});

describe('the second period of a template', () => {
  it('is seeded: the shipped file is what the generator writes', () => {
    expect(readFileSync('datasets/templates/period2/icbc-star.csv', 'utf8')).toBe(templatePeriod2(findTemplate('icbc-star')!));
  });
});

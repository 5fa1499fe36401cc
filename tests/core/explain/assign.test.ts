import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { assignQuadrants, quadrantFit } from '../../../src/core/explain/assign.ts';
import type { SegmentType } from '../../../src/core/scoring/matrix.ts';
import { readTable } from '../../../src/core/data/read.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { defaultOptions, type Project } from '../../../src/core/model/project.ts';
import { methodsParagraph } from '../../../src/core/report/methods.ts';
import { reportWords } from '../../../src/i18n/report.ts';

// Made offline by tests/reference/naming_reference.py (numpy + itertools brute force).
const reference: Record<string, { positions: [number, number][]; types: SegmentType[]; fit: number; unique: boolean }> = JSON.parse(
  readFileSync(new URL('../../fixtures/templates/naming.json', import.meta.url), 'utf8'),
);
const own = (c: number, p: number): SegmentType => `${c >= 0 ? 'h' : 'l'}${p >= 0 ? 'h' : 'l'}` as SegmentType;

describe('the one-to-one assignment of four segments to the four quadrants', () => {
  for (const [name, ref] of Object.entries(reference)) {
    it(`matches the brute-force reference for the ${name} case`, () => {
      const a = assignQuadrants(ref.positions.map(([c, p]) => ({ current: c, potential: p, type: own(c, p) })));
      expect(a.types).toEqual(ref.types);
      expect(a.fit).toBeCloseTo(ref.fit, 12);
      expect(new Set(a.types).size).toBe(4);
    });
  }

  it('keeps every centre in its own quadrant when the four centres lie in four quadrants, and notes no departure', () => {
    const ref = reference['four-quadrants'];
    const a = assignQuadrants(ref.positions.map(([c, p]) => ({ current: c, potential: p, type: own(c, p) })));
    expect(a.types).toEqual(ref.positions.map(([c, p]) => own(c, p)));
    expect(a.departs).toEqual([]);
  });

  it('moves the less-low of two low/low centres to high potential (hand-worked total fit 0.2 + 2.2 + 2.7 + 1.8)', () => {
    const a = assignQuadrants([
      { current: -0.5, potential: -0.3, type: 'll' },
      { current: -1.2, potential: -1.0, type: 'll' },
      { current: 1.5, potential: 1.2, type: 'hh' },
      { current: 1.0, potential: -0.8, type: 'hl' },
    ]);
    expect(a.types).toEqual(['lh', 'll', 'hh', 'hl']);
    expect(a.departs).toEqual([0]);
    expect(a.fit).toBeCloseTo(0.2 + 2.2 + 2.7 + 1.8, 12);
  });

  it('defines the fit as the signed sum along the quadrant diagonal, with a missing SD position counting as 0', () => {
    expect(quadrantFit({ current: 0.4, potential: -0.9 }, 'hl')).toBeCloseTo(1.3, 12);
    expect(quadrantFit({ current: null, potential: -0.9 }, 'lh')).toBeCloseTo(-0.9, 12);
  });

  it('refuses another number of segments', () => {
    expect(() => assignQuadrants([{ current: 1, potential: 1, type: 'hh' }])).toThrow(RangeError);
  });
});

/** 40 customers in four groups whose centres lie in only three quadrants: hh, hl and two low/low. */
function threeQuadrantCsv(): string {
  const centres = [
    [90, 90],
    [90, 10],
    [10, 10],
    [40, 35],
  ];
  const lines = ['id,deposits,growth'];
  let id = 1;
  for (const [x, y] of centres) {
    for (let i = 0; i < 10; i++) lines.push(`${id++},${x + ((i % 5) - 2)},${y + ((i * 3) % 5) - 2}`);
  }
  return lines.join('\n') + '\n';
}

function gbankProject(): Project {
  const options = defaultOptions();
  options.segmentation.kMax = 5;
  return {
    version: 1,
    name: 'G Bank style',
    data: {},
    hierarchy: {
      goal: '对公客户价值',
      criteria: [
        { id: 'current', name: '当前价值', role: 'current', indicators: [{ id: 'dep', name: '存款', column: 'deposits', direction: 'benefit' }] },
        { id: 'potential', name: '潜在价值', role: 'potential', indicators: [{ id: 'gr', name: '增长', column: 'growth', direction: 'benefit' }] },
      ],
    },
    experts: [{ id: 'e1', name: 'E1' }],
    judgments: [{ node: 'goal', expert: 'e1', items: ['current', 'potential'], matrix: [[1, 1], [1, 1]] }],
    options,
  };
}

describe('runPipeline names four clusters in three quadrants with four different names', () => {
  const { table, report, lines } = readTable(threeQuadrantCsv());
  const result = runPipeline(gbankProject(), table, { report, lines });

  it('gives 高质量型, 高现值型, 高潜力型 and 低质量型 once each, the less-low low/low cluster becoming 高潜力型', () => {
    const names = result.segments.map((s) => s.name['zh-CN']);
    expect([...names].sort()).toEqual(['低质量型', '高潜力型', '高现值型', '高质量型'].sort());
    const moved = result.segments.find((s) => s.centreType !== undefined)!;
    expect(moved.centreType).toBe('ll');
    expect(moved.type).toBe('lh');
    expect(moved.name['zh-CN']).toBe('高潜力型');
    // the (40, 35) group: mean deposits 40
    expect(moved.means[0]).toBeCloseTo(40, 0);
    expect(result.clustering.nameRule).toBe('one-to-one');
  });

  it('notes the segment whose name departs from its centre quadrant, and says so in the methods paragraph', () => {
    const notes = result.problems.filter((p) => p.code === 'explain.name-departs');
    expect(notes).toHaveLength(1);
    expect(notes[0].params).toMatchObject({ centre: 'll', assigned: 'lh', k: 4 });
    expect(methodsParagraph(gbankProject(), result, reportWords('zh-CN'))).toContain('一一对应到四个象限');
    expect(methodsParagraph(gbankProject(), result, reportWords('en'))).toContain('differs from the quadrant its centre lies in');
  });

  it('uses the strategy of the name it gives, not of the centre quadrant', () => {
    const moved = result.segments.find((s) => s.centreType !== undefined)!;
    expect(moved.strategy!['zh-CN'].strategy).toContain('培育型营销');
  });

  it('keeps the 2×2 rule with numerals when the project asks for it, and names that rule in the methods paragraph', () => {
    const project = gbankProject();
    project.options.segmentation.nameRule = 'quadrant';
    const r = runPipeline(project, table, { report, lines });
    expect(r.segments.map((s) => s.name['zh-CN']).filter((n) => n.startsWith('低质量型')).sort()).toEqual(['低质量型 I', '低质量型 II']);
    expect(r.clustering.nameRule).toBe('quadrant');
    expect(methodsParagraph(project, r, reportWords('en'))).toContain('numbered I, II');
  });

  it('uses the 2×2 rule for k other than 4', () => {
    const project = gbankProject();
    project.options.segmentation.k = 5;
    const r = runPipeline(project, table, { report, lines });
    expect(r.clustering.nameRule).toBe('quadrant');
    expect(r.segments.every((s) => s.centreType === undefined)).toBe(true);
  });
});

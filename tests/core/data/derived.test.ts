import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTable } from '../../../src/core/data/read.ts';
import { addDerivedColumns, describeDerived, type DerivedColumn } from '../../../src/core/data/derived.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { defaultOptions, type Project } from '../../../src/core/model/project.ts';
import { validateProject } from '../../../src/core/model/validate.ts';

const csv = readFileSync(new URL('../../fixtures/templates/derived.csv', import.meta.url));
// Made offline by tests/reference/derived_reference.py (numpy).
const reference: Record<string, { values: (number | null)[]; undefinedLines: number[] }> = JSON.parse(
  readFileSync(new URL('../../fixtures/templates/derived.json', import.meta.url), 'utf8'),
);

const A = 'dep,osit';
const D = 'd => globalThis.x=1';
const E = '存款 (万元)';
const F = 'say "hi"';
const definitions: DerivedColumn[] = [
  { name: 'index', kind: 'weighted-sum', inputs: [A, '__proto__', 'constructor'], coefficients: [0.5, 1.2, -0.3] },
  { name: 'ratio', kind: 'ratio', inputs: [A, '__proto__'] },
  { name: 'diff', kind: 'difference', inputs: [D, E] },
  { name: 'log', kind: 'log', inputs: ['constructor'], offset: -1 },
  { name: 'share', kind: 'share', inputs: [E, F] },
];

describe('derived columns on data whose column names are hostile', () => {
  const { table, lines } = readTable(csv);
  const r = addDerivedColumns(table, definitions, { lines });

  for (const d of definitions) {
    it(`computes ${d.kind} as numpy does, leaving the undefined rows missing (never NaN in a value used)`, () => {
      const got = Array.from(r.table.column(d.name) as unknown as Float64Array, (v) => (Number.isFinite(v) ? v : null));
      const want = reference[d.name].values;
      got.forEach((v, i) => (want[i] === null ? expect(v).toBeNull() : expect(v).toBeCloseTo(want[i]!, 12)));
    });
  }

  it('names every undefined row by its file line, with the reason', () => {
    for (const d of definitions) {
      const ps = r.problems.filter((p) => p.params?.column === d.name);
      const listed = ps.flatMap((p) => String(p.params!.lines).split(', ').map(Number)).sort((a, b) => a - b);
      expect(listed).toEqual(reference[d.name].undefinedLines);
    }
    const ratio = r.problems.filter((p) => p.params?.column === 'ratio');
    expect(ratio.map((p) => [p.variant, p.params!.lines])).toEqual([
      ['missing', '4'],
      ['zero', '3'],
    ]);
    expect(r.problems.find((p) => p.params?.column === 'log')!.variant).toBe('log');
  });

  it('treats hostile names as plain keys: nothing is evaluated and the prototype is untouched', () => {
    expect((globalThis as Record<string, unknown>).x).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(r.table.columnNames()).toContain('__proto__');
  });

  it('lets a derived column use an earlier one, and refuses a name the data already has', () => {
    const chained = addDerivedColumns(table, [definitions[2], { name: 'twice', kind: 'weighted-sum', inputs: ['diff'], coefficients: [2] }]);
    expect(Array.from(chained.table.column('twice') as unknown as Float64Array)).toEqual([6, -8, 14, 2, -4]);
    expect(() => addDerivedColumns(table, [{ name: E, kind: 'log', inputs: [A] }])).toThrow(/already a column/);
    expect(() => addDerivedColumns(table, [{ name: 'x', kind: 'log', inputs: ['nope'] }])).toThrow(/no column "nope"/);
  });

  it('describes each definition in words, quoting names that are not plain', () => {
    expect(describeDerived(definitions[0])).toBe('index = 0.5 × "dep,osit" + 1.2 × __proto__ + -0.3 × constructor');
    expect(describeDerived(definitions[3])).toBe('log = ln(constructor + -1)');
  });
});

describe('derived columns in a project', () => {
  const project = (): Project => {
    const options = defaultOptions();
    options.segmentation.k = 2;
    options.segmentation.kMax = 3;
    options.scoring.abc.source = 'total';
    options.scoring.tiers = { source: 'total', thresholds: [10], labels: ['low', 'high'] };
    return {
      version: 1,
      name: 'derived',
      // total = __proto__ + 存款 (万元) = 22, 4, 10, 41, 8
      data: { derived: [...definitions, { name: 'total', kind: 'weighted-sum', inputs: ['__proto__', E], coefficients: [1, 1] }] },
      hierarchy: {
        goal: 'value',
        criteria: [
          { id: 'c', name: 'Current', role: 'current', indicators: [{ id: 'i', name: 'Index', column: 'index', direction: 'benefit' }] },
          { id: 'p', name: 'Potential', role: 'potential', indicators: [{ id: 's', name: 'Share', column: 'share', direction: 'benefit' }] },
        ],
      },
      experts: [{ id: 'e1', name: 'E1' }],
      judgments: [{ node: 'goal', expert: 'e1', items: ['c', 'p'], matrix: [[1, 1], [1, 1]] }],
      options,
    };
  };

  it('serves as indicator, tier source and ABC source; undefined rows follow the missing-value policy', () => {
    const { table, report, lines } = readTable(csv);
    const r = runPipeline(project(), table, { report, lines });
    expect(r.problems.some((p) => p.code === 'derived.undefined')).toBe(true);
    const index = r.missing.columns.find((c) => c.column === 'index')!;
    expect(index.missing).toBe(1);
    expect(index.lines).toEqual([4]);
    expect(Array.from(r.scores.composite).every(Number.isFinite)).toBe(true);
    expect(r.tiers!.counts).toEqual([2, 3]);
    // ABC by total: sorted 41, 22, 10, 8, 4 of 85; share held by those ranked above: 0, 48 %, 74 %, 86 %, 95.3 % → A A A B C
    expect(r.abc!.counts).toEqual([3, 1, 1]);
  });

  it('is checked as data: a bad kind, a missing coefficient, an unknown input', () => {
    const p = project();
    p.data.derived = [{ name: 'x', kind: 'power' as never, inputs: ['a'] }, { name: 'y', kind: 'weighted-sum', inputs: ['a', 'b'], coefficients: [1] }];
    expect(validateProject(p).filter((q) => q.severity === 'error').map((q) => q.where.path)).toEqual(['data.derived[0].kind', 'data.derived[1].coefficients']);
    const q = project();
    q.data.derived = [{ name: 'index', kind: 'log', inputs: ['nope'] }];
    const binding = validateProject(q, readTable(csv).report.columns.map((c) => ({ name: c.name, type: c.type })));
    expect(binding.map((x) => x.where.path)).toContain('data.derived[0].inputs[0]');
  });
});

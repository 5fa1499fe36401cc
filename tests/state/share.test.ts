import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { readTable } from '../../src/core/data/read.ts';
import { scoreProject } from '../../src/core/pipeline.ts';
import type { Project } from '../../src/core/model/project.ts';
import { generate } from '../../datasets/generate-sample.ts';
import { same, share } from '../../src/state/share.ts';

const root = new URL('../../', import.meta.url);
const sampleProject = (): Project => JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8'));

describe('same: exact deep equality of result data', () => {
  it('compares typed arrays element by element, NaN equal to NaN, and tells array types apart', () => {
    expect(same(Float64Array.of(1, NaN), Float64Array.of(1, NaN))).toBe(true);
    expect(same(Float64Array.of(1, 2), Float64Array.of(1, 2 + 1e-15))).toBe(false);
    expect(same(Int32Array.of(1, 2), Float64Array.of(1, 2))).toBe(false);
    expect(same([1, [2, { a: null }]], [1, [2, { a: null }]])).toBe(true);
    expect(same({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(same(0, -0)).toBe(false);
  });
});

describe('share: structural sharing between successive results', () => {
  it('returns a value deep-equal to the new one for any pair of plain data', () => {
    const data = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.double(), fc.string({ maxLength: 3 }), fc.constant(null), tie('array'), tie('object'), fc.float64Array({ maxLength: 4 })),
      array: fc.array(tie('value'), { maxLength: 4 }),
      object: fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 }),
    })).value;
    fc.assert(
      fc.property(data, data, (prev, next) => {
        const frozen = structuredClone(next);
        const out = share(prev, next);
        expect(same(out, next)).toBe(true);
        expect(same(next, frozen)).toBe(true); // next is not modified
      }),
    );
  });

  it('keeps the earlier objects for the parts a judgment edit leaves unchanged, and new ones for the rest', () => {
    const { table, report, lines } = readTable(generate(700, 4));
    const p = sampleProject();
    const before = scoreProject(p, table, { report, lines });
    p.judgments[0].matrix[0][1] = 3;
    p.judgments[0].matrix[1][0] = '1/3';
    const after = scoreProject(p, table, { report, lines });
    const shared = share(before, after);
    expect(shared).toEqual(after);
    // ABC and tiers of a data column, the rows and the missing-value report do not depend on the judgments.
    expect(shared.abc).toBe(before.abc);
    expect(shared.tiers).toBe(before.tiers);
    expect(shared.rows).toBe(before.rows);
    expect(shared.missing).toBe(before.missing);
    // The weights and every score do.
    expect(shared.weights).not.toBe(before.weights);
    expect(shared.scores.composite).toBe(after.scores.composite);
    expect(shared.matrix).not.toBe(before.matrix);
    // An identical result is the earlier object itself.
    expect(share(before, scoreProject(sampleProject(), table, { report, lines }))).toBe(before);
  });
});

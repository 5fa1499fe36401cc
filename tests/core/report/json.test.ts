import { describe, expect, it } from 'vitest';
import { resultToJson, toJsonSafe } from '../../../src/core/report/json.ts';
import { sampleResult } from './builder.ts';

describe('resultToJson', () => {
  it('turns typed arrays into plain arrays with the same values', () => {
    const json = resultToJson(sampleResult()) as { rows: unknown; scores: { composite: unknown }; matrix: { quadrant: unknown }; clustering: { labels: unknown } };
    expect(json.rows).toEqual([0, 1, 2, 4]);
    expect(Array.isArray(json.rows)).toBe(true);
    expect(json.scores.composite).toEqual([52.123456, 40, 33.33336, 75.5]);
    expect(json.matrix.quadrant).toEqual([1, 2, 3, 0]);
    expect(json.clustering.labels).toEqual([1, 2, 2, 1]);
  });

  it('writes NaN and ±Infinity as null (the ANOVA F of a perfectly separated column is Infinity)', () => {
    const r = sampleResult();
    r.scores.composite[1] = NaN;
    const json = resultToJson(r) as { scores: { composite: unknown[] }; anova: { rows: { f: unknown }[] } };
    expect(json.scores.composite[1]).toBeNull();
    expect(json.anova.rows[3].f).toBeNull();
    expect(JSON.stringify(json)).not.toMatch(/NaN|Infinity/);
  });

  it('survives JSON.stringify / JSON.parse unchanged and leaves the result untouched', () => {
    const r = sampleResult();
    const json = resultToJson(r);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(r.rows).toBeInstanceOf(Int32Array);
    expect(r.anova.rows[3].f).toBe(Infinity);
  });
});

describe('toJsonSafe', () => {
  it('drops undefined fields, turns undefined array items into null and keeps nesting', () => {
    expect(toJsonSafe({ a: undefined, b: [undefined, 1, { c: Float32Array.from([0.5]) }], d: null })).toEqual({ b: [null, 1, { c: [0.5] }], d: null });
  });

  it('refuses a cycle instead of overflowing the stack', () => {
    const a: { self?: unknown } = {};
    a.self = a;
    expect(() => toJsonSafe(a)).toThrow('resultToJson: the value contains a cycle.');
  });

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { x: 1 };
    expect(toJsonSafe({ a: shared, b: shared })).toEqual({ a: { x: 1 }, b: { x: 1 } });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ahpCommand, UsageError } from '../../src/cli/commands.ts';

/** numpy from the published formulas: tests/reference/fuzzy_ahp_reference.py. */
const ref = JSON.parse(readFileSync(new URL('../fixtures/ahp/fuzzy-reference.json', import.meta.url), 'utf8'));
const c = ref.crisp['retail-current-4'];
const bytes = (s: string) => new TextEncoder().encode(s);
const matrix = bytes(JSON.stringify([[1, 2, 3, 5], ['1/2', 1, 2, 3], ['1/3', '1/2', 1, 2], ['1/5', '1/3', '1/2', 1]]));

describe('cli ahp with a fuzzy method', () => {
  it("prints Chang's weights, the middle matrix's CR and the whole extent analysis as numpy computes them", () => {
    const out = ahpCommand(matrix, 'm.json', { method: 'fuzzy-chang' });
    out.weights.forEach((w, i) => expect(Math.abs(w - c.chang.weights[i])).toBeLessThan(1e-12));
    expect(Math.abs(out.cr - c.middle.cr)).toBeLessThan(1e-9);
    const f = (out as { fuzzy?: { method: string; extents: number[][] } }).fuzzy!;
    expect(f.method).toBe('fuzzy-chang');
    f.extents.forEach((s, i) => s.forEach((v, k) => expect(Math.abs(v - c.chang.extents[i][k])).toBeLessThan(1e-12)));
  });

  it("prints Buckley's weights", () => {
    const out = ahpCommand(matrix, 'm.json', { method: 'fuzzy-buckley' });
    out.weights.forEach((w, i) => expect(Math.abs(w - c.buckley.weights[i])).toBeLessThan(1e-12));
    expect('fuzzy' in ahpCommand(matrix, 'm.json', { method: 'eigen' })).toBe(false);
  });

  it('refuses an unknown method and lists the fuzzy ones', () => {
    expect(() => ahpCommand(matrix, 'm.json', { method: 'fuzzy' })).toThrow(UsageError);
    expect(() => ahpCommand(matrix, 'm.json', { method: 'fuzzy' })).toThrow(/fuzzy-chang, fuzzy-buckley/);
  });
});

describe('cli ahp with judgments entered as triangular fuzzy numbers', () => {
  const saputro = ref.fuzzy['saputro-table9'];

  it('weights a matrix of [l, m, u] cells by the entered numbers (the published Table 9 of Saputro et al. gives its Chang weights 0.567, 0.077, 0.356)', () => {
    const out = ahpCommand(bytes(JSON.stringify(saputro.fuzzy)), 'f.json', { method: 'fuzzy-chang' }) as unknown as { weights: number[]; fuzzy: { entered: boolean; fuzzy: number[][][] } };
    out.weights.forEach((w, i) => expect(Math.abs(w - saputro.chang.weights[i])).toBeLessThan(1e-12));
    expect(out.weights.map((w) => Math.round(w * 1000) / 1000)).toEqual([0.567, 0.077, 0.356]);
    expect(out.fuzzy.entered).toBe(true);
    const b = ahpCommand(bytes(JSON.stringify(saputro.fuzzy)), 'f.json', { method: 'fuzzy-buckley' });
    b.weights.forEach((w, i) => expect(Math.abs(w - saputro.buckley.weights[i])).toBeLessThan(1e-12));
  });

  it('mixes crisp and fuzzy cells, an upper [l, m, u] with an empty lower cell, and checks consistency on the middle values', () => {
    const mixed = [[1, [1, 2, 4], 3], [null, 1, 2], ['1/3', '1/2', 1]];
    const out = ahpCommand(bytes(JSON.stringify(mixed)), 'm.json', { method: 'fuzzy-buckley' }) as unknown as { cr: number; fuzzy: { fuzzy: number[][][] } };
    expect(out.fuzzy.fuzzy[0][1]).toEqual([1, 2, 4]);
    expect(out.fuzzy.fuzzy[1][0]).toEqual([0.25, 0.5, 1]);
    expect(out.fuzzy.fuzzy[0][2]).toEqual([2, 3, 4]);
    const crisp = ahpCommand(bytes(JSON.stringify([[1, 2, 3], ['1/2', 1, 2], ['1/3', '1/2', 1]])), 'c.json', { method: 'fuzzy-buckley' });
    expect(out.cr).toBeCloseTo(crisp.cr, 14);
  });

  it('names the cell and field of a bad fuzzy judgment', () => {
    expect(() => ahpCommand(bytes(JSON.stringify([[1, [3, 2, 4]], [null, 1]])), 'bad.json', { method: 'fuzzy-chang' })).toThrow(/"item 1" vs "item 2" .* has l = 3 above m = 2/);
  });
});

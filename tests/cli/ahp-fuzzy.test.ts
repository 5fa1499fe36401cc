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

import { describe, expect, it } from 'vitest';
import { paretoOf, rankOrderOf, rememberDisplay } from '../../src/state/display.ts';
import type { Scored } from '../../src/core/result.ts';
import type { ResultDisplay } from '../../src/workers/protocol.ts';

const scored = (composite: number[]) =>
  ({ rows: Int32Array.from(composite, (_, i) => i), scores: { composite: Float64Array.from(composite), current: null, potential: null, criteria: {} } }) as unknown as Scored;

describe('display parts filed beside a result', () => {
  const pareto = { source: 'score:composite', cuts: [0.8, 0.95] as [number, number], points: [{ x: 0, y: 0 }, { x: 100, y: 100 }], valueShare: [0.8, 0.15, 0.05] };

  it('are found from the arrays they were computed from, and not from equal-looking other arrays', () => {
    const s = scored([3, 1, 2]);
    const display: ResultDisplay = { rankOrder: Int32Array.from([0, 2, 1]), pareto };
    rememberDisplay(s, display, null);
    expect(rankOrderOf(s.scores.composite)).toBe(display.rankOrder);
    expect(paretoOf(s, 'score:composite', [0.8, 0.95], null)).toBe(pareto);
    expect(paretoOf(s, 'score:composite', [0.7, 0.95], null)).toBeUndefined();
    const other = scored([3, 1, 2]);
    expect(rankOrderOf(other.scores.composite)).toBeUndefined();
  });

  it('tie a data column’s curve to the columns it was read from: another file’s columns find nothing', () => {
    const s = scored([5, 4]);
    const columns = Object.create(null);
    const colPareto = { ...pareto, source: '__proto__' };
    rememberDisplay(s, { rankOrder: Int32Array.from([0, 1]), pareto: colPareto }, columns);
    expect(paretoOf(s, '__proto__', [0.8, 0.95], columns)).toBe(colPareto);
    expect(paretoOf(s, '__proto__', [0.8, 0.95], Object.create(null))).toBeUndefined();
  });

  it('ignore a rank order of the wrong length', () => {
    const s = scored([1, 2, 3]);
    rememberDisplay(s, { rankOrder: Int32Array.from([0]), pareto: null }, null);
    expect(rankOrderOf(s.scores.composite)).toBeUndefined();
  });
});

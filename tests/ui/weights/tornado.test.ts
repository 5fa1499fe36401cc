import { describe, expect, it } from 'vitest';
import type { Sensitivity, SensitivityRow } from '../../../src/core/sensitivity/analyse.ts';
import { metricsOf, tornadoFactors } from '../../../src/ui/weights/tornado.ts';

const row = (over: Partial<SensitivityRow>): SensitivityRow => ({ kind: 'weight', step: 'up', indicator: 'a', indicatorName: 'A', from: 0.5, to: 0.55, weights: [], rankReversals: 0, topChange: 0, segmentChange: 0, quadrantChange: 0, ...over });
const sens = (rows: SensitivityRow[], segments = true): Sensitivity => ({ weightStep: 0.1, topShare: 0.1, topCount: 1, judgmentsApply: true, segments, segmentLimit: 20000, rows });

describe('tornado factors', () => {
  const rows = [
    row({ indicator: 'a', step: 'up', segmentChange: 0.01 }),
    row({ indicator: 'a', step: 'down', segmentChange: 0.02 }),
    row({ kind: 'judgment', indicator: undefined, node: 'goal', expert: 'e1', row: 'x', col: 'y', step: 'up', segmentChange: 0.05 }),
    row({ indicator: 'b', step: 'up', segmentChange: 0.02 }),
    row({ indicator: 'b', step: 'down', segmentChange: null, failed: 'scoring.zero-weights' }),
  ];
  it('pairs each factor’s down and up rows and orders factors by their larger outcome, ties in the analysis’ order', () => {
    const f = tornadoFactors(sens(rows), 'segmentChange');
    expect(f.map((x) => x.key)).toEqual(['j|goal|e1|x|y', 'w|a', 'w|b']);
    expect(f[0].down).toBeNull();
    expect(f[1].down?.segmentChange).toBe(0.02);
    expect(f.map((x) => x.swing)).toEqual([0.05, 0.02, 0.02]);
  });
  it('offers segment changes only when the segments were re-run', () => {
    expect(metricsOf(sens(rows))).toContain('segmentChange');
    expect(metricsOf(sens(rows, false))).not.toContain('segmentChange');
    expect(metricsOf(sens([row({ quadrantChange: null })]))).not.toContain('quadrantChange');
  });
});

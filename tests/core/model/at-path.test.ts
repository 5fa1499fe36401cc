import { describe, expect, it } from 'vitest';
import { indicatorAtPath } from '../../../src/core/model/at-path.ts';
import type { Hierarchy } from '../../../src/core/model/project.ts';

const hierarchy: Hierarchy = {
  goal: 'g',
  criteria: [
    { id: 'a', name: 'A', indicators: [{ id: 'a1', name: 'A1', column: 'x', direction: 'benefit' }] },
    { id: 'b', name: 'B', subcriteria: [{ id: 'b0', name: 'B0', indicators: [] }, { id: 'b1', name: 'B1', indicators: [{ id: 'i0', name: 'I0', column: 'y', direction: 'cost' }, { id: 'i1', name: 'I1', column: 'z', direction: 'benefit' }] }] },
  ],
};

describe('the indicator a validation path points into', () => {
  it('is found through criteria and sub-criteria', () => {
    expect(indicatorAtPath({ hierarchy }, 'hierarchy.criteria[0].indicators[0].column')?.id).toBe('a1');
    expect(indicatorAtPath({ hierarchy }, 'hierarchy.criteria[1].subcriteria[1].indicators[1].column')?.id).toBe('i1');
  });
  it('is none for a path elsewhere or out of range', () => {
    expect(indicatorAtPath({ hierarchy }, 'options.missing')).toBeUndefined();
    expect(indicatorAtPath({ hierarchy }, 'hierarchy.criteria[5].indicators[0].column')).toBeUndefined();
    expect(indicatorAtPath({ hierarchy }, 'hierarchy.criteria[1].subcriteria[0].indicators[0].column')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { clearOverride, keepOverride, overrideOf, setOverride } from '../../../src/core/model/segment-overrides.ts';
import type { Project } from '../../../src/core/model/project.ts';

/** Only `segments` matters to these edits. */
const sampleProject = (): Project => ({}) as Project;

describe('segment overrides', () => {
  it('sets a name with its basis, keeps the list sorted by cluster, and drops an empty list', () => {
    const p = sampleProject();
    delete p.segments;
    setOverride(p, 2, 'name', '  Core  ', { k: 4, type: 'hh' });
    setOverride(p, 1, 'strategy', 'Call them');
    expect(p.segments).toEqual([
      { cluster: 1, strategy: 'Call them' },
      { cluster: 2, name: 'Core', basis: { k: 4, type: 'hh' } },
    ]);
    expect(overrideOf(p, 2)?.name).toBe('Core');
    setOverride(p, 2, 'name', '   ');
    setOverride(p, 1, 'strategy', undefined);
    expect(p.segments).toBeUndefined();
  });

  it('keeps texts for the segment now at the number, and clears a cluster’s texts', () => {
    const p = sampleProject();
    delete p.segments;
    setOverride(p, 3, 'name', 'Old', { k: 3, type: 'll' });
    keepOverride(p, 3, { k: 4, type: 'lh' });
    expect(overrideOf(p, 3)?.basis).toEqual({ k: 4, type: 'lh' });
    clearOverride(p, 3);
    expect(p.segments).toBeUndefined();
    expect(overrideOf(p, 3)).toBeUndefined();
  });
});

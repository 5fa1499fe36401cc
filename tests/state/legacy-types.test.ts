import { describe, expect, it } from 'vitest';
import { LEGACY_TYPES_KEY, takeLegacyTypes } from '../../src/state/legacy-types.ts';

function storage(initial: Record<string, string>) {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (k: string) => items.get(k) ?? null, removeItem: (k: string) => void items.delete(k) };
}

describe('takeLegacyTypes', () => {
  it('returns the valid types remembered for the file and removes the old key, once', () => {
    const s = storage({ [LEGACY_TYPES_KEY]: JSON.stringify({ 'a.csv': { id: 'categorical', x: 'bogus', y: 'numeric' }, 'b.csv': { z: 'numeric' } }), other: '1' });
    expect(takeLegacyTypes('a.csv', s)).toEqual({ id: 'categorical', y: 'numeric' });
    expect(s.items.has(LEGACY_TYPES_KEY)).toBe(false);
    expect(s.items.get('other')).toBe('1');
    expect(takeLegacyTypes('a.csv', s)).toBeNull();
  });

  it('removes an old entry that is unreadable or for another file, returning nothing', () => {
    const broken = storage({ [LEGACY_TYPES_KEY]: '{not json' });
    expect(takeLegacyTypes('a.csv', broken)).toBeNull();
    expect(broken.items.has(LEGACY_TYPES_KEY)).toBe(false);
    const other = storage({ [LEGACY_TYPES_KEY]: JSON.stringify({ 'b.csv': { z: 'numeric' } }) });
    expect(takeLegacyTypes('a.csv', other)).toBeNull();
    expect(other.items.has(LEGACY_TYPES_KEY)).toBe(false);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { loadProject, saveProject } from '../../src/state/storage.ts';
import type { Project } from '../../src/core/model/project.ts';

afterEach(() => localStorage.clear());

describe('the autosaved project', () => {
  it('comes back as it was saved', () => {
    const project = { version: 1, name: '对公客户', hierarchy: { goal: 'g', criteria: [] } } as unknown as Project;
    expect(saveProject(project)).toEqual({ ok: true });
    expect(loadProject()).toEqual(project);
  });

  it('is read without __proto__ or constructor keys, so a tampered save cannot change Object.prototype', () => {
    localStorage.setItem('valueseg.project', '{"version":1,"name":"x","__proto__":{"polluted":1},"options":{"constructor":{"prototype":{"polluted":2}},"k":3}}');
    const restored = loadProject() as Record<string, unknown>;
    expect(restored).toEqual({ version: 1, name: 'x', options: { k: 3 } });
    expect(Object.keys(restored)).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is nothing when the saved text is not JSON', () => {
    localStorage.setItem('valueseg.project', '{"version":1,');
    expect(loadProject()).toBeNull();
  });
});

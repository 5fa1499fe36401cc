// Issue 9, "Done when": `cli templates` lists the five ids and `cli run --template ID` exits 0 for
// each, run as a user runs them (the CLI as a process, its exit code and stdout), not as functions.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const IDS = ['gbank-corporate', 'banka-retail', 'icbc-star', 'banka-corporate', 'spdb-survey'];

function cli(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the templates from the command line', () => {
  it('cli templates prints [{id, title, description, seed}] with the five ids and exits 0', () => {
    const r = cli(['templates', '--locale', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out.map((t) => t.id)).toEqual(IDS);
    for (const t of out) {
      expect(Object.keys(t).sort()).toEqual(['description', 'id', 'seed', 'title']);
      expect(typeof t.title === 'string' && typeof t.description === 'string' && Number.isInteger(t.seed)).toBe(true);
    }
  });

  for (const id of IDS) {
    it(`cli run --template ${id} exits 0 and prints its segments with their names`, () => {
      const r = cli(['run', '--template', id]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout) as { template: string; segments: { name: { 'zh-CN': string; en: string } }[] };
      expect(out.template).toBe(id);
      expect(out.segments.length).toBeGreaterThan(1);
      for (const s of out.segments) expect(s.name['zh-CN'].length > 0 && s.name.en.length > 0).toBe(true);
    });
  }

  it('cli run --template with an unknown id exits 2 naming the five templates', () => {
    const r = cli(['run', '--template', 'no-such-thesis']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    for (const id of IDS) expect(r.stderr).toContain(id);
  });
});

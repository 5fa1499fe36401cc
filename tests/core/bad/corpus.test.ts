/** The corpus folder is what make.ts makes, and its README lists every file. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bigFixtures, smallFixtures } from '../../fixtures/bad/make.ts';

const dir = new URL('../../fixtures/bad/', import.meta.url);
const files = readdirSync(dir).filter((f) => f !== 'README.md' && f !== 'make.ts');

describe('the hostile-input corpus', () => {
  const made = smallFixtures();

  it('holds at least 40 bad files', () => {
    expect(files.length + Object.keys(bigFixtures()).length).toBeGreaterThanOrEqual(40);
  });

  it('is exactly what make.ts writes (no file edited by hand, none missing)', () => {
    expect(files.sort()).toEqual(Object.keys(made).sort());
    for (const f of files) expect(new Uint8Array(readFileSync(new URL(f, dir))), f).toEqual(made[f]);
  });

  it('lists every file, the big ones built at test time too, in its README', () => {
    const readme = readFileSync(new URL('README.md', dir), 'utf8');
    for (const f of [...files, ...Object.keys(bigFixtures())]) expect(readme, f).toContain(`\`${f}\``);
  });
});

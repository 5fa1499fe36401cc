/**
 * The held-out hostile inputs of issue 16 (tests/fixtures/bad/, listed in its README): each is
 * refused or read with the exact message the user sees, nothing crashes, nothing hangs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/core/data/read.ts';
import type { Problem } from '../../../src/core/errors.ts';
import { checkJsonDepth, readProjectFile } from '../../../src/core/model/file.ts';
import { validateProject } from '../../../src/core/model/validate.ts';
import { tableColumns } from '../../../src/core/pipeline.ts';
import { openSavedProject } from '../../../src/state/restore.ts';
import { bigFixture, fixtureText } from './helpers.ts';

const root = new URL('../../../', import.meta.url);
const sampleText = readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8');
const data = readTable(readFileSync(new URL('datasets/corporate_customers.csv', root)));
const columns = tableColumns(data.table, data.report);
const strip = (ps: Problem[]) => ps.map((p) => ({ severity: p.severity, code: p.code, message: p.message, where: p.where }));
const text = (name: string) => new TextDecoder().decode(bigFixture(name));

describe('case 1: a number where text is expected', () => {
  const expected = [
    { severity: 'error', code: 'project.invalid', message: 'data.source: is 7; expected a file name as text', where: { path: 'data.source' } },
    { severity: 'error', code: 'project.invalid', message: 'data.idColumn: is 5; expected a column name as text', where: { path: 'data.idColumn' } },
    {
      severity: 'error',
      code: 'project.invalid',
      message: 'options.segmentation.compositionColumn: is 3; expected a column name as text',
      where: { path: 'options.segmentation.compositionColumn' },
    },
  ];

  it('names each field of the wrong type by path instead of failing with "v.startsWith is not a function"', () => {
    const r = readProjectFile(fixtureText('project-number-for-text.json'), columns);
    if (r.ok || r.reason !== 'invalid') throw new Error(`expected an invalid project, got ${JSON.stringify(r).slice(0, 200)}`);
    expect(strip(r.problems)).toEqual(expected);
  });

  it('gives the same problems when checked against the data (the check that threw before)', () => {
    expect(strip(validateProject(JSON.parse(fixtureText('project-number-for-text.json')), columns).filter((p) => p.severity === 'error'))).toEqual(expected);
  });

  it('never throws, whatever value sits in any field of the sample project', () => {
    const sample = JSON.parse(sampleText);
    const odd: unknown[] = [5, null, true, [], {}, [[]], 'x', -1, 1e308];
    const paths: string[][] = [];
    const walk = (v: unknown, path: string[]) => {
      paths.push(path);
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, k]);
    };
    walk(sample, []);
    for (const path of paths.slice(1)) {
      for (const value of odd) {
        const p = JSON.parse(sampleText);
        let cur = p;
        for (const k of path.slice(0, -1)) cur = cur[k];
        cur[path.at(-1)!] = value;
        expect(() => validateProject(p, columns), `${path.join('.')} = ${JSON.stringify(value)}`).not.toThrow();
      }
    }
  });
});

describe('case 2: JSON nested 200,000 levels deep', () => {
  it('refuses a project file with a 200,000-deep unknown field before parsing it, naming line and column', () => {
    const r = readProjectFile(text('project-deep-nesting.json'), columns);
    if (r.ok || r.reason !== 'too-deep') throw new Error(`expected too-deep, got ${JSON.stringify(r).slice(0, 200)}`);
    expect(r.problem.code).toBe('json.too-deep');
    expect(r.problem.message).toBe('The JSON nests lists or objects more than 64 levels deep (line 261, column 75); ValueSeg reads at most 64 levels, so the file was not read.');
    expect(r.problem.params).toEqual({ max: 64, line: 261, column: 75 });
  });

  it('counts only brackets outside strings, and accepts the sample and 64 levels', () => {
    expect(() => checkJsonDepth(sampleText)).not.toThrow();
    expect(() => checkJsonDepth(JSON.stringify({ a: '['.repeat(1000) }))).not.toThrow();
    expect(() => checkJsonDepth(JSON.stringify({ a: '\\"['.repeat(1000) }))).not.toThrow();
    expect(() => checkJsonDepth('['.repeat(64) + ']'.repeat(64))).not.toThrow();
    expect(() => checkJsonDepth('['.repeat(65) + ']'.repeat(65))).toThrow('(line 1, column 65)');
  });

  it('holds a 200,000-deep autosave instead of opening it, with the same problem', () => {
    const { project, held } = openSavedProject(text('project-deep-nesting.json'));
    expect(project).toBeNull();
    expect(held?.reason).toBe('unreadable');
    expect(held?.problem.code).toBe('json.too-deep');
    expect(held?.text).toBe(text('project-deep-nesting.json'));
  });
});

describe('case 5: an autosave from a newer release', () => {
  it('is held as "newer" with its version and its text exactly as stored, not opened and not replaced', () => {
    const saved = fixtureText('project-wrong-version.json');
    const { project, held } = openSavedProject(saved);
    expect(project).toBeNull();
    expect(held).toEqual({
      reason: 'newer',
      text: saved,
      version: 2,
      problem: expect.objectContaining({ code: 'project.version', message: 'version: is 2; this version of ValueSeg reads project version 1' }),
    });
  });

  it('holds an autosave of the wrong shape as unreadable, naming the first problem by path', () => {
    const { held } = openSavedProject(fixtureText('project-number-for-text.json'));
    expect(held?.reason).toBe('unreadable');
    expect(held?.problem.message).toBe('data.source: is 7; expected a file name as text');
    expect(openSavedProject('{"version": 1, "name": ').held?.problem.code).toBe('project.not-json');
  });

  it('opens a good autosave as the project', () => {
    const { project, held } = openSavedProject(sampleText);
    expect(held).toBeNull();
    expect(project).toEqual(JSON.parse(sampleText));
  });
});

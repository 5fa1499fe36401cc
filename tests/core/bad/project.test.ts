/**
 * The hostile project-file corpus (tests/fixtures/bad/project-*.json, listed in its README): the
 * exact problems `readProjectFile` / `validateProject` give (code, message, path), and that the
 * rest of the project is intact — each file is the sample project with one thing wrong, so
 * putting back the sample's value at the named path must give the sample again.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTable } from '../../../src/core/data/read.ts';
import { InputError, type Problem } from '../../../src/core/errors.ts';
import { readProjectFile, MAX_PROJECT_CHARS } from '../../../src/core/model/file.ts';
import type { Project } from '../../../src/core/model/project.ts';
import { validateProject } from '../../../src/core/model/validate.ts';
import { runPipeline, tableColumns } from '../../../src/core/pipeline.ts';
import type { Result } from '../../../src/core/result.ts';
import { bigFixture, fixtureText } from './helpers.ts';

const root = new URL('../../../', import.meta.url);
const sampleText = readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8');
const sample = (): Project => JSON.parse(sampleText);
const data = readTable(readFileSync(new URL('datasets/corporate_customers.csv', root)));
const columns = tableColumns(data.table, data.report);
const run = (p: Project): Result => runPipeline(p, data.table, { report: data.report, lines: data.lines });
const strip = (ps: Problem[]) => ps.map((p) => ({ severity: p.severity, code: p.code, message: p.message, where: p.where }));

/** Reads a fixture like the page's import does, with the sample data loaded. */
const load = (name: string) => readProjectFile(fixtureText(name), columns);

function invalid(name: string): Problem[] {
  const r = load(name);
  if (r.ok || r.reason !== 'invalid') throw new Error(`${name}: expected an invalid project, got ${JSON.stringify(r).slice(0, 200)}`);
  return r.problems;
}

/** `obj` with the value at a project path (`a.b[2].c`) replaced. */
function setPath(obj: unknown, path: string, value: unknown): void {
  const keys = path.match(/[^.[\]]+/g)!;
  let cur = obj as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) cur = cur[k] as Record<string, unknown>;
  cur[keys[keys.length - 1]] = value;
}
function getPath(obj: unknown, path: string): unknown {
  return path.match(/[^.[\]]+/g)!.reduce<unknown>((cur, k) => (cur as Record<string, unknown>)[k], obj);
}

/** The file differs from the sample only at `paths`: putting back the sample's values there gives the sample. */
function expectOnlyChangedAt(name: string, paths: string[]): void {
  const p = JSON.parse(fixtureText(name));
  const s = sample();
  for (const path of paths) setPath(p, path, getPath(s, path));
  expect(p).toEqual(s);
}

let baseline: Result;
beforeAll(() => {
  baseline = run(sample());
});

describe('bad project files: the file as a whole', () => {
  it('refuses a file that is cut off, saying where it ends', () => {
    const r = load('project-not-json.json');
    expect(r.ok).toBe(false);
    if (r.ok || r.reason !== 'not-json') throw new Error('expected not-json');
    expect(r.problem).toEqual({
      severity: 'error',
      code: 'project.not-json',
      message: 'The file is not valid JSON: it ends at line 1 before the JSON is complete (was it cut off?).',
      where: {},
      params: { line: 1 },
      variant: 'cut-off',
    });
    expect(r.detail).toBe('it ends at line 1 before the JSON is complete');
  });

  it('refuses a syntax error in the middle, naming its line, column and the text there', () => {
    const r = readProjectFile('{\n  "version": 1,\n  "name": "x" "oops": 2\n}\n');
    if (r.ok || r.reason !== 'not-json') throw new Error('expected not-json');
    expect(r.problem.message).toBe('The file is not valid JSON: at line 3, column 15 (near "\\"oops\\": 2") the text stops being JSON.');
    expect(r.detail).toBe('line 3, column 15, near "\\"oops\\": 2"');
  });

  it('refuses a JSON array: "(root): the project file must be a JSON object"', () => {
    expect(strip(invalid('project-not-object.json'))).toEqual([
      { severity: 'error', code: 'project.invalid', message: '(root): the project file must be a JSON object', where: { path: '(root)' } },
    ]);
  });

  it('refuses a 5 MB file before parsing it, and validateProject names the 5 MB name', () => {
    const text = new TextDecoder().decode(bigFixture('project-5mb-name.json'));
    const r = readProjectFile(text, columns);
    if (r.ok || r.reason !== 'too-large') throw new Error('expected too-large');
    expect(r.problem).toEqual({
      severity: 'error',
      code: 'project.too-large',
      message: 'The file has 5,247,915 characters; a project file has at most 5,242,880 (5 MB), so this is not a ValueSeg project.',
      where: {},
      params: { size: 5_247_915, max: MAX_PROJECT_CHARS },
    });
    const raw = JSON.parse(text);
    expect(strip(validateProject(raw, columns))).toEqual([
      { severity: 'error', code: 'project.invalid', message: 'name: is 5242880 characters long; at most 500', where: { path: 'name' } },
    ]);
    raw.name = sample().name;
    expect(raw).toEqual(sample());
  });

  it('refuses another version, saying which version it reads', () => {
    expect(strip(invalid('project-wrong-version.json'))).toEqual([
      { severity: 'error', code: 'project.version', message: 'version: is 2; this version of ValueSeg reads project version 1', where: { path: 'version' } },
    ]);
    expectOnlyChangedAt('project-wrong-version.json', ['version']);
  });

  it('lists every missing field by path (and the judgments that lost their node or expert with them)', () => {
    expect(strip(invalid('project-missing-fields.json'))).toEqual([
      { severity: 'error', code: 'project.invalid', message: 'hierarchy: missing or not an object', where: { path: 'hierarchy' } },
      { severity: 'error', code: 'project.invalid', message: 'experts: expected at least one expert', where: { path: 'experts' } },
      { severity: 'error', code: 'project.invalid', message: 'judgments[0].expert: is "e1"; no such expert', where: { path: 'judgments[0].expert' } },
      { severity: 'error', code: 'project.invalid', message: 'judgments[1].node: is "current"; no such node in the hierarchy', where: { path: 'judgments[1].node' } },
      { severity: 'error', code: 'project.invalid', message: 'judgments[1].expert: is "e1"; no such expert', where: { path: 'judgments[1].expert' } },
      { severity: 'error', code: 'project.invalid', message: 'judgments[2].node: is "potential"; no such node in the hierarchy', where: { path: 'judgments[2].node' } },
      { severity: 'error', code: 'project.invalid', message: 'judgments[2].expert: is "e1"; no such expert', where: { path: 'judgments[2].expert' } },
      { severity: 'error', code: 'project.invalid', message: 'options.segmentation.k: is missing; expected an integer from 1 to 50', where: { path: 'options.segmentation.k' } },
    ]);
  });

  it('names each field of the wrong type with what it expected (FIXED: a numeric name said "missing project name")', () => {
    expect(strip(invalid('project-wrong-types.json'))).toEqual([
      { severity: 'error', code: 'project.invalid', message: 'name: is 42; expected the project name as text', where: { path: 'name' } },
      {
        severity: 'error',
        code: 'project.invalid',
        message: 'hierarchy.criteria[1].indicators[4].direction: is "down"; expected benefit or cost',
        where: { path: 'hierarchy.criteria[1].indicators[4].direction' },
      },
      { severity: 'error', code: 'project.invalid', message: 'options.weighting.alpha: is 2; expected a number from 0 to 1', where: { path: 'options.weighting.alpha' } },
      { severity: 'error', code: 'project.invalid', message: 'options.segmentation.k: is "4"; expected an integer from 1 to 50', where: { path: 'options.segmentation.k' } },
    ]);
    expectOnlyChangedAt('project-wrong-types.json', ['name', 'options.segmentation.k', 'options.weighting.alpha', 'hierarchy.criteria[1].indicators[4].direction']);
  });

  it('accepts unknown fields with a warning naming each (NEW: they were silently ignored), and runs exactly as the sample', () => {
    const r = load('project-unknown-fields.json');
    if (!r.ok) throw new Error('expected the project to load');
    const unknown = (path: string) => ({
      severity: 'warning',
      code: 'project.unknown-field',
      message: `${path}: unknown field; a version 1 project has no such field, so it is ignored (check its spelling)`,
      where: { path },
    });
    expect(strip(r.warnings)).toEqual([unknown('colour'), unknown('hierarchy.criteria[0].weight'), unknown('options.weighting.beta')]);
    expect(r.binding).toEqual([]);
    const res = run(r.project);
    expect(Array.from(res.scores.composite)).toEqual(Array.from(baseline.scores.composite));
    expect(Array.from(res.clustering.labels)).toEqual(Array.from(baseline.clustering.labels));
  });
});

describe('bad project files: judgments', () => {
  const judgment = (name: string): Problem[] => {
    const ps = invalid(name);
    expect(ps).toHaveLength(1);
    return ps;
  };

  it('names a judgment of 0 by its path, node, items and expert (NEW: validateProject did not look at values)', () => {
    const [p] = judgment('project-judgment-zero.json');
    expect(strip([p])[0]).toEqual({
      severity: 'error',
      code: 'ahp.judgment-invalid',
      message:
        'judgments[1].matrix[0][1]: Judgment "Average daily deposits" vs "Loan balance" (node Current value, expert Expert 1) is 0; a judgment is a positive ratio from 1/9 to 9 (1 means equally important).',
      where: { judgment: { node: 'current', row: 'deposits', col: 'loans', expert: 'e1' }, path: 'judgments[1].matrix[0][1]' },
    });
    expectOnlyChangedAt('project-judgment-zero.json', ['judgments[1].matrix[0][1]', 'judgments[1].matrix[1][0]']);
  });

  it('names a judgment of 10 as outside Saaty’s 1/9 … 9', () => {
    const [p] = judgment('project-judgment-ten.json');
    expect(strip([p])).toEqual([
      {
        severity: 'error',
        code: 'ahp.judgment-range',
        message: 'judgments[1].matrix[0][4]: Judgment "Average daily deposits" vs "Years of cooperation" (node Current value, expert Expert 1) is 10; the Saaty scale allows 1/9 to 9.',
        where: { judgment: { node: 'current', row: 'deposits', col: 'years', expert: 'e1' }, path: 'judgments[1].matrix[0][4]' },
      },
    ]);
    expectOnlyChangedAt('project-judgment-ten.json', ['judgments[1].matrix[0][4]', 'judgments[1].matrix[4][0]']);
  });

  it('names a judgment of −3 and says to write 1/3', () => {
    const [p] = judgment('project-judgment-negative.json');
    expect(p.code).toBe('ahp.judgment-invalid');
    expect(p.message).toBe(
      'judgments[2].matrix[0][2]: Judgment "Revenue growth" vs "Products held" (node Potential value, expert Expert 1) is -3; a judgment is a positive ratio from 1/9 to 9 (write 1/3, not -3, when "Products held" is preferred).',
    );
    expect(p.where).toEqual({ judgment: { node: 'potential', row: 'growth', col: 'products', expert: 'e1' }, path: 'judgments[2].matrix[0][2]' });
  });

  it('names a judgment "abc" as not a number', () => {
    const [p] = judgment('project-judgment-text.json');
    expect([p.code, p.message, p.where.path]).toEqual([
      'ahp.judgment-invalid',
      'judgments[0].matrix[0][1]: Judgment "Current value" vs "Potential value" (node Corporate customer value, expert Expert 1) is "abc", which is not a number or a fraction such as 3 or 1/3.',
      'judgments[0].matrix[0][1]',
    ]);
  });

  it('names a pair that is not reciprocal and gives the value it should have', () => {
    const [p] = judgment('project-not-reciprocal.json');
    expect([p.code, p.message, p.where]).toEqual([
      'ahp.not-reciprocal',
      'judgments[0].matrix[0][1]: Judgments "Current value" vs "Potential value" = 2 and "Potential value" vs "Current value" = 3 (node Corporate customer value, expert Expert 1) are not reciprocal; the second should be 1/2 (or leave it empty).',
      { judgment: { node: 'goal', row: 'current', col: 'potential', expert: 'e1' }, path: 'judgments[0].matrix[0][1]' },
    ]);
    expectOnlyChangedAt('project-not-reciprocal.json', ['judgments[0].matrix[0][1]', 'judgments[0].matrix[1][0]']);
  });

  it('lists every bad judgment of a matrix, not only the first', () => {
    const p = sample();
    p.judgments[1].matrix[0][1] = 0;
    p.judgments[1].matrix[1][0] = '';
    p.judgments[1].matrix[2][3] = 'abc';
    p.judgments[1].matrix[3][2] = '';
    p.judgments[1].matrix[4][4] = 2;
    expect(validateProject(p).map((x) => [x.code, x.where.path])).toEqual([
      ['ahp.diagonal', 'judgments[1].matrix[4][4]'],
      ['ahp.judgment-invalid', 'judgments[1].matrix[0][1]'],
      ['ahp.judgment-invalid', 'judgments[1].matrix[2][3]'],
    ]);
  });

  it('keeps a bad judgment out of the pipeline: runPipeline refuses with the same path', () => {
    const p = JSON.parse(fixtureText('project-judgment-zero.json'));
    let e: unknown;
    try {
      run(p);
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).where.path).toBe('judgments[1].matrix[0][1]');
    expect((e as InputError).message.startsWith('judgments[1].matrix[0][1]: Judgment "Average daily deposits" vs "Loan balance"')).toBe(true);
  });
});

describe('bad project files: the hierarchy', () => {
  it('refuses an id reached twice in the tree, naming both places', () => {
    const ps = strip(invalid('project-duplicate-id.json'));
    expect(ps[0]).toEqual({
      severity: 'error',
      code: 'project.invalid',
      message: 'hierarchy.criteria[1].indicators[0].id: id "deposits" is already used at hierarchy.criteria[0].indicators[0].id',
      where: { path: 'hierarchy.criteria[1].indicators[0].id' },
    });
    // The potential matrix still lists the renamed indicator's old id "growth": said too.
    expect(ps.map((p) => [p.code, p.where.path])).toEqual([
      ['project.invalid', 'hierarchy.criteria[1].indicators[0].id'],
      ['ahp.items-mismatch', 'judgments[2].items'],
    ]);
  });

  it('refuses a node that is its own ancestor (a sub-criterion with its parent’s id)', () => {
    expect(strip(invalid('project-own-ancestor.json'))).toEqual([
      {
        severity: 'error',
        code: 'project.invalid',
        message: 'hierarchy.criteria[0].subcriteria[0].id: id "current" is already used at hierarchy.criteria[0].id',
        where: { path: 'hierarchy.criteria[0].subcriteria[0].id' },
      },
    ]);
  });

  it('refuses a judgment matrix that compares its own node, naming the missing and the foreign item (NEW: only the pipeline said so)', () => {
    expect(strip(invalid('project-judgment-ancestor-item.json'))).toEqual([
      {
        severity: 'error',
        code: 'ahp.items-mismatch',
        message:
          "judgments[1].items: the matrix (node Current value, expert Expert 1) compares Average daily deposits, Loan balance, Intermediary income, Settlement volume, Current value; the node's children are Average daily deposits, Loan balance, Intermediary income, Settlement volume, Years of cooperation (missing Years of cooperation; not children of this node: Current value)",
        where: { path: 'judgments[1].items' },
      },
    ]);
  });

  it('stops at a real cycle in an object tree (a criterion inside itself) with named problems, without recursing forever', () => {
    const p = sample() as unknown as { hierarchy: { criteria: { subcriteria?: unknown[]; indicators?: unknown }[] } };
    const c = p.hierarchy.criteria[0];
    delete c.indicators;
    c.subcriteria = [c];
    const ps = validateProject(p);
    expect(ps.length).toBeGreaterThan(0);
    expect(ps.every((x) => typeof x.where.path === 'string' && x.message.startsWith(`${x.where.path}: `))).toBe(true);
    expect(ps.map((x) => x.message)).toContain('hierarchy.criteria[0].subcriteria[0].id: id "current" is already used at hierarchy.criteria[0].id');
    expect(ps.map((x) => x.message)).toContain(
      'hierarchy.criteria[0].subcriteria[0].subcriteria[0].subcriteria[0].subcriteria[0].subcriteria: the hierarchy is deeper than 5 levels',
    );
  });

  it('loads a project bound to a missing column, reports the binding by path, and runs once the column is bound again', () => {
    const r = load('project-missing-column.json');
    if (!r.ok) throw new Error('expected the project to load');
    expect(strip(r.binding)).toEqual([
      {
        severity: 'error',
        code: 'project.missing-column',
        message: 'hierarchy.criteria[0].indicators[1].column: no column "loan_bal" in the data',
        where: { path: 'hierarchy.criteria[0].indicators[1].column' },
      },
    ]);
    expect(() => run(r.project)).toThrow('hierarchy.criteria[0].indicators[1].column: no column "loan_bal" in the data');
    r.project.hierarchy.criteria[0].indicators![1].column = 'loan_balance';
    expect(r.project).toEqual(sample());
    expect(Array.from(run(r.project).scores.composite)).toEqual(Array.from(baseline.scores.composite));
  });
});

describe('bad project files: __proto__ keys', () => {
  const polluted = () => ({}) as Record<string, unknown>;

  it('removes __proto__ and constructor keys with a warning for each, and Object.prototype stays clean', () => {
    const r = load('project-proto-keys.json');
    if (!r.ok) throw new Error('expected the project to load');
    const removed = (path: string, key: string) => ({
      severity: 'warning',
      code: 'project.unsafe-key',
      message: `${path}: a key named "${key}" is not allowed in a project file (it could change how the program behaves); it was removed`,
      where: { path },
    });
    expect(strip(r.warnings)).toEqual([
      removed('__proto__', '__proto__'),
      removed('constructor', 'constructor'),
      removed('hierarchy.__proto__', '__proto__'),
      removed('options.__proto__', '__proto__'),
    ]);
    expect(r.project).toEqual(sample());
    expect(Object.getPrototypeOf(r.project)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(r.project.options)).toBe(Object.prototype);
    expect(polluted().polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });

  it('never pollutes Object.prototype when the raw JSON goes through validation, copies and the whole pipeline', () => {
    const raw = JSON.parse(fixtureText('project-proto-keys.json'));
    expect(Object.prototype.hasOwnProperty.call(raw, '__proto__')).toBe(true); // an own key, as JSON.parse makes it
    const ps = validateProject(raw, columns);
    expect(ps.filter((p) => p.severity === 'error')).toEqual([]);
    expect(ps.map((p) => p.where.path)).toEqual(['__proto__', 'constructor', 'hierarchy.__proto__', 'options.__proto__']);
    const copies = [structuredClone(raw), { ...raw }, JSON.parse(JSON.stringify(raw))];
    const res = run(raw);
    expect(Array.from(res.scores.composite)).toEqual(Array.from(baseline.scores.composite));
    for (const c of copies) expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
    expect(polluted().polluted).toBeUndefined();
    expect(polluted().version).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});

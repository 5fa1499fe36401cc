/**
 * Reading a project file: text → a project, or every problem with its path. Used by the
 * page's import (src/ui/export/importProject.ts) and testable without a page.
 *
 * - Files above `MAX_PROJECT_CHARS` are refused before parsing (a project is a few kilobytes).
 * - Text that is not JSON is refused with the line and column where it stops being JSON.
 * - `__proto__`, `constructor` and `prototype` keys are removed wherever they are (JSON.parse
 *   makes them plain own properties, but code that copies or merges objects later could turn
 *   them into prototype changes); each removal is reported as a warning with its path.
 * - Then `validateProject`: structural problems make the file invalid; problems binding it to
 *   `columns` (the loaded data) come back with a valid project, since the user may load the
 *   matching data next. Warnings (unknown fields, removed keys) come back with it too.
 */
import { InputError, isInputError, type Problem } from '../errors.ts';
import type { Project } from './project.ts';
import { validateProject, type ColumnInfo } from './validate.ts';

/** Largest project file read, in characters (5 MiB). */
export const MAX_PROJECT_CHARS = 5 * 2 ** 20;

/** Keys removed from a project file before anything else looks at it. */
export const UNSAFE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

export type ProjectFileOutcome =
  | { ok: true; project: Project; binding: Problem[]; warnings: Problem[] }
  | {
      ok: false;
      reason: 'too-large' | 'not-json' | 'too-deep';
      /** The whole sentence, in English. */
      message: string;
      /** Its core in a few words ("5,247,915 characters", "line 2, column 1"), for a sentence of the UI's own. */
      detail: string;
      problem: Problem;
    }
  | { ok: false; reason: 'invalid'; problems: Problem[] };

const count = (n: number) => n.toLocaleString('en-US');

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < at && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: at - start + 1 };
}

/** The offset a JSON.parse error names ("at position 51" in V8, "(line 2 column 1)" in newer V8). */
function errorOffset(text: string, message: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    let line = 1;
    let i = 0;
    while (line < Number(lc[1]) && i < text.length) if (text.charCodeAt(i++) === 10) line++;
    return i + Number(lc[2]) - 1;
  }
  if (/end of (JSON )?input|Unterminated/i.test(message)) return text.length;
  return undefined;
}

/** Deepest nesting of lists and objects read (a project nests about 12 levels, a matrix 2). */
export const MAX_JSON_DEPTH = 64;

/**
 * Refuses JSON text nesting lists or objects deeper than `MAX_JSON_DEPTH`, in one pass over the
 * characters (strings skipped) before anything parses it: copying, printing or checking a value
 * 200,000 levels deep overflows the stack (`structuredClone`, `String(array)`), and a project
 * that deep is not a project.
 * @throws InputError `json.too-deep` naming the line and column where the limit is passed.
 */
export function checkJsonDepth(text: string, max = MAX_JSON_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) {
        const { line, column } = lineColumn(text, i);
        throw new InputError(
          'json.too-deep',
          `The JSON nests lists or objects more than ${max} levels deep (line ${line}, column ${column}); ValueSeg reads at most ${max} levels, so the file was not read.`,
          {},
          { max, line, column },
        );
      }
    } else if (c === 93 || c === 125) depth--;
  }
}

/**
 * Parses JSON text and removes every `__proto__`, `constructor` and `prototype` key, at any
 * depth (iteratively: a deeply nested file cannot overflow the stack). Returns the value and
 * one warning (`project.unsafe-key`) per key removed.
 * @throws SyntaxError as JSON.parse does.
 */
export function parseJsonSafely(text: string): { value: unknown; removed: Problem[] } {
  checkJsonDepth(text);
  const value: unknown = JSON.parse(text);
  const removed: Problem[] = [];
  const stack: { v: unknown; path: string }[] = [{ v: value, path: '' }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: `${path}[${i}]` });
      continue;
    }
    const obj = v as Record<string, unknown>;
    const keys = Object.keys(obj);
    for (const key of keys) {
      const at = path === '' ? key : `${path}.${key}`;
      if (UNSAFE_KEYS.includes(key)) {
        delete obj[key];
        removed.push({
          severity: 'warning',
          code: 'project.unsafe-key',
          message: `${at}: a key named "${key}" is not allowed in a project file (it could change how the program behaves); it was removed`,
          where: { path: at },
          params: { path: at, key },
        });
      }
    }
    for (let k = keys.length - 1; k >= 0; k--) {
      if (!UNSAFE_KEYS.includes(keys[k])) stack.push({ v: obj[keys[k]], path: path === '' ? keys[k] : `${path}.${keys[k]}` });
    }
  }
  removed.sort((a, b) => (a.where.path! < b.where.path! ? -1 : 1));
  return { value, removed };
}

/** Reads a project file's text (see the module comment). */
export function readProjectFile(text: string, columns?: ColumnInfo[]): ProjectFileOutcome {
  if (text.length > MAX_PROJECT_CHARS) {
    const message = `The file has ${count(text.length)} characters; a project file has at most ${count(MAX_PROJECT_CHARS)} (5 MB), so this is not a ValueSeg project.`;
    return { ok: false, reason: 'too-large', message, detail: `${count(text.length)} characters`, problem: { severity: 'error', code: 'project.too-large', message, where: {}, params: { size: text.length, max: MAX_PROJECT_CHARS } } };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let parsed: { value: unknown; removed: Problem[] };
  try {
    parsed = parseJsonSafely(body);
  } catch (e) {
    if (isInputError(e)) {
      // nested too deep (checkJsonDepth)
      const problem = e.toProblem();
      return { ok: false, reason: 'too-deep', message: e.message, detail: `more than ${MAX_JSON_DEPTH} levels, line ${e.params?.line}`, problem };
    }
    const raw = e instanceof Error ? e.message : String(e);
    const at = errorOffset(body, raw);
    let message: string;
    let detail: string;
    let variant: string;
    const params: Record<string, string | number> = {};
    if (body.trim() === '') {
      message = 'The file is empty, so it is not a ValueSeg project.';
      detail = 'empty';
      variant = 'empty';
    } else if (at === undefined) {
      message = 'The file is not valid JSON, so it is not a ValueSeg project.';
      detail = raw;
      variant = 'unknown';
    } else if (at >= body.trimEnd().length) {
      params.line = lineColumn(body, body.trimEnd().length).line;
      message = `The file is not valid JSON: it ends at line ${params.line} before the JSON is complete (was it cut off?).`;
      detail = `it ends at line ${params.line} before the JSON is complete`;
      variant = 'cut-off';
    } else {
      const { line, column } = lineColumn(body, at);
      const near = JSON.stringify(body.slice(at, at + 20).split('\n')[0]);
      Object.assign(params, { line, column, near });
      message = `The file is not valid JSON: at line ${line}, column ${column} (near ${near}) the text stops being JSON.`;
      detail = `line ${line}, column ${column}, near ${near}`;
      variant = 'syntax';
    }
    return { ok: false, reason: 'not-json', message, detail, problem: { severity: 'error', code: 'project.not-json', message, where: {}, params, variant } };
  }
  const all = validateProject(parsed.value);
  const errors = all.filter((p) => p.severity === 'error');
  if (errors.length > 0) return { ok: false, reason: 'invalid', problems: [...errors, ...parsed.removed] };
  const project = parsed.value as Project;
  const binding = columns ? validateProject(project, columns).filter((p) => p.severity === 'error') : [];
  return { ok: true, project, binding, warnings: [...parsed.removed, ...all.filter((p) => p.severity !== 'error')] };
}

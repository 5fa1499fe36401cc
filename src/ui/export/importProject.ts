/**
 * Reading a project file chosen by the user: JSON text → a project, or every problem with its
 * path. `validateProject` (src/core/model) checks the project; the segment overrides, which it
 * does not look at, are checked here so a bad file can never reach the pipeline or the cards.
 */
import type { Problem } from '../../core/errors.ts';
import type { Project } from '../../core/model/project.ts';
import { validateProject, type ColumnInfo } from '../../core/model/validate.ts';

/** Project files above this size are refused before parsing (a project is a few kilobytes). */
export const MAX_PROJECT_BYTES = 5 * 2 ** 20;

export type ImportOutcome =
  | { ok: true; project: Project; binding: Problem[] }
  | { ok: false; reason: 'too-large' | 'not-json'; message: string }
  | { ok: false; reason: 'invalid'; problems: Problem[] };

function problem(path: string, message: string): Problem {
  return { severity: 'error', code: 'project.invalid', message: `${path}: ${message}`, where: { path } };
}

/** Problems of `project.segments` (optional list of `{cluster, name?, strategy?}`), with paths. */
export function segmentProblems(raw: unknown): Problem[] {
  if (typeof raw !== 'object' || raw === null || !('segments' in raw)) return [];
  const list = (raw as { segments: unknown }).segments;
  if (list === undefined) return [];
  if (!Array.isArray(list)) return [problem('segments', 'expected a list of segment overrides')];
  const out: Problem[] = [];
  const seen = new Set<number>();
  list.forEach((o, i) => {
    const p = `segments[${i}]`;
    if (typeof o !== 'object' || o === null || Array.isArray(o)) {
      out.push(problem(p, 'expected an object with cluster, name and strategy'));
      return;
    }
    const { cluster, name, strategy } = o as Record<string, unknown>;
    if (typeof cluster !== 'number' || !Number.isInteger(cluster) || cluster < 1) out.push(problem(`${p}.cluster`, `is ${JSON.stringify(cluster) ?? 'missing'}; expected a cluster number from 1`));
    else if (seen.has(cluster)) out.push(problem(`${p}.cluster`, `cluster ${cluster} appears twice`));
    else seen.add(cluster);
    if (name !== undefined && (typeof name !== 'string' || name.length > 200)) out.push(problem(`${p}.name`, 'expected a name of at most 200 characters'));
    if (strategy !== undefined && (typeof strategy !== 'string' || strategy.length > 20_000)) out.push(problem(`${p}.strategy`, 'expected a text of at most 20,000 characters'));
  });
  return out;
}

/**
 * Reads a project file's text. Structural problems (by `validateProject` without the data, and the
 * segment overrides) make it invalid; problems binding it to `columns` (the loaded data) are
 * returned with a valid project, since the user may load the matching data next.
 */
export function readProject(text: string, columns?: ColumnInfo[]): ImportOutcome {
  if (text.length > MAX_PROJECT_BYTES) return { ok: false, reason: 'too-large', message: `${text.length} characters` };
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, reason: 'not-json', message: e instanceof Error ? e.message : String(e) };
  }
  const problems = [...validateProject(raw), ...segmentProblems(raw)].filter((p) => p.severity === 'error');
  if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
  const project = raw as Project;
  const binding = columns ? validateProject(project, columns).filter((p) => p.severity === 'error') : [];
  return { ok: true, project, binding };
}

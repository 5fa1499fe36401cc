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

/**
 * Reads a project file's text. Structural problems (by `validateProject` without the data, the
 * segment overrides included) make it invalid; problems binding it to `columns` (the loaded data) are
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
  const problems = validateProject(raw).filter((p) => p.severity === 'error');
  if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
  const project = raw as Project;
  const binding = columns ? validateProject(project, columns).filter((p) => p.severity === 'error') : [];
  return { ok: true, project, binding };
}

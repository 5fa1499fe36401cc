/**
 * Reading a project file chosen by the user: the core's `readProjectFile` (src/core/model/file.ts)
 * in the shape the export step shows. `message` is a few words for the step's own sentence.
 */
import type { Problem } from '../../core/errors.ts';
import { MAX_PROJECT_CHARS, readProjectFile } from '../../core/model/file.ts';
import type { Project } from '../../core/model/project.ts';
import type { ColumnInfo } from '../../core/model/validate.ts';

/** Project files above this size are refused before parsing (a project is a few kilobytes). */
export const MAX_PROJECT_BYTES = MAX_PROJECT_CHARS;

export type ImportOutcome =
  | { ok: true; project: Project; binding: Problem[]; warnings: Problem[] }
  | { ok: false; reason: 'too-large' | 'not-json' | 'too-deep'; message: string; problem: Problem }
  | { ok: false; reason: 'invalid'; problems: Problem[] };

/**
 * Reads a project file's text. Structural problems make it invalid; problems binding it to
 * `columns` (the loaded data) are returned with a valid project, since the user may load the
 * matching data next.
 */
export function readProject(text: string, columns?: ColumnInfo[]): ImportOutcome {
  const r = readProjectFile(text, columns);
  if (!r.ok && r.reason !== 'invalid') return { ok: false, reason: r.reason, message: r.detail, problem: r.problem };
  return r;
}

/**
 * Opening the autosaved project when the page starts. A saved project this version cannot open
 * (written by a newer release, damaged, nested too deep, of the wrong shape) is never replaced
 * silently: it is "held" — left in storage untouched, said to the user with the reason, and
 * offered for export or discard. Until then the page runs on the sample and does not autosave
 * the project over it.
 */
import type { Problem } from '../core/errors.ts';
import { readProjectFile } from '../core/model/file.ts';
import { PROJECT_VERSION, type Project } from '../core/model/project.ts';

export interface HeldProject {
  /** `newer`: saved by a newer release (its `version` is above this one's); `unreadable`: anything else. */
  reason: 'newer' | 'unreadable';
  /** The saved text, exactly as stored (what the export offers). */
  text: string;
  /** The saved project's version when it is a number. */
  version?: number;
  /** The first problem found (with its path), for the message. */
  problem: Problem;
}

/** The saved project, or why it cannot be opened (see the module comment). */
export function openSavedProject(text: string | null): { project: Project | null; held: HeldProject | null } {
  if (text === null) return { project: null, held: null };
  const r = readProjectFile(text);
  if (r.ok) return { project: r.project, held: null };
  const problem = r.reason === 'invalid' ? r.problems[0] : r.problem;
  const versionProblem = r.reason === 'invalid' ? r.problems.find((p) => p.code === 'project.version') : undefined;
  let version: number | undefined;
  if (versionProblem) {
    // parsed already (the checks ran), so not too deep to parse again
    const v = (JSON.parse(text) as { version?: unknown }).version;
    if (typeof v === 'number') version = v;
  }
  const newer = version !== undefined && version > PROJECT_VERSION;
  const held: HeldProject = { reason: newer ? 'newer' : 'unreadable', text, problem: newer ? versionProblem! : problem };
  if (version !== undefined) held.version = version;
  return { project: null, held };
}

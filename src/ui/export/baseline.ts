/**
 * Which project is "safe": the last one written to or read from a project file (remembered in
 * localStorage across reloads), else the built-in sample. Work differing from it is unsaved in the
 * sense that only the browser's autosave holds it, so importing over it asks first.
 */
import type { Project } from '../../core/model/project.ts';

const KEY = 'valueseg.fileProject';

/** The project as comparable text (key order as in the object). */
export function projectText(project: Project): string {
  return JSON.stringify(project);
}

/** Remembers `project` as the one the user has in a file. */
export function rememberFileProject(project: Project): void {
  try {
    localStorage.setItem(KEY, projectText(project));
  } catch {
    // not remembered: the next import asks once more than needed
  }
}

/** True when `project` differs from the last project file (or from `sample` when there is none). */
export function hasUnsavedWork(project: Project, sample: Project): boolean {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    saved = null;
  }
  const text = projectText(project);
  return text !== (saved ?? projectText(sample));
}

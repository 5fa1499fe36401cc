/**
 * The user's own segment names and strategy texts (`project.segments`), edited through the
 * notebook so undo and autosave see every change. An override equal to the generated text (or
 * empty) is removed, and an empty list is dropped, so an untouched project stays as it was.
 */
import type { Project, SegmentOverride } from '../../core/model/project.ts';

/** The override of a display cluster, if any (a malformed `segments` field counts as none). */
export function overrideOf(project: Project, cluster: number): SegmentOverride | undefined {
  const list = project.segments;
  return Array.isArray(list) ? list.find((o) => o && o.cluster === cluster) : undefined;
}

/**
 * Sets (a string) or clears (undefined) the name or strategy override of a cluster, in place on
 * `project` (call inside `nb.edit`). Text that is empty after trimming clears the field.
 */
export function setOverride(project: Project, cluster: number, field: 'name' | 'strategy', text: string | undefined): void {
  const list = Array.isArray(project.segments) ? project.segments : [];
  const current = list.find((o) => o && o.cluster === cluster);
  const next: SegmentOverride = { cluster };
  const name = field === 'name' ? text : current?.name;
  const strategy = field === 'strategy' ? text : current?.strategy;
  if (name !== undefined && name.trim() !== '') next.name = field === 'name' ? name.trim() : name;
  if (strategy !== undefined && strategy.trim() !== '') next.strategy = strategy;
  const others = list.filter((o) => o && o.cluster !== cluster);
  const merged = next.name !== undefined || next.strategy !== undefined ? [...others, next].sort((a, b) => a.cluster - b.cluster) : others;
  if (merged.length > 0) project.segments = merged;
  else delete project.segments;
}

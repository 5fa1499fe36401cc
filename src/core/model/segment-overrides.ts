/**
 * The user's own segment names and strategy texts (`project.segments`), edited through the
 * notebook so undo and autosave see every change. An override equal to the generated text (or
 * empty) is removed, and an empty list is dropped, so an untouched project stays as it was.
 */
import type { Project, SegmentBasis, SegmentOverride } from './project.ts';

/** The override of a display cluster, if any (a malformed `segments` field counts as none). */
export function overrideOf(project: Project, cluster: number): SegmentOverride | undefined {
  const list = project.segments;
  return Array.isArray(list) ? list.find((o) => o && o.cluster === cluster) : undefined;
}

/**
 * Sets (a string) or clears (undefined) the name or strategy override of a cluster, in place on
 * `project` (call inside `nb.edit`). Text that is empty after trimming clears the field.
 */
export function setOverride(project: Project, cluster: number, field: 'name' | 'strategy', text: string | undefined, basis?: SegmentBasis): void {
  const list = Array.isArray(project.segments) ? project.segments : [];
  const current = list.find((o) => o && o.cluster === cluster);
  const next: SegmentOverride = { cluster };
  const b = basis ?? current?.basis;
  if (b) next.basis = { k: b.k, type: b.type };
  const name = field === 'name' ? text : current?.name;
  const strategy = field === 'strategy' ? text : current?.strategy;
  if (name !== undefined && name.trim() !== '') next.name = field === 'name' ? name.trim() : name;
  if (strategy !== undefined && strategy.trim() !== '') next.strategy = strategy;
  const others = list.filter((o) => o && o.cluster !== cluster);
  const merged = next.name !== undefined || next.strategy !== undefined ? [...others, next].sort((a, b) => a.cluster - b.cluster) : others;
  if (merged.length > 0) project.segments = merged;
  else delete project.segments;
}

/** The user keeps a cluster's texts for the segment now at its number: its basis becomes that segment. */
export function keepOverride(project: Project, cluster: number, basis: SegmentBasis): void {
  const o = Array.isArray(project.segments) ? project.segments.find((x) => x && x.cluster === cluster) : undefined;
  if (o) o.basis = { k: basis.k, type: basis.type };
}

/** The user drops a cluster's texts: the generated name and strategy apply again. */
export function clearOverride(project: Project, cluster: number): void {
  if (!Array.isArray(project.segments)) return;
  const rest = project.segments.filter((x) => x && x.cluster !== cluster);
  if (rest.length > 0) project.segments = rest;
  else delete project.segments;
}

/**
 * Dendrogram geometry for drawing (树状图): the tree's U-shaped links, the leaves in drawing order,
 * and the cut line at k. Heights are either the merge heights (scipy's) or SPSS's "rescaled distance
 * cluster combine": the agglomeration coefficients mapped linearly to 0–25. Large trees are shown
 * from the top: only the last `maxLeaves − 1` merges are drawn, each cluster below them becoming
 * one leaf labelled with its size (as scipy's truncate_mode='lastp').
 */
import { cutTree, type ScheduleRow } from './cut.ts';
import type { Merge } from './linkage.ts';

export type DendrogramScale = 'rescaled' | 'height';

export interface DendrogramLeaf {
  /** Position along the leaf axis, 0..leaves−1. */
  x: number;
  /** Cluster id in the linkage (0..n−1 a case, ≥ n a collapsed cluster). */
  id: number;
  /** Cases under this leaf. */
  size: number;
  /** Cluster of the cut at k (0-based, numbered by first case). */
  cluster: number;
}

export interface DendrogramLayout {
  leaves: DendrogramLeaf[];
  /** Segments of the U-shaped links. */
  links: { x1: number; y1: number; x2: number; y2: number }[];
  /** Height of the cut at k on the chosen scale (between the last merge kept and the first cut). */
  cut: number;
  /** Largest y (25 when rescaled). */
  top: number;
}

/** The y value of each merge on the chosen scale. */
export function mergeLevels(merges: readonly Merge[], schedule: readonly ScheduleRow[], scale: DendrogramScale): number[] {
  if (scale === 'height') return merges.map((m) => m.height);
  const c = schedule.map((r) => r.coefficient);
  const lo = Math.min(...c);
  const hi = Math.max(...c);
  return c.map((v) => (hi > lo ? ((v - lo) / (hi - lo)) * 25 : 0));
}

export function dendrogramLayout(merges: readonly Merge[], schedule: readonly ScheduleRow[], n: number, k: number, options: { scale?: DendrogramScale; maxLeaves?: number } = {}): DendrogramLayout {
  const scale = options.scale ?? 'rescaled';
  // At least k leaves, so every collapsed leaf lies inside one cluster of the cut.
  const p = Math.max(2, Math.min(n, Math.max(k, options.maxLeaves ?? 60)));
  const level = mergeLevels(merges, schedule, scale);
  const labels = cutTree(merges, n, Math.min(k, n));
  // First case of each cluster id, to colour collapsed leaves by their cut cluster.
  const first = new Int32Array(2 * n - 1);
  for (let i = 0; i < n; i++) first[i] = i;
  merges.forEach((m, i) => (first[n + i] = Math.min(first[m.a], first[m.b])));
  const size = (id: number) => (id < n ? 1 : merges[id - n].size);
  const lowest = n - p; // merges with index < lowest are collapsed
  const leaves: DendrogramLeaf[] = [];
  const links: DendrogramLayout['links'] = [];
  const isLeaf = (id: number) => id < n || id - n < lowest;
  // Iterative post-order: x of a leaf is its order; x of a merge the middle of its children.
  const pos = new Map<number, { x: number; y: number }>();
  const root = n + merges.length - 1;
  const stack: { id: number; done: boolean }[] = [{ id: root, done: false }];
  while (stack.length) {
    const top = stack.pop()!;
    if (isLeaf(top.id)) {
      const x = leaves.length;
      leaves.push({ x, id: top.id, size: size(top.id), cluster: labels[first[top.id]] });
      pos.set(top.id, { x, y: 0 });
      continue;
    }
    const m = merges[top.id - n];
    if (!top.done) {
      stack.push({ id: top.id, done: true }, { id: m.b, done: false }, { id: m.a, done: false });
      continue;
    }
    const a = pos.get(m.a)!;
    const b = pos.get(m.b)!;
    const y = level[top.id - n];
    links.push({ x1: a.x, y1: a.y, x2: a.x, y2: y }, { x1: a.x, y1: y, x2: b.x, y2: y }, { x1: b.x, y1: b.y, x2: b.x, y2: y });
    pos.set(top.id, { x: (a.x + b.x) / 2, y });
  }
  const applied = n - k;
  const below = applied > 0 ? level[applied - 1] : 0;
  const above = applied < level.length ? level[applied] : level[level.length - 1];
  return { leaves, links, cut: (below + above) / 2, top: Math.max(...level, 0) };
}

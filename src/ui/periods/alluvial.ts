/**
 * The layout of the migration chart (an alluvial diagram drawn with Observable Plot's rect,
 * area and text marks): period-1 classes (and the new customers) stacked on the left, period-2
 * classes (and the lost customers) on the right, best class on top, one band per flow whose width
 * is its number of customers. Pure: counts in, rectangles and band outlines out (y in customers,
 * with gaps between the nodes).
 */
import { moveOf, type Move, type SchemeMigration } from '../../core/periods/index.ts';

export interface AlluvialNode {
  side: 0 | 1;
  label: string;
  y1: number;
  y2: number;
  count: number;
}

export interface AlluvialBand {
  id: number;
  move: Move;
  count: number;
  /** Top and bottom of the band at the left (x = 0) and at the right (x = 1). */
  from: [number, number];
  to: [number, number];
}

/** Display order: best class first (tiers are stored lowest first). */
export function displayOrder(m: SchemeMigration): number[] {
  const idx = m.labels.en.map((_, i) => i);
  return m.better === 'higher' ? idx.reverse() : idx;
}

export function alluvialLayout(m: SchemeMigration, words: { fresh: string; lost: string }, labels: string[]): { nodes: AlluvialNode[]; bands: AlluvialBand[]; height: number } {
  const order = displayOrder(m);
  const total = Math.max(1, m.matched + m.newTotal + m.lostTotal);
  const gap = total * 0.02;
  // Flows: [left node, right node, count, move]; left node k = class k, k = −1 new; right k, −1 lost.
  const flows: [number, number, number, Move][] = [];
  for (const a of order) for (const b of order) if (m.matrix[a][b] > 0) flows.push([a, b, m.matrix[a][b], moveOf(a, b, m.better)]);
  for (const b of order) if (m.newByClass[b] > 0) flows.push([-1, b, m.newByClass[b], 'new']);
  for (const a of order) if (m.lostByClass[a] > 0) flows.push([a, -1, m.lostByClass[a], 'lost']);
  const nodes: AlluvialNode[] = [];
  const top = new Map<string, number>();
  for (const side of [0, 1] as const) {
    let y = 0;
    const keys = [...order, -1];
    for (const k of keys) {
      const count = flows.reduce((s, f) => s + ((side === 0 ? f[0] : f[1]) === k ? f[2] : 0), 0);
      if (count === 0) continue;
      nodes.push({ side, label: k === -1 ? (side === 0 ? words.fresh : words.lost) : labels[k], y1: y, y2: y + count, count });
      top.set(`${side}:${k}`, y);
      y += count + gap;
    }
  }
  // Bands leave a left node in the order of their right node, and enter a right node in the order of their left node.
  const key = (k: number) => (k === -1 ? Infinity : order.indexOf(k));
  const at = new Map(top);
  const fromY = new Map<number, number>();
  [...flows.keys()].sort((i, j) => key(flows[i][0]) - key(flows[j][0]) || key(flows[i][1]) - key(flows[j][1])).forEach((i) => {
    const k = `0:${flows[i][0]}`;
    fromY.set(i, at.get(k)!);
    at.set(k, at.get(k)! + flows[i][2]);
  });
  const bands: AlluvialBand[] = [];
  [...flows.keys()].sort((i, j) => key(flows[i][1]) - key(flows[j][1]) || key(flows[i][0]) - key(flows[j][0])).forEach((i) => {
    const [, b, count, move] = flows[i];
    const k = `1:${b}`;
    const y0 = fromY.get(i)!;
    const y1 = at.get(k)!;
    at.set(k, y1 + count);
    bands.push({ id: i, move, count, from: [y0, y0 + count], to: [y1, y1 + count] });
  });
  const height = Math.max(...nodes.map((n) => n.y2), 1);
  return { nodes, bands, height };
}

/** A band's outline sampled along x (smoothstep between its two ends), for an area mark: {id, x, y1, y2}. */
export function bandPoints(b: AlluvialBand, x0: number, x1: number, steps = 24): { id: number; move: Move; x: number; y1: number; y2: number }[] {
  const out = [];
  for (let s = 0; s <= steps; s++) {
    const t = s / steps;
    const e = t * t * (3 - 2 * t);
    out.push({ id: b.id, move: b.move, x: x0 + (x1 - x0) * t, y1: b.from[0] + (b.to[0] - b.from[0]) * e, y2: b.from[1] + (b.to[1] - b.from[1]) * e });
  }
  return out;
}

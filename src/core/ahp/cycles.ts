/**
 * Logical (ordinal) inconsistency: 3-cycles A > B, B > C but C > A. Unlike numeric
 * inconsistency these cannot be fixed by adjusting a number; one preference must change
 * direction. "Preferred" means a_XY > 1 (strictly; a judgment of 1 is a tie and never part of a
 * cycle). Each cycle is reported once, starting from its smallest index.
 */
import type { Cycle } from './types.ts';

const TIE = 1e-9;

/** All intransitive triples of a reciprocal matrix, in increasing order of their first index. */
export function findCycles(m: readonly (readonly number[])[]): Cycle[] {
  const n = m.length;
  const gt = (a: number, b: number): boolean => m[a][b] > 1 + TIE;
  const out: Cycle[] = [];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      for (let c = b + 1; c < n; c++) {
        if (gt(a, b) && gt(b, c) && gt(c, a)) out.push({ items: [a, b, c] });
        else if (gt(a, c) && gt(c, b) && gt(b, a)) out.push({ items: [a, c, b] });
      }
    }
  }
  return out;
}

/** `"A > B, B > C but C > A"` with the items' names. */
export function describeCycle(cycle: Cycle, names: readonly string[]): string {
  const [a, b, c] = cycle.items.map((k) => names[k] ?? `item ${k + 1}`);
  return `${a} > ${b}, ${b} > ${c} but ${c} > ${a}`;
}

/**
 * One name per segment (issue 9, item 5). When k equals the number of names of the naming
 * scheme (4: G Bank's 高质量型 / 高现值型 / 高潜力型 / 低质量型, Bank A's 最优选 / 一般 / 次优选 / 低价值),
 * each segment gets a different 2×2 type: a one-to-one assignment of the segments to the four
 * quadrants that maximises the total fit.
 *
 * Fit. A segment's position is (c, p): its mean current and potential score minus the
 * population mean, in population SDs (`DimensionProfile.diffSd`; 0 for a constant score). A
 * quadrant has signs (s_c, s_p) ∈ {+1, −1}² (hh = (+, +), hl = (+, −), lh = (−, +), ll = (−, −)).
 * The fit of putting the segment in the quadrant is s_c·c + s_p·p: how far the centre lies
 * toward that quadrant along its diagonal. The assignment maximises Σ fit over the segments
 * (all 4! = 24 permutations are tried). Ties (within 1e-12): the assignment that keeps more
 * segments in the quadrant their centre lies in, then the first in the order tried.
 *
 * A segment whose centre already lies in its assigned quadrant keeps that quadrant; so when the
 * four centres lie in four different quadrants the assignment is exactly the 2×2 rule (each
 * centre's own quadrant has the largest fit: any other permutation lowers the sum). For any
 * other k the 2×2 rule is used (segments sharing a type are told apart by numerals, see naming.ts).
 */
import type { SegmentType } from '../scoring/matrix.ts';

export const QUADRANT_SIGNS: Readonly<Record<SegmentType, readonly [1 | -1, 1 | -1]>> = {
  hh: [1, 1],
  hl: [1, -1],
  lh: [-1, 1],
  ll: [-1, -1],
};

const ORDER: readonly SegmentType[] = ['hh', 'hl', 'lh', 'll'];

export interface Position {
  /** (segment mean − population mean) / population SD of the current score; null or NaN counts as 0. */
  current: number | null;
  potential: number | null;
  /** The quadrant the centre lies in (2×2 rule, ties counting as high). */
  type: SegmentType;
}

export interface Assignment {
  /** Per segment (in the order given): the type its name and strategy come from. */
  types: SegmentType[];
  /** Total fit of the assignment (see the module comment). */
  fit: number;
  /** Segments (0-based, in the order given) whose assigned type differs from their centre's quadrant. */
  departs: number[];
}

/** The fit of a position in a quadrant: s_c·c + s_p·p. */
export function quadrantFit(position: Pick<Position, 'current' | 'potential'>, type: SegmentType): number {
  const v = (x: number | null) => (x === null || !Number.isFinite(x) ? 0 : x);
  const [sc, sp] = QUADRANT_SIGNS[type];
  return sc * v(position.current) + sp * v(position.potential);
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const rest of permutations(n - 1)) {
    for (let at = 0; at <= rest.length; at++) out.push([...rest.slice(0, at), n - 1, ...rest.slice(at)]);
  }
  return out.sort((a, b) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
    return 0;
  });
}

const PERMUTATIONS_4 = permutations(4);

/**
 * The one-to-one assignment of exactly four segments to the four quadrants (see the module
 * comment). Throws RangeError for another number of segments.
 */
export function assignQuadrants(positions: readonly Position[]): Assignment {
  if (positions.length !== 4) throw new RangeError(`assignQuadrants needs 4 segments; got ${positions.length}.`);
  let best: { perm: number[]; fit: number; own: number } | null = null;
  for (const perm of PERMUTATIONS_4) {
    let fit = 0;
    let own = 0;
    perm.forEach((q, i) => {
      fit += quadrantFit(positions[i], ORDER[q]);
      if (ORDER[q] === positions[i].type) own++;
    });
    if (!best || fit > best.fit + 1e-12 || (Math.abs(fit - best.fit) <= 1e-12 && own > best.own)) best = { perm, fit, own };
  }
  const types = best!.perm.map((q) => ORDER[q]);
  const departs = types.flatMap((t, i) => (t === positions[i].type ? [] : [i]));
  return { types, fit: best!.fit, departs };
}

/**
 * SPSS QUICK CLUSTER initial cluster centres (the "Initial Cluster Centers" table).
 *
 * The first k cases are the centres (cluster j = slot j). Unless NOINITIAL is asked for, one pass
 * over the remaining cases in file order applies the two replacement rules of the IBM SPSS
 * Statistics Algorithms chapter "QUICK CLUSTER" (as restated in GNU PSPP's quick-cluster.c):
 *   (a) if the case is farther from its closest centre than the two closest centres are from each
 *       other, it replaces whichever of that closest pair is nearer to it (tie: the first of the pair);
 *   (b) otherwise, if the case is farther from its second-closest centre than its closest centre is
 *       from any other centre, it replaces its closest centre.
 * Tests are strict (`>`); ties go to the lowest index. Squared distances give the same comparisons.
 */
import type { Points } from '../points.ts';

export interface InitialCentres {
  /** k·d centres, row-major. */
  centres: Float64Array;
  /** 0-based point index that supplied each centre. */
  sources: number[];
  /** Smallest Euclidean distance between two initial centres (SPSS prints it in the footnote). */
  minDistance: number;
}

function sqDist(a: Float64Array, ao: number, b: Float64Array, bo: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const t = a[ao + j] - b[bo + j];
    s += t * t;
  }
  return s;
}

/** The closest pair (m < n) of the k centres and their squared distance; ties → first pair in i<j order. */
export function closestPair(c: Float64Array, k: number, d: number): { m: number; n: number; sq: number } {
  let best = { m: 0, n: 1, sq: Infinity };
  for (let i = 0; i < k - 1; i++) {
    for (let j = i + 1; j < k; j++) {
      const sq = sqDist(c, i * d, c, j * d, d);
      if (sq < best.sq) best = { m: i, n: j, sq };
    }
  }
  return best;
}

function nearestOther(c: Float64Array, k: number, d: number, q: number): number {
  let best = Infinity;
  for (let i = 0; i < k; i++) {
    if (i === q) continue;
    const sq = sqDist(c, i * d, c, q * d, d);
    if (sq < best) best = sq;
  }
  return best;
}

/**
 * Initial centres from `points` (complete cases only, in file order). `noinitial`: keep the first
 * k cases. The caller checks 1 ≤ k ≤ n.
 */
export function initialCentres(points: Points, k: number, options: { noinitial?: boolean } = {}): InitialCentres {
  const { data, n, d } = points;
  const c = data.slice(0, k * d);
  const sources = Array.from({ length: k }, (_, i) => i);
  if (!options.noinitial && k >= 2) {
    const dist = new Float64Array(k);
    for (let r = k; r < n; r++) {
      const ro = r * d;
      let q = -1;
      let p = -1;
      let dq = Infinity;
      let dp = Infinity;
      for (let i = 0; i < k; i++) {
        const s = sqDist(data, ro, c, i * d, d);
        dist[i] = s;
        if (s < dq) {
          p = q;
          dp = dq;
          q = i;
          dq = s;
        } else if (s < dp) {
          p = i;
          dp = s;
        }
      }
      const pair = closestPair(c, k, d);
      let replace = -1;
      if (dq > pair.sq) replace = dist[pair.m] > dist[pair.n] ? pair.n : pair.m;
      else if (p >= 0 && dp > nearestOther(c, k, d, q)) replace = q;
      if (replace >= 0) {
        c.set(data.subarray(ro, ro + d), replace * d);
        sources[replace] = r;
      }
    }
  }
  const minDistance = k >= 2 ? Math.sqrt(closestPair(c, k, d).sq) : 0;
  return { centres: c, sources, minDistance };
}

import type { Points } from '../points.ts';
import type { ClusterSums } from './sums.ts';
import { BoundedEngine } from './bounds.ts';
import { nearestTwo, squaredDistance, type NearestTwo } from './distance.ts';

/**
 * Hamerly (2010) bounds: per point an upper bound on the distance to its centre and one lower
 * bound on the distance to every other centre. A point is skipped only when
 * upper + margin < max(lower, half the distance from its centre to the nearest other centre),
 * the margin (1e-9 × the data's largest row norm) covering accumulated rounding. Otherwise the
 * squared distances are recomputed with Lloyd's arithmetic and tie rule, leaving out only the
 * centres c that cannot win: ‖c_a − c‖/2 > ‖x − c_a‖ + margin (Elkan's centre–centre test), whose
 * distance still gives the lower bound ‖c_a − c‖ − ‖x − c_a‖.
 *
 * Speed: the centre–centre distances, half distances and moves are computed once per iteration
 * (bounds.ts); d = 2 (the two value scores, the app's default) has its own branch in
 * `squaredDistance`; a point that changes cluster is moved in the cluster sums right away (no second
 * pass over the labels).
 */
export class Hamerly extends BoundedEngine {
  /** Per point a lower bound on the distance to every centre but its own. */
  private readonly lower: Float64Array;

  constructor(points: Points, k: number) {
    super(points, k);
    this.lower = new Float64Array(points.n);
  }

  assignAll(centres: Float64Array, labels: Int32Array): number {
    const { data, d, k, n, upper, lower } = this;
    const near: NearestTwo = { bestD: 0, secondD: 0 };
    for (let i = 0; i < n; i++) {
      labels[i] = nearestTwo(data, i * d, centres, k, d, near);
      upper[i] = Math.sqrt(near.bestD);
      lower[i] = Math.sqrt(near.secondD);
    }
    return n;
  }

  assign(centres: Float64Array, shift2: Float64Array, labels: Int32Array, cs: ClusterSums | null): number {
    this.prepare(centres, shift2);
    const { data, d, k, n, upper, lower, half, move, cc, margin, m1, m2, m1c } = this;
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const a = labels[i];
      const u = upper[i] + move[a];
      const l = lower[i] - (a === m1c ? m2 : m1);
      const ha = half[a];
      const m = ha > l ? ha : l;
      if (u + margin < m) {
        upper[i] = u;
        lower[i] = l;
        continue;
      }
      const o = i * d;
      const sa = squaredDistance(data, o, centres, a * d, d);
      const ua = Math.sqrt(sa);
      if (ua + margin < m) {
        upper[i] = ua;
        lower[i] = l;
        continue;
      }
      // recompute: every centre that could be nearer than (or tie with) c_a
      const limit = 2 * (ua + margin);
      const row = a * k;
      let best = -1;
      let bestD = Infinity;
      let secondD = Infinity; // squared, among computed non-best centres
      let pruned = Infinity; // lower bound on the distance to pruned centres
      for (let c = 0; c < k; c++) {
        let s: number;
        if (c === a) s = sa;
        else {
          const cd = cc[row + c];
          if (cd > limit) {
            const lb = cd - ua;
            if (lb < pruned) pruned = lb;
            continue;
          }
          s = squaredDistance(data, o, centres, c * d, d);
        }
        if (s < bestD) {
          secondD = bestD;
          bestD = s;
          best = c;
        } else if (s < secondD) secondD = s;
      }
      if (best !== a) {
        labels[i] = best;
        changed++;
        cs?.move(data, o, a, best);
      }
      upper[i] = Math.sqrt(bestD);
      const second = Math.sqrt(secondD);
      lower[i] = second < pruned ? second : pruned;
    }
    return changed;
  }
}

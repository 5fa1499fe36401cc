import type { Points } from '../points.ts';
import type { ClusterSums } from './sums.ts';
import { BoundedEngine } from './bounds.ts';
import { nearestTwo, squaredDistance, type NearestTwo } from './distance.ts';

/**
 * Elkan (2003) bounds, `algorithm: 'elkan'` (not the default: on seeded blobs with d = 8–16 and
 * k = 8–12 it took 1.0–1.7× Hamerly's time for the same partition, bench/elkan.ts): per point an upper bound on the distance to its centre and a lower bound on the
 * distance to every centre (n × k). After the centres move by m_c, u += m_a and l_c −= m_c. A
 * point is skipped when u + margin < half the distance from its centre to the nearest other
 * centre; else each centre c is skipped when u + margin < max(l_c, ‖c_best − c‖ / 2) (it is then
 * strictly farther than the best so far), and the others get their exact squared distance with
 * Lloyd's arithmetic. The label is Lloyd's: the lowest index among the nearest centres (a pruned
 * centre is strictly farther, so it never ties). The margin (1e-9 × the largest row norm, as in
 * hamerly.ts) covers the rounding of the bounds. Points are visited and moved in the cluster sums
 * in index order, as Hamerly and Lloyd do, so the centres are the same bits.
 */
export class Elkan extends BoundedEngine {
  /** n × k lower bounds, stored as bound + drift[c] at the time they were set (see `assign`). */
  private readonly lower: Float64Array;
  /** Hamerly's lower bound on the distance to every centre but the point's own (a first filter). */
  private readonly lowest: Float64Array;
  /** Sum of every move of each centre so far: a stored bound minus drift[c] is the bound now. */
  private readonly drift: Float64Array;

  constructor(points: Points, k: number) {
    super(points, k);
    this.lower = new Float64Array(points.n * k);
    this.lowest = new Float64Array(points.n);
    this.drift = new Float64Array(k);
  }

  assignAll(centres: Float64Array, labels: Int32Array): number {
    const { data, d, k, n, upper, lower } = this;
    const near: NearestTwo = { bestD: 0, secondD: 0 };
    for (let i = 0; i < n; i++) {
      labels[i] = nearestTwo(data, i * d, centres, k, d, near, lower, i * k);
      upper[i] = Math.sqrt(near.bestD);
      this.lowest[i] = Math.sqrt(near.secondD);
    }
    return n;
  }

  /** As the base, and each centre's move added to its drift. */
  protected override prepare(centres: Float64Array, shift2: Float64Array): void {
    super.prepare(centres, shift2);
    for (let c = 0; c < this.k; c++) this.drift[c] += this.move[c];
  }

  assign(centres: Float64Array, shift2: Float64Array, labels: Int32Array, cs: ClusterSums | null): number {
    this.prepare(centres, shift2);
    const { data, d, k, n, upper, lower, lowest, half, move, cc, drift, margin, m1, m2, m1c } = this;
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const a = labels[i];
      const row = i * k;
      let u = upper[i] + move[a];
      // Hamerly's test first: O(1) for most points
      const l = lowest[i] - (a === m1c ? m2 : m1);
      if (u + margin < (half[a] > l ? half[a] : l)) {
        upper[i] = u;
        lowest[i] = l;
        continue;
      }
      const o = i * d;
      let tight = false;
      let best = a;
      let bestD = 0;
      for (let c = 0; c < k; c++) {
        if (c === best) continue;
        let bound = 0.5 * cc[best * k + c];
        const lc = lower[row + c] - drift[c];
        if (lc > bound) bound = lc;
        if (u + margin < bound) continue;
        if (!tight) {
          bestD = squaredDistance(data, o, centres, a * d, d);
          u = Math.sqrt(bestD);
          lower[row + a] = u + drift[a];
          tight = true;
          if (u + margin < bound) continue;
        }
        const s = squaredDistance(data, o, centres, c * d, d);
        const dc = Math.sqrt(s);
        lower[row + c] = dc + drift[c];
        if (s < bestD || (s === bestD && c < best)) {
          best = c;
          bestD = s;
          u = dc;
        }
      }
      // the new Hamerly bound: the least lower bound over the centres other than the label
      let lo = Infinity;
      for (let c = 0; c < k; c++) {
        if (c === best) continue;
        const lc = lower[row + c] - drift[c];
        if (lc < lo) lo = lc;
      }
      lowest[i] = lo;
      upper[i] = u;
      if (best !== a) {
        labels[i] = best;
        changed++;
        cs?.move(data, o, a, best);
      }
    }
    return changed;
  }
}

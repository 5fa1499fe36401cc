import type { Points } from '../points.ts';
import type { ClusterSums } from './sums.ts';
import { centreDistances, centreMoves } from './bounds.ts';

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
export class Elkan {
  private readonly data: Float64Array;
  private readonly n: number;
  private readonly d: number;
  private readonly k: number;
  private readonly upper: Float64Array;
  /** n × k lower bounds, stored as bound + drift[c] at the time they were set (see `assign`). */
  private readonly lower: Float64Array;
  /** Hamerly's lower bound on the distance to every centre but the point's own (a first filter). */
  private readonly lowest: Float64Array;
  /** Sum of every move of each centre so far: a stored bound minus drift[c] is the bound now. */
  private readonly drift: Float64Array;
  private readonly half: Float64Array;
  private readonly move: Float64Array;
  private readonly cc: Float64Array;
  private readonly margin: number;
  /** Largest and second largest move, and the centre that moved most. */
  private m1 = 0;
  private m2 = 0;
  private m1c = 0;

  constructor(points: Points, k: number) {
    const { data, n, d } = points;
    this.data = data;
    this.n = n;
    this.d = d;
    this.k = k;
    this.upper = new Float64Array(n);
    this.lower = new Float64Array(n * k);
    this.lowest = new Float64Array(n);
    this.drift = new Float64Array(k);
    this.half = new Float64Array(k);
    this.move = new Float64Array(k);
    this.cc = new Float64Array(k * k);
    let maxNorm2 = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += data[i * d + j] * data[i * d + j];
      if (s > maxNorm2) maxNorm2 = s;
    }
    this.margin = 1e-9 * Math.sqrt(maxNorm2);
  }

  private dist2(o: number, centres: Float64Array, q: number): number {
    const { data, d } = this;
    let s = 0;
    for (let j = 0; j < d; j++) {
      const v = data[o + j] - centres[q + j];
      s += v * v;
    }
    return s;
  }

  /** Full assignment (first iteration): labels, the upper bound and every lower bound exactly. Returns n. */
  assignAll(centres: Float64Array, labels: Int32Array): number {
    const { d, k, n, upper, lower } = this;
    for (let i = 0; i < n; i++) {
      const o = i * d;
      const row = i * k;
      let best = 0;
      let bestD = Infinity;
      let secondD = Infinity;
      for (let c = 0; c < k; c++) {
        const s = this.dist2(o, centres, c * d);
        lower[row + c] = Math.sqrt(s);
        if (s < bestD) {
          secondD = bestD;
          bestD = s;
          best = c;
        } else if (s < secondD) secondD = s;
      }
      labels[i] = best;
      upper[i] = Math.sqrt(bestD);
      this.lowest[i] = Math.sqrt(secondD);
    }
    return n;
  }

  /** Moves, centre–centre distances and half the distance to the nearest other centre. */
  private prepare(centres: Float64Array, shift2: Float64Array): void {
    const { d, k, half, move, cc } = this;
    const { m1, m2, m1c } = centreMoves(shift2, move, k);
    for (let c = 0; c < k; c++) this.drift[c] += move[c];
    this.m1 = m1;
    this.m2 = m2;
    this.m1c = m1c;
    centreDistances(centres, d, k, cc, half);
  }

  /**
   * Assignment after the centres moved by sqrt(shift2[c]). With `sums`, a point that changes
   * cluster is moved in them at once. Returns how many labels changed.
   */
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
          bestD = this.dist2(o, centres, a * d);
          u = Math.sqrt(bestD);
          lower[row + a] = u + drift[a];
          tight = true;
          if (u + margin < bound) continue;
        }
        const s = this.dist2(o, centres, c * d);
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
        if (cs) {
          const { sums, counts } = cs;
          counts[a]--;
          counts[best]++;
          const qa = a * d;
          const q = best * d;
          for (let j = 0; j < d; j++) {
            sums[qa + j] -= data[o + j];
            sums[q + j] += data[o + j];
          }
        }
      }
    }
    return changed;
  }
}

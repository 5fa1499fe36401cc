import type { Points } from '../points.ts';
import type { ClusterSums } from './sums.ts';
import { centreDistances, centreMoves } from './bounds.ts';

/**
 * Hamerly (2010) bounds: per point an upper bound on the distance to its centre and one lower
 * bound on the distance to every other centre. A point is skipped only when
 * upper + margin < max(lower, half the distance from its centre to the nearest other centre),
 * the margin (1e-9 × the data's largest row norm) covering accumulated rounding. Otherwise the
 * squared distances are recomputed with Lloyd's arithmetic and tie rule, leaving out only the
 * centres c that cannot win: ‖c_a − c‖/2 > ‖x − c_a‖ + margin (Elkan's centre–centre test), whose
 * distance still gives the lower bound ‖c_a − c‖ − ‖x − c_a‖.
 *
 * Speed: the centre–centre distances, half distances and moves are computed once per iteration;
 * d = 2 (the two value scores, the app's default) has its own loop; a point that changes cluster is
 * moved in the cluster sums right away (no second pass over the labels).
 */
export class Hamerly {
  private readonly data: Float64Array;
  private readonly n: number;
  private readonly d: number;
  private readonly k: number;
  private readonly upper: Float64Array;
  private readonly lower: Float64Array;
  private readonly half: Float64Array;
  private readonly move: Float64Array;
  /** Centre–centre distances (k × k), current centres. */
  private readonly cc: Float64Array;
  private readonly margin: number;
  /** Largest and second largest move, and the centre that moved most (set by `prepare`). */
  private m1 = 0;
  private m2 = 0;
  private m1c = 0;

  constructor(points: Points, k: number) {
    this.data = points.data;
    this.n = points.n;
    this.d = points.d;
    this.k = k;
    this.upper = new Float64Array(points.n);
    this.lower = new Float64Array(points.n);
    this.half = new Float64Array(k);
    this.move = new Float64Array(k);
    this.cc = new Float64Array(k * k);
    let maxNorm2 = 0;
    const { data, n, d } = points;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += data[i * d + j] * data[i * d + j];
      if (s > maxNorm2) maxNorm2 = s;
    }
    this.margin = 1e-9 * Math.sqrt(maxNorm2);
  }

  /** Full assignment (first iteration): labels and both bounds, exactly. Returns n (every label is new). */
  assignAll(centres: Float64Array, labels: Int32Array): number {
    const { data, d, k, n, upper, lower } = this;
    for (let i = 0; i < n; i++) {
      const o = i * d;
      let best = 0;
      let bestD = Infinity;
      let secondD = Infinity;
      for (let c = 0; c < k; c++) {
        const q = c * d;
        let s: number;
        if (d === 2) {
          const v0 = data[o] - centres[q];
          const v1 = data[o + 1] - centres[q + 1];
          s = v0 * v0 + v1 * v1;
        } else {
          s = 0;
          for (let j = 0; j < d; j++) {
            const v = data[o + j] - centres[q + j];
            s += v * v;
          }
        }
        if (s < bestD) {
          secondD = bestD;
          bestD = s;
          best = c;
        } else if (s < secondD) secondD = s;
      }
      labels[i] = best;
      upper[i] = Math.sqrt(bestD);
      lower[i] = Math.sqrt(secondD);
    }
    return n;
  }

  /** Moves, centre–centre distances and half distances for the new centres. */
  private prepare(centres: Float64Array, shift2: Float64Array): void {
    const { d, k, half, move, cc } = this;
    const { m1, m2, m1c } = centreMoves(shift2, move, k);
    this.m1 = m1;
    this.m2 = m2;
    this.m1c = m1c;
    centreDistances(centres, d, k, cc, half);
  }

  /**
   * Assignment after the centres moved by sqrt(shift2[c]). With `sums`, a point that changes
   * cluster is moved in them at once. Returns how many labels changed.
   */
  assign(centres: Float64Array, shift2: Float64Array, labels: Int32Array, sums: ClusterSums | null): number {
    this.prepare(centres, shift2);
    return this.d === 2 ? this.assign2(centres, labels, sums) : this.assignD(centres, labels, sums);
  }

  private assignD(centres: Float64Array, labels: Int32Array, cs: ClusterSums | null): number {
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
      const qa = a * d;
      let sa = 0;
      for (let j = 0; j < d; j++) {
        const v = data[o + j] - centres[qa + j];
        sa += v * v;
      }
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
          const q = c * d;
          s = 0;
          for (let j = 0; j < d; j++) {
            const v = data[o + j] - centres[q + j];
            s += v * v;
          }
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
        if (cs) {
          const { sums, counts } = cs;
          counts[a]--;
          counts[best]++;
          const q = best * d;
          for (let j = 0; j < d; j++) {
            sums[qa + j] -= data[o + j];
            sums[q + j] += data[o + j];
          }
        }
      }
      upper[i] = Math.sqrt(bestD);
      const second = Math.sqrt(secondD);
      lower[i] = second < pruned ? second : pruned;
    }
    return changed;
  }

  /** `assignD` for d = 2: same arithmetic, same order. */
  private assign2(centres: Float64Array, labels: Int32Array, cs: ClusterSums | null): number {
    const { data, k, n, upper, lower, half, move, cc, margin, m1, m2, m1c } = this;
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
      const x0 = data[2 * i];
      const x1 = data[2 * i + 1];
      const a0 = x0 - centres[2 * a];
      const a1 = x1 - centres[2 * a + 1];
      const sa = a0 * a0 + a1 * a1;
      const ua = Math.sqrt(sa);
      if (ua + margin < m) {
        upper[i] = ua;
        lower[i] = l;
        continue;
      }
      const limit = 2 * (ua + margin);
      const row = a * k;
      let best = -1;
      let bestD = Infinity;
      let secondD = Infinity;
      let pruned = Infinity;
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
          const v0 = x0 - centres[2 * c];
          const v1 = x1 - centres[2 * c + 1];
          s = v0 * v0 + v1 * v1;
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
        if (cs) {
          const { sums, counts } = cs;
          counts[a]--;
          counts[best]++;
          sums[2 * a] -= x0;
          sums[2 * best] += x0;
          sums[2 * a + 1] -= x1;
          sums[2 * best + 1] += x1;
        }
      }
      upper[i] = Math.sqrt(bestD);
      const second = Math.sqrt(secondD);
      lower[i] = second < pruned ? second : pruned;
    }
    return changed;
  }
}

/** Per-cluster sums and counts kept in step with the labels, and the centre update built on them. */
import { relocateEmpty } from './relocation.ts';

/** Cluster sums are recomputed from scratch this often (in between: moved point by point). */
export const EXACT_EVERY = 16;

/**
 * Per-cluster coordinate sums and counts kept in step with the labels. Both engines use it in the
 * same way, so they see bit-identical centres.
 */
export class ClusterSums {
  readonly sums: Float64Array;
  readonly counts: Int32Array;
  /** Label each point has in the sums (−1 before the first sync). */
  private readonly prev: Int32Array;
  private readonly d: number;
  private readonly k: number;

  constructor(n: number, d: number, k: number) {
    this.sums = new Float64Array(k * d);
    this.counts = new Int32Array(k);
    this.prev = new Int32Array(n).fill(-1);
    this.d = d;
    this.k = k;
  }

  /** Brings the sums in line with `labels`; returns how many labels changed since the last sync. */
  sync(data: Float64Array, labels: Int32Array, exact: boolean): number {
    const { prev, d } = this;
    const n = labels.length;
    let changed = 0;
    if (exact) {
      for (let i = 0; i < n; i++) {
        const c = labels[i];
        if (c !== prev[i]) changed++;
        prev[i] = c;
      }
      this.rebuild(data, labels);
      return changed;
    }
    for (let i = 0; i < n; i++) {
      const c = labels[i];
      const p = prev[i];
      if (c === p) continue;
      changed++;
      prev[i] = c;
      this.move(data, i * d, p, c);
    }
    return changed;
  }

  /** The point at data[o..o+d) leaves cluster `from` for cluster `to`. */
  move(data: Float64Array, o: number, from: number, to: number): void {
    const { sums, counts, d } = this;
    counts[from]--;
    counts[to]++;
    const r = from * d;
    const q = to * d;
    for (let j = 0; j < d; j++) {
      sums[r + j] -= data[o + j];
      sums[q + j] += data[o + j];
    }
  }

  /** Sums and counts from scratch (labels' order). */
  rebuild(data: Float64Array, labels: Int32Array): void {
    const { sums, counts, d } = this;
    const n = labels.length;
    sums.fill(0);
    counts.fill(0);
    if (d === 2) {
      for (let i = 0; i < n; i++) {
        const c = labels[i];
        counts[c]++;
        sums[2 * c] += data[2 * i];
        sums[2 * c + 1] += data[2 * i + 1];
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      const c = labels[i];
      counts[c]++;
      const o = i * d;
      const q = c * d;
      for (let j = 0; j < d; j++) sums[q + j] += data[o + j];
    }
  }

  /**
   * next ← cluster means; an empty cluster takes the point farthest from its own (old) centre,
   * which leaves its cluster for this update only (sklearn's relocation; its label changes at the
   * next assignment). Fills shift2[c] = ‖next − old‖², returns Σ shift2.
   */
  centres(data: Float64Array, labels: Int32Array, old: Float64Array, next: Float64Array, shift2: Float64Array): number {
    const { d, k } = this;
    let sums = this.sums;
    let counts = this.counts;
    let empty = 0;
    for (let c = 0; c < k; c++) if (counts[c] === 0) empty++;
    if (empty > 0) {
      sums = sums.slice();
      counts = counts.slice();
      relocateEmpty(data, labels.length, d, k, labels, old, sums, counts, empty);
    }
    let total = 0;
    for (let c = 0; c < k; c++) {
      const q = c * d;
      const m = counts[c];
      let s = 0;
      for (let j = 0; j < d; j++) {
        const v = m > 0 ? sums[q + j] / m : old[q + j];
        next[q + j] = v;
        const t = v - old[q + j];
        s += t * t;
      }
      shift2[c] = s;
      total += s;
    }
    return total;
  }
}

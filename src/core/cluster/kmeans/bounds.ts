/**
 * What the bounded k-means engines (Hamerly, Elkan) compute once per iteration before assigning:
 * how far each centre moved, the two largest moves, and the distances between centres with half
 * the distance from each centre to its nearest other one.
 */
import type { Points } from '../points.ts';
import type { ClusterSums } from './sums.ts';

/** The two largest centre moves and the centre of the largest. */
export interface LargestMoves {
  m1: number;
  m2: number;
  m1c: number;
}

/** Writes move[c] = sqrt(shift2[c]) for the k centres and returns the two largest moves. */
export function centreMoves(shift2: Float64Array, move: Float64Array, k: number): LargestMoves {
  let m1 = -1;
  let m2 = -1;
  let m1c = 0;
  for (let c = 0; c < k; c++) {
    const p = Math.sqrt(shift2[c]);
    move[c] = p;
    if (p > m1) {
      m2 = m1;
      m1 = p;
      m1c = c;
    } else if (p > m2) m2 = p;
  }
  return { m1, m2, m1c };
}

/**
 * Fills cc (k × k, row-major) with the distances between the k centres (d columns each) and
 * half[c] with half the distance from centre c to its nearest other centre (Infinity when k = 1).
 */
export function centreDistances(centres: Float64Array, d: number, k: number, cc: Float64Array, half: Float64Array): void {
  for (let c = 0; c < k; c++) half[c] = Infinity;
  for (let a = 0; a < k; a++) {
    cc[a * k + a] = 0;
    for (let b = a + 1; b < k; b++) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const v = centres[a * d + j] - centres[b * d + j];
        s += v * v;
      }
      const dist = Math.sqrt(s);
      cc[a * k + b] = dist;
      cc[b * k + a] = dist;
      const h = 0.5 * dist;
      if (h < half[a]) half[a] = h;
      if (h < half[b]) half[b] = h;
    }
  }
}

/**
 * What Hamerly and Elkan share: the data, per point an upper bound, per centre its move and half the
 * distance to its nearest other centre, the centre–centre distances, the rounding margin (1e-9 × the
 * data's largest row norm) and the two largest moves of the last iteration (set by `prepare`).
 */
export abstract class BoundedEngine {
  protected readonly data: Float64Array;
  protected readonly n: number;
  protected readonly d: number;
  protected readonly k: number;
  protected readonly upper: Float64Array;
  protected readonly half: Float64Array;
  protected readonly move: Float64Array;
  /** Centre–centre distances (k × k), current centres. */
  protected readonly cc: Float64Array;
  protected readonly margin: number;
  /** Largest and second largest move, and the centre that moved most. */
  protected m1 = 0;
  protected m2 = 0;
  protected m1c = 0;

  constructor(points: Points, k: number) {
    const { data, n, d } = points;
    this.data = data;
    this.n = n;
    this.d = d;
    this.k = k;
    this.upper = new Float64Array(n);
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

  /** Full assignment (first iteration): labels and every bound, exactly. Returns n (every label is new). */
  abstract assignAll(centres: Float64Array, labels: Int32Array): number;

  /**
   * Assignment after the centres moved by sqrt(shift2[c]). With `sums`, a point that changes
   * cluster is moved in them at once. Returns how many labels changed.
   */
  abstract assign(centres: Float64Array, shift2: Float64Array, labels: Int32Array, sums: ClusterSums | null): number;

  /** Moves, centre–centre distances and half distances for the new centres. */
  protected prepare(centres: Float64Array, shift2: Float64Array): void {
    const { m1, m2, m1c } = centreMoves(shift2, this.move, this.k);
    this.m1 = m1;
    this.m2 = m2;
    this.m1c = m1c;
    centreDistances(centres, this.d, this.k, this.cc, this.half);
  }
}

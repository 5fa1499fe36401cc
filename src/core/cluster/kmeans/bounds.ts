/**
 * What the bounded k-means engines (Hamerly, Elkan) compute once per iteration before assigning:
 * how far each centre moved, the two largest moves, and the distances between centres with half
 * the distance from each centre to its nearest other one.
 */

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

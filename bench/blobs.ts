/**
 * Seeded synthetic data for the clustering benchmark: 4 Gaussian blobs holding 40/30/20/10 % of
 * the rows, spreads 1.0/1.3/1.6/2.0, centres uniform in [−8, 8]^d (the setting of
 * shared/notes/clustering.md §3.1). Values are rounded to 10 significant digits, as written to the
 * CSV that scikit-learn reads, so both sides see identical numbers.
 */
import { createRng } from '../src/core/random.ts';
import type { Points } from '../src/core/cluster/points.ts';

export interface Blobs {
  points: Points;
  /** True component of each row (0..3). */
  labels: Int32Array;
}

export function makeBlobs(n: number, d = 8, seed = 20261123): Blobs {
  const rng = createRng(seed);
  const shares = [0.4, 0.3, 0.2, 0.1];
  const spreads = [1.0, 1.3, 1.6, 2.0];
  const centres = Array.from({ length: 4 }, () => Array.from({ length: d }, () => -8 + 16 * rng.next()));
  const data = new Float64Array(n * d);
  const labels = new Int32Array(n);
  let spare: number | null = null;
  const gauss = (): number => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = rng.next();
    const v = rng.next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  let i = 0;
  for (let c = 0; c < 4; c++) {
    const m = c === 3 ? n - i : Math.round(shares[c] * n);
    for (let t = 0; t < m; t++, i++) {
      labels[i] = c;
      for (let j = 0; j < d; j++) data[i * d + j] = Number((centres[c][j] + spreads[c] * gauss()).toPrecision(10));
    }
  }
  return { points: { data, n, d }, labels };
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pca, projectPca } from '../../../src/core/cluster/pca.ts';
import { pointsFromRows, type Points } from '../../../src/core/cluster/points.ts';

interface PcaRef {
  name: string;
  n: number;
  d: number;
  data: number[];
  scores: number[];
  components: number[][];
  variance: number[];
  ratio: number[];
  mean: number[];
}

const ref = JSON.parse(readFileSync(new URL('../../fixtures/cluster/pca_reference.json', import.meta.url), 'utf8')) as { sklearn: string; cases: PcaRef[] };

function close(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, what: string): void {
  expect(actual.length, what).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (Math.abs(actual[i] - expected[i]) > tol) throw new Error(`${what}[${i}]: ${actual[i]} vs ${expected[i]}`);
  }
}

describe('pca', () => {
  it('finds the components of a hand-worked 3-point example: variances 6 and 2, PC1 = (1, −1)/√2', () => {
    // X = (1,2), (3,4), (5,0); mean (3,2); centred (−2,0), (0,2), (2,−2).
    // Sample covariance (n − 1 = 2): sxx = 8/2 = 4, syy = 8/2 = 4, sxy = −4/2 = −2 → [[4, −2], [−2, 4]].
    // Eigenvalues 4 ± 2 = 6 and 2; eigenvectors (1, −1)/√2 and (1, 1)/√2. Ratios 6/8 and 2/8.
    // PC1 scores: (−2·1 + 0·−1)/√2 = −√2, (0 − 2)/√2 = −√2, (2 + 2)/√2 = 2√2 → the largest |score| is
    // already positive, so PC1 keeps (1, −1)/√2. PC2 scores ±√2 and 0: |−√2| = |√2| is a tie, so only
    // its magnitude is checked.
    const r = pca(pointsFromRows([[1, 2], [3, 4], [5, 0]]));
    const s2 = Math.SQRT2;
    expect(r.m).toBe(2);
    close(r.mean, [3, 2], 1e-12, 'mean');
    close(r.variance, [6, 2], 1e-12, 'variance');
    close(r.ratio, [0.75, 0.25], 1e-12, 'ratio');
    close(r.components[0], [1 / s2, -1 / s2], 1e-12, 'PC1');
    close([r.scores[0], r.scores[2], r.scores[4]], [-s2, -s2, 2 * s2], 1e-12, 'PC1 scores');
    close([Math.abs(r.scores[1]), Math.abs(r.scores[3]), Math.abs(r.scores[5])], [s2, s2, 0], 1e-12, '|PC2 scores|');
    expect(Math.abs(r.components[1][0] * r.components[1][1])).toBeCloseTo(0.5, 12); // (±1, ±1)/√2
  });

  for (const c of ref.cases) {
    it(`agrees with scikit-learn ${ref.sklearn} PCA on ${c.name} (${c.n} × ${c.d}): scores, components, variances and signs`, () => {
      const points: Points = { data: Float64Array.from(c.data), n: c.n, d: c.d };
      const r = pca(points);
      expect(r.m).toBe(2);
      close(r.mean, c.mean, 1e-12, 'mean');
      close(r.variance, c.variance, 1e-9 * c.variance[0], 'variance');
      close(r.ratio, c.ratio, 1e-9, 'ratio');
      close(r.components[0], c.components[0], 1e-8, 'PC1');
      close(r.components[1], c.components[1], 1e-8, 'PC2');
      const scale = Math.sqrt(c.variance[0]);
      close(r.scores, c.scores, 1e-8 * scale, 'scores');
    });
  }

  it('keeps Euclidean distances when every component is kept (a rotation of the centred data)', () => {
    const c = ref.cases.find((x) => x.name === 'skewed')!;
    const points: Points = { data: Float64Array.from(c.data), n: c.n, d: c.d };
    const r = pca(points, { components: 3 });
    expect(r.m).toBe(3);
    for (const [a, b] of [[0, 1], [2, 17], [5, 29]]) {
      let d0 = 0;
      let d1 = 0;
      for (let j = 0; j < 3; j++) {
        d0 += (c.data[a * 3 + j] - c.data[b * 3 + j]) ** 2;
        d1 += (r.scores[a * 3 + j] - r.scores[b * 3 + j]) ** 2;
      }
      expect(d1).toBeCloseTo(d0, 9);
    }
    expect(r.ratio.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
  });

  it('projects other points (cluster centres) the same way as the data', () => {
    const r = pca(pointsFromRows([[1, 2], [3, 4], [5, 0]]));
    const p = projectPca(r, [1, 2, 5, 0], 2);
    expect(p.length).toBe(4);
    close([p[0], p[2]], [r.scores[0], r.scores[4]], 1e-12, 'PC1 of rows 1 and 3');
    close([p[1], p[3]], [r.scores[1], r.scores[5]], 1e-12, 'PC2 of rows 1 and 3');
  });

  it('returns zeros, never NaN, for constant features and for a single row', () => {
    const constant = pca(pointsFromRows([[2, 5], [2, 5], [2, 5]]));
    expect(Array.from(constant.scores)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Array.from(constant.ratio)).toEqual([0, 0]);
    expect(Array.from(constant.variance)).toEqual([0, 0]);
    const one = pca(pointsFromRows([[1, 2, 3]]));
    expect(one.m).toBe(2);
    expect(Array.from(one.scores)).toEqual([0, 0]);
    expect(Array.from(one.ratio)).toEqual([0, 0]);
  });

  it('keeps at most d components and handles no rows', () => {
    const line = pca(pointsFromRows([[1], [2], [4]]));
    expect(line.m).toBe(1);
    close(line.scores, [-4 / 3, -1 / 3, 5 / 3], 1e-12, 'scores of x − mean (mean 7/3)');
    close(line.variance, [7 / 3], 1e-12, 'variance ((16 + 1 + 25)/9 / 2)');
    const empty = pca({ data: new Float64Array(0), n: 0, d: 3 });
    expect(empty.scores.length).toBe(0);
    expect(empty.m).toBe(2);
    expect(Array.from(empty.ratio)).toEqual([0, 0]);
  });
});

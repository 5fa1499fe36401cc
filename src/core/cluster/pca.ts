/**
 * Principal component analysis of the clustering features, for display only: the 2-D view of
 * the clusters when k-means ran on more than two features (the weighted normalised indicators).
 *
 * The features are centred, not scaled (k-means measured distances on them as they are), and
 * the components are the eigenvectors of the sample covariance matrix (n − 1 in the
 * denominator, as scikit-learn's `PCA.explained_variance_`), largest variance first.
 *
 * Signs follow scikit-learn 1.2's `svd_flip` on U: each component is oriented so that the
 * customer with the largest |score| on it has a positive score.
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { Points } from './points.ts';

export interface PcaResult {
  /** Projected coordinates, row-major: n rows × m components. */
  scores: Float64Array;
  n: number;
  /** Number of components kept: min(requested, d). */
  m: number;
  /** Feature means subtracted before projecting (length d). */
  mean: Float64Array;
  /** Unit loading vectors, one per component (each of length d), largest variance first. */
  components: Float64Array[];
  /** Variance along each component (sample variance, n − 1); 0 when n < 2. */
  variance: Float64Array;
  /** Share of the total variance along each component; all 0 when the total is 0 (constant data). */
  ratio: Float64Array;
}

/**
 * The first `components` (default 2) principal components of `points`. Degenerate input is
 * handled: no rows → empty scores; one row or constant features → zero variance, zero ratios and
 * zero scores (never NaN). Components beyond d are not returned (m = min(components, d)).
 */
export function pca(points: Points, options: { components?: number } = {}): PcaResult {
  const { data, n, d } = points;
  const m = Math.max(0, Math.min(options.components ?? 2, d));
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += data[i * d + j];
  if (n > 0) for (let j = 0; j < d; j++) mean[j] /= n;

  // Sample covariance (upper triangle, then mirrored).
  const cov = new Float64Array(d * d);
  const row = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) row[j] = data[i * d + j] - mean[j];
    for (let a = 0; a < d; a++) {
      const ra = row[a];
      if (ra === 0) continue;
      for (let b = a; b < d; b++) cov[a * d + b] += ra * row[b];
    }
  }
  const denom = n > 1 ? n - 1 : 1;
  const c = new Matrix(d, d);
  for (let a = 0; a < d; a++) {
    for (let b = a; b < d; b++) {
      const v = n > 1 ? cov[a * d + b] / denom : 0;
      c.set(a, b, v);
      c.set(b, a, v);
    }
  }

  const eig = new EigenvalueDecomposition(c, { assumeSymmetric: true });
  const values = eig.realEigenvalues;
  const vectors = eig.eigenvectorMatrix;
  const order = values.map((_, i) => i).sort((x, y) => values[y] - values[x] || x - y);
  let total = 0;
  for (const v of values) total += Math.max(0, v);

  const components: Float64Array[] = [];
  const variance = new Float64Array(m);
  const ratio = new Float64Array(m);
  const scores = new Float64Array(n * m);
  for (let p = 0; p < m; p++) {
    const col = order[p];
    const w = Float64Array.from({ length: d }, (_, j) => vectors.get(j, col));
    // Project, then orient: the largest |score| (first one on ties) is made positive.
    let best = 0;
    let bestAbs = -1;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += (data[i * d + j] - mean[j]) * w[j];
      scores[i * m + p] = s;
      if (Math.abs(s) > bestAbs) {
        bestAbs = Math.abs(s);
        best = i;
      }
    }
    if (n > 0 && scores[best * m + p] < 0) {
      for (let j = 0; j < d; j++) w[j] = -w[j];
      for (let i = 0; i < n; i++) scores[i * m + p] = -scores[i * m + p];
    }
    const v = Math.max(0, values[col]);
    variance[p] = v;
    ratio[p] = total > 0 ? v / total : 0;
    components.push(w);
  }
  return { scores, n, m, mean, components, variance, ratio };
}

/**
 * Projects other points (e.g. cluster centres, row-major with the same d) onto the components
 * of `result`. Returns row-major coordinates: rows × result.m.
 */
export function projectPca(result: PcaResult, data: ArrayLike<number>, d: number): Float64Array {
  const rows = d > 0 ? Math.floor(data.length / d) : 0;
  const out = new Float64Array(rows * result.m);
  for (let i = 0; i < rows; i++) {
    for (let p = 0; p < result.m; p++) {
      const w = result.components[p];
      let s = 0;
      for (let j = 0; j < d; j++) s += (data[i * d + j] - result.mean[j]) * w[j];
      out[i * result.m + p] = s;
    }
  }
  return out;
}

/**
 * The footnote SPSS prints under the Iteration History table, as a Problem (severity 'info') so
 * the page can translate it by code: `quick-cluster.converged` or `quick-cluster.mxiter`.
 * Numbers are passed unrounded; the message rounds them to 3 decimals as SPSS prints them.
 */
import type { Problem } from '../../errors.ts';
import type { QuickClusterResult } from './quick-cluster.ts';

const f3 = (x: number) => x.toFixed(3);

/** The Iteration History footnote; null for METHOD=CLASSIFY (no iterations). */
export function iterationNote(r: Pick<QuickClusterResult, 'converged' | 'iterations' | 'maxCoordinateChange' | 'minInitialDistance'>): Problem | null {
  if (r.converged === null) return null;
  const params = { change: f3(r.maxCoordinateChange), iteration: r.iterations.length, distance: f3(r.minInitialDistance) };
  const tail = `The maximum absolute coordinate change for any center is ${params.change}. The current iteration is ${params.iteration}. The minimum distance between initial centers is ${params.distance}.`;
  if (r.converged) {
    return { severity: 'info', code: 'quick-cluster.converged', message: `Convergence achieved due to no or small change in cluster centers. ${tail}`, where: {}, params };
  }
  return {
    severity: 'warning',
    code: 'quick-cluster.stopped-at-mxiter',
    message: `Iterations stopped because the maximum number of iterations was performed. Iterations failed to converge. ${tail}`,
    where: {},
    params,
  };
}

/** The ANOVA table footnote IBM prints (PRINT=ANOVA). */
export const ANOVA_FOOTNOTE =
  'The F tests should be used only for descriptive purposes because the clusters have been chosen to maximize the differences among cases in different clusters. The observed significance levels are not corrected for this and thus cannot be interpreted as tests of the hypothesis that the cluster means are equal.';

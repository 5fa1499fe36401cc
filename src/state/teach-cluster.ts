/**
 * The points the clustering step clustered, rebuilt for its "Show the calculation" panels
 * (k-means walk-through, one customer's silhouette): the two value scores, the weighted
 * normalised indicators or the unweighted z-scores, with the same core steps as the pipeline
 * (core/pipeline/cluster.ts, stage 7) on the indicator columns of state/teach.ts. Null when the
 * loaded data do not match the result (a run is catching up, a new file is loading).
 */
import { pointsFromColumns, type Points } from '../core/cluster/points.ts';
import type { Project } from '../core/model/project.ts';
import type { Result } from '../core/result.ts';
import { normaliseColumns } from '../core/weighting/normalise.ts';
import type { Dataset } from './notebook.svelte.ts';
import { indicatorColumns } from './teach.ts';

export interface ClusterPoints {
  points: Points;
  /** 'scores': the coordinates are the current and potential value scores; else one per indicator. */
  features: Result['clustering']['features'];
  /** Indicator display names (features other than 'scores'). */
  names: string[];
}

export function clusterPoints(result: Result, project: Project, dataset: Pick<Dataset, 'loaded'> | null): ClusterPoints | null {
  const c = result.clustering;
  if (c.labels.length !== result.n || result.n === 0) return null;
  let cols: ArrayLike<number>[];
  let names: string[] = [];
  if (c.features === 'scores') {
    if (!result.scores.current || !result.scores.potential) return null;
    cols = [result.scores.current, result.scores.potential];
  } else {
    const input = indicatorColumns(project, dataset);
    if (!input || input.rows.length !== result.n || input.cols.length !== result.weights.indicators.length) return null;
    try {
      if (c.features === 'zscores') {
        cols = normaliseColumns(input.cols, input.directions, { method: 'zscore', names: input.columns }).columns;
      } else {
        const final = result.weights.indicators.map((x) => x.final);
        const norm = normaliseColumns(input.cols, input.directions, { method: project.options.normalisation, names: input.columns });
        cols = norm.columns.map((col, j) => col.map((v) => v * final[j]));
      }
    } catch {
      return null;
    }
    names = input.names;
  }
  const points = pointsFromColumns(cols.map((col) => Float64Array.from(col)));
  for (const v of points.data) if (!Number.isFinite(v)) return null;
  return { points, features: c.features, names };
}

/** The rows `rows` of `points` as points of their own. */
export function subset(points: Points, rows: ArrayLike<number>): Points {
  const { d } = points;
  const data = new Float64Array(rows.length * d);
  for (let i = 0; i < rows.length; i++) data.set(points.data.subarray(rows[i] * d, rows[i] * d + d), i * d);
  return { data, n: rows.length, d };
}

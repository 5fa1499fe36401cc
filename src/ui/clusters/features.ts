/**
 * The points k-means clustered, rebuilt for display (the scatter's principal components) when
 * the features are the weighted normalised indicators: the same core steps as the pipeline
 * (missing values, normalisation by direction, × final weight) on the loaded columns.
 * Display only; null when the data do not match the result (e.g. a new file is loading).
 */
import type { Points } from '../../core/cluster/points.ts';
import { handleMissing } from '../../core/data/missing.ts';
import type { Normalisation } from '../../core/model/project.ts';
import type { Result } from '../../core/result.ts';
import { normaliseColumns } from '../../core/weighting/normalise.ts';
import type { ColumnData } from '../../workers/protocol.ts';

export function indicatorPoints(result: Result, columns: Record<string, ColumnData>, normalisation: Normalisation, lines?: ArrayLike<number>): Points | null {
  const ind = result.weights.indicators;
  if (ind.length === 0) return null;
  const raw: Float64Array[] = [];
  for (const i of ind) {
    const c = columns[i.column];
    if (!(c instanceof Float64Array)) return null;
    raw.push(c);
  }
  try {
    const names = ind.map((i) => i.column);
    const missing = handleMissing(raw, names, result.missing.policy, lines);
    if (missing.rows.length !== result.rows.length) return null;
    const norm = normaliseColumns(missing.columns, ind.map((i) => i.direction), { method: normalisation, names });
    const n = missing.rows.length;
    const d = ind.length;
    const data = new Float64Array(n * d);
    for (let j = 0; j < d; j++) {
      const col = norm.columns[j];
      const w = ind[j].final;
      for (let r = 0; r < n; r++) data[r * d + j] = col[r] * w;
    }
    for (const v of data) if (!Number.isFinite(v)) return null;
    return { data, n, d };
  } catch {
    return null;
  }
}

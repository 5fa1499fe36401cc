/**
 * The sensitivity rows (core/sensitivity) as tornado factors: one factor per judgment or weight,
 * with its 'down' and 'up' outcome on one measure, largest swing first.
 */
import type { Sensitivity, SensitivityRow } from '../../core/sensitivity/analyse.ts';

export type TornadoMetric = 'segmentChange' | 'topChange' | 'quadrantChange' | 'rankReversals';

export interface TornadoFactor {
  key: string;
  /** The first row of the factor (for its names). */
  row: SensitivityRow;
  down: SensitivityRow | null;
  up: SensitivityRow | null;
  /** The larger of the two outcomes (0 when neither has a value). */
  swing: number;
}

export const factorKey = (r: SensitivityRow): string => (r.kind === 'weight' ? `w|${r.indicator}` : `j|${r.node}|${r.expert}|${r.row}|${r.col}`);

/** The value of `metric` in a row; null when it was not computed. */
export function metricOf(r: SensitivityRow | null, metric: TornadoMetric): number | null {
  if (!r || r.failed) return null;
  return r[metric];
}

/** Factors in order of largest swing on `metric` (ties keep the analysis' order). */
export function tornadoFactors(s: Sensitivity, metric: TornadoMetric): TornadoFactor[] {
  const map = new Map<string, TornadoFactor>();
  for (const r of s.rows) {
    const key = factorKey(r);
    let f = map.get(key);
    if (!f) map.set(key, (f = { key, row: r, down: null, up: null, swing: 0 }));
    f[r.step] = r;
  }
  const list = [...map.values()];
  for (const f of list) f.swing = Math.max(metricOf(f.down, metric) ?? 0, metricOf(f.up, metric) ?? 0);
  return list.map((f, i) => ({ f, i })).sort((a, b) => b.f.swing - a.f.swing || a.i - b.i).map((x) => x.f);
}

/** The measures that can be charted for this analysis (segment change only when segments were re-run). */
export function metricsOf(s: Sensitivity): TornadoMetric[] {
  const out: TornadoMetric[] = [];
  if (s.segments) out.push('segmentChange');
  out.push('topChange');
  if (s.rows.some((r) => r.quadrantChange !== null)) out.push('quadrantChange');
  out.push('rankReversals');
  return out;
}

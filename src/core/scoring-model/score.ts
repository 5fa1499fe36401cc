/**
 * Scoring one customer with a scoring model: the arithmetic of types.ts, in the order the
 * pipeline does it (so the training file scores as `runPipeline` scored it) and the order the
 * SQL of sql.ts does it (so an engine with IEEE doubles gives the same numbers).
 */
import { QUADRANT_TYPES, type SegmentType } from '../scoring/matrix.ts';
import type { ScoringModel } from './types.ts';
import { isScoreSource, scoreNameOf } from '../sources.ts';

export interface ScoredCustomer {
  /** Null when an indicator is missing under the `drop` policy (the customer is not scored). */
  composite: number | null;
  current: number | null;
  potential: number | null;
  /** Tier label; null without tiers or when the tier source is missing. */
  tier: string | null;
  /** 2×2 code hh | hl | lh | ll; null without value roles or scores. */
  quadrant: SegmentType | null;
  /** Display number of the nearest segment centre (ties → lower number); null without scores. */
  segment: number | null;
  segmentName: string | null;
}

export interface Scorer {
  /** Columns whose values `score` takes, in this order: the indicators, then the tier source (if a data column). */
  readonly columns: string[];
  /** Scores one customer from its values (NaN = missing), aligned with `columns`. */
  score(values: ArrayLike<number>): ScoredCustomer;
}

/** Prepares the model's constants once; `score` then allocates only its result. */
export function createScorer(model: ScoringModel): Scorer {
  const ind = model.indicators;
  const m = ind.length;
  const columns = ind.map((i) => i.column);
  const tierSource = model.tiers?.source ?? null;
  const tierColumn = tierSource && !isScoreSource(tierSource) ? columns.length : -1;
  if (tierColumn >= 0) columns.push(tierSource!);
  const role = (r: 'current' | 'potential') => model.criteria.find((c) => c.role === r) ?? null;
  const groups = [null, role('current'), role('potential')].map((c) => ({
    indices: ind.flatMap((x, j) => (c === null || x.criterion === c.id ? [j] : [])),
    weight: c === null ? model.weightSum : c.weight,
  }));
  const hasCurrent = role('current') !== null;
  const hasPotential = role('potential') !== null;
  const x = new Float64Array(m);
  const seg = model.segmentation;
  const k = seg.segments.length;
  const d = seg.features === 'scores' ? 2 : m;
  const centres = new Float64Array(k * d);
  seg.segments.forEach((s, c) => centres.set(s.centre, c * d));
  const feature = new Float64Array(d);
  const thresholds = model.tiers?.thresholds ?? [];
  const names = seg.segments.map((s) => s.name);

  const weighted = (g: (typeof groups)[number]): number => {
    let s = 0;
    for (const j of g.indices) s += ind[j].weight * x[j];
    return model.scale * (s / g.weight);
  };

  return {
    columns,
    score(values: ArrayLike<number>): ScoredCustomer {
      let scored = true;
      for (let j = 0; j < m; j++) {
        const a = ind[j];
        let v = values[j];
        if (!Number.isFinite(v)) {
          if (a.fill === null) {
            scored = false;
            break;
          }
          v = a.fill;
        }
        if (a.constant) x[j] = 0;
        else if (model.normalisation === 'minmax') {
          const range = a.max! - a.min!;
          x[j] = a.direction === 'benefit' ? (v - a.min!) / range : (a.max! - v) / range;
        } else {
          x[j] = a.direction === 'benefit' ? (v - a.mean!) / a.sd! : (a.mean! - v) / a.sd!;
        }
      }
      const composite = scored ? weighted(groups[0]) : null;
      const current = scored && hasCurrent ? weighted(groups[1]) : null;
      const potential = scored && hasPotential ? weighted(groups[2]) : null;

      let tier: string | null = null;
      if (model.tiers) {
        const src = model.tiers.source;
        const t = tierColumn >= 0 ? values[tierColumn] : { composite, current, potential }[scoreNameOf(src) ?? 'potential'];
        if (t !== null && Number.isFinite(t)) {
          let n = 0;
          while (n < thresholds.length && t >= thresholds[n]) n++;
          tier = model.tiers.labels[n];
        }
      }
      const quadrant =
        model.matrix && current !== null && potential !== null
          ? QUADRANT_TYPES[current >= model.matrix.cut.current ? (potential >= model.matrix.cut.potential ? 0 : 1) : potential >= model.matrix.cut.potential ? 2 : 3]
          : null;

      let segment: number | null = null;
      let best = 0;
      if (scored && k > 0 && (seg.features === 'indicators' || (current !== null && potential !== null))) {
        if (seg.features === 'scores') {
          feature[0] = current!;
          feature[1] = potential!;
        } else for (let j = 0; j < m; j++) feature[j] = x[j] * ind[j].weight;
        let bestD = Infinity;
        for (let c = 0; c < k; c++) {
          let s = 0;
          for (let j = 0; j < d; j++) {
            const v = feature[j] - centres[c * d + j];
            s += v * v;
          }
          if (s < bestD) {
            bestD = s;
            best = c;
          }
        }
        segment = seg.segments[best].cluster;
      }
      return { composite, current, potential, tier, quadrant, segment, segmentName: segment === null ? null : names[best] };
    },
  };
}

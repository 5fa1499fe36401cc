/**
 * Scoring one customer with a scoring model: the arithmetic of types.ts, in the order the
 * pipeline does it (so the training file scores as `runPipeline` scored it) and the order the
 * SQL of sql.ts does it (so an engine with IEEE doubles gives the same numbers).
 */
import { QUADRANT_TYPES, type SegmentType } from '../scoring/matrix.ts';
import type { ScoringModel } from './types.ts';
import { isScoreSource, scoreNameOf } from '../sources.ts';
import type { TierOp } from '../scoring/tier-rules.ts';
import { derivedValue } from './derive.ts';

export interface ScoredCustomer {
  /** Null when an indicator is missing under the `drop` policy (the customer is not scored). */
  composite: number | null;
  current: number | null;
  potential: number | null;
  /** Tier label; null without tiers, or (threshold tiers) when the tier source is missing. */
  tier: string | null;
  /** 2×2 code hh | hl | lh | ll; null without value roles or scores. */
  quadrant: SegmentType | null;
  /** Display number of the nearest segment centre (ties → lower number); null without scores. */
  segment: number | null;
  segmentName: string | null;
  /** The value of the ABC source (a column, derived column or score); NaN when missing. */
  abcValue: number;
}

export interface Scorer {
  /**
   * Data columns whose values `score` takes, in this order: the indicators' (or, for a derived
   * indicator, its inputs'), then those of the tiers and the ABC source, each once.
   */
  readonly columns: string[];
  /** Scores one customer from its values (NaN = missing), aligned with `columns`. */
  score(values: ArrayLike<number>): ScoredCustomer;
}

const holds = (v: number, op: TierOp, x: number): boolean => (op === '>=' ? v >= x : op === '>' ? v > x : op === '<=' ? v <= x : op === '<' ? v < x : v === x);

/** Prepares the model's constants once; `score` then allocates only its result. */
export function createScorer(model: ScoringModel): Scorer {
  const ind = model.indicators;
  const m = ind.length;
  const derived = model.derived ?? [];
  const derivedAt = new Map(derived.map((d, i) => [d.name, i]));
  // Slots: the data columns read (0 … columns.length − 1), then the derived columns in order.
  const columns: string[] = [];
  const use = (name: string) => {
    if (!isScoreSource(name) && !derivedAt.has(name) && !columns.includes(name)) columns.push(name);
  };
  ind.forEach((i) => use(i.column));
  const tierSource = model.tiers?.source ?? null;
  if (tierSource) use(tierSource);
  for (const r of model.tierRules?.rules ?? []) for (const c of r.conditions) use(c.source);
  for (const d of derived) d.inputs.forEach(use);
  use(model.abc.source);
  const nRaw = columns.length;
  const slot = (name: string) => (derivedAt.has(name) ? nRaw + derivedAt.get(name)! : columns.indexOf(name));
  const v = new Float64Array(nRaw + derived.length);
  const derivedInputs = derived.map((d) => Int32Array.from(d.inputs, slot));
  const derivedArgs = derived.map((d) => new Float64Array(d.inputs.length));
  const indSlot = Int32Array.from(ind, (i) => slot(i.column));
  const tierSlot = tierSource && !isScoreSource(tierSource) ? slot(tierSource) : -1;
  const abcSlot = isScoreSource(model.abc.source) ? -1 : slot(model.abc.source);
  const rules = model.tierRules
    ? model.tierRules.rules.map((r) => ({
        label: r.label,
        any: r.match === 'any',
        conditions: r.conditions.map((c) => ({ score: isScoreSource(c.source) ? (scoreNameOf(c.source) ?? 'potential') : null, slot: isScoreSource(c.source) ? -1 : slot(c.source), op: c.op, value: c.value })),
      }))
    : null;

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
      for (let j = 0; j < nRaw; j++) v[j] = values[j];
      for (let i = 0; i < derived.length; i++) {
        const args = derivedArgs[i];
        const at = derivedInputs[i];
        for (let j = 0; j < at.length; j++) args[j] = v[at[j]];
        v[nRaw + i] = derivedValue(derived[i], args);
      }
      let scored = true;
      for (let j = 0; j < m; j++) {
        const a = ind[j];
        let val = v[indSlot[j]];
        if (!Number.isFinite(val)) {
          if (a.fill === null) {
            scored = false;
            break;
          }
          val = a.fill;
        }
        if (a.constant) x[j] = 0;
        else if (model.normalisation === 'minmax') {
          const range = a.max! - a.min!;
          x[j] = a.direction === 'benefit' ? (val - a.min!) / range : (a.max! - val) / range;
        } else {
          x[j] = a.direction === 'benefit' ? (val - a.mean!) / a.sd! : (a.mean! - val) / a.sd!;
        }
      }
      const composite = scored ? weighted(groups[0]) : null;
      const current = scored && hasCurrent ? weighted(groups[1]) : null;
      const potential = scored && hasPotential ? weighted(groups[2]) : null;
      const scores = { composite, current, potential };

      let tier: string | null = null;
      if (model.tiers) {
        const src = model.tiers.source;
        const t = tierSlot >= 0 ? v[tierSlot] : scores[scoreNameOf(src) ?? 'potential'];
        if (t !== null && Number.isFinite(t)) {
          let n = 0;
          while (n < thresholds.length && t >= thresholds[n]) n++;
          tier = model.tiers.labels[n];
        }
      } else if (rules) {
        // from the top rule down: the first that holds; a missing value fails its condition
        tier = model.tierRules!.unmatched;
        for (let r = rules.length - 1; r >= 0; r--) {
          const rule = rules[r];
          let ok = !rule.any;
          for (const c of rule.conditions) {
            const val = c.slot >= 0 ? v[c.slot] : scores[c.score!];
            const h = val !== null && Number.isFinite(val) && holds(val, c.op, c.value);
            if (rule.any ? h : !h) {
              ok = rule.any;
              break;
            }
          }
          if (rule.conditions.length === 0 || ok) {
            tier = rule.label;
            break;
          }
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
            const dv = feature[j] - centres[c * d + j];
            s += dv * dv;
          }
          if (s < bestD) {
            bestD = s;
            best = c;
          }
        }
        segment = seg.segments[best].cluster;
      }
      const abcValue = abcSlot >= 0 ? v[abcSlot] : (scores[scoreNameOf(model.abc.source) ?? 'potential'] ?? NaN);
      return { composite, current, potential, tier, quadrant, segment, segmentName: segment === null ? null : names[best], abcValue };
    },
  };
}

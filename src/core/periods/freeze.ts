/**
 * What period 1 decided, frozen to be applied to period 2 (issue 9, item 7): the missing-value
 * fills, the normalisation parameters, the final weights, the 2×2 cut, the tier thresholds or
 * rules, the ABC class boundaries as values and the segment centres. Period 2 is then scored
 * with these (apply.ts) — nothing is re-estimated from period 2, so a customer who moves does
 * so because their own values changed, as in a bank's upgrade/downgrade review.
 *
 * The parameters are computed by the functions the pipeline uses on the same columns
 * (`addDerivedColumns`, `handleMissing`, `normaliseColumns`), so applying them to the period-1
 * table gives period 1's scores, tiers, quadrants and (at a converged k-means) segments.
 */
import type { ColumnTable } from 'arquero';
import { columnOf } from '../data/table.ts';
import { addDerivedColumns } from '../data/derived.ts';
import { handleMissing } from '../data/missing.ts';
import { InputError, type Problem } from '../errors.ts';
import { listIndicators } from '../model/hierarchy.ts';
import type { ClusterFeatures, Direction, Normalisation, Project } from '../model/project.ts';
import type { Result } from '../result.ts';
import type { TierRuleSet } from '../scoring/tier-rules.ts';
import { medianOf } from '../stats/distribution.ts';
import { normaliseColumns } from '../weighting/normalise.ts';
import { isScoreSource, resolveScore } from '../sources.ts';

export interface FrozenIndicator {
  column: string;
  direction: Direction;
  criterion: string;
  weight: number;
  /** Period 1's median / mean / 0 by the missing-value policy; null under `drop`. */
  fill: number | null;
  /** Min–max (or z-score) parameters of period 1; `constant`: normalised to 0. */
  min: number;
  max: number;
  mean: number;
  sd: number;
  constant: boolean;
  /** Constant under z-scores (for z-score clustering features). */
  zConstant: boolean;
}

export interface FrozenPeriod {
  idColumn: string;
  normalisation: Normalisation;
  indicators: FrozenIndicator[];
  /** Indicator indices and weight sums of the composite, the current and the potential score. */
  groups: { composite: number[]; current: number[] | null; potential: number[] | null };
  cut: { current: number; potential: number } | null;
  tiers:
    | { kind: 'thresholds'; source: string; thresholds: number[]; labels: string[] }
    | { kind: 'rules'; set: TierRuleSet; labels: string[]; unmatched: boolean }
    | null;
  /** ABC by period 1's class boundaries as values: ≥ a is A, ≥ b is B, else C. */
  abc: { source: string; a: number; b: number } | null;
  segments: { features: ClusterFeatures; clusters: number[]; names: { 'zh-CN': string; en: string }[]; centres: number[][] } | null;
}

const fillOf = (col: Float64Array, policy: Project['options']['missing']): number | null => {
  if (policy === 'drop') return null;
  if (policy === 'zero') return 0;
  const finite = col.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return 0;
  return policy === 'median' ? medianOf(finite) : finite.reduce((a, b) => a + b, 0) / finite.length;
};

/** Adds the project's derived columns to a table (period 1 or 2) and returns it with their problems. */
export function withDerived(project: Project, table: ColumnTable, lines?: ArrayLike<number>): { table: ColumnTable; problems: Problem[] } {
  const derived = project.data.derived ?? [];
  return derived.length ? addDerivedColumns(table, derived, { lines }) : { table, problems: [] };
}

/**
 * Freezes period 1: `table1` is the period-1 data (derived columns not yet added), `result1`
 * the pipeline's result on it. Errors: no identifier column (`periods.no-id`); a scoring method
 * whose scores depend on the whole population (TOPSIS, grey relational analysis).
 */
export function freezePeriod(project: Project, table1: ColumnTable, result1: Result, options: { lines?: ArrayLike<number> } = {}): FrozenPeriod {
  const opts = project.options;
  const idColumn = project.data.idColumn;
  if (!idColumn) throw new InputError('periods.no-id', 'data.idColumn: two periods are matched customer by customer, so the project needs an identifier column.', { path: 'data.idColumn' }, {});
  const method = opts.scoring.method ?? 'weighted-sum';
  if (method !== 'weighted-sum') {
    throw new InputError('periods.scoring-method', `options.scoring.method: period 2 is scored with period 1's weights and normalisation, which is the weighted sum; ${method} scores depend on the whole population of each period.`, { path: 'options.scoring.method' }, { method });
  }
  const { table } = withDerived(project, table1, options.lines);
  const refs = listIndicators(project.hierarchy);
  const names = refs.map((r) => r.column);
  const raw = refs.map((r) => {
    const c = columnOf(table, r.column);
    if (!(c instanceof Float64Array)) throw new InputError('periods.column', `Period 1 has no column "${r.column}", which period 1's project reads.`, { column: r.column }, { column: r.column, period: 1 });
    return c;
  });
  const missing = handleMissing(raw, names, opts.missing, options.lines);
  const directions = refs.map((r) => r.direction);
  const mm = opts.normalisation === 'minmax' ? normaliseColumns(missing.columns, directions, { method: 'minmax', names }) : null;
  const z = normaliseColumns(missing.columns, directions, { method: 'zscore', names });
  const indicators: FrozenIndicator[] = refs.map((r, j) => {
    const p = mm ? (mm.params[j] as { min: number; max: number }) : { min: NaN, max: NaN };
    const q = z.params[j] as { mean: number; sd: number };
    return {
      column: r.column,
      direction: r.direction,
      criterion: r.criterion,
      weight: result1.weights.indicators[j].final,
      fill: fillOf(raw[j], opts.missing),
      min: p.min,
      max: p.max,
      mean: q.mean,
      sd: q.sd,
      constant: mm ? mm.constant[j] : z.constant[j],
      zConstant: z.constant[j],
    };
  });
  const role = (r: 'current' | 'potential') => {
    const c = project.hierarchy.criteria.find((x) => x.role === r);
    return c ? refs.flatMap((x, j) => (x.criterion === c.id ? [j] : [])) : null;
  };
  const s = opts.scoring;
  let tiers: FrozenPeriod['tiers'] = null;
  if (s.tierRules && result1.tiers) tiers = { kind: 'rules', set: structuredClone(s.tierRules), labels: [...result1.tiers.labels], unmatched: !!result1.tiers.unmatched };
  else if (s.tiers && result1.tiers) tiers = { kind: 'thresholds', source: s.tiers.source, thresholds: [...s.tiers.thresholds], labels: [...s.tiers.labels] };

  let abc: FrozenPeriod['abc'] = null;
  if (result1.abc) {
    const src = s.abc.source;
    const values = isScoreSource(src) ? resolveScore(src, result1.scores) ?? null : rowsOf(columnOf(table, src) as Float64Array | undefined, result1.rows);
    if (values) {
      const lowest = [Infinity, Infinity, Infinity];
      result1.abc.cls.forEach((c, i) => (lowest[c] = Math.min(lowest[c], values[i])));
      // An empty class: its boundary is the next class's (no customer of period 2 falls in it by value alone).
      const a = lowest[0];
      const b = Number.isFinite(lowest[1]) ? lowest[1] : a;
      abc = { source: src, a, b };
    }
  }
  const seg = result1.clustering;
  const segments: FrozenPeriod['segments'] = seg
    ? {
        features: seg.features,
        clusters: result1.segments.map((x) => x.cluster),
        names: result1.segments.map((x) => ({ 'zh-CN': x.customName || x.name['zh-CN'], en: x.customName || x.name.en })),
        centres: result1.segments.map((x) => [...x.centre]),
      }
    : null;
  return {
    idColumn,
    normalisation: opts.normalisation,
    indicators,
    groups: { composite: refs.map((_, j) => j), current: role('current'), potential: role('potential') },
    cut: result1.matrix ? { ...result1.matrix.cut } : null,
    tiers,
    abc,
    segments,
  };
}

function rowsOf(col: Float64Array | undefined, rows: Int32Array): Float64Array | null {
  return col instanceof Float64Array ? Float64Array.from(rows, (r) => col[r]) : null;
}

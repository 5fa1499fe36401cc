/**
 * Scores a period's table with a frozen period 1 (freeze.ts): per customer the composite,
 * current and potential scores, the tier, the 2×2 quadrant, the ABC class and the nearest
 * segment centre. The arithmetic is the pipeline's with period 1's parameters:
 *
 *   x'_j = (x − min_j) / (max_j − min_j) (benefit) or (max_j − x) / (max_j − min_j) (cost);
 *          z-score: ±(x − mean_j) / sd_j; 0 for a column constant in period 1;
 *   score = scale · (Σ_j w_j x'_j) / Σ_j w_j   (scale 100 for min–max, 1 for z-scores).
 *
 * Scores are not clamped: a customer beyond period 1's range scores below 0 or above 100, so
 * their order is kept. A missing indicator value takes period 1's fill; under the `drop` policy
 * the customer is not scored (no tier by score, quadrant, segment), and counted.
 */
import type { ColumnTable } from 'arquero';
import { columnOf } from '../data/table.ts';
import { InputError, type Problem } from '../errors.ts';
import type { Project } from '../model/project.ts';
import { assignRuleTiers, ruleSources } from '../scoring/tier-rules.ts';
import type { FrozenPeriod } from './freeze.ts';
import { withDerived } from './freeze.ts';
import { isScoreSource } from '../sources.ts';

export interface AppliedPeriod {
  ids: string[];
  lines: Int32Array;
  /** NaN when the customer is not scored (missing value under `drop`). */
  composite: Float64Array;
  current: Float64Array | null;
  potential: Float64Array | null;
  /** Class indices, −1 = none: tier (lowest 0), quadrant (0 hh, 1 hl, 2 lh, 3 ll), ABC (0 A), segment (0 = cluster 1). */
  tier: Int16Array;
  quadrant: Int16Array;
  abc: Int16Array;
  segment: Int16Array;
  /** Customers not scored for a missing indicator value (policy `drop`), with their first lines. */
  unscored: { count: number; lines: number[] };
  problems: Problem[];
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/** Applies `frozen` to `table` (a period's data, derived columns not yet added); `period` names it in messages. */
export function applyPeriod(project: Project, frozen: FrozenPeriod, input: ColumnTable, options: { lines?: ArrayLike<number>; period?: 1 | 2 } = {}): AppliedPeriod {
  const period = options.period ?? 2;
  const label = `Period ${period}`;
  const n = input.numRows();
  const lines = Int32Array.from({ length: n }, (_, i) => (options.lines ? options.lines[i] : i + 2));
  let derived: ReturnType<typeof withDerived>;
  try {
    derived = withDerived(project, input, lines);
  } catch (e) {
    // A derived column's input the period lacks: name the period and the column.
    const column = e instanceof InputError && e.code === 'derived.input' ? String(e.params?.column) : null;
    if (column === null) throw e;
    const notNumeric = e instanceof InputError && e.variant === 'not-numeric';
    throw new InputError('periods.column', notNumeric ? `${label}: column "${column}" is not numeric, but period 1's project reads numbers from it.` : `${label} has no column "${column}", which period 1's project reads.`, { column }, { column, period }, notNumeric ? 'not-numeric' : undefined);
  }
  const { table, problems } = derived;
  const numeric = (name: string): Float64Array => {
    const c = columnOf(table, name);
    if (c === undefined) throw new InputError('periods.column', `${label} has no column "${name}", which period 1's project reads.`, { column: name }, { column: name, period });
    if (!(c instanceof Float64Array)) throw new InputError('periods.column', `${label}: column "${name}" is not numeric, but period 1's project reads numbers from it.`, { column: name }, { column: name, period }, 'not-numeric');
    return c;
  };
  const idCol = columnOf(table, frozen.idColumn);
  if (idCol === undefined) throw new InputError('periods.column', `${label} has no column "${frozen.idColumn}", the identifier the periods are matched by.`, { column: frozen.idColumn }, { column: frozen.idColumn, period });
  const ids = Array.from({ length: n }, (_, i) => text((idCol as ArrayLike<unknown>)[i]));
  const ind = frozen.indicators;
  const m = ind.length;
  const cols = ind.map((x) => numeric(x.column));

  // Normalised values with period 1's parameters (min–max or z-score), and z-scores for z-score features.
  const zFeatures = frozen.segments?.features === 'zscores';
  const x = ind.map(() => new Float64Array(n));
  const z = zFeatures ? ind.map(() => new Float64Array(n)) : [];
  const scored = new Uint8Array(n).fill(1);
  const unscored: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const a = ind[j];
      let v = cols[j][i];
      if (!Number.isFinite(v)) {
        if (a.fill === null) {
          scored[i] = 0;
          break;
        }
        v = a.fill;
      }
      const sign = a.direction === 'benefit' ? 1 : -1;
      if (a.constant) x[j][i] = 0;
      else if (frozen.normalisation === 'minmax') x[j][i] = a.direction === 'benefit' ? (v - a.min) / (a.max - a.min) : (a.max - v) / (a.max - a.min);
      else x[j][i] = (sign * (v - a.mean)) / a.sd;
      if (zFeatures) z[j][i] = a.zConstant ? 0 : (sign * (v - a.mean)) / a.sd;
    }
    if (!scored[i]) unscored.push(i);
  }
  const scale = frozen.normalisation === 'minmax' ? 100 : 1;
  const score = (group: number[] | null): Float64Array | null => {
    if (!group) return null;
    let wsum = 0;
    for (const j of group) wsum += ind[j].weight;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (!scored[i]) {
        out[i] = NaN;
        continue;
      }
      let s = 0;
      for (const j of group) s += ind[j].weight * x[j][i];
      out[i] = scale * (s / wsum);
    }
    return out;
  };
  const composite = score(frozen.groups.composite)!;
  const current = score(frozen.groups.current);
  const potential = score(frozen.groups.potential);
  const source = (src: string): Float64Array => {
    if (!isScoreSource(src)) return numeric(src);
    const k = src.slice(6);
    const s = k === 'composite' ? composite : k === 'current' ? current : k === 'potential' ? potential : null;
    if (!s) throw new InputError('pipeline.score-source', `"${src}" is not available in ${label}.`, {}, { path: 'options.scoring', source: src });
    return s;
  };

  const tier = new Int16Array(n).fill(-1);
  const t = frozen.tiers;
  if (t?.kind === 'thresholds') {
    const v = source(t.source);
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(v[i])) continue;
      let k = 0;
      while (k < t.thresholds.length && v[i] >= t.thresholds[k]) k++;
      tier[i] = k;
    }
  } else if (t?.kind === 'rules') {
    const values = new Map(ruleSources(t.set).map((s) => [s, source(s)]));
    const r = assignRuleTiers(values, t.set, { n, lines, unmatched: t.labels[0] });
    for (let i = 0; i < n; i++) tier[i] = r.tier[i];
  }

  const quadrant = new Int16Array(n).fill(-1);
  if (frozen.cut && current && potential) {
    for (let i = 0; i < n; i++) {
      if (!scored[i]) continue;
      const hc = current[i] >= frozen.cut.current;
      const hp = potential[i] >= frozen.cut.potential;
      quadrant[i] = hc ? (hp ? 0 : 1) : hp ? 2 : 3;
    }
  }

  const abc = new Int16Array(n).fill(-1);
  if (frozen.abc) {
    const v = source(frozen.abc.source);
    for (let i = 0; i < n; i++) if (Number.isFinite(v[i])) abc[i] = v[i] >= frozen.abc.a ? 0 : v[i] >= frozen.abc.b ? 1 : 2;
  }

  const segment = new Int16Array(n).fill(-1);
  const seg = frozen.segments;
  if (seg && seg.centres.length > 0) {
    const d = seg.centres[0].length;
    const f = new Float64Array(d);
    // Nearest centre; ties go to the lower display number (segments are listed 1, 2, …).
    for (let i = 0; i < n; i++) {
      if (!scored[i]) continue;
      if (seg.features === 'scores') {
        if (!current || !potential) break;
        f[0] = current[i];
        f[1] = potential[i];
      } else if (seg.features === 'zscores') for (let j = 0; j < m; j++) f[j] = z[j][i];
      else for (let j = 0; j < m; j++) f[j] = x[j][i] * ind[j].weight;
      let best = -1;
      let bestD = Infinity;
      for (let c = 0; c < seg.centres.length; c++) {
        const ctr = seg.centres[c];
        let s = 0;
        for (let j = 0; j < d; j++) s += (f[j] - ctr[j]) ** 2;
        if (s < bestD) {
          bestD = s;
          best = c;
        }
      }
      segment[i] = best < 0 ? -1 : seg.clusters[best] - 1;
    }
  }

  const unscoredLines = unscored.slice(0, 20).map((i) => lines[i]);
  if (unscored.length) {
    problems.push({
      severity: 'warning',
      code: 'periods.unscored',
      message: `${label}: ${unscored.length} customer(s) have a missing indicator value and, under the drop policy, are not scored (first at lines ${unscoredLines.join(', ')}).`,
      where: { path: 'options.missing', row: unscoredLines[0] },
      params: { period, count: unscored.length, lines: unscoredLines.join(', ') },
    });
  }
  return { ids, lines, composite, current, potential, tier, quadrant, abc, segment, unscored: { count: unscored.length, lines: unscoredLines }, problems };
}

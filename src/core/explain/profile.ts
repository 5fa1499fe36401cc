/**
 * Segment profiles (DESIGN.md "Explaining segments"): per segment its size and share, the mean of
 * every raw indicator and that mean's z-score against the population, its mean current and
 * potential scores against the population means (which give its 2×2 type, methodology §2.7),
 * a boundary flag, the indicators that set it apart most, and its composition by a categorical
 * column.
 *
 * - z_j = (segment mean − population mean) / population SD, SD sample (n − 1); a constant
 *   column (or n = 1) gives z = 0.
 * - current high ⇔ segment mean ≥ population mean (ties count as high); same for potential.
 * - boundary ⇔ on either dimension |segment mean − population mean| ≤ 0.1 × population SD of
 *   that score (methodology §2.7: flag 边界 and ask the user). When the score is constant
 *   (SD 0) every segment is on the boundary.
 */
import { InputError, type Problem } from '../errors.ts';
import { checkColumns, columnName } from '../stats/check.ts';
import { extent, isConstantRange, mean, sd } from '../stats/describe.ts';
import { quadrantOf, QUADRANT_TYPES, type SegmentType } from '../scoring/matrix.ts';
import { groupRows, pick } from '../stats/groups.ts';

export interface ProfileScores {
  current: ArrayLike<number>;
  potential: ArrayLike<number>;
  /** Optional composite score: its segment mean orders segments of the same type when naming. */
  composite?: ArrayLike<number>;
}

export interface ProfileOptions {
  /** Indicator column names. */
  names?: readonly string[];
  /** How many distinctive indicators to list per segment; default 3. */
  top?: number;
  /** Half-width of the boundary band in population SDs; default 0.1. */
  boundarySd?: number;
  /** A categorical column for the composition table (null, undefined and '' count as `(missing)`). */
  composition?: { column: string; values: ArrayLike<string | null | undefined> };
}

export interface DimensionProfile {
  /** Segment mean of the score. */
  mean: number;
  /** Population mean of the score. */
  population: number;
  /** (mean − population) / population SD; null when the score is constant. */
  diffSd: number | null;
  /** mean ≥ population mean. */
  high: boolean;
  /** |mean − population| ≤ boundarySd × population SD. */
  boundary: boolean;
}

export interface Distinctive {
  index: number;
  column: string;
  /** z-score of the segment mean. */
  z: number;
  /** +1: above the population mean; −1: below. */
  sign: 1 | -1;
}

export interface CompositionEntry {
  category: string;
  count: number;
  /** count / segment size (or population size). */
  share: number;
}

export interface SegmentProfile {
  /** Cluster label as given. */
  label: number;
  size: number;
  /** size / n. */
  share: number;
  /** Mean of every raw indicator. */
  means: Float64Array;
  /** z-score of each mean against the population. */
  z: Float64Array;
  current: DimensionProfile;
  potential: DimensionProfile;
  /** Mean composite score, or null when no composite was given. */
  composite: number | null;
  type: SegmentType;
  /** On the boundary on the current or the potential dimension. */
  boundary: boolean;
  /** Up to `top` indicators by |z| (largest first, z ≠ 0). */
  distinctive: Distinctive[];
  /** Counts per category, every category listed (in `Profiles.categories` order). */
  composition?: CompositionEntry[];
}

export interface Profiles {
  segments: SegmentProfile[];
  population: {
    size: number;
    means: Float64Array;
    /** Sample SD (n − 1) per indicator; 0 when constant or n = 1. */
    sds: Float64Array;
    current: number;
    potential: number;
    composite: number | null;
    composition?: CompositionEntry[];
  };
  /** Categories of the composition column, most frequent first (ties: first seen first). */
  categories?: string[];
  problems: Problem[];
}

const MISSING = '(missing)';

function safeSd(x: ArrayLike<number>): number {
  if (x.length < 2) return 0;
  const { min, max } = extent(x);
  return isConstantRange(min, max) ? 0 : sd(x);
}


function dimension(x: ArrayLike<number>, rows: Int32Array, popMean: number, popSd: number, band: number): DimensionProfile {
  const m = mean(pick(x, rows));
  const diff = m - popMean;
  return {
    mean: m,
    population: popMean,
    diffSd: popSd > 0 ? diff / popSd : null,
    high: m >= popMean,
    boundary: Math.abs(diff) <= band * popSd,
  };
}

/**
 * Profiles of the segments given by `labels` (one per row; any numbers, segments come out in
 * ascending label order). Errors: no rows; lengths differ; NaN in a column, a score or a label.
 */
export function profileSegments(columns: readonly ArrayLike<number>[], labels: ArrayLike<number>, scores: ProfileScores, options: ProfileOptions = {}): Profiles {
  const { names } = options;
  const top = options.top ?? 3;
  const band = options.boundarySd ?? 0.1;
  const n = labels.length;
  if (n === 0) throw new InputError('explain.empty', 'Segment profiles need at least one customer; got none.', {}, {}, 'profile');
  const scoreCols = [scores.current, scores.potential, ...(scores.composite ? [scores.composite] : [])];
  checkColumns([labels, ...scoreCols, ...columns], ['segment label', 'current score', 'potential score', ...(scores.composite ? ['composite score'] : []), ...columns.map((_, j) => columnName(names, j))]);
  if (options.composition && options.composition.values.length !== n) {
    throw new InputError('explain.composition-length', `Column "${options.composition.column}" has ${options.composition.values.length} values for ${n} customers.`, {
      column: options.composition.column,
    },
      { column: options.composition.column, values: options.composition.values.length, n },
    );
  }

  const popMeans = Float64Array.from(columns, (c) => mean(c));
  const popSds = Float64Array.from(columns, (c) => safeSd(c));
  const popCurrent = mean(scores.current);
  const popPotential = mean(scores.potential);
  const sdCurrent = safeSd(scores.current);
  const sdPotential = safeSd(scores.potential);
  const popComposite = scores.composite ? mean(scores.composite) : null;

  // composition categories, most frequent first
  let categories: string[] | undefined;
  let catOf: string[] | undefined;
  if (options.composition) {
    const vals = options.composition.values;
    catOf = Array.from({ length: n }, (_, i) => {
      const v = vals[i];
      return v === null || v === undefined || v === '' ? MISSING : String(v);
    });
    const freq = new Map<string, number>();
    for (const c of catOf) freq.set(c, (freq.get(c) ?? 0) + 1);
    categories = [...freq.keys()].sort((a, b) => (freq.get(b) as number) - (freq.get(a) as number)); // stable: ties keep first-seen order
  }
  const compositionOf = (rows: Int32Array): CompositionEntry[] | undefined => {
    if (!categories || !catOf) return undefined;
    const counts = new Map(categories.map((c) => [c, 0]));
    for (const i of rows) counts.set(catOf[i], (counts.get(catOf[i]) as number) + 1);
    return categories.map((category) => ({ category, count: counts.get(category) as number, share: (counts.get(category) as number) / rows.length }));
  };

  const grouped = groupRows(labels);
  const members = new Map(grouped.labels.map((label, g) => [label, grouped.rows[g]]));
  const problems: Problem[] = [];
  const segments = [...members.keys()]
    .sort((a, b) => a - b)
    .map((label): SegmentProfile => {
      const rows = members.get(label) as Int32Array;
      const means = Float64Array.from(columns, (c) => mean(pick(c, rows)));
      const z = Float64Array.from(means, (m, j) => (popSds[j] > 0 ? (m - popMeans[j]) / popSds[j] : 0));
      const current = dimension(scores.current, rows, popCurrent, sdCurrent, band);
      const potential = dimension(scores.potential, rows, popPotential, sdPotential, band);
      const type = QUADRANT_TYPES[quadrantOf(current.high, potential.high)];
      const distinctive = Array.from(z, (v, index) => ({ index, column: columnName(names, index), z: v, sign: (v > 0 ? 1 : -1) as 1 | -1 }))
        .filter((d) => d.z !== 0)
        .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.index - b.index)
        .slice(0, Math.max(0, top));
      const boundary = current.boundary || potential.boundary;
      if (boundary && members.size > 1) {
        const dims = [current.boundary ? 'current' : '', potential.boundary ? 'potential' : ''].filter(Boolean).join(' and ');
        problems.push({
          severity: 'info',
          code: 'explain.boundary',
          message: `Segment ${label}: its mean ${dims} score is within ±${band} SD of the population mean, so its type "${type}" is borderline; check it.`,
          where: {},
          params: { segment: label, band, type },
          variant: current.boundary && potential.boundary ? 'both' : current.boundary ? 'current' : 'potential',
        });
      }
      return {
        label,
        size: rows.length,
        share: rows.length / n,
        means,
        z,
        current,
        potential,
        composite: scores.composite ? mean(pick(scores.composite, rows)) : null,
        type,
        boundary,
        distinctive,
        composition: compositionOf(rows),
      };
    });
  if (segments.length === 1) {
    problems.push({
      severity: 'info',
      code: 'explain.one-segment',
      message: 'Only one segment: its means are the population means, every z is 0 and it counts as high/high (ties count as high).',
      where: {},
    });
  }
  const all = Int32Array.from({ length: n }, (_, i) => i);
  return {
    segments,
    population: { size: n, means: popMeans, sds: popSds, current: popCurrent, potential: popPotential, composite: popComposite, composition: compositionOf(all) },
    categories,
    problems,
  };
}

/**
 * How the ranking of indicators differs between weighting methods (display only): Spearman's ρ
 * (core/stats/rank.ts), the top indicator per method and the indicators that move most.
 */
import { averageRanks, spearman } from '../../core/stats/rank.ts';

export interface Move {
  /** Index of the indicator. */
  index: number;
  /** Its rank under the reference method and under the other method (1 = most important). */
  from: number;
  to: number;
}

export interface Comparison {
  /** The other method's key. */
  method: string;
  rho: number | null;
  /** Indicators whose rank changes by at least `threshold` places, biggest move first. */
  moves: Move[];
  /** The indicator ranked first by the other method (null on a tie for first). */
  top: number | null;
}

export interface RankReport {
  threshold: number;
  /** The indicator ranked first by the reference method (null on a tie for first). */
  top: number | null;
  comparisons: Comparison[];
  /** True when some method puts another indicator first, or some indicator moves ≥ threshold places. */
  differs: boolean;
}

/** The index of the single largest value, or null when the largest is shared (or there are none). */
export function topIndex(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const r = averageRanks(values);
  const k = r.indexOf(1);
  return k >= 0 ? k : null;
}

/**
 * Compares the ranking under `reference` (e.g. AHP weights) with each of `others` (entropy,
 * CRITIC, final …; a method whose weights are missing is skipped). An indicator "moves" when
 * its rank changes by at least `threshold` places (default max(2, ⌈n/4⌉)).
 */
export function compareRankings(
  reference: readonly number[],
  others: readonly { method: string; weights: readonly number[] | null }[],
  threshold = Math.max(2, Math.ceil(reference.length / 4)),
): RankReport {
  const refRanks = averageRanks(reference);
  const top = topIndex(reference);
  const comparisons: Comparison[] = [];
  for (const o of others) {
    if (!o.weights || o.weights.length !== reference.length) continue;
    const ranks = averageRanks(o.weights);
    const moves = refRanks
      .map((from, index) => ({ index, from, to: ranks[index] }))
      .filter((m) => Math.abs(m.to - m.from) >= threshold)
      .sort((x, y) => Math.abs(y.to - y.from) - Math.abs(x.to - x.from) || x.index - y.index);
    comparisons.push({ method: o.method, rho: spearman(reference, o.weights), moves, top: topIndex(o.weights) });
  }
  const differs = comparisons.some((c) => c.moves.length > 0 || c.top !== top);
  return { threshold, top, comparisons, differs };
}

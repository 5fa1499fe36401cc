/**
 * The display parts the worker sends beside a result (`workers/display.ts`: the ranking's order,
 * the Pareto curve), found again from the arrays the page shows. They are filed under the array
 * they were computed from (the composite score; the score or the rows of an ABC source), so a
 * result whose arrays were replaced by equal ones already shown (`share.ts`) finds the parts
 * filed for those: equal values, equal order and curve. A data column's curve is also tied to the
 * columns it was read from, so a new file never shows an old file's curve. When nothing is found
 * the component computes the part itself.
 */
import type { Scored } from '../core/result.ts';
import type { ParetoDisplay, ResultDisplay } from '../workers/protocol.ts';
import { isScoreSource, resolveScore } from '../core/sources.ts';

const rankOrders = new WeakMap<object, Int32Array>();
const paretos = new WeakMap<object, Map<string, { pareto: ParetoDisplay; columns: unknown }>>();

function sourceArray(scored: Scored, source: string): object | null {
  const score = resolveScore(source, scored.scores);
  return score !== undefined ? score : scored.rows;
}

const paretoKey = (source: string, cuts: readonly number[]) => `${source}\u0000${cuts[0]}\u0000${cuts[1]}`;

/** Files the display parts of a result just received; `columns` = the data it was computed on. */
export function rememberDisplay(scored: Scored, display: ResultDisplay, columns: unknown): void {
  if (display.rankOrder.length === scored.scores.composite.length) rankOrders.set(scored.scores.composite, display.rankOrder);
  const p = display.pareto;
  if (!p) return;
  const key = sourceArray(scored, p.source);
  if (!key) return;
  let m = paretos.get(key);
  if (!m) paretos.set(key, (m = new Map()));
  m.set(paretoKey(p.source, p.cuts), { pareto: p, columns: isScoreSource(p.source) ? null : columns });
}

/** The ranking's order for this composite score array, if the worker sent it. */
export function rankOrderOf(composite: Float64Array): Int32Array | undefined {
  return rankOrders.get(composite);
}

/** The Pareto curve of `source` with `cuts` for this result, if the worker sent it (for a data column: of these columns). */
export function paretoOf(scored: Scored, source: string, cuts: readonly number[], columns: unknown): ParetoDisplay | undefined {
  const key = sourceArray(scored, source);
  const e = key ? paretos.get(key)?.get(paretoKey(source, cuts)) : undefined;
  if (!e) return undefined;
  if (!isScoreSource(source) && e.columns !== columns) return undefined;
  return e.pareto;
}

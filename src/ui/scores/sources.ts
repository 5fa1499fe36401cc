/**
 * Value sources of the tiers and the ABC classes (a numeric data column or a score, core/sources.ts), and
 * their values for the rows the result used. Display only: the pipeline does the classing.
 */
import type { Dataset } from '../../state/notebook.svelte.ts';
import type { Scored } from '../../core/result.ts';
import { COMPOSITE, parseSource, resolveScore, SCORE_SOURCES, scoreNameOf } from '../../core/sources.ts';
import type { MessageKey } from '../../i18n/index.ts';

/** The score sources available in a result (current and potential need the value roles). */
export function scoreSources(result: Scored | null): string[] {
  if (!result) return [COMPOSITE];
  return SCORE_SOURCES.filter((s) => resolveScore(s, result.scores) != null);
}

/** Names of the numeric columns of the data, then the project's derived columns (numeric by definition). */
export function numericColumns(dataset: Dataset | null, derived: readonly { name: string }[] = []): string[] {
  const own = dataset ? dataset.loaded.report.columns.filter((c) => c.type === 'numeric').map((c) => c.name) : [];
  return [...own, ...derived.map((d) => d.name).filter((n) => !own.includes(n))];
}

/** The values of `source` for each row of the result (aligned with `result.rows`), or null when unavailable. */
export function sourceValues(source: string, result: { rows: ArrayLike<number>; scores: Scored['scores'] | null }, dataset: Dataset | null): Float64Array | null {
  if (scoreNameOf(source) !== null) return (result.scores && resolveScore(source, result.scores)) ?? null;
  const out = new Float64Array(result.rows.length);
  const raw = dataset && Object.hasOwn(dataset.loaded.columns, source) ? dataset.loaded.columns[source] : undefined;
  if (raw instanceof Float64Array) {
    for (let i = 0; i < out.length; i++) out[i] = raw[result.rows[i]] ?? NaN;
    return out;
  }
  const col = dataset?.table.column(source);
  if (!col) return null;
  for (let i = 0; i < out.length; i++) {
    const v = col.at(result.rows[i]);
    out[i] = typeof v === 'number' ? v : NaN;
  }
  return out;
}

/** A source as the Scores step names it: a score by its translated name, a column by its own name. */
export function sourceLabel(source: string, t: (key: MessageKey) => string): string {
  const v = parseSource(source);
  return v.kind === 'score' ? t(`scores.source.${v.name}` as MessageKey) : source;
}

/**
 * Value sources: what tiers, ABC classes and tier rules are computed on — a data column, or one
 * of the scores the pipeline computes. In a project file a source is a string: a column's name,
 * or `score:` followed by the score's name. This module is the only one that knows that
 * spelling; everyone else parses, builds, labels and resolves sources through it.
 */

/** The scores a source may name. */
export const SCORE_NAMES = ['composite', 'current', 'potential'] as const;
export type ScoreName = (typeof SCORE_NAMES)[number];

/** A source read from its string: a data column, or a score (`name` as written: it may be no known score). */
export type ValueSource = { kind: 'column'; column: string } | { kind: 'score'; name: string };

const PREFIX = 'score:';

/** The source string of a score: `scoreSource('composite')` is what a project file writes for the composite score. */
export function scoreSource(name: ScoreName): string {
  return PREFIX + name;
}

/** The composite score's source string, the default source of tiers and ABC classes. */
export const COMPOSITE = scoreSource('composite');

/** The source strings of every score, in order: composite, current, potential. */
export const SCORE_SOURCES: readonly string[] = SCORE_NAMES.map(scoreSource);

/** True when `source` names a score (known or not) rather than a data column. */
export function isScoreSource(source: string): boolean {
  return source.startsWith(PREFIX);
}

/** Reads a source string. */
export function parseSource(source: string): ValueSource {
  return isScoreSource(source) ? { kind: 'score', name: source.slice(PREFIX.length) } : { kind: 'column', column: source };
}

/** The known score a source names, or null (a data column, or an unknown score name). */
export function scoreNameOf(source: string): ScoreName | null {
  if (!isScoreSource(source)) return null;
  const name = source.slice(PREFIX.length);
  return (SCORE_NAMES as readonly string[]).includes(name) ? (name as ScoreName) : null;
}

/** The scores a source may resolve to (current and potential are null without the value roles). */
export interface SourceScores {
  composite: Float64Array;
  current: Float64Array | null;
  potential: Float64Array | null;
}

/**
 * The score array a score source names: the array, null when that score is not computed (no
 * value roles), undefined when the source is a data column or no known score.
 */
export function resolveScore<T>(source: string, scores: { composite: T; current: T | null; potential: T | null }): T | null | undefined {
  const name = scoreNameOf(source);
  return name === null ? undefined : scores[name];
}

/** Readers' words for the scores (reports, exports). */
const SCORE_LABELS: Record<ScoreName, { 'zh-CN': string; en: string }> = {
  current: { 'zh-CN': '当前价值得分', en: 'current value score' },
  potential: { 'zh-CN': '潜在价值得分', en: 'potential value score' },
  composite: { 'zh-CN': '综合得分', en: 'composite score' },
};

/** A score source in readers' words (`score:current` → 当前价值得分 / current value score), or null for anything else. */
export function scoreLabel(source: string, locale: 'zh-CN' | 'en'): string | null {
  const name = scoreNameOf(source);
  return name === null ? null : SCORE_LABELS[name][locale];
}

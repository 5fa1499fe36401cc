/**
 * Strategy tables of the report (issue 9, item 6): per tier (star level) and per ABC class, the
 * customers and the strategy — the project's own text (`project.strategies`) or the template of
 * explain/strategies.ts in the report's language.
 */
import { ABC_LETTERS, abcStrategyText, customAbcStrategy, customTierStrategy, tierStrategyText } from '../model/class-strategies.ts';
import type { Project } from '../model/project.ts';
import type { Scored } from '../result.ts';
import type { ReportTable } from './table.ts';
import type { ReportWords } from './words.ts';

/** The tier strategy table (highest tier first), or null without tiers. */
export function tierStrategyTable(result: Scored, project: Project, words: ReportWords): ReportTable | null {
  const t = result.tiers;
  if (!t) return null;
  const { t: say, locale } = words;
  const n = t.tier.length || 1;
  const order = t.labels.map((_, i) => i).reverse();
  const own = t.labels.some((l) => customTierStrategy(project, l) !== undefined);
  return {
    id: 'strategies:tiers',
    title: say('report.strategies.tierTitle'),
    columns: (['tier', 'customers', 'share', 'strategy'] as const).map((c) => say(`report.strategies.${c}`)),
    rows: order.map((i) => [t.labels[i], t.counts[i], t.counts[i] / n, tierStrategyText(project, t.labels, i, locale)]),
    formats: [null, 'integer', 'percent', null],
    notes: [say(own ? 'report.strategies.own' : 'report.strategies.template')],
  };
}

/** The ABC strategy table (A, B, C), or null without ABC classes. */
export function abcStrategyTable(result: Scored, project: Project, words: ReportWords): ReportTable | null {
  const a = result.abc;
  if (!a) return null;
  const { t: say, locale } = words;
  const n = a.cls.length || 1;
  const own = ABC_LETTERS.some((l) => customAbcStrategy(project, l) !== undefined);
  return {
    id: 'strategies:abc',
    title: say('report.strategies.abcTitle'),
    columns: (['abc', 'customers', 'share', 'strategy'] as const).map((c) => say(`report.strategies.${c}`)),
    rows: ([0, 1, 2] as const).map((c) => [ABC_LETTERS[c], a.counts[c], a.counts[c] / n, abcStrategyText(project, c, locale, a.cuts)]),
    formats: [null, 'integer', 'percent', null],
    notes: [say(own ? 'report.strategies.own' : 'report.strategies.template')],
  };
}

export function classStrategyTables(result: Scored, project: Project, w: ReportWords): ReportTable[] {
  return [tierStrategyTable(result, project, w), abcStrategyTable(result, project, w)].filter((t): t is ReportTable => t !== null);
}

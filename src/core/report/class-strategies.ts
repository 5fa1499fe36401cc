/**
 * Strategy tables of the report (issue 9, item 6): per tier (star level) and per ABC class, the
 * customers and the strategy — the project's own text (`project.strategies`) or the template of
 * explain/strategies.ts in the report's language.
 */
import { ABC_LETTERS, abcStrategyText, customAbcStrategy, customTierStrategy, tierStrategyText } from '../model/class-strategies.ts';
import type { Project } from '../model/project.ts';
import type { Scored } from '../result.ts';
import type { ReportTable } from './table.ts';
import type { ReportLocale } from './terms.ts';

const W = {
  'zh-CN': { tierTitle: '各客户等级的营销策略', abcTitle: 'ABC 各类客户的营销策略', tier: '客户等级', abc: 'ABC 分类', customers: '客户数', share: '占比', strategy: '策略', own: '策略为本项目所写；其余为模板（可在“得分”步骤修改）。', template: '策略为模板，可在“得分”步骤修改。' },
  en: { tierTitle: 'Strategy per tier', abcTitle: 'Strategy per ABC class', tier: 'Tier', abc: 'ABC class', customers: 'Customers', share: 'Share', strategy: 'Strategy', own: 'Strategies written for this project; the others are templates (editable in the Scores step).', template: 'The strategies are templates, editable in the Scores step.' },
} as const;

/** The tier strategy table (highest tier first), or null without tiers. */
export function tierStrategyTable(result: Scored, project: Project, locale: ReportLocale): ReportTable | null {
  const t = result.tiers;
  if (!t) return null;
  const w = W[locale];
  const n = t.tier.length || 1;
  const order = t.labels.map((_, i) => i).reverse();
  const own = t.labels.some((l) => customTierStrategy(project, l) !== undefined);
  return {
    id: 'strategies:tiers',
    title: w.tierTitle,
    columns: [w.tier, w.customers, w.share, w.strategy],
    rows: order.map((i) => [t.labels[i], t.counts[i], t.counts[i] / n, tierStrategyText(project, t.labels, i, locale)]),
    formats: [null, 'integer', 'percent', null],
    notes: [own ? w.own : w.template],
  };
}

/** The ABC strategy table (A, B, C), or null without ABC classes. */
export function abcStrategyTable(result: Scored, project: Project, locale: ReportLocale): ReportTable | null {
  const a = result.abc;
  if (!a) return null;
  const w = W[locale];
  const n = a.cls.length || 1;
  const own = ABC_LETTERS.some((l) => customAbcStrategy(project, l) !== undefined);
  return {
    id: 'strategies:abc',
    title: w.abcTitle,
    columns: [w.abc, w.customers, w.share, w.strategy],
    rows: ([0, 1, 2] as const).map((c) => [ABC_LETTERS[c], a.counts[c], a.counts[c] / n, abcStrategyText(project, c, locale, a.cuts)]),
    formats: [null, 'integer', 'percent', null],
    notes: [own ? w.own : w.template],
  };
}

export function classStrategyTables(result: Scored, project: Project, locale: ReportLocale): ReportTable[] {
  return [tierStrategyTable(result, project, locale), abcStrategyTable(result, project, locale)].filter((t): t is ReportTable => t !== null);
}

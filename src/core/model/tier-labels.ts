/** The standard tier labels in each language (ordinary / gold / platinum / diamond, the theses' four tiers of average daily deposits). */
export type TierLocale = 'en' | 'zh-CN';

export const TIER_LABELS: Record<TierLocale, string[]> = {
  en: ['Ordinary', 'Gold', 'Platinum', 'Diamond'],
  'zh-CN': ['普通客户', '黄金客户', '白金客户', '钻石客户'],
};

/** Tier labels in `locale` when they are the standard four in some language; otherwise the same array. */
export function localTierLabels(labels: string[], locale: TierLocale): string[] {
  const std = (['en', 'zh-CN'] as const).find((l) => TIER_LABELS[l].length === labels.length && TIER_LABELS[l].every((x, i) => x === labels[i]));
  return std ? [...TIER_LABELS[locale]] : labels;
}

/** Messages of the indicators step; keys start with 'indicators.'. */
export const en = {
  'indicators.title': 'Indicators',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'indicators.title': '指标体系',
};

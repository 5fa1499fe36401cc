/** Messages of the judgments step; keys start with 'judgments.'. */
export const en = {
  'judgments.title': 'Judgments (AHP)',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'judgments.title': '判断矩阵（AHP）',
};

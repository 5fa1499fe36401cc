/** Messages of the scores step; keys start with 'scores.'. */
export const en = {
  'scores.title': 'Scores & value matrix',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'scores.title': '得分与价值矩阵',
};

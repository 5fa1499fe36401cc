/** Messages of the weights step; keys start with 'weights.'. */
export const en = {
  'weights.title': 'Weights',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'weights.title': '权重',
};

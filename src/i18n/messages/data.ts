/** Messages of the data step; keys start with 'data.'. */
export const en = {
  'data.title': 'Data',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'data.title': '数据',
};

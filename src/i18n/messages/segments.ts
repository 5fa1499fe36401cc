/** Messages of the segments step; keys start with 'segments.'. */
export const en = {
  'segments.title': 'Segments',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'segments.title': '客户细分',
};

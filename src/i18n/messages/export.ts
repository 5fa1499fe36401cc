/** Messages of the export step; keys start with 'export.'. */
export const en = {
  'export.title': 'Export',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'export.title': '导出',
};

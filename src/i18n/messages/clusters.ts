/** Messages of the clusters step; keys start with 'clusters.'. */
export const en = {
  'clusters.title': 'Clusters (choose k)',
} as const;

export const zh: Record<keyof typeof en, string> = {
  'clusters.title': '聚类（选择 k）',
};

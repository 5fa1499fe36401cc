/** Messages of fuzzy AHP (issue 10 item 7): method names, the weights-step panel, problems. */
export const en = {
  'judgments.method.fuzzy-chang': "Fuzzy AHP: Chang's extent analysis",
  'judgments.method.fuzzy-buckley': "Fuzzy AHP: Buckley's geometric mean",
  'fuzzy.heading': 'Fuzzy AHP calculation',
  'fuzzy.intro':
    'Each judgment is read as a triangular fuzzy number (l, m, u): 3 as (2, 3, 4), 1/3 as (1/4, 1/3, 1/2). The weights come from the fuzzy matrix by {method}; the consistency ratio is that of the middle values, which are your judgments as entered.',
  'fuzzy.intro.fuzzy-chang': "Chang's extent analysis (Chang 1996, European Journal of Operational Research 95: 649–655)",
  'fuzzy.intro.fuzzy-buckley': "Buckley's fuzzy geometric mean with centroid defuzzification (Buckley 1985, Fuzzy Sets and Systems 17: 233–247)",
  'fuzzy.zero':
    "Extent analysis gave weight 0 to {names}: its fuzzy extent lies wholly below another item's. This is a known property of the method (Wang, Luo & Hua 2008), not an error; choose Buckley's geometric mean for weights that are never 0.",
  'problem.ahp.fuzzy-matrix.empty': 'The fuzzy pairwise matrix is empty; it needs at least one item.',
  'problem.ahp.fuzzy-matrix.not-square': 'The fuzzy pairwise matrix is not square: row {row} has the wrong number of entries.',
  'problem.ahp.fuzzy-matrix.entry': 'Entry ({row}, {col}) of the fuzzy pairwise matrix is not a triangular fuzzy number (l, m, u) with 0 < l ≤ m ≤ u.',
  'problem.ahp.fuzzy-matrix.diagonal': 'Entry ({row}, {col}) of the fuzzy pairwise matrix must be (1, 1, 1).',
  'problem.ahp.fuzzy-matrix.reciprocal': 'Entries ({row}, {col}) and ({col}, {row}) of the fuzzy pairwise matrix are not reciprocal: a_ji must be (1/u, 1/m, 1/l) of a_ij.',
};

export const zh: Record<keyof typeof en, string> = {
  'judgments.method.fuzzy-chang': '模糊层次分析法：Chang 范围分析法',
  'judgments.method.fuzzy-buckley': '模糊层次分析法：Buckley 几何平均法',
  'fuzzy.heading': '模糊层次分析法计算过程',
  'fuzzy.intro': '每个判断按三角模糊数 (l, m, u) 读取：3 读作 (2, 3, 4)，1/3 读作 (1/4, 1/3, 1/2)。权重由模糊判断矩阵按{method}计算；一致性比率按中值矩阵（即所输入的判断）计算。',
  'fuzzy.intro.fuzzy-chang': ' Chang 范围分析法（Chang 1996，European Journal of Operational Research 95: 649–655）',
  'fuzzy.intro.fuzzy-buckley': ' Buckley 模糊几何平均法并以重心去模糊化（Buckley 1985，Fuzzy Sets and Systems 17: 233–247）',
  'fuzzy.zero': '范围分析法给 {names} 的权重为 0：其模糊综合程度值整体低于另一项。这是该方法的已知性质（Wang、Luo、Hua 2008），并非计算错误；若需要不为 0 的权重，请改用 Buckley 几何平均法。',
  'problem.ahp.fuzzy-matrix.empty': '模糊判断矩阵为空，至少需要一项。',
  'problem.ahp.fuzzy-matrix.not-square': '模糊判断矩阵不是方阵：第 {row} 行的元素个数不对。',
  'problem.ahp.fuzzy-matrix.entry': '模糊判断矩阵第 ({row}, {col}) 个元素不是满足 0 < l ≤ m ≤ u 的三角模糊数 (l, m, u)。',
  'problem.ahp.fuzzy-matrix.diagonal': '模糊判断矩阵第 ({row}, {col}) 个元素必须为 (1, 1, 1)。',
  'problem.ahp.fuzzy-matrix.reciprocal': '模糊判断矩阵第 ({row}, {col}) 与第 ({col}, {row}) 个元素不互为倒数：a_ji 应为 a_ij 的 (1/u, 1/m, 1/l)。',
};

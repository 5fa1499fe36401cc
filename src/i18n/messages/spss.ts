/** Messages of the SPSS-style clustering (QUICK CLUSTER, hierarchical clustering): keys 'spss.*' and their core problems. */
export const en = {
  'problem.quick-cluster.k': 'QUICK CLUSTER needs a whole number of clusters k ≥ 2; got {k}.',
  'problem.quick-cluster.too-few': 'QUICK CLUSTER with k = {k} needs at least {k} complete cases; got {n}.',
  'problem.quick-cluster.mxiter-range': 'MXITER must be a whole number from 1 to 999; got {value}.',
  'problem.quick-cluster.converge-range': 'CONVERGE must be a number ≥ 0; got {value}.',
  'problem.quick-cluster.method': 'METHOD must be kmeans, update or classify; got "{value}".',
  'problem.quick-cluster.not-finite': 'Case {row} has a missing or non-finite value; leave incomplete cases out first.',
  'problem.quick-cluster.converged':
    'Convergence achieved due to no or small change in cluster centers. The maximum absolute coordinate change for any center is {change}. The current iteration is {iteration}. The minimum distance between initial centers is {distance}.',
  'problem.quick-cluster.stopped-at-mxiter':
    'Iterations stopped because the maximum number of iterations was performed. Iterations failed to converge. The maximum absolute coordinate change for any center is {change}. The current iteration is {iteration}. The minimum distance between initial centers is {distance}.',
  'problem.hclust.method': 'Unknown linkage method "{value}"; expected ward, average, complete or single.',
  'problem.hclust.too-few': 'Hierarchical clustering needs at least 2 cases; got {n}.',
  'problem.hclust.too-many': 'Hierarchical clustering keeps an n × n distance matrix; {n} cases are more than the limit of {max}.',
  'problem.hclust.not-finite': 'Case {row} has a missing or non-finite value; leave incomplete cases out first.',
  'problem.hclust.k-range': 'The cluster counts must be whole numbers with 1 ≤ kmin ≤ kmax; got {kMin}..{kMax}.',
  'problem.hclust.sampled':
    'Hierarchical clustering keeps an n × n distance matrix, so it ran on a random sample of {sample} of the {n} cases (seed {seed}); the other cases join the nearest cluster centre.',
  'problem.hclust.no-cut': 'There is no cut at k = {k}; choose k from the range that was cut.',
  'problem.hclust.tied-cut': 'options.segmentation.k: the tree cannot be cut into exactly {k} clusters (tied merge heights give {m}); choose another k or linkage.',
};

export const zh: Record<keyof typeof en, string> = {
  'problem.quick-cluster.k': '快速聚类需要整数聚类数 k ≥ 2；当前为 {k}。',
  'problem.quick-cluster.too-few': '快速聚类 k = {k} 至少需要 {k} 个完整个案；当前只有 {n} 个。',
  'problem.quick-cluster.mxiter-range': '最大迭代次数（MXITER）须为 1 到 999 的整数；当前为 {value}。',
  'problem.quick-cluster.converge-range': '收敛标准（CONVERGE）须为 ≥ 0 的数；当前为 {value}。',
  'problem.quick-cluster.method': '方法须为 kmeans、update 或 classify；当前为“{value}”。',
  'problem.quick-cluster.not-finite': '第 {row} 个个案有缺失或非有限值；请先排除不完整的个案。',
  'problem.quick-cluster.converged': '由于聚类中心内没有改动或改动较小而达到收敛。任何中心的最大绝对坐标更改为 {change}。当前迭代为 {iteration}。初始中心间的最小距离为 {distance}。',
  'problem.quick-cluster.stopped-at-mxiter': '由于已执行最大迭代次数，迭代已停止。迭代未能收敛。任何中心的最大绝对坐标更改为 {change}。当前迭代为 {iteration}。初始中心间的最小距离为 {distance}。',
  'problem.hclust.method': '未知的聚类方法“{value}”；应为 ward、average、complete 或 single。',
  'problem.hclust.too-few': '系统聚类至少需要 2 个个案；当前为 {n} 个。',
  'problem.hclust.too-many': '系统聚类需保存 n × n 距离矩阵；{n} 个个案超过上限 {max}。',
  'problem.hclust.not-finite': '第 {row} 个个案有缺失或非有限值；请先排除不完整的个案。',
  'problem.hclust.k-range': '聚类数须为整数且 1 ≤ 最小值 ≤ 最大值；当前为 {kMin}..{kMax}。',
  'problem.hclust.sampled': '系统聚类需保存 n × n 距离矩阵，因此从 {n} 个个案中随机抽取 {sample} 个进行聚类（种子 {seed}）；其余个案归入最近的聚类中心。',
  'problem.hclust.no-cut': '没有 k = {k} 的分割；请在已分割的范围内选择 k。',
  'problem.hclust.tied-cut': '聚类树无法恰好分为 {k} 类（合并高度相同，只能分为 {m} 类）；请换一个 k 或聚类方法。',
};

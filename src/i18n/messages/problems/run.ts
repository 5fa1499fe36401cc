/** Problems: Running the pipeline (`problem.<code>` entries; see ../problems.ts). */
export const en = {
  "problem.pipeline.score-source": "\"{source}\" is not available (current and potential need criteria with those roles).",
  "problem.pipeline.tier-missing": "The tier source column \"{column}\" has missing values in the rows used; impute it or choose another column.",
  "problem.pipeline.abc-missing": "The ABC source column \"{column}\" has missing values in the rows used; impute it or choose another column.",
  "problem.pipeline.no-value-roles": "Clustering on \"scores\" uses the current and potential value scores, but no criteria carry those roles; use \"indicators\" or set the roles.",
  "problem.pipeline.no-value-roles.warning": "No top-level criteria carry the roles \"current\" and \"potential\": the value matrix and the 2×2 segment names are not available.",
  "problem.pipeline.cancelled": "The run was cancelled.",
  "problem.cancelled": "Cancelled.",
  "problem.internal": "Internal error: {detail}",
};

export const zh: Record<keyof typeof en, string> = {
  "problem.pipeline.score-source": "“{source}”不可用（当前价值与潜在价值得分需要有相应角色的准则）。",
  "problem.pipeline.tier-missing": "客户等级所依据的列“{column}”在所用的行中有缺失值；请填补或换一列。",
  "problem.pipeline.abc-missing": "ABC 分类所依据的列“{column}”在所用的行中有缺失值；请填补或换一列。",
  "problem.pipeline.no-value-roles": "按“价值得分”聚类需要当前价值与潜在价值得分，但没有准则承担这两个角色；请改用“加权指标”或设定角色。",
  "problem.pipeline.no-value-roles.warning": "没有第一层准则承担“当前价值”和“潜在价值”角色：客户价值矩阵和 2×2 客户群命名不可用。",
  "problem.pipeline.cancelled": "计算已取消。",
  "problem.cancelled": "已取消。",
  "problem.internal": "内部错误：{detail}",
};

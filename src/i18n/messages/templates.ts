/**
 * Messages of issue 9 (thesis templates, derived indicators, given weights, multi-column tiers,
 * one name per segment, survey reliability): UI strings and the core's problem codes.
 */
export const en = {
  "problem.explain.name-departs": "Segment {segment}: its centre lies in the {centre} quadrant, but with one name per segment it is named as {assigned} (the one-to-one assignment of the {k} segments to the four quadrants that fits best); rename it if that reads wrong.",
  "problem.weighting.given-missing": "No weight is given for indicator \"{indicator}\"; with given weights every indicator needs one (0 leaves it out).",
  "problem.weighting.given-negative": "The weight of \"{indicator}\" is {value}; given weights must be non-negative numbers.",
  "problem.weighting.given-zero": "Every given weight is 0; at least one indicator needs a positive weight.",
  "problem.weighting.given-rescaled": "The given weights sum to {sum}, not 1; each was divided by that sum.",
  "problem.project.invalid.given": "expected an object mapping each indicator id to its weight",
  "problem.project.invalid.given-weight": "is {value}; expected a non-negative number",
  "weights.method.given": "Given weights (from a thesis or bank rules)",
  "weights.explain.given": "Given weights: the weights typed per indicator, divided by their sum so that they add up to 1.",
  "weights.final.given": "the given weights",
  "weights.given.label": "Weight of {name}",
};

export const zh: Record<keyof typeof en, string> = {
  "problem.explain.name-departs": "客户群 {segment}：其聚类中心位于 {centre} 象限，但为使每类名称不同，按 {k} 个客户群与四个象限的最佳一一对应，命名为 {assigned} 类型；若不合适请改名。",
  "problem.weighting.given-missing": "指标“{indicator}”没有给定权重；采用给定权重时每个指标都需要一个权重（0 表示不计入）。",
  "problem.weighting.given-negative": "指标“{indicator}”的权重为 {value}；给定权重必须是非负数。",
  "problem.weighting.given-zero": "所有给定权重都为 0；至少一个指标需要正的权重。",
  "problem.weighting.given-rescaled": "给定权重之和为 {sum}，不等于 1；已将每个权重除以该和。",
  "problem.project.invalid.given": "应为由指标 id 到权重的对象",
  "problem.project.invalid.given-weight": "为 {value}；应为非负数",
  "weights.method.given": "给定权重（文献或业务规定）",
  "weights.explain.given": "给定权重：按指标输入的权重，除以其和使权重之和为 1。",
  "weights.final.given": "给定权重",
  "weights.given.label": "{name} 的权重",
};

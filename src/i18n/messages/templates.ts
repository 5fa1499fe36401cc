/**
 * Messages of issue 9 (thesis templates, derived indicators, given weights, multi-column tiers,
 * one name per segment, survey reliability): UI strings and the core's problem codes.
 */
export const en = {
  "problem.explain.name-departs": "Segment {segment}: its centre lies in the {centre} quadrant, but with one name per segment it is named as {assigned} (the one-to-one assignment of the {k} segments to the four quadrants that fits best); rename it if that reads wrong.",
};

export const zh: Record<keyof typeof en, string> = {
  "problem.explain.name-departs": "客户群 {segment}：其聚类中心位于 {centre} 象限，但为使每类名称不同，按 {k} 个客户群与四个象限的最佳一一对应，命名为 {assigned} 类型；若不合适请改名。",
};

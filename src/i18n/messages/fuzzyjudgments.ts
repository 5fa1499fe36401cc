/** Fuzzy judgments entered as (l, m, u) (issue 10): the judgments step's editor and the problems of core/ahp/fuzzy/judgments.ts. */
export const en = {
  'fuzzyj.heading': 'Fuzzy judgments (l, m, u)',
  'fuzzyj.intro':
    'With a fuzzy method each judgment is a triangular fuzzy number (l, m, u): m is the judgment above, l and u how far it may reach. Left alone, it is read by the scale (3 as (2, 3, 4)); enter l and u to give your own. m changes the judgment itself.',
  'fuzzyj.pair': 'Pair',
  'fuzzyj.source': 'Source',
  'fuzzyj.entered': 'entered',
  'fuzzyj.derived': 'by the scale',
  'fuzzyj.reset': 'Use the scale',
  'fuzzyj.reset.label': 'Read "{a}" vs "{b}" by the fuzzy scale again',
  'fuzzyj.field.label': '{field} of "{a}" vs "{b}"',
  'edit.fuzzy-judgment': 'fuzzy judgment {a} vs {b}',
  'problem.ahp.fuzzy-judgment.shape': 'The fuzzy judgments (node {node}, expert {expert}) must be a {n}×{n} matrix like the judgments, each cell [l, m, u] or null.',
  'problem.ahp.fuzzy-judgment.not-triple':
    'Fuzzy judgment "{row}" vs "{col}" (node {node}, expert {expert}) is {value}; write it as [l, m, u], three numbers with 0 < l ≤ m ≤ u, or leave it empty (null).',
  'problem.ahp.fuzzy-judgment.field':
    'Fuzzy judgment "{row}" vs "{col}" (node {node}, expert {expert}) has {field} = {value}; each of l, m, u must be a positive number or fraction such as 2 or 1/3.',
  'problem.ahp.fuzzy-judgment.order-l': 'Fuzzy judgment "{row}" vs "{col}" (node {node}, expert {expert}) has l = {value} above m = {other}; a triangular fuzzy number needs l ≤ m ≤ u.',
  'problem.ahp.fuzzy-judgment.order-u': 'Fuzzy judgment "{row}" vs "{col}" (node {node}, expert {expert}) has u = {value} below m = {other}; a triangular fuzzy number needs l ≤ m ≤ u.',
  'problem.ahp.fuzzy-judgment.middle':
    'Fuzzy judgment "{row}" vs "{col}" (node {node}, expert {expert}) has m = {value}, but the judgment is {expected}; the middle value m must equal the judgment (change the judgment, or m).',
  'problem.ahp.fuzzy-judgment.diagonal': 'Fuzzy judgment "{row}" vs "{col}" (node {node}, expert {expert}) is {value}; an item compared with itself is (1, 1, 1) (or leave it empty).',
  'problem.ahp.fuzzy-judgment.reciprocal':
    'Fuzzy judgment "{row}" vs "{col}" (node {node}, expert {expert}) is {value}, not the reciprocal (1/u, 1/m, 1/l) = {expected} of "{col}" vs "{row}" = {other}; give one of the two (the other follows) or make them reciprocal.',
};

export const zh: Record<keyof typeof en, string> = {
  'fuzzyj.heading': '模糊判断 (l, m, u)',
  'fuzzyj.intro': '选用模糊方法时，每个判断都是三角模糊数 (l, m, u)：m 即上面的判断值，l 与 u 表示其可能的下限与上限。不填时按标度读取（3 读作 (2, 3, 4)）；填写 l 与 u 即为自定的模糊判断。修改 m 即修改判断本身。',
  'fuzzyj.pair': '比较对',
  'fuzzyj.source': '来源',
  'fuzzyj.entered': '自定',
  'fuzzyj.derived': '按标度',
  'fuzzyj.reset': '改回按标度',
  'fuzzyj.reset.label': '“{a}”对“{b}”改回按模糊标度读取',
  'fuzzyj.field.label': '“{a}”对“{b}”的 {field}',
  'edit.fuzzy-judgment': '模糊判断 {a} 对 {b}',
  'problem.ahp.fuzzy-judgment.shape': '模糊判断（节点 {node}，专家 {expert}）必须与判断矩阵一样是 {n}×{n} 矩阵，每格为 [l, m, u] 或 null。',
  'problem.ahp.fuzzy-judgment.not-triple': '模糊判断“{row}”对“{col}”（节点 {node}，专家 {expert}）为 {value}；请写成 [l, m, u]，三个满足 0 < l ≤ m ≤ u 的数，或留空（null）。',
  'problem.ahp.fuzzy-judgment.field': '模糊判断“{row}”对“{col}”（节点 {node}，专家 {expert}）的 {field} = {value}；l、m、u 均须为正数或分数，如 2 或 1/3。',
  'problem.ahp.fuzzy-judgment.order-l': '模糊判断“{row}”对“{col}”（节点 {node}，专家 {expert}）的 l = {value} 大于 m = {other}；三角模糊数要求 l ≤ m ≤ u。',
  'problem.ahp.fuzzy-judgment.order-u': '模糊判断“{row}”对“{col}”（节点 {node}，专家 {expert}）的 u = {value} 小于 m = {other}；三角模糊数要求 l ≤ m ≤ u。',
  'problem.ahp.fuzzy-judgment.middle': '模糊判断“{row}”对“{col}”（节点 {node}，专家 {expert}）的 m = {value}，而判断值为 {expected}；中值 m 必须等于判断值（请修改判断值或 m）。',
  'problem.ahp.fuzzy-judgment.diagonal': '模糊判断“{row}”对“{col}”（节点 {node}，专家 {expert}）为 {value}；一项与自身比较为 (1, 1, 1)（或留空）。',
  'problem.ahp.fuzzy-judgment.reciprocal':
    '模糊判断“{row}”对“{col}”（节点 {node}，专家 {expert}）为 {value}，不是“{col}”对“{row}” = {other} 的倒数 (1/u, 1/m, 1/l) = {expected}；两者只需填一个（另一个随之确定），或使其互为倒数。',
};

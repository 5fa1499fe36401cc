/**
 * Messages added by the audit of issues 8 and 16 (docs/issue-audit-8-16.md): the AHP size cap
 * worded per language with the node and expert names alone (the label "node …, expert …" was
 * English inside the Chinese message).
 */
export const en = {
  'problem.ahp.too-many-items.node': 'The judgment matrix (node {node}) compares {n} items; AHP compares at most {max} (that is already {judgments} judgments): group the items under sub-criteria.',
  'problem.ahp.too-many-items.node-expert':
    'The judgment matrix (node {node}, expert {expert}) compares {n} items; AHP compares at most {max} (that is already {judgments} judgments): group the items under sub-criteria.',
  'problem.ahp.too-many-items.file': 'The judgment matrix ({file}, {size}×{size}) compares {n} items; AHP compares at most {max} (that is already {judgments} judgments): group the items under sub-criteria.',
};

export const zh: Record<keyof typeof en, string> = {
  'problem.ahp.too-many-items.node': '判断矩阵（节点“{node}”）比较 {n} 项；AHP 最多比较 {max} 项（这已是 {judgments} 个判断）：请把这些项归入子准则。',
  'problem.ahp.too-many-items.node-expert': '判断矩阵（节点“{node}”，专家“{expert}”）比较 {n} 项；AHP 最多比较 {max} 项（这已是 {judgments} 个判断）：请把这些项归入子准则。',
  'problem.ahp.too-many-items.file': '判断矩阵（{file}，{size}×{size}）比较 {n} 项；AHP 最多比较 {max} 项（这已是 {judgments} 个判断）：请把这些项归入子准则。',
};

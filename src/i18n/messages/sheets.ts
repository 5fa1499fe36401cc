/** Messages added to Excel in and the in-step tables' Copy table (issue 11 leftovers). */
export const en = {
  'problem.xlsx.merged-filled':
    "Cells {ranges} are merged ({count} ranges in the data); Excel shows a merged range's value in each of its cells but keeps it in the first only, so each cell of the range was given the value of its first (top-left) cell.",
};

export const zh: Record<keyof typeof en, string> = {
  'problem.xlsx.merged-filled': '单元格 {ranges} 为合并单元格（数据区共 {count} 处）；Excel 在合并区域的每个单元格中显示同一个值，但只在第一个单元格保存，因此已将合并区域的每个单元格都填为其左上角第一个单元格的值。',
};

/** Messages added by the issue 11 / issue 8 leftovers: the .xls message without a file name, the scores step's Copy table captions. */
export const en = {
  'scoresCopy.share': 'Share',
  'scoresCopy.rankingCut': 'The first {shown} of {n} customers, in the order shown; the Export step writes them all (CSV, Excel workbook).',
  'scoresCopy.matrixSplit': 'Split at the {rule}: current value score {current}, potential value score {potential}.',
  'scoresCopy.tiersSource': 'Tiers by {source}.',
  'scoresCopy.abcSource': 'Classes by the cumulative share of {source}: A up to {a}% of it, B up to {b}%.',
  'problem.xlsx.xls.unnamed': 'This is an old Excel 97–2003 workbook (.xls), which ValueSeg does not read. In Excel or WPS, choose File → Save As → "Excel Workbook (.xlsx)" (or "CSV UTF-8") and open that file.',
};

export const zh: Record<keyof typeof en, string> = {
  'scoresCopy.share': '占比',
  'scoresCopy.rankingCut': '按当前排序的前 {shown} 位客户（共 {n} 位）；全部客户可在“导出”步骤中下载（CSV、Excel 工作簿）。',
  'scoresCopy.matrixSplit': '按{rule}划分：当前价值得分 {current}，潜在价值得分 {potential}。',
  'scoresCopy.tiersSource': '分级依据：{source}。',
  'scoresCopy.abcSource': '按{source}的累计占比分类：A 类至 {a}%，B 类至 {b}%。',
  'problem.xlsx.xls.unnamed': '这是旧版 Excel 97–2003 工作簿（.xls），ValueSeg 不读取该格式。请在 Excel 或 WPS 中选择“文件 → 另存为 → Excel 工作簿（.xlsx）”（或“CSV UTF-8”），再打开保存的文件。',
};

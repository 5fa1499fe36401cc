/**
 * Messages about hostile or careless input (issue 16): project fields of the wrong type, files
 * nested too deep, an autosave that cannot be opened, limits on sizes. Keys start with
 * 'input.' or are `problem.<code>` entries for the core's codes.
 */
export const en = {
  'problem.project.invalid.text-type': 'is {value}; expected a text of at most 20,000 characters',
  'problem.project.invalid.source-type': 'is {value}; expected a file name as text',
  'problem.project.invalid.idColumn-type': 'is {value}; expected a column name as text',
  'problem.project.invalid.column-type': 'is {value}; expected a column name as text',
  'problem.project.invalid.unreadable': 'the project could not be checked ({detail}); it is not a project this version can open',
  'problem.json.too-deep': 'The JSON nests lists or objects more than {max} levels deep (line {line}, column {column}); ValueSeg reads at most {max} levels, so the file was not read.',
  'input.import.tooDeep': '{file} nests lists or objects too deep for a project file ({message}); the current project is kept.',
  'problem.csv.invalid-number.number-too-long': 'Column "{column}" has {count} cell(s) that are not numbers (lines {lines}: {examples}); they are treated as missing. The cell on line {longLine} has {length} characters; a number has at most {max}, so it is read as text: check that the column was split where you expect.',
  'problem.ahp.too-many-items': 'The judgment matrix ({label}) compares {n} items; AHP compares at most {max} (that is already {judgments} judgments): group the items under sub-criteria.',
  'problem.cluster.too-large': 'Row {row}, column "{column}": value is {value}; k-means squares distances, which overflow for values beyond ±1e150. Rescale the column (min–max or z-scores; in the CLI --scale minmax or z).',
  'problem.csv.mixed-currency': 'Column "{column}" mixes currencies: {currencies} (first seen on lines {lines}). The amounts are read as plain numbers, without conversion, so they are added and compared as if they were one currency; convert them to one currency in the file.',
  'problem.csv.invisible-header': 'The name of column {column}, "{name}", holds invisible characters ({characters}: text-direction controls or zero-width marks) that can make it display as another name; it is kept as written. Retype the name in the file.',
  'problem.csv.excel-sep': 'Line 1 ("sep={sep}") is Excel\'s note of the delimiter, not data: the file is read with {delimiter} as the delimiter and the header on line 2.',
  'problem.project.more-problems': 'and {more} more problems, not listed ({errors} of them errors); fix the ones above and check again',
  'input.held.newer': 'The project saved in this browser was written by a newer ValueSeg (project version {version}); this version reads version 1, so the sample project is open instead.',
  'input.held.unreadable': 'The project saved in this browser could not be opened ({problem}), so the sample project is open instead.',
  'input.held.kept': 'The saved project is kept unchanged and is not overwritten: export it to keep a copy (open it in the newer version), or discard it to save your work here again.',
  'input.held.export': 'Export the saved project',
  'input.held.discard': 'Discard it',
  'input.held.confirmDiscard': 'Delete the saved project from this browser? Export it first if you may need it.',
};

export const zh: Record<keyof typeof en, string> = {
  'problem.project.invalid.text-type': '为 {value}；应为最多 20,000 个字符的文本',
  'problem.project.invalid.source-type': '为 {value}；应为文本形式的文件名',
  'problem.project.invalid.idColumn-type': '为 {value}；应为文本形式的列名',
  'problem.project.invalid.column-type': '为 {value}；应为文本形式的列名',
  'problem.project.invalid.unreadable': '无法检查该项目（{detail}）；此版本无法打开它',
  'problem.json.too-deep': '该 JSON 的列表或对象嵌套超过 {max} 层（第 {line} 行第 {column} 列）；ValueSeg 最多读取 {max} 层，因此未读取该文件。',
  'input.import.tooDeep': '{file} 的嵌套层数过多，不是项目文件（{message}），当前项目保持不变。',
  'problem.csv.invalid-number.number-too-long': '列“{column}”有 {count} 个单元格不是数字（第 {lines} 行：{examples}），按缺失值处理。第 {longLine} 行的单元格有 {length} 个字符；数字最多 {max} 个字符，因此按文本读取：请检查该列是否按预期分隔。',
  'problem.ahp.too-many-items': '判断矩阵（{label}）比较 {n} 项；AHP 最多比较 {max} 项（这已是 {judgments} 个判断）：请把这些项归入子准则。',
  'problem.cluster.too-large': '第 {row} 行，列“{column}”：值为 {value}；k-means 要计算距离的平方，值超过 ±1e150 时会溢出。请先缩放该列（最小–最大或 z 分数；命令行用 --scale minmax 或 z）。',
  'problem.csv.mixed-currency': '列“{column}”混用了多种货币：{currencies}（依次首见于第 {lines} 行）。金额按普通数字读取、不做换算，因此会被当作同一种货币相加和比较；请在文件中统一换算为一种货币。',
  'problem.csv.invisible-header': '第 {column} 列的列名“{name}”含有不可见字符（{characters}：文字方向控制符或零宽字符），可能显示成另一个名字；列名按原样保留。请在文件中重新输入该列名。',
  'problem.csv.excel-sep': '第 1 行（“sep={sep}”）是 Excel 记录分隔符的说明，不是数据：文件按 {delimiter} 分隔读取，表头在第 2 行。',
  'problem.project.more-problems': '另有 {more} 个问题未列出（其中 {errors} 个为错误）；请先修正以上问题再检查',
  'input.held.newer': '此浏览器中保存的项目由更新版本的 ValueSeg 写入（项目版本 {version}）；本版本只能读取版本 1，因此现在打开的是示例项目。',
  'input.held.unreadable': '此浏览器中保存的项目无法打开（{problem}），因此现在打开的是示例项目。',
  'input.held.kept': '保存的项目保持原样，不会被覆盖：可导出一份副本（在新版本中打开），或将其丢弃，以便在此重新自动保存您的工作。',
  'input.held.export': '导出保存的项目',
  'input.held.discard': '丢弃',
  'input.held.confirmDiscard': '要从此浏览器中删除保存的项目吗？如果以后可能需要，请先导出。',
};

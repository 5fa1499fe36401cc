/** Messages added while polishing issues 8 and 16 (encoding evidence, column explanations, small UI things). */
export const en = {
  'polish.weights.ahpEqual': 'All AHP weights are equal (every judgment is 1, as in a new project), so the methods are not compared yet: enter the judgments in step 3, then compare the AHP ranking with the data\'s methods here.',
  'polish.bitmapNote': '{count} dots, drawn as an image (above {max} the dots are not exported as vectors)',
  'polish.sampleNote': '{count} of {total} customers drawn (a random sample)',
  'problem.csv.encoding.shift_jis':
    'The file is not UTF-8 (line {line} has bytes that are not UTF-8) and its characters read as Japanese (kana), so it was read as Shift-JIS (Japanese Excel), not as Chinese GB18030. If the text looks wrong, save the file as "CSV UTF-8".',
  'problem.csv.truncated':
    'The file ends in the middle of a character (line {line}, the last line): its last bytes start a character whose rest is missing, so the file was probably cut off. It was read as {encoding} without that character; check that line {line} is complete.',
  'problem.csv.mixed-currency.yen-yuan':
    'Column "{column}" mixes currencies: {currencies} (first seen on lines {lines}). "¥" is the sign of both the yuan and the yen, so check that the "¥" amounts are yuan like the "元" ones. The amounts are read as plain numbers, without conversion, so they are added and compared as if they were one currency; convert them to one currency in the file.',
  'problem.csv.mixed-currency.two-in-cell':
    'Column "{column}" mixes currencies: {currencies} (first seen on lines {lines}); line {cellLine} ("{cell}") names two currencies in one cell. The amounts are read as plain numbers, without conversion, so they are added and compared as if they were one currency; convert them to one currency in the file.',
  'problem.csv.mixed-currency.yen-yuan-two-in-cell':
    'Column "{column}" mixes currencies: {currencies} (first seen on lines {lines}); line {cellLine} ("{cell}") names two currencies in one cell. "¥" is the sign of both the yuan and the yen, so check that the "¥" amounts are yuan like the "元" ones. The amounts are read as plain numbers, without conversion, so they are added and compared as if they were one currency; convert them to one currency in the file.',
  'problem.csv.mixed-currency.one-cell':
    'Column "{column}" mixes currencies: line {cellLine} ("{cell}") names two currencies in one cell. The amounts are read as plain numbers, without conversion, so they are added and compared as if they were one currency; convert them to one currency in the file.',
  'problem.csv.foreign-number.decimal-comma-identifier':
    'Column "{column}" is read as identifier, not as numbers: {count} of its {filled} filled cells ({share}%) are numbers written with a decimal comma (line {line}: "{cell}"): this tool reads "." as the decimal point and "," as the thousands separator. Save the file with "." decimals (or replace "," by "." in this column), then open it again.',
  'problem.csv.foreign-number.decimal-comma-categorical':
    'Column "{column}" is read as categorical, not as numbers: {count} of its {filled} filled cells ({share}%) are numbers written with a decimal comma (line {line}: "{cell}"): this tool reads "." as the decimal point and "," as the thousands separator. Save the file with "." decimals (or replace "," by "." in this column), then open it again.',
  'problem.csv.foreign-number.apostrophe-identifier':
    'Column "{column}" is read as identifier, not as numbers: {count} of its {filled} filled cells ({share}%) are numbers written with \' between thousands (line {line}: "{cell}"): this tool reads "," as the thousands separator, not "\'". Remove the "\'" from the numbers (or save the file without thousands separators), then open it again.',
  'problem.csv.foreign-number.apostrophe-categorical':
    'Column "{column}" is read as categorical, not as numbers: {count} of its {filled} filled cells ({share}%) are numbers written with \' between thousands (line {line}: "{cell}"): this tool reads "," as the thousands separator, not "\'". Remove the "\'" from the numbers (or save the file without thousands separators), then open it again.',
  'problem.pipeline.abc-missing.line':
    'The ABC source column "{column}" has a missing or unreadable value on line {line} ({count} in the rows used); impute missing values or fix the cell, or choose another column.',
  'problem.pipeline.tier-missing.line':
    'The tier source column "{column}" has a missing or unreadable value on line {line} ({count} in the rows used); impute missing values or fix the cell, or choose another column.',
  'problem.csv.unterminated-quote.header-one-line':
    'The header on line {line} opens a quoted field ("{text}") that is never closed, so the rest of the file was read as one column name and no data rows are left. Close the quote or remove it.',
  'problem.csv.unterminated-quote.header':
    'The header on line {line} opens a quoted field ("{text}") that is never closed, so the rest of the file (lines {line} to {last}) was read as one column name and no data rows are left. Close the quote or remove it.',
};

export const zh: Record<keyof typeof en, string> = {
  'polish.weights.ahpEqual': '层次分析法的权重全部相等（所有判断均为 1，新建项目即是如此），因此暂不比较各方法：请先在第 3 步填写判断矩阵，再在此比较层次分析法与数据赋权方法的排序。',
  'polish.bitmapNote': '共 {count} 个点，以图片绘制（超过 {max} 个点时不导出为矢量）',
  'polish.sampleNote': '绘制了 {total} 位客户中的 {count} 位（随机抽样）',
  'problem.csv.encoding.shift_jis':
    '文件不是 UTF-8 编码（第 {line} 行有非 UTF-8 字节），且其中的字符按日文（假名）解读，因此已按 Shift-JIS（日文 Excel 的编码）读取，而不是按中文 GB18030 读取。如文字显示不对，请将文件另存为“CSV UTF-8”。',
  'problem.csv.truncated':
    '文件在一个字符的中间结束（第 {line} 行，即最后一行）：最后几个字节是一个字符的开头，其余部分缺失，文件可能被截断了。已按 {encoding} 读取并略去该字符；请检查第 {line} 行是否完整。',
  'problem.csv.mixed-currency.yen-yuan':
    '列“{column}”混用了多种货币写法：{currencies}（依次首见于第 {lines} 行）。“¥”既是人民币（元）也是日元的符号，请确认写作“¥”的金额与写作“元”的一样是人民币。金额按普通数字读取、不做换算，因此会被当作同一种货币相加和比较；请在文件中统一换算为一种货币。',
  'problem.csv.mixed-currency.two-in-cell':
    '列“{column}”混用了多种货币：{currencies}（依次首见于第 {lines} 行）；第 {cellLine} 行（“{cell}”）在一个单元格中写了两种货币。金额按普通数字读取、不做换算，因此会被当作同一种货币相加和比较；请在文件中统一换算为一种货币。',
  'problem.csv.mixed-currency.yen-yuan-two-in-cell':
    '列“{column}”混用了多种货币写法：{currencies}（依次首见于第 {lines} 行）；第 {cellLine} 行（“{cell}”）在一个单元格中写了两种货币。“¥”既是人民币（元）也是日元的符号，请确认写作“¥”的金额与写作“元”的一样是人民币。金额按普通数字读取、不做换算，因此会被当作同一种货币相加和比较；请在文件中统一换算为一种货币。',
  'problem.csv.mixed-currency.one-cell':
    '列“{column}”混用了多种货币：第 {cellLine} 行（“{cell}”）在一个单元格中写了两种货币。金额按普通数字读取、不做换算，因此会被当作同一种货币相加和比较；请在文件中统一换算为一种货币。',
  'problem.csv.foreign-number.decimal-comma-identifier':
    '列“{column}”按标识列读取，没有按数字读取：已填写的 {filled} 个单元格中有 {count} 个（{share}%）是用逗号作小数点的数字（第 {line} 行：“{cell}”），而本工具以“.”为小数点、以“,”为千位分隔符。请将文件另存为用“.”作小数点（或把该列中的“,”替换为“.”）后重新打开。',
  'problem.csv.foreign-number.decimal-comma-categorical':
    '列“{column}”按分类型读取，没有按数字读取：已填写的 {filled} 个单元格中有 {count} 个（{share}%）是用逗号作小数点的数字（第 {line} 行：“{cell}”），而本工具以“.”为小数点、以“,”为千位分隔符。请将文件另存为用“.”作小数点（或把该列中的“,”替换为“.”）后重新打开。',
  'problem.csv.foreign-number.apostrophe-identifier':
    '列“{column}”按标识列读取，没有按数字读取：已填写的 {filled} 个单元格中有 {count} 个（{share}%）是用“\'”分隔千位的数字（第 {line} 行：“{cell}”），而本工具只认“,”作千位分隔符。请去掉数字中的“\'”（或另存为不带千位分隔符的文件）后重新打开。',
  'problem.csv.foreign-number.apostrophe-categorical':
    '列“{column}”按分类型读取，没有按数字读取：已填写的 {filled} 个单元格中有 {count} 个（{share}%）是用“\'”分隔千位的数字（第 {line} 行：“{cell}”），而本工具只认“,”作千位分隔符。请去掉数字中的“\'”（或另存为不带千位分隔符的文件）后重新打开。',
  'problem.pipeline.abc-missing.line':
    'ABC 分类所依据的列“{column}”在第 {line} 行有缺失或无法读取的值（所用的行中共 {count} 处）；请填补缺失值或修正该单元格，或换一列。',
  'problem.pipeline.tier-missing.line':
    '客户分级所依据的列“{column}”在第 {line} 行有缺失或无法读取的值（所用的行中共 {count} 处）；请填补缺失值或修正该单元格，或换一列。',
  'problem.csv.unterminated-quote.header-one-line':
    '第 {line} 行的表头打开了一个引号字段（“{text}”）却没有关闭，因此文件的其余部分都被读成了一个列名，没有剩下数据行。请补上或删去该引号。',
  'problem.csv.unterminated-quote.header':
    '第 {line} 行的表头打开了一个引号字段（“{text}”）却没有关闭，因此文件的其余部分（第 {line} 至 {last} 行）都被读成了一个列名，没有剩下数据行。请补上或删去该引号。',
};

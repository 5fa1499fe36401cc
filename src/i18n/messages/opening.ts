/**
 * While a template or the sample opens (issue 9): the steps take no input until the project and
 * its data are in, and a note says so.
 */
export const en = {
  'open.busy': 'Opening {what}… The steps take no input until it is open.',
  'open.template': 'the template “{title}”',
  'open.sample': 'the sample project',
  'open.link': 'the project “{name}” from the link',
};

export const zh: Record<keyof typeof en, string> = {
  'open.busy': '正在打开{what}……打开之前，各步骤暂不接受输入。',
  'open.template': '模板“{title}”',
  'open.sample': '示例项目',
  'open.link': '链接中的项目“{name}”',
};

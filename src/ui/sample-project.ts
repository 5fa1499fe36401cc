/** The sample project in the UI's language (issue 8: in zh-CN the sample is Chinese throughout). */
import sample from '../../datasets/corporate_customers.project.json';
import { localizeProject } from '../core/model/localize.ts';
import type { Project } from '../core/model/project.ts';
import type { Locale } from '../i18n/index.ts';

const ZH = {
  name: '对公客户价值——G 银行方法（示例）',
  description: '参照 G 银行甘肃分行的学位论文：对公客户价值 = 当前价值 + 潜在价值，AHP 确定权重，k 均值聚类取 k = 4，按价值矩阵为客户细分命名。',
};

export function sampleProject(locale: Locale): Project {
  const p = structuredClone(sample) as Project;
  if (locale !== 'zh-CN') return p;
  localizeProject(p, 'zh-CN');
  return { ...p, ...ZH };
}

/**
 * The words of the thesis templates in zh-CN and en, in one place: the gallery card's title and
 * the thesis's method in two lines, and the project's name, description and goal. A template's
 * module (its data generator and project structure) takes its head from `specHead`.
 */
import type { Bilingual, ProjectSpec } from './build.ts';
import type { TemplateId } from './index.ts';

export interface TemplateTexts {
  title: Bilingual;
  /** The thesis's method in two lines (for the gallery card). */
  method: Bilingual;
  name: Bilingual;
  description: Bilingual;
  goal: Bilingual;
}

export const TEMPLATE_TEXTS: Readonly<Record<TemplateId, TemplateTexts>> = {
  'gbank-corporate': {
    title: { 'zh-CN': 'G 银行对公客户（AHP + 聚类）', en: 'G Bank corporate (AHP + clustering)' },
    method: { 'zh-CN': 'AHP 确定当前价值与潜在价值指标权重；\nK 均值聚为四类：高质量型、高潜力型、高现值型、低质量型。', en: 'AHP weights for current and potential value;\nk-means into four: high quality, high potential, high present value, low quality.' },
    name: { 'zh-CN': 'G 银行甘肃分行对公客户价值细分', en: 'G Bank Gansu branch: corporate customer value segments' },
    description: { 'zh-CN': '对公客户：AHP 确定当前价值与潜在价值指标权重，K 均值聚为四类并命名为高质量型、高潜力型、高现值型、低质量型。', en: 'Corporate customers: AHP weights for current and potential value indicators, k-means into four groups named high quality, high potential, high present value and low quality.' },
    goal: { 'zh-CN': '对公客户价值', en: 'Corporate customer value' },
  },
  'banka-retail': {
    title: { 'zh-CN': 'A 银行零售客户（分层 + 2×2）', en: 'Bank A retail (tiers + 2×2)' },
    method: { 'zh-CN': '按月日均与日均存款分普通、黄金、白金、钻石客户；\n当前价值 × 潜在价值分为最优选、一般、次优选、低价值客户。', en: 'Ordinary, gold, platinum, diamond tiers by monthly and daily deposits;\ncurrent × potential value: optimal, general, sub-optimal, low value.' },
    name: { 'zh-CN': 'A 银行零售客户价值细分', en: 'Bank A: retail customer value segments' },
    description: { 'zh-CN': '零售客户：按月日均与日均存款分普通、黄金、白金、钻石客户；当前价值与潜在价值 2×2 分为最优选、一般、次优选、低价值客户。', en: 'Retail customers: ordinary, gold, platinum and diamond tiers by average monthly and daily deposits; a current × potential value 2×2 into optimal, general, sub-optimal and low-value customers.' },
    goal: { 'zh-CN': '零售客户价值', en: 'Retail customer value' },
  },
  'icbc-star': {
    title: { 'zh-CN': '工商银行星级客户', en: 'ICBC star-rated customers' },
    method: { 'zh-CN': '星点值 = 日均余额 × 固定系数，评定 1–7 星；\n按星点值 ABC 分类，给定权重计算综合得分。', en: 'Value index = average balances × fixed coefficients, 1–7 stars;\nABC classes by the index, composite score with given weights.' },
    name: { 'zh-CN': '工商银行星级客户价值评价', en: 'ICBC star-rated customer value' },
    description: { 'zh-CN': '星点值 = 近六个月日均余额 × 固定系数；按星点值评定 1–7 星；按星点值 ABC 分类；给定权重计算综合得分。', en: 'Value index (星点值) = six-month average balances × fixed coefficients; 1–7 star levels on the index; ABC classes by the index; a composite score with given weights.' },
    goal: { 'zh-CN': '星级客户价值', en: 'Star customer value' },
  },
  'banka-corporate': {
    title: { 'zh-CN': '股份制 A 银行对公分层管理', en: 'Joint-stock Bank A corporate layers' },
    method: { 'zh-CN': '按存款、贷款与产品数等多列规则分核心、重点、基础客户；\nAHP 与熵权组合赋权，各层配置产品与服务。', en: 'Core, key and basic layers by rules on deposits, loans and products;\nAHP and entropy weights combined, service per layer.' },
    name: { 'zh-CN': '股份制 A 银行对公客户分层管理', en: 'Joint-stock Bank A: corporate customer layers' },
    description: { 'zh-CN': '对公客户分层：按存款日均、贷款余额与持有产品数等多列规则分为核心、重点、基础客户，各层配置产品与服务；AHP 与熵权组合赋权。', en: 'Corporate layers: core, key and basic customers by rules over daily deposits, loans and products held, with products and service per layer; AHP and entropy weights combined.' },
    goal: { 'zh-CN': '对公客户价值', en: 'Corporate customer value' },
  },
  'spdb-survey': {
    title: { 'zh-CN': '浦发银行 A 分行问卷调查', en: 'SPDB Branch A survey' },
    method: { 'zh-CN': '李克特量表按维度检验信度（Cronbach α），AHP 加权满意度指数；\n满意度 × 客户价值 2×2，按客户群与渠道交叉分析。', en: 'Likert items by dimension with Cronbach’s α, an AHP-weighted satisfaction index;\nsatisfaction × value 2×2, cross-tabs by segment and channel.' },
    name: { 'zh-CN': '浦发银行 A 分行客户满意度与价值', en: 'SPDB Branch A: customer satisfaction and value' },
    description: { 'zh-CN': '问卷数据：李克特量表题项按维度分组，各维度信度检验（Cronbach α），AHP 加权的满意度指数，满意度 × 客户价值 2×2，按客户群与渠道交叉分析满意度。', en: 'Survey data: Likert items grouped in dimensions, reliability per dimension (Cronbach’s α), a satisfaction index weighted by AHP, satisfaction × value 2×2, satisfaction by segment and channel.' },
    goal: { 'zh-CN': '客户价值与满意度', en: 'Customer value and satisfaction' },
  },
};

/** The head of a template's project spec: its name, description and goal, and its example data (templates/<id>.csv, keyed by customer_id). */
export function specHead(id: TemplateId): Pick<ProjectSpec, 'name' | 'description' | 'goal' | 'source' | 'idColumn'> {
  const { name, description, goal } = TEMPLATE_TEXTS[id];
  return { name, description, goal, source: `templates/${id}.csv`, idColumn: 'customer_id' };
}

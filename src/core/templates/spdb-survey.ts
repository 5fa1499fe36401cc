/**
 * SPDB Branch A, CRM by online survey and interviews: Likert items (1–5) grouped in dimensions,
 * reliability per dimension (Cronbach's α), a satisfaction index weighted by AHP, satisfaction ×
 * value 2×2 (satisfaction takes the potential-value role), satisfaction by segment and channel.
 * Stated by the thesis: a customer survey and interviews. Assumed: the four dimensions and their
 * items, the judgments, the value indicators, the data (synthetic answers from a latent
 * satisfaction per customer and per dimension).
 */
import { clamp, createRng, normal, round, toCsv, type CriterionSpec, type ProjectSpec } from './build.ts';
import { specHead } from './texts.ts';

export const SEED = 20261211;
export const ROWS = 300;

export const DIMENSIONS: { id: string; name: { 'zh-CN': string; en: string }; items: { column: string; zh: string; en: string }[] }[] = [
  { id: 'service', name: { 'zh-CN': '服务质量', en: 'Service quality' }, items: [
    { column: 'q1_staff_attitude', zh: '员工服务态度', en: 'Staff attitude' },
    { column: 'q2_staff_skill', zh: '员工专业能力', en: 'Staff expertise' },
    { column: 'q3_waiting_time', zh: '等候时间', en: 'Waiting time' },
    { column: 'q4_complaints', zh: '投诉处理', en: 'Complaint handling' },
  ] },
  { id: 'product', name: { 'zh-CN': '产品', en: 'Products' }, items: [
    { column: 'q5_product_range', zh: '产品种类', en: 'Product range' },
    { column: 'q6_product_return', zh: '理财收益', en: 'Investment returns' },
    { column: 'q7_product_fit', zh: '产品适配度', en: 'Product fit' },
  ] },
  { id: 'channel', name: { 'zh-CN': '渠道', en: 'Channels' }, items: [
    { column: 'q8_mobile_app', zh: '手机银行体验', en: 'Mobile app' },
    { column: 'q9_branch_access', zh: '网点便利', en: 'Branch access' },
    { column: 'q10_online_support', zh: '线上客服', en: 'Online support' },
  ] },
  { id: 'price', name: { 'zh-CN': '价格', en: 'Price' }, items: [
    { column: 'q11_fees', zh: '收费水平', en: 'Fees' },
    { column: 'q12_rates', zh: '存贷利率', en: 'Rates' },
  ] },
];

const CHANNELS = ['网点', '手机银行', '电话银行'];

export function generate(seed = SEED, n = ROWS): string {
  const rng = createRng(seed);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) {
    const sat = normal(rng);
    const size = 0.3 * sat + normal(rng);
    const answers = DIMENSIONS.flatMap((d, k) => {
      const dim = 0.8 * sat + 0.5 * normal(rng) + (k === 3 ? -0.4 : 0);
      return d.items.map(() => clamp(Math.round(3.4 + 0.9 * dim + 0.6 * normal(rng)), 1, 5));
    });
    rows.push([
      `S${String(i + 1).padStart(4, '0')}`,
      CHANNELS[rng.int(CHANNELS.length)],
      round(Math.exp(2.5 + 1.2 * size + 0.4 * normal(rng)), 2),
      round(Math.exp(2 + 1.1 * size + 0.5 * normal(rng)), 2),
      clamp(Math.round(3 + 1.3 * size + normal(rng)), 1, 12),
      ...answers,
    ]);
  }
  return toCsv(['customer_id', 'main_channel', 'financial_assets', 'avg_daily_deposits', 'products_held', ...DIMENSIONS.flatMap((d) => d.items.map((x) => x.column))], rows);
}

const dimensions: CriterionSpec[] = DIMENSIONS.map((d) => ({
  id: d.id,
  name: d.name,
  indicators: d.items.map((x) => ({ id: x.column.split('_')[0], name: { 'zh-CN': x.zh, en: x.en }, column: x.column })),
}));

export const spec: ProjectSpec = {
  ...specHead('spdb-survey'),
  goalRow: [1, 1],
  criteria: [
    {
      id: 'value',
      name: { 'zh-CN': '客户价值', en: 'Customer value' },
      role: 'current',
      row: [1, 1, 2],
      indicators: [
        { id: 'assets', name: { 'zh-CN': '金融资产', en: 'Financial assets' }, column: 'financial_assets', synonyms: ['金融资产', 'aum'] },
        { id: 'deposits', name: { 'zh-CN': '存款日均余额', en: 'Average daily deposits' }, column: 'avg_daily_deposits', synonyms: ['存款日均余额'] },
        { id: 'products', name: { 'zh-CN': '持有产品数', en: 'Products held' }, column: 'products_held', synonyms: ['持有产品数'] },
      ],
    },
    { id: 'satisfaction', name: { 'zh-CN': '满意度', en: 'Satisfaction' }, role: 'potential', row: [1, 2, 2, 3], subcriteria: dimensions },
  ],
  options: (o) => {
    o.segmentation.k = 4;
    o.segmentation.strategyWording = 'retail';
    o.segmentation.compositionColumn = 'main_channel';
    o.scoring.abc.source = 'financial_assets';
  },
};

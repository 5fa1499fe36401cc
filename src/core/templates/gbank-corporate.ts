/**
 * G Bank (Gansu branch), corporate customers: AHP weights over current and potential value,
 * k-means into four groups named 高质量型 / 高潜力型 / 高现值型 / 低质量型, differentiated strategies.
 * Stated by the thesis (abstract, methodology §1.2 A): existing vs potential value, AHP, cluster
 * analysis into the four types. Assumed: the indicators (methodology §1.1 corporate superset), the
 * judgments (the methodology teaching example, goal 2:1), the data (synthetic, below).
 */
import { clamp, createRng, normal, round, sizeAndProspect, toCsv, type ProjectSpec } from './build.ts';
import { CURRENT_VALUE, POTENTIAL_VALUE } from '../model/value-criteria.ts';
import { COMPOSITE } from '../sources.ts';

export const SEED = 20261207;
export const ROWS = 400;

const GROUPS = [
  { share: 0.15, size: 1.5, prospect: 1.3 },
  { share: 0.25, size: 1.1, prospect: -0.9 },
  { share: 0.25, size: -0.9, prospect: 1.0 },
  { share: 0.35, size: -1.0, prospect: -0.9 },
];
const INDUSTRIES = ['制造业', '批发零售', '建筑业', '信息技术', '物流', '农业'];

export function generate(seed = SEED, n = ROWS): string {
  const rng = createRng(seed);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) {
    const { s, p } = sizeAndProspect(rng, GROUPS, 0.45);
    const money = (base: number, spread: number) => round(Math.exp(base + 0.8 * s + spread * normal(rng)), 1);
    rows.push([
      `G${String(i + 1).padStart(4, '0')}`,
      INDUSTRIES[rng.int(INDUSTRIES.length)],
      money(6.5, 0.3),
      money(7, 0.4),
      money(3, 0.35),
      money(8.5, 0.3),
      clamp(Math.round(6 + 3 * s + 2 * normal(rng)), 1, 30),
      round(0.06 + 0.07 * p + 0.03 * normal(rng), 3),
      clamp(Math.round(6 + 1.5 * p + normal(rng)), 1, 10),
      clamp(Math.round(4 + 1.6 * p + normal(rng)), 1, 12),
      clamp(Math.round(3 + 0.9 * p + 0.6 * normal(rng)), 1, 5),
    ]);
  }
  return toCsv(
    ['customer_id', 'industry', 'avg_daily_deposits', 'loan_balance', 'intermediary_income', 'settlement_volume', 'years_of_cooperation', 'revenue_growth', 'credit_rating', 'products_held', 'industry_outlook'],
    rows,
  );
}

export const spec: ProjectSpec = {
  name: { 'zh-CN': 'G 银行甘肃分行对公客户价值细分', en: 'G Bank Gansu branch: corporate customer value segments' },
  description: {
    'zh-CN': '对公客户：AHP 确定当前价值与潜在价值指标权重，K 均值聚为四类并命名为高质量型、高潜力型、高现值型、低质量型。',
    en: 'Corporate customers: AHP weights for current and potential value indicators, k-means into four groups named high quality, high potential, high present value and low quality.',
  },
  goal: { 'zh-CN': '对公客户价值', en: 'Corporate customer value' },
  goalRow: [1, 2],
  source: 'templates/gbank-corporate.csv',
  idColumn: 'customer_id',
  criteria: [
    {
      ...CURRENT_VALUE,
      row: [1, 2, 3, 4, 5],
      indicators: [
        { id: 'deposits', name: { 'zh-CN': '存款日均余额', en: 'Average daily deposits' }, column: 'avg_daily_deposits', synonyms: ['存款日均余额', '日均存款', 'deposits'] },
        { id: 'loans', name: { 'zh-CN': '贷款余额', en: 'Loan balance' }, column: 'loan_balance', synonyms: ['贷款余额', 'loans'] },
        { id: 'fees', name: { 'zh-CN': '中间业务收入', en: 'Intermediary income' }, column: 'intermediary_income', synonyms: ['中间业务收入', 'fee_income'] },
        { id: 'settlement', name: { 'zh-CN': '结算量', en: 'Settlement volume' }, column: 'settlement_volume', synonyms: ['结算量', 'settlement'] },
        { id: 'years', name: { 'zh-CN': '合作年限', en: 'Years of cooperation' }, column: 'years_of_cooperation', synonyms: ['合作年限', 'tenure'] },
      ],
    },
    {
      ...POTENTIAL_VALUE,
      row: [1, 1, 2, 3],
      indicators: [
        { id: 'growth', name: { 'zh-CN': '营业收入增长率', en: 'Revenue growth' }, column: 'revenue_growth', synonyms: ['营业收入增长率', 'growth'] },
        { id: 'rating', name: { 'zh-CN': '信用等级', en: 'Credit rating' }, column: 'credit_rating', synonyms: ['信用等级', 'rating'] },
        { id: 'products', name: { 'zh-CN': '持有产品数', en: 'Products held' }, column: 'products_held', synonyms: ['持有产品数', 'products'] },
        { id: 'outlook', name: { 'zh-CN': '行业前景', en: 'Industry outlook' }, column: 'industry_outlook', synonyms: ['行业前景', 'outlook'] },
      ],
    },
  ],
  options: (o) => {
    o.segmentation.k = 4;
    o.segmentation.naming = 'gbank';
    o.segmentation.compositionColumn = 'industry';
    o.scoring.abc.source = COMPOSITE;
  },
};

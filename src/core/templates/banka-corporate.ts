/**
 * Joint-stock Bank A, corporate layered management (客户分层管理): tiers defined on several
 * columns (daily deposits and loans, products held), products and service per tier, AHP +
 * entropy weights for the value scores. Stated by the thesis: layers by deposits and loans with
 * service per layer. Assumed: the thresholds (万元), the rule shapes (核心 = deposits ≥ 3000 and
 * products ≥ 5; 重点 = deposits ≥ 500 or loans ≥ 2000; 基础 = deposits ≥ 50), the judgments, the data.
 */
import { clamp, createRng, normal, round, sizeAndProspect, toCsv, type ProjectSpec } from './build.ts';
import { CURRENT_VALUE, POTENTIAL_VALUE } from '../model/value-criteria.ts';

export const SEED = 20261210;
export const ROWS = 450;

const GROUPS = [
  { share: 0.1, size: 1.8, prospect: 1.0 },
  { share: 0.25, size: 0.8, prospect: -0.5 },
  { share: 0.3, size: -0.3, prospect: 0.8 },
  { share: 0.35, size: -1.3, prospect: -0.8 },
];
const INDUSTRIES = ['制造业', '批发零售', '建筑业', '信息技术', '房地产', '交通运输'];

export function generate(seed = SEED, n = ROWS): string {
  const rng = createRng(seed);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) {
    const { s, p } = sizeAndProspect(rng, GROUPS, 0.5);
    rows.push([
      `C${String(i + 1).padStart(4, '0')}`,
      INDUSTRIES[rng.int(INDUSTRIES.length)],
      round(Math.exp(5.5 + 1.4 * s + 0.4 * normal(rng)), 1),
      rng.next() < 0.25 ? 0 : round(Math.exp(6.5 + 1.3 * s + 0.6 * normal(rng)), 1),
      round(Math.exp(8 + 1.1 * s + 0.4 * normal(rng)), 0),
      round(Math.exp(2.5 + 1.0 * s + 0.5 * normal(rng)), 1),
      clamp(Math.round(3.5 + 1.2 * s + 1.2 * p + normal(rng)), 1, 15),
      clamp(Math.round(6 + 1.5 * p + normal(rng)), 1, 10),
      round(0.05 + 0.06 * p + 0.03 * normal(rng), 3),
    ]);
  }
  return toCsv(['customer_id', 'industry', 'avg_daily_deposits', 'loan_balance', 'settlement_volume', 'intermediary_income', 'products_held', 'credit_rating', 'revenue_growth'], rows);
}

export const spec: ProjectSpec = {
  name: { 'zh-CN': '股份制 A 银行对公客户分层管理', en: 'Joint-stock Bank A: corporate customer layers' },
  description: {
    'zh-CN': '对公客户分层：按存款日均、贷款余额与持有产品数等多列规则分为核心、重点、基础客户，各层配置产品与服务；AHP 与熵权组合赋权。',
    en: 'Corporate layers: core, key and basic customers by rules over daily deposits, loans and products held, with products and service per layer; AHP and entropy weights combined.',
  },
  goal: { 'zh-CN': '对公客户价值', en: 'Corporate customer value' },
  goalRow: [1, 1],
  source: 'templates/banka-corporate.csv',
  idColumn: 'customer_id',
  criteria: [
    {
      ...CURRENT_VALUE,
      row: [1, 1, 2, 2],
      indicators: [
        { id: 'deposits', name: { 'zh-CN': '存款日均余额', en: 'Average daily deposits' }, column: 'avg_daily_deposits', synonyms: ['存款日均余额', '日均存款'] },
        { id: 'loans', name: { 'zh-CN': '贷款余额', en: 'Loan balance' }, column: 'loan_balance', synonyms: ['贷款余额'] },
        { id: 'settlement', name: { 'zh-CN': '结算量', en: 'Settlement volume' }, column: 'settlement_volume', synonyms: ['结算量'] },
        { id: 'fees', name: { 'zh-CN': '中间业务收入', en: 'Intermediary income' }, column: 'intermediary_income', synonyms: ['中间业务收入'] },
      ],
    },
    {
      ...POTENTIAL_VALUE,
      row: [1, 1, 2],
      indicators: [
        { id: 'products', name: { 'zh-CN': '持有产品数', en: 'Products held' }, column: 'products_held', synonyms: ['持有产品数'] },
        { id: 'rating', name: { 'zh-CN': '信用等级', en: 'Credit rating' }, column: 'credit_rating', synonyms: ['信用等级'] },
        { id: 'growth', name: { 'zh-CN': '营业收入增长率', en: 'Revenue growth' }, column: 'revenue_growth', synonyms: ['营业收入增长率'] },
      ],
    },
  ],
  options: (o) => {
    o.weighting.method = 'combined';
    o.segmentation.k = 4;
    o.segmentation.naming = 'gbank';
    o.segmentation.compositionColumn = 'industry';
    o.scoring.abc.source = 'avg_daily_deposits';
    o.scoring.tierRules = {
      unmatched: '未定级',
      rules: [
        { label: '基础客户', conditions: [{ source: 'avg_daily_deposits', op: '>=', value: 50 }] },
        { label: '重点客户', match: 'any', conditions: [{ source: 'avg_daily_deposits', op: '>=', value: 500 }, { source: 'loan_balance', op: '>=', value: 2000 }] },
        { label: '核心客户', match: 'all', conditions: [{ source: 'avg_daily_deposits', op: '>=', value: 3000 }, { source: 'products_held', op: '>=', value: 5 }] },
      ],
    };
  },
};

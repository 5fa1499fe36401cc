/**
 * ICBC star-rated customers: a value rating index (星点值) = balances × fixed coefficients, star
 * levels ★ … ★★★★★★★ on that index, ABC classes by the index, strategies per star level.
 * Stated (methodology §1.4): 星点值 from ~6 months of assets, liabilities and business; 三星 ≥ 50,
 * 四星 ≥ 500, 五星 ≥ 2000, 六星 ≥ 10,000, 七星 ≥ 80,000. Assumed: the coefficients (0.01 per yuan
 * of deposits and wealth products, 0.005 of loans, 0.1 of fee income), the ★ / ★★ cut at 10, the
 * given indicator weights, the data (synthetic, yuan).
 */
import { clamp, createRng, normal, pick, round, toCsv, type ProjectSpec } from './build.ts';
import { CURRENT_VALUE, POTENTIAL_VALUE } from '../model/value-criteria.ts';

export const SEED = 20261209;
export const ROWS = 600;
/** Active days in six months cannot exceed 180 (the second period's drift keeps them there too). */
export const BOUNDS = { mobile_active_days: [0, 180] } as const;

const GROUPS = [
  { share: 0.35, size: -1.2 },
  { share: 0.3, size: 0 },
  { share: 0.2, size: 1.1 },
  { share: 0.1, size: 2.2 },
  { share: 0.05, size: 3.2 },
];

export function generate(seed = SEED, n = ROWS): string {
  const rng = createRng(seed);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) {
    const s = GROUPS[pick(rng, GROUPS.map((g) => g.share))].size + 0.5 * normal(rng);
    const p = 0.5 * s + normal(rng);
    rows.push([
      `I${String(i + 1).padStart(5, '0')}`,
      round(Math.exp(10.3 + 1.3 * s + 0.5 * normal(rng)), 0),
      rng.next() < 0.4 ? 0 : round(Math.exp(10 + 1.4 * s + 0.7 * normal(rng)), 0),
      rng.next() < 0.7 ? 0 : round(Math.exp(11.5 + 0.8 * s + 0.6 * normal(rng)), 0),
      round(Math.exp(4.5 + 0.9 * s + 0.6 * normal(rng)), 0),
      clamp(Math.round(2 + 1.2 * p + 1.0 * normal(rng)), 1, 15),
      clamp(Math.round(60 + 40 * p + 30 * normal(rng)), 0, 180),
      clamp(Math.round(6 + 2 * s + 3 * normal(rng)), 0, 40),
    ]);
  }
  return toCsv(['customer_id', 'deposits_6m_avg', 'wealth_6m_avg', 'loans_6m_avg', 'fee_income', 'products_held', 'mobile_active_days', 'tenure_years'], rows);
}

const STAR_CUTS = [10, 50, 500, 2000, 10000, 80000];

export const spec: ProjectSpec = {
  name: { 'zh-CN': '工商银行星级客户价值评价', en: 'ICBC star-rated customer value' },
  description: {
    'zh-CN': '星点值 = 近六个月日均余额 × 固定系数；按星点值评定 1–7 星；按星点值 ABC 分类；给定权重计算综合得分。',
    en: 'Value index (星点值) = six-month average balances × fixed coefficients; 1–7 star levels on the index; ABC classes by the index; a composite score with given weights.',
  },
  goal: { 'zh-CN': '星级客户价值', en: 'Star customer value' },
  source: 'templates/icbc-star.csv',
  // 星点值 = 0.01 × deposits + 0.01 × wealth + 0.005 × loans + 0.1 × fee income (yuan; assumed coefficients)
  derived: [{ name: 'value_index', kind: 'weighted-sum', inputs: ['deposits_6m_avg', 'wealth_6m_avg', 'loans_6m_avg', 'fee_income'], coefficients: [0.01, 0.01, 0.005, 0.1] }],
  idColumn: 'customer_id',
  criteria: [
    {
      ...CURRENT_VALUE,
      indicators: [
        { id: 'index', name: { 'zh-CN': '星点值', en: 'Value index (星点值)' }, column: 'value_index', synonyms: ['星点值'] },
        { id: 'deposits', name: { 'zh-CN': '存款日均余额', en: 'Average deposits' }, column: 'deposits_6m_avg', synonyms: ['存款', 'deposits'] },
        { id: 'fees', name: { 'zh-CN': '中间业务收入', en: 'Fee income' }, column: 'fee_income', synonyms: ['中间业务收入'] },
      ],
    },
    {
      ...POTENTIAL_VALUE,
      indicators: [
        { id: 'products', name: { 'zh-CN': '持有产品数', en: 'Products held' }, column: 'products_held', synonyms: ['持有产品数'] },
        { id: 'mobile', name: { 'zh-CN': '手机银行活跃天数', en: 'Mobile banking active days' }, column: 'mobile_active_days', synonyms: ['手机银行'] },
        { id: 'tenure', name: { 'zh-CN': '开户年限', en: 'Years with the bank' }, column: 'tenure_years', synonyms: ['开户年限', '合作年限'] },
      ],
    },
  ],
  options: (o) => {
    o.weighting.method = 'given';
    o.weighting.given = { index: 0.4, deposits: 0.15, fees: 0.15, products: 0.1, mobile: 0.1, tenure: 0.1 };
    o.segmentation.k = 4;
    o.segmentation.strategyWording = 'retail';
    o.scoring.abc.source = 'value_index';
    o.scoring.tierRules = {
      rules: [{ label: '★', conditions: [] }, ...STAR_CUTS.map((v, i) => ({ label: '★'.repeat(i + 2), conditions: [{ source: 'value_index', op: '>=' as const, value: v }] }))],
    };
  },
};


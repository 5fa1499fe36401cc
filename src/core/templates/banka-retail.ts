/**
 * Bank A, retail customers: tiers 普通 / 黄金 / 白金 / 钻石客户 by average monthly and daily
 * deposits; current value = 资产价值, 负债业务, 中间业务 less costs (新客户获取成本, 老客户维护成本);
 * potential value = 产品持有数, 移动账户数量, 金融资产; 2×2 named 最优选 / 一般 / 次优选 / 低价值客户.
 * Stated by the thesis: the indicators, the tier names, the 2×2 names. Assumed: tier thresholds
 * (methodology §1.4 defaults, 万元), the judgments (methodology teaching example 2), the data.
 */
import { clamp, createRng, normal, round, sizeAndProspect, toCsv, type ProjectSpec } from './build.ts';
import { CURRENT_VALUE, POTENTIAL_VALUE } from '../model/value-criteria.ts';

export const SEED = 20261208;
export const ROWS = 500;

const GROUPS = [
  { share: 0.12, size: 1.6, prospect: 1.2 },
  { share: 0.2, size: 1.0, prospect: -1.0 },
  { share: 0.28, size: -0.8, prospect: 1.0 },
  { share: 0.4, size: -1.1, prospect: -0.9 },
];

export function generate(seed = SEED, n = ROWS): string {
  const rng = createRng(seed);
  const rows: (string | number)[][] = [];
  for (let i = 0; i < n; i++) {
    const { s, p } = sizeAndProspect(rng, GROUPS, 0.5);
    const monthly = Math.exp(2.3 + 1.5 * s + 0.4 * normal(rng));
    const daily = monthly * clamp(0.85 + 0.1 * normal(rng), 0.5, 1.2);
    rows.push([
      `A${String(i + 1).padStart(5, '0')}`,
      round(Math.exp(1.5 + 1.0 * s + 0.6 * normal(rng)), 2),
      round(daily, 2),
      round(Math.exp(-1 + 0.7 * s + 0.4 * normal(rng)), 3),
      round(clamp(0.05 + 0.02 * normal(rng), 0.01, 0.2), 3),
      round(clamp(0.08 + 0.03 * s + 0.02 * normal(rng), 0.01, 0.3), 3),
      clamp(Math.round(3 + 1.5 * p + normal(rng)), 1, 12),
      clamp(Math.round(1 + 0.8 * p + 0.6 * normal(rng)), 0, 4),
      round(Math.exp(2 + 1.1 * p + 0.3 * s + 0.5 * normal(rng)), 2),
      round(monthly, 2),
    ]);
  }
  return toCsv(
    ['customer_id', 'asset_business', 'avg_daily_deposits', 'intermediary_business', 'acquisition_cost', 'maintenance_cost', 'products_held', 'mobile_accounts', 'financial_assets', 'avg_monthly_deposits'],
    rows,
  );
}

export const spec: ProjectSpec = {
  name: { 'zh-CN': 'A 银行零售客户价值细分', en: 'Bank A: retail customer value segments' },
  description: {
    'zh-CN': '零售客户：按月日均与日均存款分普通、黄金、白金、钻石客户；当前价值与潜在价值 2×2 分为最优选、一般、次优选、低价值客户。',
    en: 'Retail customers: ordinary, gold, platinum and diamond tiers by average monthly and daily deposits; a current × potential value 2×2 into optimal, general, sub-optimal and low-value customers.',
  },
  goal: { 'zh-CN': '零售客户价值', en: 'Retail customer value' },
  goalRow: [1, 1],
  source: 'templates/banka-retail.csv',
  idColumn: 'customer_id',
  criteria: [
    {
      ...CURRENT_VALUE,
      row: [1, 2, 3, 5, 5],
      indicators: [
        { id: 'assets', name: { 'zh-CN': '资产价值（资产业务）', en: 'Asset value (asset business)' }, column: 'asset_business', synonyms: ['资产价值', '资产业务', 'loans'] },
        { id: 'liabilities', name: { 'zh-CN': '负债业务（存款日均）', en: 'Liability business (daily deposits)' }, column: 'avg_daily_deposits', synonyms: ['负债业务', '日均存款', '存款日均余额'] },
        { id: 'fees', name: { 'zh-CN': '中间业务', en: 'Intermediary business' }, column: 'intermediary_business', synonyms: ['中间业务', '中间业务收入', 'fee_income'] },
        { id: 'acquisition', name: { 'zh-CN': '新客户获取成本', en: 'New-customer acquisition cost' }, column: 'acquisition_cost', direction: 'cost', synonyms: ['新客户获取成本', '获客成本'] },
        { id: 'maintenance', name: { 'zh-CN': '老客户维护成本', en: 'Existing-customer maintenance cost' }, column: 'maintenance_cost', direction: 'cost', synonyms: ['老客户维护成本', '维护成本'] },
      ],
    },
    {
      ...POTENTIAL_VALUE,
      row: [1, 2, 3],
      indicators: [
        { id: 'products', name: { 'zh-CN': '产品持有数', en: 'Products held' }, column: 'products_held', synonyms: ['产品持有数', '持有产品数'] },
        { id: 'assetsHeld', name: { 'zh-CN': '金融资产', en: 'Financial assets' }, column: 'financial_assets', synonyms: ['金融资产', 'aum'] },
        { id: 'mobile', name: { 'zh-CN': '移动账户数量', en: 'Mobile accounts' }, column: 'mobile_accounts', synonyms: ['移动账户数量', '手机银行'] },
      ],
    },
  ],
  options: (o) => {
    o.segmentation.k = 4;
    o.segmentation.naming = 'bankA';
    o.segmentation.strategyWording = 'retail';
    o.scoring.abc.source = 'financial_assets';
    o.scoring.tierRules = {
      rules: [
        { label: '普通客户', conditions: [] },
        { label: '黄金客户', match: 'any', conditions: [{ source: 'avg_monthly_deposits', op: '>=', value: 5 }, { source: 'avg_daily_deposits', op: '>=', value: 5 }] },
        { label: '白金客户', match: 'any', conditions: [{ source: 'avg_monthly_deposits', op: '>=', value: 50 }, { source: 'avg_daily_deposits', op: '>=', value: 50 }] },
        { label: '钻石客户', match: 'any', conditions: [{ source: 'avg_monthly_deposits', op: '>=', value: 200 }, { source: 'avg_daily_deposits', op: '>=', value: 200 }] },
      ],
    };
  },
};

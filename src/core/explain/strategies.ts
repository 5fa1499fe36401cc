/**
 * Editable strategy templates (methodology §4): characteristics and a differentiated strategy
 * per 2×2 segment type, per tier level, and per ABC class, in zh-CN and en. They are starting
 * text for the user to edit (overrides live in `project.segments`); when reproducing a thesis,
 * its own wording replaces them.
 */
import { InputError } from '../errors.ts';
import type { SegmentType } from '../scoring/matrix.ts';
import type { AbcClass } from '../scoring/abc.ts';
import type { Locale } from './naming.ts';

export interface StrategyText {
  /** 特征: what the customers in the segment look like. */
  characteristics: string;
  /** 差异化策略: what to do with them. */
  strategy: string;
}

type Texts = Readonly<Record<Locale, StrategyText>>;

/** One entry of the tables below: characteristics and strategy in zh-CN, then in en. */
const texts = (zhCharacteristics: string, zhStrategy: string, enCharacteristics: string, enStrategy: string): Texts => ({
  'zh-CN': { characteristics: zhCharacteristics, strategy: zhStrategy },
  en: { characteristics: enCharacteristics, strategy: enStrategy },
});

export const SEGMENT_STRATEGIES: Readonly<Record<SegmentType, Texts>> = {
  hh: texts(
    '存贷款规模大、中间业务贡献高、成长性与信用良好，是利润核心。',
    '专属客户经理（对公：总分行联动“一户一策”）；综合金融服务方案（授信+结算+现金管理+投行/理财）；优先审批与价格优惠；高层定期走访；防流失预警。',
    'Large deposits and loans, a high contribution from fee business, good growth and credit: the core of profit.',
    'A dedicated relationship manager (corporate: head office and branch working together, one plan per customer); an integrated service package (credit + settlement + cash management + investment banking / wealth management); priority approval and preferential pricing; regular visits by senior management; early warning against attrition.',
  ),
  hl: texts(
    '当前贡献高但增长空间有限，或行业前景一般。',
    '维持关系、稳存增效；提高服务效率与黏性（代发、结算、现金管理）；关注风险与集中度；适度让利但控制成本；深挖关联方/上下游。',
    'A high current contribution but limited room to grow, or an average industry outlook.',
    'Keep the relationship, stabilise deposits and raise returns; make the service more efficient and sticky (payroll, settlement, cash management); watch risk and concentration; offer moderate price concessions while controlling cost; develop related parties and the upstream and downstream chain.',
  ),
  lh: texts(
    '成长快、信用好，但在本行份额低。',
    '培育型营销：提高钱包份额与交叉销售（产品覆盖度）；供应链/科技金融授信支持；成长期配套产品；客户经理定期跟进，设定升级目标。',
    'Fast-growing with good credit, but a low share of their business is with this bank.',
    'Nurturing marketing: raise the share of wallet and cross-sell (product coverage); credit support through supply-chain and technology finance; products that fit the growth stage; regular follow-up by the relationship manager with an upgrade target.',
  ),
  ll: texts(
    '贡献低、潜力小，可能占用资源。',
    '标准化、线上化服务（手机银行、自助渠道）降低服务成本；批量营销激活；对高风险/长期无贡献客户逐步压降或退出。',
    'A low contribution and little potential; they may tie up resources.',
    'Standardised, online service (mobile banking, self-service channels) to lower the cost to serve; batch marketing to reactivate them; gradually reduce or exit customers with high risk or no contribution for a long time.',
  ),
};

/**
 * Retail wording of the 2×2 strategies (Bank A, Tianshan RCB): wealth management, cards, mobile
 * banking and branch service instead of credit lines, cash management and investment banking.
 */
export const RETAIL_SEGMENT_STRATEGIES: Readonly<Record<SegmentType, Texts>> = {
  hh: texts(
    '存款与金融资产多、产品持有多、活跃度高，是零售利润的核心。',
    '专属理财经理一对一服务；资产配置与财富规划；贵宾权益（优先办理、费率优惠）；定期回访与生日关怀；流失预警。',
    'Large deposits and financial assets, many products held and high activity: the core of retail profit.',
    'A dedicated wealth adviser; asset allocation and wealth planning; VIP privileges (priority service, fee discounts); regular follow-up and personal care; early warning against attrition.',
  ),
  hl: texts(
    '当前存款与资产贡献较高，但持有产品少、使用手机银行少，增长空间有限。',
    '稳存增效：定期存款与理财到期续作；交叉销售信用卡、基金与保险；引导开通手机银行提高黏性；控制服务成本。',
    'A high current contribution from deposits and assets, but few products and little mobile-banking use: limited room to grow.',
    'Keep deposits and raise returns: roll over term deposits and wealth products; cross-sell cards, funds and insurance; move them to mobile banking to make them stickier; control the cost to serve.',
  ),
  lh: texts(
    '当前贡献不高，但金融资产增长快、持有产品多、常用手机银行，成长空间大。',
    '培育型营销：代发工资与定投引导资金归集；适合成长期的理财与消费信贷；手机银行专属活动；设定升级为白金/钻石客户的目标。',
    'A low current contribution but fast-growing financial assets, many products and frequent mobile-banking use: much room to grow.',
    'Nurturing marketing: payroll and regular investment plans to bring their money in; wealth and consumer-credit products for their stage; mobile-banking campaigns; an upgrade target to platinum or diamond.',
  ),
  ll: texts(
    '存款与资产少、产品少、不常使用手机银行，单户贡献低。',
    '标准化、线上化服务（手机银行、自助设备）降低成本；批量营销激活；长期睡眠账户按规定清理。',
    'Small deposits and assets, few products and little mobile-banking use: a low contribution per customer.',
    'Standardised, online service (mobile banking, self-service machines) to lower the cost; batch campaigns to reactivate them; close long-dormant accounts as the rules allow.',
  ),
};

/** Tier templates: `high` for the upper tiers (e.g. 钻石 / 白金), `standard` for the lower (金卡 / 普通). */
export const TIER_STRATEGIES: Readonly<Record<'high' | 'standard', Texts>> = {
  high: texts(
    '资产规模（AUM）高的高等级客户。',
    '私人银行/财富顾问服务、资产配置方案、增值权益。',
    'Upper-tier customers with large assets under management (AUM).',
    'Private-banking or wealth-adviser service, asset allocation plans, value-added privileges.',
  ),
  standard: texts(
    '资产规模（AUM）中低的客户。',
    '标准理财产品、线上渠道服务、提升持有产品数的营销活动。',
    'Customers with medium to low AUM.',
    'Standard wealth products, service through online channels, campaigns to raise the number of products held.',
  ),
};

/** ABC templates; `{cut1}` and `{cut2}` are filled with the cut-offs as percentages. */
export const ABC_STRATEGIES: Readonly<Record<'A' | 'B' | 'C', Texts>> = {
  A: texts(
    '按价值从高到低排序后，累计贡献前 {cut1} 价值的少数客户。',
    '重点资源倾斜：专属服务，优先配置资源与定价优惠。',
    'The few customers who, ranked by value, together hold the first {cut1} of the value.',
    'Focus resources on them: dedicated service, priority in resources and pricing.',
  ),
  B: texts(
    '累计价值占比在 {cut1} 至 {cut2} 之间的客户。',
    '保持并提升：维持服务水平，通过交叉销售推动其升级为 A 类。',
    'Customers whose cumulative value share lies between {cut1} and {cut2}.',
    'Keep and grow: maintain the service level and cross-sell to move them up to class A.',
  ),
  C: texts(
    '累计价值占比 {cut2} 之后的多数客户，单户贡献少。',
    '低成本维护：标准化、线上化服务，批量营销。',
    'The many customers beyond the first {cut2} of cumulative value, each contributing little.',
    'Low-cost maintenance: standardised, online service and batch marketing.',
  ),
};

/** Replaces `{name}` placeholders with `params[name]`; unknown placeholders are left as they are. */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (Object.hasOwn(params, key) ? String(params[key]) : m));
}

/** The template for a 2×2 segment type. */
export function segmentStrategy(type: SegmentType, locale: Locale, wording: 'corporate' | 'retail' = 'corporate'): StrategyText {
  const t = (wording === 'retail' ? RETAIL_SEGMENT_STRATEGIES : SEGMENT_STRATEGIES)[type];
  if (!t) throw new InputError('explain.segment-type', `Unknown segment type "${String(type)}"; expected hh, hl, lh or ll.`, {}, { value: String(type) });
  return { ...t[locale] };
}

/**
 * The template for tier `tier` (0 = lowest) of `tierCount`: the upper half of the tiers
 * (tier ≥ tierCount / 2, e.g. 白金 and 钻石 of 4) gets `high`, the rest `standard`.
 */
export function tierStrategy(tier: number, tierCount: number, locale: Locale): StrategyText {
  if (!Number.isInteger(tier) || !Number.isInteger(tierCount) || tier < 0 || tier >= tierCount) {
    throw new InputError('explain.tier', `Tier ${tier} is not one of the ${tierCount} tiers (0 to ${tierCount - 1}).`, {}, { tier, count: tierCount, max: tierCount - 1 });
  }
  return { ...TIER_STRATEGIES[tier >= tierCount / 2 ? 'high' : 'standard'][locale] };
}

const percent = (share: number) => `${+(share * 100).toFixed(2)}%`;

/** The template for ABC class `cls` (0 = A, 1 = B, 2 = C) with the cut-offs filled in (default 80 % / 95 %). */
export function abcStrategy(cls: AbcClass, locale: Locale, options: { cuts?: readonly [number, number] } = {}): StrategyText {
  const letter = (['A', 'B', 'C'] as const)[cls];
  if (!letter) throw new InputError('explain.abc-class', `Unknown ABC class ${String(cls)}; expected 0 (A), 1 (B) or 2 (C).`, {}, { value: String(cls) });
  const [c1, c2] = options.cuts ?? [0.8, 0.95];
  const t = ABC_STRATEGIES[letter][locale];
  const params = { cut1: percent(c1), cut2: percent(c2) };
  return { characteristics: fillTemplate(t.characteristics, params), strategy: fillTemplate(t.strategy, params) };
}

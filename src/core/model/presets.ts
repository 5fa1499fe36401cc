/**
 * Indicator-system presets of the theses (methodology note §1.1): a corporate and a retail
 * hierarchy, both "current value vs potential value". A preset maps column-name patterns
 * (English and Chinese) to indicators; applying it to a data set builds the criteria from the
 * numeric columns that match, with equal judgments, and says which indicators found no column.
 */
import { InputError } from '../errors.ts';
import { fitColumnOptions, syncJudgments } from './edit.ts';
import type { Criterion, Direction, Project, ValueRole } from './project.ts';
import type { ColumnInfo } from './validate.ts';
import { localTierLabels } from './tier-labels.ts';
import { CURRENT_VALUE, POTENTIAL_VALUE } from './value-criteria.ts';

export type PresetLocale = 'en' | 'zh-CN';
type Text = Record<PresetLocale, string>;

export interface PresetIndicator {
  id: string;
  name: Text;
  /** Matched against column names (case-insensitive). */
  pattern: RegExp;
  direction: Direction;
}

export interface PresetCriterion {
  id: string;
  name: Text;
  role: ValueRole;
  indicators: PresetIndicator[];
}

export interface Preset {
  id: 'corporate' | 'retail';
  name: Text;
  goal: Text;
  criteria: PresetCriterion[];
}

const ind = (id: string, en: string, zh: string, pattern: RegExp, direction: Direction = 'benefit'): PresetIndicator => ({
  id,
  name: { en, 'zh-CN': zh },
  pattern,
  direction,
});

const DEPOSITS = /deposit|存款|储蓄/i;
const LOANS = /loan|贷款/i;
const FEES = /intermediary|fee|commission|中间业务|手续费|佣金/i;
const YEARS = /cooperation|relationship_?(years?|length|months?)|tenure|months_on_book|合作年限|开户年限|往来年限|客户年限/i;
const OVERDUE = /overdue|逾期|past_?due|delinquen|npl|不良/i;

/** Corporate customers (对公客户): G Bank / BOC theses; ids match the sample project's. */
export const CORPORATE: Preset = {
  id: 'corporate',
  name: { en: 'Corporate customers (current vs potential value)', 'zh-CN': '对公客户（当前价值—潜在价值）' },
  goal: { en: 'Corporate customer value', 'zh-CN': '对公客户价值' },
  criteria: [
    {
      ...CURRENT_VALUE,
      indicators: [
        ind('deposits', 'Average daily deposits', '存款日均余额', DEPOSITS),
        ind('loans', 'Loan balance', '贷款余额', LOANS),
        ind('spread', 'Spread contribution', '存贷利差贡献', /spread|ftp|利差/i),
        ind('fees', 'Intermediary income', '中间业务收入', FEES),
        ind('settlement', 'Settlement volume', '结算量', /settlement|结算|trans(action)?s?_?(amt|amount|volume|vol)|交易金?额|流水/i),
        ind('profit', 'Profit contribution', '利润贡献', /profit|(^|[^a-z])eva([^a-z]|$)|利润/i),
        ind('years', 'Years of cooperation', '合作年限', YEARS),
        ind('cost', 'Acquisition and maintenance cost', '获客与维护成本', /cost|成本/i, 'cost'),
      ],
    },
    {
      ...POTENTIAL_VALUE,
      indicators: [
        ind('growth', 'Revenue growth', '营业收入增长率', /growth|增长|增速/i),
        ind('size', 'Enterprise size', '企业规模', /total_?assets|asset_?size|(enterprise|company|firm)_?size|employees|资产规模|资产总额|企业规模|员工/i),
        ind('rating', 'Credit rating', '信用等级', /credit_?(rating|score|grade)|rating|信用等级|信用评级|评级/i),
        ind('products', 'Products held', '持有产品数', /product|产品/i),
        ind('outlook', 'Industry outlook', '行业前景', /outlook|prospect|行业前景/i),
        ind('wallet', 'Share of wallet', '钱包份额', /wallet|share_of|份额/i),
        ind('loyalty', 'Loyalty and satisfaction', '忠诚度与满意度', /loyal|satisf|忠诚|满意/i),
        ind('overdue', 'Overdue days', '逾期天数', OVERDUE, 'cost'),
      ],
    },
  ],
};

/** Retail customers (零售客户): Bank A / Tianshan RCB theses. */
export const RETAIL: Preset = {
  id: 'retail',
  name: { en: 'Retail customers (current vs potential value)', 'zh-CN': '零售客户（当前价值—潜在价值）' },
  goal: { en: 'Retail customer value', 'zh-CN': '零售客户价值' },
  criteria: [
    {
      ...CURRENT_VALUE,
      indicators: [
        ind('deposits', 'Average daily deposits', '存款日均余额', /deposit|存款|储蓄|^(account_?)?balance$/i),
        ind('assets', 'Financial assets (AUM)', '金融资产', /aum|asset|资产|理财/i),
        ind('loans', 'Loan balance', '贷款余额', /loan|贷款|revolv|mortgage|房贷/i),
        ind('fees', 'Intermediary income', '中间业务收入', FEES),
        ind('transactions', 'Transaction amount', '交易金额', /trans(action)?s?_?(amt|amount|volume|vol)|settlement|结算|交易金?额|消费金?额|^purchases$|流水/i),
        ind('tx_count', 'Number of transactions', '交易笔数', /trans(action)?s?_?(ct|count|cnt|num|number)|交易(笔|次)数|purchases_trx/i),
        ind('years', 'Years with the bank', '合作年限', YEARS),
        ind('cost', 'Maintenance cost (contacts)', '维护成本（接触次数）', /cost|成本|contacts?_?count|维护/i, 'cost'),
        ind('overdue', 'Overdue', '逾期', OVERDUE, 'cost'),
      ],
    },
    {
      ...POTENTIAL_VALUE,
      indicators: [
        ind('credit', 'Credit limit or rating', '信用等级（授信额度）', /credit_?(limit|rating|score|grade)|信用|授信|^limit$|^rating$/i),
        ind('products', 'Products held', '持有产品数', /product|relationship_?count|产品|^cards$|num_?of_?cards/i),
        ind('income', 'Income', '收入', /income|salary|收入|工资|薪/i),
        ind('growth', 'Growth', '增长率', /growth|增长|chng|change/i),
        ind('mobile', 'Mobile banking use', '手机银行使用', /mobile|online|digital|e_?channel|手机银行|网银|电子渠道/i),
        ind('loyalty', 'Loyalty and activity', '忠诚度（活跃度）', /loyal|satisf|忠诚|满意|is_?active|active_?member|(?<!不)活跃/i),
        ind('inactivity', 'Months inactive', '不活跃月数', /inactiv|dormant|不活跃|沉睡/i, 'cost'),
      ],
    },
  ],
};

export const PRESETS: readonly Preset[] = [CORPORATE, RETAIL];

export interface PresetMatch {
  /** Indicators bound, in hierarchy order. */
  bound: { criterion: string; indicator: string; name: string; column: string }[];
  /** Indicators that found no numeric column. */
  unmatched: { criterion: string; indicator: string; name: string }[];
  /** Criteria left out because none of their indicators found a column. */
  skipped: { criterion: string; name: string }[];
  /** Options pointed at the new data's columns (see `fitColumnOptions`). */
  options: string[];
}

/**
 * Which numeric column each indicator of `preset` takes: indicators in preset order, each the
 * first numeric column (in data order) its pattern matches that no earlier indicator took.
 */
export function matchPreset(preset: Preset, columns: ColumnInfo[], locale: PresetLocale = 'en'): Omit<PresetMatch, 'options'> {
  const taken = new Set<string>();
  const numeric = columns.filter((c) => c.type === 'numeric');
  const out: Omit<PresetMatch, 'options'> = { bound: [], unmatched: [], skipped: [] };
  for (const c of preset.criteria) {
    let any = false;
    for (const i of c.indicators) {
      const col = numeric.find((x) => !taken.has(x.name) && i.pattern.test(x.name));
      if (col) {
        taken.add(col.name);
        any = true;
        out.bound.push({ criterion: c.id, indicator: i.id, name: i.name[locale], column: col.name });
      } else out.unmatched.push({ criterion: c.id, indicator: i.id, name: i.name[locale] });
    }
    if (!any) out.skipped.push({ criterion: c.id, name: c.name[locale] });
  }
  return out;
}

/**
 * Replaces the project's hierarchy with `preset` bound to `columns` (see `matchPreset`), names
 * in `locale`, and equal judgments (all 1) for every expert (an expert "Expert 1" is added when
 * there is none); options that name columns the data lacks are refitted (`fitColumnOptions`).
 * Throws `preset.no-match` (project unchanged) when no indicator finds a column.
 */
export function applyPreset(project: Project, preset: Preset, columns: ColumnInfo[], locale: PresetLocale = 'en'): PresetMatch {
  const m = matchPreset(preset, columns, locale);
  if (m.bound.length === 0) {
    throw new InputError(
      'preset.no-match',
      `No numeric column matches an indicator of the ${preset.name.en} preset; bind the columns by hand.`,
      { path: 'hierarchy' },
      { preset: preset.name.en },
    );
  }
  const criteria: Criterion[] = [];
  for (const c of preset.criteria) {
    const indicators = c.indicators.flatMap((i) => {
      const b = m.bound.find((x) => x.criterion === c.id && x.indicator === i.id);
      return b ? [{ id: i.id, name: i.name[locale], column: b.column, direction: i.direction }] : [];
    });
    if (indicators.length > 0) criteria.push({ id: c.id, name: c.name[locale], role: c.role, indicators });
  }
  project.hierarchy = { goal: preset.goal[locale], criteria };
  if (!Array.isArray(project.experts) || project.experts.length === 0) project.experts = [{ id: 'e1', name: locale === 'zh-CN' ? '专家 1' : 'Expert 1' }];
  project.judgments = [];
  syncJudgments(project);
  const tiers = project.options.scoring.tiers;
  if (tiers) tiers.labels = localTierLabels(tiers.labels, locale);
  return { ...m, options: fitColumnOptions(project, columns) };
}

/**
 * Thesis templates (issue 9, item 1): a project + an example data set from a seeded generator +
 * a short description in zh-CN and en, for each reference thesis. The page imports the shipped
 * CSVs (datasets/templates/<id>.csv, written by `npm run gen:templates`); the CLI and the tests
 * call the generators. Applying a template to the user's own file binds its columns by name and
 * synonyms and lists what is left unbound (`bindTemplate`).
 */
import { syncJudgments } from '../model/edit.ts';
import type { Criterion, Project } from '../model/project.ts';
import type { ColumnInfo } from '../model/validate.ts';
import { buildProject, indicatorSpecs, type Bilingual, type ProjectSpec, type TemplateLocale } from './build.ts';
import * as gbank from './gbank-corporate.ts';
import * as bankaRetail from './banka-retail.ts';
import * as icbc from './icbc-star.ts';
import * as bankaCorporate from './banka-corporate.ts';
import * as spdb from './spdb-survey.ts';
import { COMPOSITE, isScoreSource } from '../sources.ts';

export type TemplateId = 'gbank-corporate' | 'banka-retail' | 'icbc-star' | 'banka-corporate' | 'spdb-survey';

export interface Template {
  id: TemplateId;
  title: Bilingual;
  /** The thesis's method in two lines (for the gallery card). */
  method: Bilingual;
  seed: number;
  rows: number;
  spec: ProjectSpec;
  generate: (seed?: number, n?: number) => string;
  /** Criterion whose sub-criteria are survey dimensions of Likert items (reliability per dimension). */
  survey?: { criterion: string };
  /** Columns the quantity cannot leave (next-period.ts keeps period 2 inside them). */
  bounds?: Readonly<Record<string, readonly [number, number]>>;
}

const t = (id: TemplateId, title: Bilingual, method: Bilingual, m: { SEED: number; ROWS: number; spec: ProjectSpec; generate: Template['generate']; BOUNDS?: Template['bounds'] }, survey?: Template['survey']): Template => ({
  id,
  title,
  method,
  seed: m.SEED,
  rows: m.ROWS,
  spec: m.spec,
  generate: m.generate,
  ...(m.BOUNDS ? { bounds: m.BOUNDS } : {}),
  ...(survey ? { survey } : {}),
});

export const TEMPLATES: readonly Template[] = [
  t('gbank-corporate', { 'zh-CN': 'G 银行对公客户（AHP + 聚类）', en: 'G Bank corporate (AHP + clustering)' }, {
    'zh-CN': 'AHP 确定当前价值与潜在价值指标权重；\nK 均值聚为四类：高质量型、高潜力型、高现值型、低质量型。',
    en: 'AHP weights for current and potential value;\nk-means into four: high quality, high potential, high present value, low quality.',
  }, gbank),
  t('banka-retail', { 'zh-CN': 'A 银行零售客户（分层 + 2×2）', en: 'Bank A retail (tiers + 2×2)' }, {
    'zh-CN': '按月日均与日均存款分普通、黄金、白金、钻石客户；\n当前价值 × 潜在价值分为最优选、一般、次优选、低价值客户。',
    en: 'Ordinary, gold, platinum, diamond tiers by monthly and daily deposits;\ncurrent × potential value: optimal, general, sub-optimal, low value.',
  }, bankaRetail),
  t('icbc-star', { 'zh-CN': '工商银行星级客户', en: 'ICBC star-rated customers' }, {
    'zh-CN': '星点值 = 日均余额 × 固定系数，评定 1–7 星；\n按星点值 ABC 分类，给定权重计算综合得分。',
    en: 'Value index = average balances × fixed coefficients, 1–7 stars;\nABC classes by the index, composite score with given weights.',
  }, icbc),
  t('banka-corporate', { 'zh-CN': '股份制 A 银行对公分层管理', en: 'Joint-stock Bank A corporate layers' }, {
    'zh-CN': '按存款、贷款与产品数等多列规则分核心、重点、基础客户；\nAHP 与熵权组合赋权，各层配置产品与服务。',
    en: 'Core, key and basic layers by rules on deposits, loans and products;\nAHP and entropy weights combined, service per layer.',
  }, bankaCorporate),
  t('spdb-survey', { 'zh-CN': '浦发银行 A 分行问卷调查', en: 'SPDB Branch A survey' }, {
    'zh-CN': '李克特量表按维度检验信度（Cronbach α），AHP 加权满意度指数；\n满意度 × 客户价值 2×2，按客户群与渠道交叉分析。',
    en: 'Likert items by dimension with Cronbach’s α, an AHP-weighted satisfaction index;\nsatisfaction × value 2×2, cross-tabs by segment and channel.',
  }, spdb, { criterion: 'satisfaction' }),
];

export const TEMPLATE_IDS: readonly TemplateId[] = TEMPLATES.map((x) => x.id);

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((x) => x.id === id);
}

/** The template's project with names in `locale`. */
export function templateProject(template: Template, locale: TemplateLocale = 'zh-CN'): Project {
  return buildProject(template.spec, locale);
}

export interface Binding {
  /** Template column → the data column it is bound to (same name when found as is). */
  bound: { column: string; to: string; how: 'name' | 'synonym' }[];
  /** Template columns with no match in the data, with what used them. */
  unbound: { column: string; usedBy: string[] }[];
  /** What was changed in the project because of unbound columns. */
  notes: string[];
}

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_\-()（）]+/g, '');

/**
 * Binds `project` (a template's) to the data's `columns`: every column the project names (its
 * indicators, derived inputs, tier rules, ABC source, composition and id column) is looked up by
 * exact name, then by the indicator's names and synonyms (ignoring case, spaces, `_`, `-` and
 * brackets). Indicators left unbound are removed (empty criteria too, judgments re-laid); options
 * that name an unbound column fall back to defaults, each with a note. Changes `project` in place.
 */
export function bindTemplate(project: Project, template: Template, columns: readonly ColumnInfo[]): Binding {
  const have = new Map(columns.map((c) => [norm(c.name), c.name]));
  const exact = new Set(columns.map((c) => c.name));
  const derivedNames = new Set((project.data.derived ?? []).map((d) => d.name));
  const specs = indicatorSpecs(template.spec);
  const map = new Map<string, { to: string; how: 'name' | 'synonym' } | null>();
  const resolve = (column: string): string | null => {
    if (derivedNames.has(column)) return column;
    if (!map.has(column)) {
      let hit: { to: string; how: 'name' | 'synonym' } | null = exact.has(column) ? { to: column, how: 'name' } : null;
      if (!hit) {
        const spec = specs.find((s) => s.column === column);
        for (const cand of [column, ...(spec ? [spec.name['zh-CN'], spec.name.en, ...(spec.synonyms ?? [])] : [])]) {
          const to = have.get(norm(cand));
          if (to) {
            hit = { to, how: 'synonym' };
            break;
          }
        }
      }
      map.set(column, hit);
    }
    return map.get(column)?.to ?? null;
  };
  const usedBy = new Map<string, string[]>();
  const use = (column: string, what: string) => {
    if (resolve(column) === null) usedBy.set(column, [...(usedBy.get(column) ?? []), what]);
  };
  const notes: string[] = [];
  // Derived columns: inputs rebound; a derived column with an unbound input is dropped.
  if (project.data.derived) {
    project.data.derived = project.data.derived.filter((d) => {
      d.inputs.forEach((c) => use(c, `data.derived ${d.name}`));
      if (d.inputs.some((c) => resolve(c) === null)) {
        derivedNames.delete(d.name);
        notes.push(`derived column "${d.name}" left out: an input is not in the data`);
        return false;
      }
      d.inputs = d.inputs.map((c) => resolve(c)!);
      return true;
    });
    if (project.data.derived.length === 0) delete project.data.derived;
  }
  const removed: string[] = [];
  const prune = (c: Criterion): boolean => {
    if (c.subcriteria) c.subcriteria = c.subcriteria.filter(prune);
    if (c.indicators) {
      c.indicators = c.indicators.filter((i) => {
        use(i.column, `indicator ${i.name}`);
        const to = resolve(i.column);
        if (to === null) {
          removed.push(i.id);
          return false;
        }
        i.column = to;
        return true;
      });
    }
    return (c.subcriteria?.length ?? 0) > 0 || (c.indicators?.length ?? 0) > 0;
  };
  project.hierarchy.criteria = project.hierarchy.criteria.filter(prune);
  if (removed.length) {
    notes.push(`indicators left out (no column): ${removed.join(', ')}`);
    const given = project.options.weighting.given;
    if (given) for (const id of removed) delete given[id];
  }
  syncJudgments(project);
  const s = project.options.scoring;
  if (s.tierRules) {
    s.tierRules.rules.forEach((r) => r.conditions.forEach((c) => use(isScoreSource(c.source) ? '' : c.source, `tier ${r.label}`)));
    const bad = s.tierRules.rules.some((r) => r.conditions.some((c) => !isScoreSource(c.source) && resolve(c.source) === null));
    if (bad) {
      delete s.tierRules;
      notes.push('tier rules left out: a column they test is not in the data');
    } else s.tierRules.rules.forEach((r) => r.conditions.forEach((c) => isScoreSource(c.source) || (c.source = resolve(c.source)!)));
  }
  if (!isScoreSource(s.abc.source)) {
    use(s.abc.source, 'ABC source');
    const to = resolve(s.abc.source);
    if (to === null) {
      s.abc.source = COMPOSITE;
      notes.push('ABC classes by the composite score: their column is not in the data');
    } else s.abc.source = to;
  }
  const seg = project.options.segmentation;
  if (seg.compositionColumn) {
    const to = resolve(seg.compositionColumn);
    if (to === null) {
      use(seg.compositionColumn, 'composition column');
      delete seg.compositionColumn;
    } else seg.compositionColumn = to;
  }
  if (project.data.idColumn) {
    const to = resolve(project.data.idColumn);
    if (to === null) {
      use(project.data.idColumn, 'identifier column');
      delete project.data.idColumn;
    } else project.data.idColumn = to;
  }
  usedBy.delete('');
  const bound = [...map].flatMap(([column, hit]) => (hit ? [{ column, to: hit.to, how: hit.how }] : []));
  return { bound, unbound: [...usedBy].map(([column, u]) => ({ column, usedBy: u })), notes };
}

/**
 * Small text builders shared by the tables' notes and the methods paragraph: numbers in
 * running text, cluster column labels, the final-weight rule, the consistency sentence.
 */
import type { Project } from '../model/project.ts';
import type { Result, Segment } from '../result.ts';
import { OBJECTIVE_NAMES, VERDICT, type ReportLocale } from './terms.ts';
import { scoreLabel } from '../sources.ts';

/** A number in running text with fixed decimals ('—' when not finite; no "-0"). */
export function num(value: number | null | undefined, decimals = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = value.toFixed(decimals);
  return /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** A number in running text at up to `max` decimals without trailing zeros (RI 0.9, α 0.5, 1.1086). */
export function short(value: number, max = 4): string {
  if (!Number.isFinite(value)) return '—';
  return String(Number(value.toFixed(max)));
}

/** Joins a list the way each language does: 、 in Chinese, ", " in English. */
export function list(items: string[], locale: ReportLocale): string {
  return items.join(locale === 'zh-CN' ? '、' : ', ');
}

/** Joins a list with a final "and": `a and b`, `a, b and c`; 与 / 、…和 in Chinese. */
export function listAnd(items: string[], locale: ReportLocale): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1);
  const last = items[items.length - 1];
  if (locale === 'zh-CN') return items.length === 2 ? `${head[0]}与${last}` : `${head.join('、')}和${last}`;
  return `${head.join(', ')} and ${last}`;
}

/** Sentence-end punctuation per language. */
export const STOP: Record<ReportLocale, string> = { 'zh-CN': '。', en: '.' };

/** The segment's display name: the user's name, else the generated one in the locale. */
export function segmentName(s: Segment, locale: ReportLocale, project?: Project): string {
  const override = project?.segments?.find((o) => o.cluster === s.cluster)?.name;
  return s.customName || override || s.name[locale];
}

/** Column label of a cluster: `聚类1（高质量型）` / `Cluster 1 (High quality)`. */
export function clusterLabel(s: Segment, locale: ReportLocale, project?: Project): string {
  const name = segmentName(s, locale, project);
  if (locale === 'zh-CN') return name ? `聚类${s.cluster}（${name}）` : `聚类${s.cluster}`;
  return name ? `Cluster ${s.cluster} (${name})` : `Cluster ${s.cluster}`;
}

/**
 * A clustering feature or data column as readers know it: the current value score → 当前价值得分 /
 * current value score (`scoreLabel`); an indicator's column → the indicator's name; anything else as given.
 */
export function featureLabel(name: string, result: Result, locale: ReportLocale): string {
  const score = scoreLabel(name, locale);
  if (score !== null) return score;
  return result.weights.indicators.find((i) => i.column === name)?.name ?? name;
}

/** The rule that gives the final weights, e.g. `w = 0.5·w_AHP + 0.5·w_熵权法`. */
export function finalWeightRule(project: Project, result: Result, locale: ReportLocale): string {
  const zh = locale === 'zh-CN';
  const w = project.options.weighting;
  const obj = OBJECTIVE_NAMES[w.objective]?.[locale] ?? w.objective;
  switch (result.weights.method) {
    case 'ahp':
      return zh ? '最终权重 = AHP 层次总排序权重' : 'final weight = AHP global weight';
    case 'entropy':
      return zh ? '最终权重 = 熵权法权重' : 'final weight = entropy weight';
    case 'critic':
      return zh ? '最终权重 = CRITIC 权重' : 'final weight = CRITIC weight';
    case 'combined':
      if (w.combination === 'multiplicative') {
        return zh
          ? `最终权重 = w_AHP·w_obj / Σ(w_AHP·w_obj)（乘法合成，w_obj 为${obj}权重）`
          : `final weight = w_AHP·w_obj / Σ(w_AHP·w_obj) (multiplicative combination, w_obj from the ${obj})`;
      }
      return zh
        ? `最终权重 = α·w_AHP + (1 − α)·w_obj，α = ${short(w.alpha)}（线性组合，w_obj 为${obj}权重）`
        : `final weight = α·w_AHP + (1 − α)·w_obj with α = ${short(w.alpha)} (linear combination, w_obj from the ${obj})`;
    case 'given': {
      const sum = result.weights.givenSum;
      const rescaled = sum !== undefined && Math.abs(sum - 1) > 1e-9;
      if (zh) return `最终权重 = 给定权重${rescaled ? `（给定值之和为 ${short(sum!, 6)}，已除以该和使权重之和为 1）` : ''}`;
      return `final weight = the given weight${rescaled ? ` (the given values summed to ${short(sum!, 6)} and were divided by that sum)` : ''}`;
    }
    default:
      return String(result.weights.method);
  }
}

/** `CR = 0.015 < 0.10，通过一致性检验` / `CR = 0.015 < 0.10: consistency check passed`. */
export function crSentence(cr: number, consistent: boolean, locale: ReportLocale): string {
  const rel = consistent ? '<' : '≥';
  const verdict = VERDICT[consistent ? 'pass' : 'fail'][locale];
  return locale === 'zh-CN'
    ? `CR = ${num(cr)} ${rel} 0.10，${verdict}一致性检验`
    : `CR = ${num(cr)} ${rel} 0.10: consistency check ${verdict}`;
}

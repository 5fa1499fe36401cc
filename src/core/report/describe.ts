/**
 * Small text builders shared by the tables' notes and the methods paragraph: numbers in
 * running text, cluster column labels, the final-weight rule, the consistency sentence.
 */
import type { Project } from '../model/project.ts';
import type { Result, Segment } from '../result.ts';
import { term, verdict, type ReportLocale } from './terms.ts';
import { scoreLabel } from '../sources.ts';
import type { ReportWords } from './words.ts';

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
export function clusterLabel(s: Segment, w: ReportWords, project?: Project): string {
  const name = segmentName(s, w.locale, project);
  return name ? w.t('report.tables.clusterLabel', { cluster: s.cluster, name }) : w.t('report.tables.clusterLabel.plain', { cluster: s.cluster });
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
export function finalWeightRule(project: Project, result: Result, words: ReportWords): string {
  const { t } = words;
  const w = project.options.weighting;
  const objective = term(words, 'objective', w.objective);
  switch (result.weights.method) {
    case 'ahp':
    case 'entropy':
    case 'critic':
      return t(`report.tables.rule.${result.weights.method}`);
    case 'combined':
      if (w.combination === 'multiplicative') return t('report.tables.rule.multiplicative', { objective });
      return t('report.tables.rule.linear', { alpha: short(w.alpha), objective });
    case 'given': {
      const sum = result.weights.givenSum;
      const rescaled = sum !== undefined && Math.abs(sum - 1) > 1e-9;
      return rescaled ? t('report.tables.rule.givenRescaled', { sum: short(sum!, 6) }) : t('report.tables.rule.given');
    }
    default:
      return String(result.weights.method);
  }
}

/** `CR = 0.015 < 0.10，通过一致性检验` / `CR = 0.015 < 0.10: consistency check passed`. */
export function crSentence(cr: number, consistent: boolean, w: ReportWords): string {
  return w.t('report.tables.crSentence', { cr: num(cr), rel: consistent ? '<' : '≥', verdict: verdict(w, consistent) });
}

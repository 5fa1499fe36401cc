/**
 * Message catalogues and formatting. Every UI string goes through `translate`. Each area of the
 * UI keeps its messages in `messages/<area>.ts` (English `en` and Chinese `zh` with the same keys,
 * checked by the type `Record<keyof typeof en, string>` and by a unit test).
 */
import * as app from './messages/app.ts';
import * as data from './messages/data.ts';
import * as indicators from './messages/indicators.ts';
import * as judgments from './messages/judgments.ts';
import * as weights from './messages/weights.ts';
import * as scores from './messages/scores.ts';
import * as clusters from './messages/clusters.ts';
import * as segments from './messages/segments.ts';
import * as exportMsgs from './messages/export.ts';
import * as problems from './messages/problems.ts';
import * as templates from './messages/templates.ts';
import * as warehouse from './messages/warehouse.ts';
import * as input from './messages/input.ts';
import * as spss from './messages/spss.ts';
import * as newproject from './messages/newproject.ts';
import * as office from './messages/office.ts';
import * as evaluate from './messages/evaluate.ts';
import * as glossary from './messages/glossary.ts';
import * as teach from './messages/teach.ts';
import * as teachCluster from './messages/teach-cluster.ts';
import * as tour from './messages/tour.ts';
import * as sheets from './messages/sheets.ts';
import * as periods from './messages/periods.ts';
import * as sensitivity from './messages/sensitivity.ts';
import * as polish from './messages/polish.ts';
import * as fuzzy from './messages/fuzzy.ts';
import * as fuzzyjudgments from './messages/fuzzyjudgments.ts';
import * as cite from './messages/cite.ts';
import * as officeExtra from './messages/office-extra.ts';
import * as audit from './messages/audit.ts';
import * as tierEditor from './messages/tier-editor.ts';
import * as opening from './messages/opening.ts';
import { reportEn, reportZh } from './report.ts';

export type Locale = 'en' | 'zh-CN';

const en = {
  ...app.en,
  ...data.en,
  ...indicators.en,
  ...judgments.en,
  ...weights.en,
  ...scores.en,
  ...clusters.en,
  ...segments.en,
  ...exportMsgs.en,
  ...problems.en,
  ...templates.en,
  ...warehouse.en,
  ...input.en,
  ...spss.en,
  ...newproject.en,
  ...office.en,
  ...evaluate.en,
  ...tour.en,
  ...periods.en,
  ...glossary.en,
  ...teach.en,
  ...teachCluster.en,
  ...polish.en,
  ...tierEditor.en,
  ...opening.en,
  ...sensitivity.en,
  ...sheets.en,
  ...fuzzy.en,
  ...fuzzyjudgments.en,
  ...cite.en,
  ...officeExtra.en,
  ...audit.en,
  ...reportEn,
};
const zh = {
  ...app.zh,
  ...data.zh,
  ...indicators.zh,
  ...judgments.zh,
  ...weights.zh,
  ...scores.zh,
  ...clusters.zh,
  ...segments.zh,
  ...exportMsgs.zh,
  ...problems.zh,
  ...templates.zh,
  ...warehouse.zh,
  ...input.zh,
  ...spss.zh,
  ...newproject.zh,
  ...office.zh,
  ...evaluate.zh,
  ...tour.zh,
  ...periods.zh,
  ...glossary.zh,
  ...teach.zh,
  ...teachCluster.zh,
  ...polish.zh,
  ...tierEditor.zh,
  ...opening.zh,
  ...sensitivity.zh,
  ...sheets.zh,
  ...fuzzy.zh,
  ...fuzzyjudgments.zh,
  ...cite.zh,
  ...officeExtra.zh,
  ...audit.zh,
  ...reportZh,
};

export type MessageKey = keyof typeof en;

export const catalogues: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zh };

/** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[locale][key] ?? en[key] ?? key;
  if (locale !== 'zh-CN') return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
  // Chinese typesetting: a Latin word (or a name ending in a number, "专家 1") filled in next to a
  // Chinese character gets a space between ("由 Expert 1 的", not "由Expert 1的").
  return template.replace(/\{(\w+)\}/g, (m, name: string, at: number) => {
    if (!Object.hasOwn(params, name)) return m;
    const v = String(params[name]);
    const before = at > 0 && CJK.test(template[at - 1]) && /^[A-Za-z]/.test(v) ? ' ' : '';
    const next = template[at + m.length];
    const after = next !== undefined && CJK.test(next) && /([A-Za-z]|\s\d+)$/.test(v) ? ' ' : '';
    return before + v + after;
  });
}

/** A Chinese character (CJK unified ideographs; not punctuation). */
const CJK = /[\u4e00-\u9fff]/;

/** What a core problem or error carries (a `Problem`, an `InputError`, a worker's copy of one). */
export interface CoreMessage {
  code: string;
  message: string;
  where?: { path?: string };
  params?: Record<string, string | number>;
  variant?: string;
}

/** The catalogue key of a core problem: `problem.<code>.<variant>`, else `problem.<code>`; null without an entry. */
export function problemKey(p: Pick<CoreMessage, 'code' | 'variant'>): MessageKey | null {
  const withVariant = p.variant ? `problem.${p.code}.${p.variant}` : null;
  if (withVariant && Object.hasOwn(en, withVariant)) return withVariant as MessageKey;
  const plain = `problem.${p.code}`;
  return Object.hasOwn(en, plain) ? (plain as MessageKey) : null;
}

/** English words the core puts into a value it names ("is missing"), in the other language. */
const VALUE_WORDS: Record<Locale, Record<string, string>> = { en: {}, 'zh-CN': { missing: '缺失' } };

/**
 * A core problem in `locale`. English is the core's own message; another language uses the
 * catalogue entry for the code with the problem's `params`, and falls back to the English
 * message when there is no entry or a value it names is not in `params`. With `withoutPath`,
 * the leading project path ("options.segmentation.k: …") is left out (the caller shows it);
 * without it, a translated message keeps the path in front as the English one does.
 */
export function problemMessage(locale: Locale, p: CoreMessage, options: { withoutPath?: boolean } = {}): string {
  const path = p.where?.path ?? '';
  const hasPath = path !== '' && p.message.startsWith(`${path}: `);
  const english = options.withoutPath && hasPath ? p.message.slice(path.length + 2) : p.message;
  if (locale === 'en') return english;
  const key = problemKey(p);
  if (!key) return english;
  const template = catalogues[locale][key];
  const params = p.params ?? {};
  const names = template.match(/\{(\w+)\}/g) ?? [];
  if (!names.every((m) => Object.hasOwn(params, m.slice(1, -1)))) return english;
  const words = VALUE_WORDS[locale];
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = String(params[name]);
    return Object.hasOwn(words, v) ? words[v] : v;
  });
  return hasPath && !options.withoutPath ? `${path}：${filled}` : filled;
}

/** The browser's preferred language mapped to a supported locale. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const l of languages) {
    if (l.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (l.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

/** Locale-aware number formatting with a fixed number of decimals. */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(locale: Locale, value: number, digits = 2): string {
  // Building an Intl.NumberFormat costs far more than formatting: keep one per locale and digits.
  const key = `${locale} ${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f.format(value);
}

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

export type Locale = 'en' | 'zh-CN';

const en = { ...app.en, ...data.en, ...indicators.en, ...judgments.en, ...weights.en, ...scores.en, ...clusters.en, ...segments.en, ...exportMsgs.en };
const zh = { ...app.zh, ...data.zh, ...indicators.zh, ...judgments.zh, ...weights.zh, ...scores.zh, ...clusters.zh, ...segments.zh, ...exportMsgs.zh };

export type MessageKey = keyof typeof en;

export const catalogues: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zh };

/** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[locale][key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
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

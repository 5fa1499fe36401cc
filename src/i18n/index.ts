/** Message catalogues and formatting. Every UI string goes through `translate`. */
import { en, type MessageKey } from './en.ts';
import { zhCN } from './zh-CN.ts';

export type Locale = 'en' | 'zh-CN';
export type { MessageKey };

export const catalogues: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

/** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The browser's preferred language mapped to a supported locale. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const l of languages) {
    if (l.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (l.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

/** Locale-aware number formatting. */
export function formatNumber(locale: Locale, value: number, digits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

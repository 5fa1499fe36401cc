/** The UI language: defaults to the browser's, remembered in localStorage. */
import { pickLocale, problemMessage, translate, type CoreMessage, type Locale, type MessageKey } from '../i18n/index.ts';

const KEY = 'valueseg.locale';

function initial(): Locale {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    // storage denied: fall back to the browser's language
  }
  return pickLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export class LocaleState {
  current = $state<Locale>(initial());

  set(locale: Locale): void {
    this.current = locale;
    try {
      localStorage.setItem(KEY, locale);
    } catch {
      // not remembered, still switched
    }
    document.documentElement.lang = locale;
  }

  t = (key: MessageKey, params?: Record<string, string | number>): string => translate(this.current, key, params);

  /** A core problem or error in the current language (see `problemMessage`). */
  problem = (p: CoreMessage, options?: { withoutPath?: boolean }): string => problemMessage(this.current, p, options);
}

/** Number formatting for display: a dash for a value that is not a finite number (never "NaN"). */
import { formatNumber, type Locale } from '../i18n/index.ts';

export function fmt(locale: Locale, v: number | null | undefined, digits = 2): string {
  return v == null || !Number.isFinite(v) ? '–' : formatNumber(locale, v, digits);
}

export function pct(locale: Locale, share: number | null | undefined, digits = 1): string {
  return share == null || !Number.isFinite(share) ? '–' : `${formatNumber(locale, share * 100, digits)}%`;
}

/**
 * The share after a count, spaced as each language writes it: "238 (39.7%)" in English,
 * "238（39.7%）" in Chinese (full-width parentheses, no space). The text after the count.
 */
export function shareAfterCount(locale: Locale, share: number | null | undefined, digits = 1): string {
  const p = pct(locale, share, digits);
  return locale === 'zh-CN' ? `（${p}）` : ` (${p})`;
}

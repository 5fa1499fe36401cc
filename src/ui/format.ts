/** Number formatting for display: a dash for a value that is not a finite number (never "NaN"). */
import { formatNumber, type Locale } from '../i18n/index.ts';

export function fmt(locale: Locale, v: number | null | undefined, digits = 2): string {
  return v == null || !Number.isFinite(v) ? '–' : formatNumber(locale, v, digits);
}

export function pct(locale: Locale, share: number | null | undefined, digits = 1): string {
  return share == null || !Number.isFinite(share) ? '–' : `${formatNumber(locale, share * 100, digits)}%`;
}

/** Words for judgments in the current language (display only). */
import { intensity } from '../../core/ahp/edit.ts';
import { describeCycle, formatRatio } from '../../core/ahp/index.ts';
import type { Cycle } from '../../core/ahp/index.ts';
import { InputError } from '../../core/errors.ts';
import { problemMessage, type Locale, type MessageKey } from '../../i18n/index.ts';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The Saaty level word of a judgment ("moderate", "明显重要" …), by intensity 1…9. */
export function levelWord(t: T, value: number): string {
  return t(`judgments.level.${intensity(value)}` as MessageKey);
}

/** "Average daily deposits: moderate" (the preferred item and how much), or "equal". */
export function verbal(t: T, value: number, row: string, col: string): string {
  const k = intensity(value);
  if (k === 1) return t('judgments.level.1');
  return t('judgments.verbal', { item: value > 1 ? row : col, level: levelWord(t, value) });
}

/** A 3-cycle in words: "A > B, B > C but C > A" (the core's sentence in English). */
export function cycleText(locale: Locale, t: T, cycle: Cycle, names: readonly string[]): string {
  if (locale === 'en') return describeCycle(cycle, names);
  const [a, b, c] = cycle.items.map((k) => names[k] ?? String(k + 1));
  return t('judgments.cycle', { a, b, c });
}

/**
 * The message for a bad judgment: the core's (English) message in English, a catalogue
 * message by error code in Chinese.
 */
export function judgmentError(locale: Locale, t: T, e: unknown, row: string, col: string): string {
  if (!(e instanceof InputError) && !isCoded(e)) return String(e);
  if (locale === 'en') return e.message;
  const known: Record<string, MessageKey> = {
    'ahp.judgment-invalid': 'judgments.error.invalid',
    'ahp.judgment-range': 'judgments.error.range',
    'ahp.not-reciprocal': 'judgments.error.reciprocal',
    'ahp.diagonal': 'judgments.error.diagonal',
    'ahp.matrix-size': 'judgments.error.size',
    'ahp.paste-empty': 'judgments.error.size',
    'ahp.ri-size': 'judgments.error.riSize',
  };
  const key = known[e.code];
  return key ? t(key, { row, col }) : problemMessage(locale, e);
}

const isCoded = (e: unknown): e is { code: string; message: string } =>
  typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' && typeof (e as { message?: unknown }).message === 'string';

/** A ratio for display: "3", "1/3", "2.449". */
export const ratio = formatRatio;

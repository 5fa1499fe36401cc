/**
 * The report's words come from outside the core (issue 13): every text of the tables, the methods
 * paragraph, the SPSS output and the chapters is named by a key, and the caller passes the words
 * — a `ReportWords` built from the i18n catalogues (`reportWords(locale)` in src/i18n/report.ts,
 * catalogues src/i18n/messages/report-*.ts) — as Observable Plot takes its options. The core fills
 * the `{name}` placeholders and holds no words of its own. The keys are listed here (report-keys.ts)
 * so that a catalogue missing one, in either language, is a type error.
 */
import type { ReportKey } from './report-keys.ts';
import type { ReportLocale } from './terms.ts';

export type { ReportKey } from './report-keys.ts';

/** Values filled into a text's `{name}` placeholders. */
export type ReportParams = Readonly<Record<string, string | number>>;

/** The words of one language: its locale (number and list punctuation) and the text of each key. */
export interface ReportWords {
  readonly locale: ReportLocale;
  /** The text of `key` with its `{name}` placeholders filled from `params` (an unknown one stays as written). */
  readonly t: (key: ReportKey, params?: ReportParams) => string;
}

/** Fills `{name}` placeholders (no spacing rules: the catalogue's text is printed as written). */
export function fill(template: string, params: ReportParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
}

/** Words over a catalogue of every key (src/i18n/report.ts makes one per language). */
export function wordsOf(locale: ReportLocale, catalogue: Readonly<Record<ReportKey, string>>): ReportWords {
  return { locale, t: (key, params) => fill(catalogue[key], params) };
}

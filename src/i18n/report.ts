/**
 * The report's words (issue 13): the catalogues of src/i18n/messages/report-*.ts as the
 * `ReportWords` the core's report functions take (tables, methods paragraph, SPSS output,
 * chapters, figures). `reportWords('zh-CN')` for a Chinese report, `reportWords('en')` for English.
 */
import { wordsOf, type ReportWords } from '../core/report/words.ts';
import type { Locale } from './index.ts';
import * as chapter from './messages/report-chapter.ts';
import * as fuzzy from './messages/report-fuzzy.ts';
import * as methods from './messages/report-methods.ts';
import * as spss from './messages/report-spss.ts';
import * as tables from './messages/report-tables.ts';
import * as terms from './messages/report-terms.ts';

export const reportEn = { ...tables.en, ...spss.en, ...methods.en, ...fuzzy.en, ...chapter.en, ...terms.en };
export const reportZh = { ...tables.zh, ...spss.zh, ...methods.zh, ...fuzzy.zh, ...chapter.zh, ...terms.zh };

const WORDS: Record<Locale, ReportWords> = { en: wordsOf('en', reportEn), 'zh-CN': wordsOf('zh-CN', reportZh) };

/** The report's words in `locale`. */
export function reportWords(locale: Locale): ReportWords {
  return WORDS[locale];
}

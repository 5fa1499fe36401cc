/**
 * The names of the 2×2 value matrix's quadrants: by position (high or low current value, high or
 * low potential value), the same for every project. One rule (issue 9, docs/templates.md): these
 * are the names the value-matrix chart shows, and the customers CSV and workbook, the migration
 * matrix of two periods (page, report, `cli periods`) name the quadrants the same way. The naming
 * schemes of the theses (高质量型…, 最优选客户…; explain/naming.ts) name the segments (clusters), which
 * with one name per segment need not lie in the quadrant their name comes from.
 */
import type { Locale } from '../result.ts';
import { QUADRANT_TYPES, type SegmentType } from './matrix.ts';

export const QUADRANT_NAMES: Readonly<Record<SegmentType, Readonly<Record<Locale, string>>>> = {
  hh: { 'zh-CN': '高当前价值、高潜在价值', en: 'High current, high potential' },
  hl: { 'zh-CN': '高当前价值、低潜在价值', en: 'High current, low potential' },
  lh: { 'zh-CN': '低当前价值、高潜在价值', en: 'Low current, high potential' },
  ll: { 'zh-CN': '低当前价值、低潜在价值', en: 'Low current, low potential' },
};

/** The name of quadrant `code` (0 = hh, 1 = hl, 2 = lh, 3 = ll) in `locale`; '' for any other code. */
export function quadrantName(code: number, locale: Locale): string {
  const type = Number.isInteger(code) ? QUADRANT_TYPES[code] : undefined;
  return type ? QUADRANT_NAMES[type][locale] : '';
}

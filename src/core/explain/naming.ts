/**
 * Segment names by the 2×2 rule (methodology §2.7, glossary "Segment names used by the theses"),
 * in zh-CN and en, for the two naming schemes of the reference theses.
 *
 * When several segments share a type (k-means with k > 4, or two clusters on the same side of
 * both means), they are told apart by a Roman numeral after the name — "高质量型 I", "高质量型 II"
 * — numbered by their composite score, highest first (ties: the order given). A type held by a
 * single segment gets no numeral.
 */
import { InputError } from '../errors.ts';
import type { NamingScheme } from '../model/project.ts';
import type { SegmentType } from '../scoring/matrix.ts';

/** Output language (same values as `src/i18n`'s Locale). */
export type Locale = 'zh-CN' | 'en';

export const SEGMENT_NAMES: Readonly<Record<NamingScheme, Readonly<Record<SegmentType, Readonly<Record<Locale, string>>>>>> = {
  gbank: {
    hh: { 'zh-CN': '高质量型', en: 'High quality' },
    hl: { 'zh-CN': '高现值型', en: 'High present value' },
    lh: { 'zh-CN': '高潜力型', en: 'High potential' },
    ll: { 'zh-CN': '低质量型', en: 'Low quality' },
  },
  bankA: {
    hh: { 'zh-CN': '最优选客户', en: 'Optimal customers' },
    hl: { 'zh-CN': '一般客户', en: 'General customers' },
    lh: { 'zh-CN': '次优选客户', en: 'Sub-optimal customers' },
    ll: { 'zh-CN': '低价值客户', en: 'Low-value customers' },
  },
};

/** The name of a segment type in a scheme and language. */
export function segmentTypeName(type: SegmentType, scheme: NamingScheme, locale: Locale): string {
  const names = SEGMENT_NAMES[scheme];
  if (!names) throw new InputError('explain.naming-scheme', `Unknown naming scheme "${String(scheme)}"; expected "gbank" or "bankA".`, { path: 'options.segmentation.naming' }, { value: String(scheme) });
  const byLocale = names[type];
  if (!byLocale) throw new InputError('explain.segment-type', `Unknown segment type "${String(type)}"; expected hh, hl, lh or ll.`, {}, { value: String(type) });
  return byLocale[locale] ?? byLocale.en;
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** 1 → I, 4 → IV, 12 → XII (1 ≤ k ≤ 3999). */
export function toRoman(k: number): string {
  if (!Number.isInteger(k) || k < 1 || k > 3999) throw new RangeError(`toRoman needs an integer from 1 to 3999; got ${k}.`);
  let out = '';
  for (const [v, s] of ROMAN) {
    while (k >= v) {
      out += s;
      k -= v;
    }
  }
  return out;
}

export interface NamingInput {
  type: SegmentType;
  /** Orders segments of the same type (highest gets I): usually the segment's mean composite score. */
  score: number;
}

/**
 * Display names for segments, in the order given. Errors: a non-finite score (it would make the
 * numbering arbitrary), an unknown scheme or type.
 */
export function nameSegments(segments: readonly NamingInput[], options: { scheme: NamingScheme; locale: Locale }): string[] {
  segments.forEach((s, i) => {
    if (!Number.isFinite(s.score)) {
      throw new InputError('explain.naming-score', `Segment ${i + 1} has score ${s.score}; segments are numbered within a type by a finite score.`, {}, { segment: i + 1, value: s.score });
    }
  });
  const names = segments.map((s) => segmentTypeName(s.type, options.scheme, options.locale));
  const byType = new Map<SegmentType, number[]>();
  segments.forEach((s, i) => {
    const list = byType.get(s.type);
    if (list) list.push(i);
    else byType.set(s.type, [i]);
  });
  for (const list of byType.values()) {
    if (list.length < 2) continue;
    const ranked = [...list].sort((a, b) => segments[b].score - segments[a].score || a - b);
    ranked.forEach((i, r) => {
      names[i] = `${names[i]} ${toRoman(r + 1)}`;
    });
  }
  return names;
}

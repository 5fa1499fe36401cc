/**
 * The report's vocabulary: which catalogue key names each project choice (the words Chinese theses
 * and SPSS/SPSSAU print, shared/notes/glossary.md, live in src/i18n/messages/report-terms.ts), and
 * the quadrant names of the value matrix.
 */
import type { AhpMethod, Aggregation, MissingPolicy, Normalisation, ObjectiveMethod, WeightingMethod } from '../model/project.ts';
import type { Locale } from '../result.ts';
import type { ReportKey, ReportWords } from './words.ts';

/** The two languages every report text exists in (the Result's `Locale`). */
export type ReportLocale = Locale;

/** A text in both languages. */
export type Bilingual = Record<ReportLocale, string>;

/** Quadrant names of the 2×2 value matrix: by position, as the value-matrix chart shows them (scoring/quadrant-names.ts). */
export { QUADRANT_NAMES, quadrantName } from '../scoring/quadrant-names.ts';

/** The catalogue key of each choice's name (src/i18n/messages/report-terms.ts), by kind of choice. */
const TERMS = {
  ahp: { eigen: 'report.terms.ahp.eigen', geometric: 'report.terms.ahp.geometric', column: 'report.terms.ahp.column', 'fuzzy-chang': 'report.terms.ahp.fuzzy-chang', 'fuzzy-buckley': 'report.terms.ahp.fuzzy-buckley' },
  aggregation: { aij: 'report.terms.aggregation.aij', aip: 'report.terms.aggregation.aip' },
  weighting: {
    ahp: 'report.terms.weighting.ahp',
    entropy: 'report.terms.weighting.entropy',
    critic: 'report.terms.weighting.critic',
    combined: 'report.terms.weighting.combined',
    given: 'report.terms.weighting.given',
  },
  objective: { entropy: 'report.terms.objective.entropy', critic: 'report.terms.objective.critic' },
  normalisation: { minmax: 'report.terms.normalisation.minmax', zscore: 'report.terms.normalisation.zscore' },
  missing: { drop: 'report.terms.missing.drop', median: 'report.terms.missing.median', mean: 'report.terms.missing.mean', zero: 'report.terms.missing.zero' },
  /** Consistency verdict words (一致性检验结果). */
  verdict: { pass: 'report.terms.verdict.pass', fail: 'report.terms.verdict.fail' },
} as const satisfies {
  ahp: Record<AhpMethod, ReportKey>;
  aggregation: Record<Aggregation, ReportKey>;
  weighting: Record<WeightingMethod, ReportKey>;
  objective: Record<ObjectiveMethod, ReportKey>;
  normalisation: Record<Normalisation, ReportKey>;
  missing: Record<MissingPolicy, ReportKey>;
  verdict: Record<'pass' | 'fail', ReportKey>;
};

/** The name of a project choice (an AHP method, a weighting method, …) in the report's words; an unknown value as given. */
export function term(w: ReportWords, kind: keyof typeof TERMS, value: string): string {
  const keys: Readonly<Record<string, ReportKey>> = TERMS[kind];
  return Object.hasOwn(keys, value) ? w.t(keys[value]) : value;
}

/** Consistency verdict (通过 / 未通过). */
export const verdict = (w: ReportWords, consistent: boolean): string => term(w, 'verdict', consistent ? 'pass' : 'fail');

/**
 * What SPSS prints beside the ANOVA across segments: η², Levene's test and the LSD, Tukey HSD and
 * Games–Howell comparisons per indicator, and Pearson's chi-square with Cramér's V of each
 * categorical column against the segments (see stats/posthoc.ts and stats/chisquare.ts). As for the
 * ANOVA, the segments were made to differ, so these p-values describe, they do not test.
 */
import { chiSquareTest, type ChiSquareResult } from '../stats/chisquare.ts';
import { groupTests, type LeveneResult, type PairComparison } from '../stats/posthoc.ts';
import { columnName } from '../stats/check.ts';

export interface IndicatorTests {
  column: string;
  eta2: number | null;
  levene: LeveneResult;
  pairs: PairComparison[];
}

export interface CategoricalTest extends Omit<ChiSquareResult, 'observed'> {
  column: string;
}

export interface SegmentTests {
  indicators: IndicatorTests[];
  categorical: CategoricalTest[];
  /** Categorical columns left out for having fewer than 2 or more than `maxCategories` values. */
  skipped: string[];
}

/** Up to this many categories a column is tested (more is an identifier or free text, not a category). */
export const MAX_CATEGORIES = 50;

/**
 * Tests of the indicator columns (`cols`, one value per customer) and the categorical columns
 * (values per customer, null = missing) across the segment `labels`.
 */
export function segmentTests(
  cols: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  options: { names?: readonly string[]; categorical?: { column: string; values: readonly (string | null)[] }[] } = {},
): SegmentTests {
  const indicators = cols.map((c, j) => {
    const t = groupTests(c, labels);
    return { column: columnName(options.names, j), eta2: t.eta2, levene: t.levene, pairs: t.pairs };
  });
  const categorical: CategoricalTest[] = [];
  const skipped: string[] = [];
  for (const { column, values } of options.categorical ?? []) {
    const distinct = new Set(values.filter((v) => v !== null)).size;
    if (distinct < 2 || distinct > MAX_CATEGORIES) {
      skipped.push(column);
      continue;
    }
    const { observed: _observed, ...rest } = chiSquareTest(values, labels);
    categorical.push({ column, ...rest });
  }
  return { indicators, categorical, skipped };
}

/**
 * Report tables of what SPSS prints beside the ANOVA across segments: effect size and Levene's
 * test, the multiple comparisons (LSD, Tukey HSD, Games–Howell) and the chi-square tests of the
 * categorical columns against the segments. Empty list when the result has no tests.
 */
import type { Result } from '../result.ts';
import { list } from './describe.ts';
import type { ReportCell, ReportTable } from './table.ts';
import type { ReportWords } from './words.ts';

const cell = (v: number | null | undefined): ReportCell => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

export function segmentTestTables(result: Result, w: ReportWords): ReportTable[] {
  const tests = result.tests;
  if (!tests) return [];
  const { t, locale } = w;
  const nameOf = (column: string) => result.weights.indicators.find((i) => i.column === column)?.name ?? column;
  const descriptive = t('report.tests.descriptive');
  const pairColumns = (['i', 'j', 'diff'] as const).map((c) => t(`report.tests.col.${c}`));
  const effect: ReportTable = {
    id: 'segment-effect',
    title: t('report.tests.effect.title'),
    columns: [t('report.tests.col.indicator'), ...(['eta2', 'levene', 'df1', 'df2', 'sig'] as const).map((c) => t(`report.tests.effect.col.${c}`))],
    rows: tests.indicators.map((t) => [nameOf(t.column), cell(t.eta2), cell(t.levene.f), t.levene.df1, t.levene.df2, cell(t.levene.p)]),
    notes: [t('report.tests.effect.note'), descriptive],
    decimals: 3,
    formats: [null, 'number', 'number', 'integer', 'integer', 'p'],
  };
  const pairs: ReportCell[][] = [];
  for (const t of tests.indicators) {
    for (const p of t.pairs) pairs.push([nameOf(t.column), p.a, p.b, cell(p.diff), cell(p.se), cell(p.lsdP), cell(p.tukeyP), cell(p.ghP)]);
  }
  const comparisons: ReportTable = {
    id: 'segment-posthoc',
    title: t('report.tests.posthoc.title'),
    columns: [t('report.tests.col.indicator'), ...pairColumns, ...(['se', 'lsd', 'tukey', 'gh'] as const).map((c) => t(`report.tests.posthoc.col.${c}`))],
    rows: pairs,
    notes: [t('report.tests.posthoc.note'), descriptive],
    decimals: 3,
    formats: [null, 'integer', 'integer', 'number', 'number', 'p', 'p', 'p'],
  };
  const bound = (ci: [number, number] | null | undefined, side: 0 | 1): ReportCell => (ci ? cell(ci[side]) : null);
  const intervals: ReportTable = {
    id: 'segment-posthoc-ci',
    title: t('report.tests.ci.title'),
    columns: [
      t('report.tests.col.indicator'),
      ...pairColumns,
      ...(['lsdLower', 'lsdUpper', 'tukeyLower', 'tukeyUpper', 'ghLower', 'ghUpper'] as const).map((c) => t(`report.tests.ci.col.${c}`)),
    ],
    rows: tests.indicators.flatMap((t) => t.pairs.map((p) => [nameOf(t.column), p.a, p.b, cell(p.diff), bound(p.lsdCi, 0), bound(p.lsdCi, 1), bound(p.tukeyCi, 0), bound(p.tukeyCi, 1), bound(p.ghCi, 0), bound(p.ghCi, 1)])),
    notes: [t('report.tests.ci.note')],
    decimals: 3,
    formats: [null, 'integer', 'integer', 'number', 'number', 'number', 'number', 'number', 'number', 'number'],
  };
  const out = [effect, comparisons, intervals];
  if (tests.categorical.length > 0) {
    out.push({
      id: 'segment-chisquare',
      title: t('report.tests.chi.title'),
      columns: (['column', 'n', 'chi2', 'df', 'sig', 'v', 'low'] as const).map((c) => t(`report.tests.chi.col.${c}`)),
      rows: tests.categorical.map((c) => [c.column, c.n, cell(c.chi2), c.df, cell(c.p), cell(c.cramersV), `${c.lowExpected} / ${c.cells}`]),
      notes: [t('report.tests.chi.note'), ...(tests.skipped.length ? [t('report.tests.chi.skipped', { list: list(tests.skipped, locale) })] : [])],
      decimals: 3,
      formats: [null, 'integer', 'number', 'integer', 'p', 'number', null],
    });
  }
  return out;
}

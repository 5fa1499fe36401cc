/**
 * Report tables of what SPSS prints beside the ANOVA across segments: effect size and Levene's
 * test, the multiple comparisons (LSD, Tukey HSD, Games–Howell) and the chi-square tests of the
 * categorical columns against the segments. Empty list when the result has no tests.
 */
import type { Result } from '../result.ts';
import type { ReportCell, ReportTable } from './table.ts';
import type { ReportLocale } from './terms.ts';

const cell = (v: number | null | undefined): ReportCell => (v === null || v === undefined || !Number.isFinite(v) ? null : v);

export function segmentTestTables(result: Result, locale: ReportLocale): ReportTable[] {
  const tests = result.tests;
  if (!tests) return [];
  const zh = locale === 'zh-CN';
  const nameOf = (column: string) => result.weights.indicators.find((i) => i.column === column)?.name ?? column;
  const descriptive = zh
    ? '聚类使各类尽量不同，这些检验的 p 值仅作描述，不应作为假设检验解释（同 SPSS 对 ANOVA 的提示）。'
    : 'The clusters were chosen to differ, so these p-values are descriptive only and should not be read as tests (as IBM SPSS notes for the ANOVA).';
  const effect: ReportTable = {
    id: 'segment-effect',
    title: zh ? '效应量与方差齐性检验（Levene 检验，基于均值）' : "Effect size and Levene's test of homogeneity of variance (based on the mean)",
    columns: zh ? ['指标', 'η²', 'Levene 统计量', 'df1', 'df2', '显著性'] : ['Indicator', 'η²', 'Levene statistic', 'df1', 'df2', 'Sig.'],
    rows: tests.indicators.map((t) => [nameOf(t.column), cell(t.eta2), cell(t.levene.f), t.levene.df1, t.levene.df2, cell(t.levene.p)]),
    notes: [
      zh
        ? 'η² = 组间平方和 / 总平方和（Cohen，1988，Statistical Power Analysis for the Behavioral Sciences，第 2 版，第 8 章）。Levene 检验以各类均值为中心（Levene，1960，Contributions to Probability and Statistics，Stanford University Press，第 278–292 页），即 SPSS 的“基于平均值”。'
        : 'η² = between-segment sum of squares / total sum of squares (Cohen 1988, Statistical Power Analysis for the Behavioral Sciences, 2nd ed., ch. 8). Levene’s test centres each segment on its mean (Levene 1960, Contributions to Probability and Statistics, Stanford University Press, pp. 278–292): SPSS’s “Based on Mean” row.',
      descriptive,
    ],
    decimals: 3,
    formats: [null, 'number', 'number', 'integer', 'integer', 'p'],
  };
  const pairs: ReportCell[][] = [];
  for (const t of tests.indicators) {
    for (const p of t.pairs) pairs.push([nameOf(t.column), p.a, p.b, cell(p.diff), cell(p.se), cell(p.lsdP), cell(p.tukeyP), cell(p.ghP)]);
  }
  const comparisons: ReportTable = {
    id: 'segment-posthoc',
    title: zh ? '多重比较（事后检验）' : 'Multiple comparisons (post hoc tests)',
    columns: zh
      ? ['指标', '(I) 聚类', '(J) 聚类', '均值差 (I−J)', '标准误', 'LSD 显著性', 'Tukey HSD 显著性', 'Games-Howell 显著性']
      : ['Indicator', '(I) Cluster', '(J) Cluster', 'Mean difference (I−J)', 'Std. error', 'LSD Sig.', 'Tukey HSD Sig.', 'Games–Howell Sig.'],
    rows: pairs,
    notes: [
      zh
        ? '标准误为 LSD 与 Tukey HSD 所用的 √(MS_误差 (1/n_I + 1/n_J))；Tukey HSD 对不等样本量采用 Tukey–Kramer 法（Kramer，1956，Biometrics 12(3)，第 307–310 页）；Games-Howell 用各类方差与 Welch 自由度（Games & Howell，1976，Journal of Educational Statistics 1(2)，第 113–125 页），不假定方差齐性。'
        : 'Std. error is √(MS_error (1/n_I + 1/n_J)) of LSD and Tukey HSD; Tukey HSD uses the Tukey–Kramer form for unequal sizes (Kramer 1956, Biometrics 12(3), pp. 307–310); Games–Howell uses each segment’s variance and Welch’s df (Games & Howell 1976, Journal of Educational Statistics 1(2), pp. 113–125) and does not assume equal variances.',
      descriptive,
    ],
    decimals: 3,
    formats: [null, 'integer', 'integer', 'number', 'number', 'p', 'p', 'p'],
  };
  const bound = (ci: [number, number] | null | undefined, side: 0 | 1): ReportCell => (ci ? cell(ci[side]) : null);
  const intervals: ReportTable = {
    id: 'segment-posthoc-ci',
    title: zh ? '均值差的 95% 置信区间（事后检验）' : '95% confidence intervals of the mean differences (post hoc tests)',
    columns: zh
      ? ['指标', '(I) 聚类', '(J) 聚类', '均值差 (I−J)', 'LSD 下限', 'LSD 上限', 'Tukey HSD 下限', 'Tukey HSD 上限', 'Games-Howell 下限', 'Games-Howell 上限']
      : ['Indicator', '(I) Cluster', '(J) Cluster', 'Mean difference (I−J)', 'LSD lower', 'LSD upper', 'Tukey HSD lower', 'Tukey HSD upper', 'Games–Howell lower', 'Games–Howell upper'],
    rows: tests.indicators.flatMap((t) => t.pairs.map((p) => [nameOf(t.column), p.a, p.b, cell(p.diff), bound(p.lsdCi, 0), bound(p.lsdCi, 1), bound(p.tukeyCi, 0), bound(p.tukeyCi, 1), bound(p.ghCi, 0), bound(p.ghCi, 1)])),
    notes: [
      zh
        ? 'LSD：均值差 ± t(0.975, N−k)·标准误；Tukey HSD：均值差 ± q(0.95; k, N−k)/√2·标准误；Games-Howell：均值差 ± q(0.95; k, Welch 自由度)/√2·各类方差的标准误（q 为学生化极差分布的分位数）。与 SPSS 多重比较表的“95% 置信区间”相同。'
        : 'LSD: difference ± t(0.975, N−k)·SE; Tukey HSD: difference ± q(0.95; k, N−k)/√2·SE; Games–Howell: difference ± q(0.95; k, Welch df)/√2·SE from each segment’s variance (q: the studentized range quantile). As the “95% Confidence Interval” columns of SPSS’s Multiple Comparisons table.',
    ],
    decimals: 3,
    formats: [null, 'integer', 'integer', 'number', 'number', 'number', 'number', 'number', 'number', 'number'],
  };
  const out = [effect, comparisons, intervals];
  if (tests.categorical.length > 0) {
    out.push({
      id: 'segment-chisquare',
      title: zh ? '类别变量与聚类的卡方检验' : 'Chi-square tests of categorical columns against the segments',
      columns: zh ? ['变量', '个案数', 'Pearson 卡方', 'df', '渐进显著性', "Cramér's V", '期望频数 < 5 的单元格'] : ['Column', 'N', 'Pearson chi-square', 'df', 'Asymp. Sig.', "Cramér's V", 'Cells with expected count < 5'],
      rows: tests.categorical.map((c) => [c.column, c.n, cell(c.chi2), c.df, cell(c.p), cell(c.cramersV), `${c.lowExpected} / ${c.cells}`]),
      notes: [
        zh
          ? "Pearson 卡方，未做连续性校正；Cramér's V = √(χ² / (n·(min(r, c) − 1)))（Cramér，1946，Mathematical Methods of Statistics，Princeton University Press，第 282 页）。"
          : "Pearson chi-square without continuity correction; Cramér's V = √(χ² / (n·(min(r, c) − 1))) (Cramér 1946, Mathematical Methods of Statistics, Princeton University Press, p. 282).",
        ...(tests.skipped.length ? [zh ? `未检验（类别少于 2 个或多于 50 个）：${tests.skipped.join('、')}。` : `Not tested (fewer than 2 or more than 50 categories): ${tests.skipped.join(', ')}.`] : []),
      ],
      decimals: 3,
      formats: [null, 'integer', 'number', 'integer', 'p', 'number', null],
    });
  }
  return out;
}

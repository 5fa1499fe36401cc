/** Shared statistics helpers: guards, descriptive statistics, median/quantile/histograms, ranks, correlation, F distribution, one-way ANOVA. */
export { checkColumns, checkFinite, columnName } from './check.ts';
export { extent, isConstant, isConstantRange, mean, median, sd, sum, variance } from './describe.ts';
export { histogram, medianOf, quantileSorted, scoreBins, type Bin, type ScoreBin } from './distribution.ts';
export { pearson } from './correlation.ts';
export { averageRanks, spearman } from './rank.ts';
export { logBeta, logGamma } from './gamma.ts';
export { regularizedBeta, regularizedBetaXY } from './beta.ts';
export { fCdf, fSurvival } from './fdist.ts';
export { oneWayAnova, type AnovaNote, type AnovaResult } from './anova.ts';

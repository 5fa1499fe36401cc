/**
 * The report's vocabulary in both languages: the words Chinese theses and SPSS/SPSSAU print
 * (see shared/notes/glossary.md) and their English counterparts. Pure data, no formatting.
 */
import type { AhpMethod, Aggregation, MissingPolicy, Normalisation, ObjectiveMethod, WeightingMethod } from '../model/project.ts';
import type { Locale } from '../result.ts';

/** The two languages every report text exists in (the Result's `Locale`). */
export type ReportLocale = Locale;

/** A text in both languages. */
export type Bilingual = Record<ReportLocale, string>;

/** Quadrant names of the 2×2 value matrix: by position, as the value-matrix chart shows them (scoring/quadrant-names.ts). */
export { QUADRANT_NAMES, quadrantName } from '../scoring/quadrant-names.ts';

export const AHP_METHOD_NAMES: Record<AhpMethod, Bilingual> = {
  eigen: { 'zh-CN': '特征向量法（特征根法）', en: 'principal eigenvector method' },
  geometric: { 'zh-CN': '几何平均法（方根法）', en: 'row geometric mean (square-root) method' },
  column: { 'zh-CN': '算术平均法（和积法）', en: 'normalised column average (sum-product) method' },
  'fuzzy-chang': { 'zh-CN': '模糊层次分析法（三角模糊数，Chang 范围分析法）', en: "fuzzy AHP (triangular fuzzy numbers, Chang's extent analysis)" },
  'fuzzy-buckley': { 'zh-CN': '模糊层次分析法（三角模糊数，Buckley 几何平均法）', en: "fuzzy AHP (triangular fuzzy numbers, Buckley's geometric mean)" },
};

export const AGGREGATION_NAMES: Record<Aggregation, Bilingual> = {
  aij: { 'zh-CN': '判断矩阵逐元素几何平均（AIJ）', en: 'element-wise geometric mean of the judgments (AIJ)' },
  aip: { 'zh-CN': '各专家权重向量的几何平均（AIP）', en: 'geometric mean of the experts’ priority vectors (AIP)' },
};

export const WEIGHTING_NAMES: Record<WeightingMethod, Bilingual> = {
  ahp: { 'zh-CN': '层次分析法（主观赋权）', en: 'AHP (subjective weighting)' },
  entropy: { 'zh-CN': '熵权法（客观赋权）', en: 'entropy weight method (objective weighting)' },
  critic: { 'zh-CN': 'CRITIC 权重法（客观赋权）', en: 'CRITIC method (objective weighting)' },
  combined: { 'zh-CN': '主客观组合赋权', en: 'combined subjective–objective weighting' },
  given: { 'zh-CN': '给定权重（文献或业务规定的固定系数）', en: 'given weights (fixed coefficients from the literature or bank rules)' },
};

export const OBJECTIVE_NAMES: Record<ObjectiveMethod, Bilingual> = {
  entropy: { 'zh-CN': '熵权法', en: 'entropy weight method' },
  critic: { 'zh-CN': 'CRITIC 权重法', en: 'CRITIC method' },
};

export const NORMALISATION_NAMES: Record<Normalisation, Bilingual> = {
  minmax: { 'zh-CN': '极差标准化（min-max 归一化，负向指标反向）', en: 'min–max normalisation to [0, 1] (cost indicators reversed)' },
  zscore: { 'zh-CN': 'Z 分数标准化', en: 'z-score standardisation' },
};

export const MISSING_NAMES: Record<MissingPolicy, Bilingual> = {
  drop: { 'zh-CN': '删除含缺失值的客户', en: 'rows with a missing indicator value dropped' },
  median: { 'zh-CN': '以该列中位数填补', en: 'imputed with the column median' },
  mean: { 'zh-CN': '以该列均值填补', en: 'imputed with the column mean' },
  zero: { 'zh-CN': '以 0 填补', en: 'imputed with zero' },
};

/** Consistency verdict words (一致性检验结果). */
export const VERDICT: Record<'pass' | 'fail', Bilingual> = {
  pass: { 'zh-CN': '通过', en: 'passed' },
  fail: { 'zh-CN': '未通过', en: 'failed' },
};


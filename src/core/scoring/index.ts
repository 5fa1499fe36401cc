/** Scores (composite, per criterion) and the segment schemes that need no clustering: 2×2 value matrix, tiers, ABC. */
export { compositeScores, criterionScores, type CriterionScore, type ScoreOptions } from './composite.ts';
export { QUADRANT_TYPES, quadrantOf, valueMatrix, type SegmentType, type ValueMatrix, type ValueMatrixOptions } from './matrix.ts';
export { assignTiers, checkTierOptions, type TierAssignOptions, type TierResult } from './tiers.ts';
export { ABC_LABELS, abcClasses, type AbcClass, type AbcOptions, type AbcResult } from './abc.ts';

/** The AHP engine: judgments → matrices → weights, consistency, repair hints, groups, hierarchy. */
export type { AhpAnalysis, Cycle, ExpertAhp, GlobalWeight, HierarchyAhp, NodeAhp, Repair } from './types.ts';
export { parseJudgment, toMatrix, describeJudgment, formatRatio, SCALE_MIN, SCALE_MAX, RECIPROCAL_TOLERANCE } from './judgment.ts';
export type { JudgmentPlace, Label, ToMatrixOptions } from './judgment.ts';
export { RI_TABLES, riTable, randomIndex } from './ri.ts';
export type { RiTable } from './ri.ts';
export { principalEigenvector } from './eigen.ts';
export {
  eigenWeights,
  geometricWeights,
  columnWeights,
  priorityVector,
  lambdaMax,
  consistency,
  gci,
  gciThreshold,
  checkReciprocalMatrix,
  CR_THRESHOLD,
} from './weights.ts';
export type { Consistency } from './weights.ts';
export { worstJudgments, crIfChanged, impliedRatio, SAATY_SCALE } from './repair.ts';
export type { RepairOptions } from './repair.ts';
export { findCycles, describeCycle } from './cycles.ts';
export { aggregateJudgments, aggregatePriorities, analyseGroup } from './group.ts';
export type { GroupOptions } from './group.ts';
export { analyseMatrix, analyseWithWeights } from './analyse.ts';
export type { AnalyseOptions } from './analyse.ts';
export { analyseHierarchy } from './hierarchy.ts';
export type { HierarchyOptions } from './hierarchy.ts';
export { fuzzifyJudgment, fuzzifyMatrix, middleMatrix, checkFuzzyMatrix, tfnCentroid, tfnReciprocal } from './fuzzy/tfn.ts';
export type { Tfn } from './fuzzy/tfn.ts';
export { changExtent, possibilityDegree } from './fuzzy/chang.ts';
export type { ChangResult } from './fuzzy/chang.ts';
export { buckleyGeometric } from './fuzzy/buckley.ts';
export type { BuckleyResult } from './fuzzy/buckley.ts';
export { fuzzyCalculation, fuzzyWeights, isFuzzyMethod, consistencyMethod, FUZZY_METHODS } from './fuzzy/method.ts';
export type { FuzzyCalculation, FuzzyMethod } from './fuzzy/method.ts';

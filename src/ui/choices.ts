/**
 * The values of the project's enumerated options, typed, in the order the page offers them: the
 * lists project validation checks (core/model/validate/common.ts), so a new value is added once.
 */
import { ENUMS, OPTIONAL_ENUMS } from '../core/model/validate/common.ts';
import type { AhpMethod, Aggregation, ClusterFeatures, Combination, EntropyNormalisation, EntropyShift, NamingScheme, ObjectiveMethod, ScoringMethod, SplitRule, WeightingMethod } from '../core/model/project.ts';

export const AHP_METHODS = ENUMS['options.ahp.method'] as readonly AhpMethod[];
export const AGGREGATIONS = ENUMS['options.ahp.aggregation'] as readonly Aggregation[];
export const WEIGHTING_METHODS = ENUMS['options.weighting.method'] as readonly WeightingMethod[];
export const OBJECTIVE_METHODS = ENUMS['options.weighting.objective'] as readonly ObjectiveMethod[];
export const COMBINATIONS = ENUMS['options.weighting.combination'] as readonly Combination[];
export const SPLIT_RULES = ENUMS['options.scoring.split'] as readonly SplitRule[];
export const NAMING_SCHEMES = ENUMS['options.segmentation.naming'] as readonly NamingScheme[];
export const CLUSTER_FEATURES = ENUMS['options.segmentation.features'] as readonly ClusterFeatures[];
export const ENTROPY_NORMALISATIONS = OPTIONAL_ENUMS['options.weighting.entropy.normalisation'] as readonly EntropyNormalisation[];
export const ENTROPY_SHIFTS = OPTIONAL_ENUMS['options.weighting.entropy.shift'] as readonly EntropyShift[];
export const SCORING_METHODS = OPTIONAL_ENUMS['options.scoring.method'] as readonly ScoringMethod[];

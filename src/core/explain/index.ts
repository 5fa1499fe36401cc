/** Explaining segments: ANOVA table, profiles, names by the 2×2 rule, strategy templates. */
export { anovaTable, type AnovaRow, type AnovaTable } from './anova.ts';
export {
  profileSegments,
  type CompositionEntry,
  type DimensionProfile,
  type Distinctive,
  type ProfileOptions,
  type Profiles,
  type ProfileScores,
  type SegmentProfile,
} from './profile.ts';
export { nameSegments, SEGMENT_NAMES, segmentTypeName, toRoman, type Locale, type NamingInput } from './naming.ts';
export {
  ABC_STRATEGIES,
  abcStrategy,
  fillTemplate,
  SEGMENT_STRATEGIES,
  segmentStrategy,
  TIER_STRATEGIES,
  tierStrategy,
  type StrategyText,
} from './strategies.ts';

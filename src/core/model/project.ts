/**
 * The project file: everything the user decided, as a plain versioned JSON object.
 * Saving, restoring, sharing, the CLI and the tests all use it. The data itself is not
 * part of the project; indicators bind to the data by column name.
 */
import type { ColumnType } from '../data/types.ts';
import type { DerivedColumn } from '../data/derived.ts';
import type { TierRuleSet } from '../scoring/tier-rules.ts';
import type { SegmentType } from '../scoring/matrix.ts';
import { COMPOSITE } from '../sources.ts';
import type { ClassStrategies } from './class-strategies.ts';

export const PROJECT_VERSION = 1;

export type Direction = 'benefit' | 'cost';
/** Which value dimension a top-level criterion measures (drives the 2×2 value matrix). */
export type ValueRole = 'current' | 'potential';

/** Crisp methods, and fuzzy AHP (judgments read as triangular fuzzy numbers): Chang's extent analysis or Buckley's geometric mean. */
export type AhpMethod = 'eigen' | 'geometric' | 'column' | 'fuzzy-chang' | 'fuzzy-buckley';
export type RiTableName = 'saaty1980' | 'saaty2005' | 'cn' | 'alonso-lamata';
export type Aggregation = 'aij' | 'aip';
export type WeightingMethod = 'ahp' | 'entropy' | 'critic' | 'combined' | 'given';
export type ObjectiveMethod = 'entropy' | 'critic';
export type Combination = 'linear' | 'multiplicative';
export type Normalisation = 'minmax' | 'zscore';
/** How the entropy method prepares the data: min–max by direction, or the raw values (SPSSAU). */
export type EntropyNormalisation = 'minmax' | 'none';
/** SPSSAU's non-negative shift (x + |min| + 0.01 when a column's minimum is ≤ 0), or none. */
export type EntropyShift = 'none' | 'spssau';
/** The score that drives ranking, tiers, ABC on scores and the 2×2 value matrix. */
export type ScoringMethod = 'weighted-sum' | 'topsis' | 'entropy-topsis' | 'gra';
export type MissingPolicy = 'drop' | 'median' | 'mean' | 'zero';
export type SplitRule = 'mean' | 'median' | 'value';
/**
 * Clustering variables: the two value scores; the normalised indicators times their final
 * weights; or 'zscores', the indicators as z-scores with equal weights (SPSS's habit of saving
 * standardised values with DESCRIPTIVES and clustering those).
 */
export type ClusterFeatures = 'scores' | 'indicators' | 'zscores';
export type NamingScheme = 'gbank' | 'bankA';
/** A judgment as entered: a number (3, 0.2) or a string such as "1/7" or "5". */
export type Judgment = number | string;

export interface Indicator {
  id: string;
  name: string;
  /** Column name in the data. */
  column: string;
  direction: Direction;
}

export interface Criterion {
  id: string;
  name: string;
  /** Only meaningful on top-level criteria. */
  role?: ValueRole;
  /** Either sub-criteria or indicators (a criterion with sub-criteria has no indicators of its own). */
  subcriteria?: Criterion[];
  indicators?: Indicator[];
}

export interface Hierarchy {
  /** The goal node's id is always `goal`. */
  goal: string;
  criteria: Criterion[];
}

export interface Expert {
  id: string;
  name: string;
}

/** One expert's pairwise matrix over the children of one parent node. */
export interface JudgmentMatrix {
  /** Parent node id (`goal` for the goal). */
  node: string;
  expert: string;
  /** Child ids in the order of the matrix rows and columns. */
  items: string[];
  matrix: Judgment[][];
  /**
   * Optional fuzzy judgments (fuzzy AHP), n×n like `matrix`: a cell is a triangular fuzzy number
   * [l, m, u] (numbers or fractions such as "1/3", 0 < l ≤ m ≤ u, m equal to the crisp judgment
   * of the same cell) or null, which takes the fuzzy scale's reading of the crisp judgment
   * (core/ahp/fuzzy/tfn.ts). One cell of a pair is enough: its partner is (1/u, 1/m, 1/l); when
   * both are given they must be reciprocal. Read by core/ahp/fuzzy/judgments.ts; used only by
   * the fuzzy methods. Absent in projects saved before it existed.
   */
  fuzzy?: (FuzzyJudgment | null)[][];
}

/** A triangular fuzzy judgment [l, m, u] as entered. */
export type FuzzyJudgment = [Judgment, Judgment, Judgment];

export interface TierOptions {
  /** A value source (core/sources.ts): a data column or a score. */
  source: string;
  /** Ascending cut points; values ≥ thresholds[i] belong to tier i+1. */
  thresholds: number[];
  /** One more label than thresholds, lowest tier first. */
  labels: string[];
}

export interface Options {
  ahp: { method: AhpMethod; ri: RiTableName; aggregation: Aggregation };
  weighting: {
    method: WeightingMethod;
    /** Objective method used alone or in the combination. */
    objective: ObjectiveMethod;
    combination: Combination;
    /** Share of the AHP weight in a linear combination, 0..1. */
    alpha: number;
    /**
     * Method 'given': the weight of each indicator (indicator id → weight) as a thesis prints
     * it; non-negative, rescaled to sum 1 with a note (weighting/given.ts).
     */
    given?: Record<string, number>;
    /** Entropy method settings; absent = min–max normalisation and no shift. */
    entropy?: { normalisation: EntropyNormalisation; shift: EntropyShift };
  };
  normalisation: Normalisation;
  missing: MissingPolicy;
  scoring: {
    /** How the composite and criterion scores are computed; absent = 'weighted-sum'. */
    method?: ScoringMethod;
    /** Grey relational analysis' distinguishing coefficient ρ (0 < ρ ≤ 1); absent = 0.5. */
    rho?: number;
    split: SplitRule;
    /** Used when split = 'value': the cut on the 0–100 current and potential scores. */
    splitValue?: { current: number; potential: number };
    tiers?: TierOptions;
    /** Tiers by rules over one or more columns or scores, checked from the top tier down (scoring/tier-rules.ts); used instead of `tiers`. */
    tierRules?: TierRuleSet;
    /** ABC by cumulative share of this source (core/sources.ts: a data column or a score). */
    abc: { source: string; cuts: [number, number] };
  };
  segmentation: {
    features: ClusterFeatures;
    k: number;
    kMin: number;
    kMax: number;
    restarts: number;
    seed: number;
    /** Exact: Lloyd iterations; mini-batch: passes over the data. */
    maxIterations: number;
    /**
     * k-means method: 'exact' (default when absent) or 'mini-batch', an explicit approximate
     * option for very large data (close to, not equal to, the exact partition).
     */
    algorithm?: 'exact' | 'mini-batch';
    /** Rows per mini-batch step (default 1024); used with algorithm 'mini-batch'. */
    batchSize?: number;
    /** Above this many rows the silhouette is computed on a seeded sample of this size. */
    silhouetteSample: number;
    naming: NamingScheme;
    /**
     * 'one-to-one' (default when absent): with k = 4 each segment gets a different name, by the
     * best one-to-one assignment to the four quadrants (explain/assign.ts); 'quadrant': the 2×2
     * rule of each centre, segments sharing a type numbered I, II…
     */
    nameRule?: 'one-to-one' | 'quadrant';
    /** Wording of the strategy templates: 'corporate' (default: 授信, 投行) or 'retail' (理财, 手机银行). */
    strategyWording?: 'corporate' | 'retail';
    /** Categorical column for segment composition. */
    compositionColumn?: string;
    /**
     * How the segments at k are formed (docs/spss.md): 'kmeans' (default when absent: k-means++
     * with restarts), 'quick-cluster' (SPSS QUICK CLUSTER) or 'hclust' (hierarchical clustering).
     */
    clusterMethod?: 'kmeans' | 'quick-cluster' | 'hclust';
    /** SPSS QUICK CLUSTER options; defaults MXITER 10, CONVERGE 0, KMEANS(NOUPDATE), initial-centre pass on. */
    quickCluster?: { mxiter?: number; converge?: number; method?: 'kmeans' | 'update' | 'classify'; noinitial?: boolean };
    /** Hierarchical clustering options; default Ward without k-means. */
    hclust?: { linkage?: 'ward' | 'average' | 'complete' | 'single'; thenKMeans?: boolean };
  };
}

export interface SegmentOverride {
  /** Display cluster number (1 = most valuable). */
  cluster: number;
  name?: string;
  strategy?: string;
  /**
   * The segment the text was written for: k and its 2×2 type (null without value roles). Cluster
   * numbers follow the segments' value order, so after k or the data change the same number may
   * be another segment; the result then marks the text as written for other segments.
   */
  basis?: SegmentBasis;
}

export interface SegmentBasis {
  k: number;
  type: SegmentType | null;
}

export interface Project {
  version: number;
  name: string;
  description?: string;
  data: {
    /** Where the data came from (file name or shipped data set), for the report. */
    source?: string;
    /** Identifier column, carried into the export. */
    idColumn?: string;
    /**
     * Column types chosen by the user for the file named in `source` (column → type), used
     * instead of the detected ones when the file is read; absent when every type is detected.
     */
    types?: Record<string, ColumnType>;
    /** Derived indicators: columns computed from others, defined as data (data/derived.ts). */
    derived?: DerivedColumn[];
  };
  hierarchy: Hierarchy;
  experts: Expert[];
  judgments: JudgmentMatrix[];
  options: Options;
  segments?: SegmentOverride[];
  /** Strategy text per tier (star level) and per ABC class (model/class-strategies.ts). */
  strategies?: ClassStrategies;
}

export function defaultOptions(): Options {
  return {
    ahp: { method: 'eigen', ri: 'saaty1980', aggregation: 'aij' },
    weighting: { method: 'ahp', objective: 'entropy', combination: 'linear', alpha: 0.5 },
    normalisation: 'minmax',
    missing: 'median',
    scoring: { split: 'mean', abc: { source: COMPOSITE, cuts: [0.8, 0.95] } },
    segmentation: {
      features: 'scores',
      k: 4,
      kMin: 2,
      kMax: 10,
      restarts: 10,
      seed: 1,
      maxIterations: 300,
      silhouetteSample: 5000,
      naming: 'gbank',
    },
  };
}

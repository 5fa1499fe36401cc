/**
 * What the pipeline computes from a project and a table: everything the views, the CLI and
 * the export need. Per-customer arrays are typed arrays aligned with `rows` (the data rows
 * kept after the missing-value policy).
 */
import type { Problem } from './errors.ts';
import type { ScoreBin } from './stats/distribution.ts';
import type { HierarchyAhp } from './ahp/types.ts';
import type { MissingColumnReport } from './data/missing.ts';
import type { Direction, Options, ValueRole } from './model/project.ts';
import type { ClusterMethod, HclustTables, QuickClusterTables } from './cluster/spss-segmentation.ts';

export interface IndicatorWeights {
  id: string;
  name: string;
  column: string;
  direction: Direction;
  criterion: string;
  role?: ValueRole;
  /** Global AHP weight (product of local weights along the path). */
  ahp: number;
  entropy: number | null;
  critic: number | null;
  /** The weight used for the scores, per `options.weighting`. */
  final: number;
  /** The column had a single value: normalised to 0, objective weight 0. */
  constant: boolean;
}

export interface SweepRow {
  k: number;
  inertia: number;
  silhouette: number | null;
  silhouetteSampleSize: number;
  /**
   * When the silhouette is on a sample: how much it moves between seeded samples (the
   * standard error of the mean, and the lowest and highest mean over `repeats` samples).
   */
  silhouetteSpread?: { standardError: number; min: number; max: number; repeats: number };
  calinskiHarabasz: number | null;
  daviesBouldin: number | null;
  iterations: number;
  converged: boolean;
}

export type { SegmentType } from './scoring/matrix.ts';
import type { SegmentType } from './scoring/matrix.ts';
import type { AnovaTable } from './explain/anova.ts';
import type { SegmentTests } from './explain/segment-tests.ts';
import type { StrategyText } from './explain/strategies.ts';
import type { Sensitivity } from './sensitivity/analyse.ts';
import type { DimensionProfile, Distinctive, CompositionEntry } from './explain/profile.ts';

export type Locale = 'zh-CN' | 'en';

export interface Segment {
  /** Display number: 1 is the most valuable cluster (highest mean composite score). */
  cluster: number;
  size: number;
  share: number;
  /**
   * The 2×2 type the segment's name and strategy come from; null without both value roles. With
   * the one-to-one rule (k = 4, see explain/assign.ts) it may differ from the quadrant its centre
   * lies in, which is then `centreType`; otherwise it is the centre's quadrant.
   */
  type: SegmentType | null;
  /** The quadrant the centre lies in, present only when it differs from `type`. */
  centreType?: SegmentType;
  /** Near the population mean on a value dimension (within ±0.1 SD): the name is a judgement call. */
  boundary: boolean;
  /** Name from the naming scheme (or "Segment n" without value roles). */
  name: Record<Locale, string>;
  /** The user's own name for the segment, if any (saved in the project). */
  customName?: string;
  strategy: Record<Locale, StrategyText> | null;
  customStrategy?: string;
  /**
   * The custom name or strategy was written when the segments were different (another k, or
   * this number had another 2×2 type): it may describe another segment. Absent when it matches.
   */
  customStale?: true;
  meanComposite: number;
  current: DimensionProfile | null;
  potential: DimensionProfile | null;
  /** Mean raw value per indicator (in the order of `weights.indicators`). */
  means: number[];
  /** z-score of the segment mean against the population, per indicator. */
  z: number[];
  /** The indicators that set the segment apart most (largest |z| first). */
  distinctive: Distinctive[];
  /** Category counts of the composition column, if one is chosen. */
  composition?: CompositionEntry[];
  /** Final cluster centre in the clustering feature space. */
  centre: number[];
}

/** The fast part of the result: data, weights, scores, value matrix, tiers, ABC (no clustering). */
export interface Scored {
  /** Data rows used, as 0-based indices into the table. */
  rows: Int32Array;
  n: number;
  missing: { policy: Options['missing']; dropped: number; columns: MissingColumnReport[] };
  /** The AHP of every parent node, global weights and total CR; with the RI table's label and source. */
  ahp: HierarchyAhp & { riLabel: string; riSource: string };
  weights: {
    method: Options['weighting']['method'];
    indicators: IndicatorWeights[];
    entropy: { e: number[]; d: number[] } | null;
    /** Method 'given': the sum of the weights as typed, before rescaling to 1. */
    givenSum?: number;
  };
  scores: {
    composite: Float64Array;
    current: Float64Array | null;
    potential: Float64Array | null;
    /** Score per top-level criterion, by criterion id. */
    criteria: Record<string, Float64Array>;
  };
  /** The composite score's histogram bins (Plot's default binning), mean and median, for the scores step. */
  scoreSummary: { bins: ScoreBin[]; mean: number; median: number };
  /**
   * Per indicator (hierarchy order), what the scoring model (scoring-model/build.ts) carries for
   * new customers: the missing-value fill (null for 'drop') and the normalisation's parameters
   * (min/max, or mean/sd) and constant flag, from the columns this run scored.
   */
  modelInputs: ({ fill: number | null; constant: boolean } & ({ min: number; max: number } | { mean: number; sd: number }))[];
  matrix: {
    /** 0 = high/high, 1 = high current/low potential, 2 = low current/high potential, 3 = low/low. */
    quadrant: Uint8Array;
    cut: { current: number; potential: number };
    counts: number[];
  } | null;
  tiers: {
    labels: string[];
    tier: Uint8Array;
    counts: number[];
    /** Single-column tiers' cut points (empty for tiers by rules). */
    thresholds: number[];
    /** Tiers by rules: the rule of each tier in words (lowest first, the unmatched tier's is empty). */
    rules?: string[];
    /** Tiers by rules: the customers who meet no rule (tier 0), with their first file lines. */
    unmatched?: { label: string; count: number; lines: number[] };
  } | null;
  abc: { cls: Uint8Array; counts: number[]; cuts: [number, number] } | null;
  problems: Problem[];
}

/** The whole result: the scored part plus the k sweep, the chosen clustering and the segments. */
export interface Result extends Scored {
  clustering: {
    features: Options['segmentation']['features'];
    featureNames: string[];
    sweep: SweepRow[];
    knee: number | null;
    bestSilhouette: number | null;
    k: number;
    /** Display cluster per row, 1-based (1 = most valuable). */
    labels: Int32Array;
    inertia: number;
    silhouette: number | null;
    silhouetteSampleSize: number;
    /** Per-sample silhouette (exact when n ≤ the sample limit, else on the seeded sample rows). */
    silhouetteSamples: Float64Array;
    /** Row positions (into `rows`) the per-sample silhouette refers to. */
    silhouetteRows: Int32Array;
    iterations: number;
    converged: boolean;
    seed: number;
    restarts: number;
    /** How segments were named: one different name each (k = 4) or the 2×2 rule with numerals. */
    nameRule?: 'one-to-one' | 'quadrant';
    /** How the partition at k was formed (docs/spss.md); absent in results made before the option: k-means. */
    method?: ClusterMethod;
    /** SPSS QUICK CLUSTER tables, when that method was used. */
    quickCluster?: QuickClusterTables;
    /** Hierarchical clustering: merges, agglomeration schedule, cut. */
    hclust?: HclustTables;
  };
  segments: Segment[];
  anova: AnovaTable;
  /** η², Levene, post hoc comparisons per indicator and chi-square of categorical columns across segments. */
  tests?: SegmentTests;
  /** How scores, the top customers and segments move when each judgment and weight is perturbed. */
  sensitivity?: Sensitivity;
  /** Population means and SDs of the raw indicators (for z-scores and profiles). */
  population: { means: number[]; sds: number[]; categories?: string[] };
}

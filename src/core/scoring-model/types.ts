/**
 * The scoring model (`*.model.json`): everything needed to score a new customer with no
 * training data — what `cli score`, the SQL of `cli sql` and `cli fit` read. Versioned like the
 * project file and validated on read (`readScoringModel`).
 *
 * The arithmetic it describes, per customer (documented in docs/warehouse.md, and the same in
 * `scoreCustomer` and in every SQL dialect):
 *   x_j  = the indicator's value, or `fill` when missing (policy `drop`: no fill, no scores);
 *   x'_j = min–max: (x − min) / range (benefit), (max − x) / range (cost), range = max − min;
 *          z-score: (x − mean) / sd (benefit), (−(x − mean)) / sd (cost); 0 for a constant column;
 *   score = scale · ((Σ_j w_j x'_j) / Σ_j w_j) over all indicators (composite) or one
 *          criterion's (current, potential), summed in indicator order; scale 100 (min–max) or 1.
 * Scores are **not clamped**: a new period's customer beyond the training range scores below 0
 * or above 100, so that the ordering of customers is kept (`scoreRange: 'unclamped'`).
 */
import type { Direction, MissingPolicy, Normalisation, SplitRule } from '../model/project.ts';
import type { DerivedColumn } from '../data/derived.ts';
import type { SegmentType } from '../scoring/matrix.ts';
import type { TierRule } from '../scoring/tier-rules.ts';

export const MODEL_FORMAT = 'valueseg-scoring-model';
/**
 * Version 2 adds `derived` (derived indicator columns) and `tierRules` (tiers on several columns).
 * Version 1 models (neither) are still read: they get `derived: []` and `tierRules: null`.
 */
export const MODEL_VERSION = 2;
export const MODEL_VERSIONS_READ = [1, 2] as const;

export interface ModelInput {
  /** Column name in the data (header of the CSV, column of the warehouse table). */
  column: string;
  /** `numeric` columns are read as numbers (percentages as fractions); `identifier` as text. */
  type: 'numeric' | 'identifier';
}

export interface ModelIndicator {
  id: string;
  name: string;
  /** An input column, or a derived column's name. */
  column: string;
  direction: Direction;
  /** Id of the top-level criterion it belongs to. */
  criterion: string;
  /** Final weight (after AHP / objective weighting and combination). */
  weight: number;
  /** Value put in for a missing cell (training median, mean or 0); null under policy `drop`. */
  fill: number | null;
  /** Normalisation parameters from the training data. */
  min?: number;
  max?: number;
  mean?: number;
  sd?: number;
  /** Constant in the training data: its normalised value is 0 for every customer. */
  constant: boolean;
}

export interface ModelCriterion {
  id: string;
  name: string;
  role: 'current' | 'potential' | null;
  /** Σ of its indicators' final weights (the criterion weight). */
  weight: number;
}

export interface ModelSegment {
  /** Display number, 1 = most valuable. */
  cluster: number;
  /** The name written into `segment_name` (the custom name, else the scheme's name in `locale`). */
  name: string;
  names: { en: string; 'zh-CN': string };
  type: SegmentType | null;
  strategy: string | null;
  /** Centre in feature space (see `segmentation.features`). */
  centre: number[];
}

export interface ScoringModel {
  format: typeof MODEL_FORMAT;
  version: number;
  provenance: {
    project: string;
    dataFile: string;
    /** SHA-256 of the training file's bytes, lower-case hex. */
    dataSha256: string;
    rows: number;
    createdAt: string;
    seed: number;
    valuesegVersion: string;
  };
  /** Identifier column copied to `id`; null: the file line (CLI) — the SQL then needs one. */
  idColumn: string | null;
  inputs: ModelInput[];
  missing: MissingPolicy;
  normalisation: Normalisation;
  /** 100 for min–max, 1 for z-score. */
  scale: number;
  /** Scores outside the training range are kept as computed (see the module comment). */
  scoreRange: 'unclamped';
  indicators: ModelIndicator[];
  criteria: ModelCriterion[];
  /** Σ of every final weight (the composite's divisor), summed in indicator order. */
  weightSum: number;
  /** The 2×2 value matrix: score ≥ cut counts as high. Null without current/potential roles. */
  matrix: { split: SplitRule; cut: { current: number; potential: number } } | null;
  /**
   * Derived columns (data/derived.ts), computed from the inputs in this order before anything
   * else, exactly as the pipeline computes them: a missing input, a zero divisor or a logarithm
   * of a number ≤ 0 gives a missing value (then the indicator's fill applies). Only those the
   * model uses are kept. A derived name may stand wherever a column name may.
   */
  derived: DerivedColumn[];
  /** Tiers: a value ≥ thresholds[i] is at least tier i + 1 (labels lowest first). */
  tiers: { source: string; thresholds: number[]; labels: string[] } | null;
  /**
   * Tiers by rules on several columns or scores (scoring/tier-rules.ts), lowest first, checked
   * from the top down; the first rule that holds gives the tier (a missing value fails its
   * condition). `unmatched` labels the customers who meet no rule; null when the lowest rule has
   * no condition (it holds for everyone). At most one of `tiers` and `tierRules` is set.
   */
  tierRules: { rules: TierRule[]; unmatched: string | null } | null;
  /** ABC needs the whole population: computed per scored file (cli score's summary), never frozen. */
  abc: { source: string; cuts: [number, number] };
  segmentation: {
    /** `scores`: [current, potential]; `indicators`: x'_j · w_j for every indicator in order. */
    features: 'scores' | 'indicators';
    k: number;
    locale: 'en' | 'zh-CN';
    segments: ModelSegment[];
  };
}

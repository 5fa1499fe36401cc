/**
 * Sensitivity of the result to the weights (issue 10, item 6): every pairwise judgment moved one
 * step along Saaty's scale up and down (with its reciprocal), and every final weight moved by ±10 %
 * (then all rescaled to sum 1). For each perturbation: the indicator pairs whose order by weight
 * reverses, the share of the top 10 % of customers by composite score who leave the top 10 %, the
 * share of customers who change segment (the clustering re-run as configured, clusters matched
 * one-to-one to the unperturbed ones: match.ts) and the share who change 2×2 quadrant.
 * One-at-a-time perturbation of the weights as in Triantaphyllou & Sánchez (1997), A sensitivity
 * analysis approach for some deterministic multi-criteria decision-making methods, Decision
 * Sciences 28(1), 151–194.
 */
import { InputError } from '../errors.ts';
import type { JudgmentMatrix, Project } from '../model/project.ts';
import { withJudgment } from '../ahp/edit.ts';
import { parseJudgment } from '../ahp/judgment.ts';
import { scaledFuzzyJudgment, withFuzzyJudgment } from '../ahp/fuzzy/judgments.ts';
import { childrenOf } from '../model/hierarchy.ts';
import { labelChange, rankReversals, topChange, topCount, topSet } from './compare.ts';
import { partitionChange } from './match.ts';
import { saatyStep } from './saaty-step.ts';
import type { Stepwise } from '../progress.ts';

/** What one set of weights gives: composite scores, 2×2 quadrants and segments (null when not available). */
export interface Outcome {
  composite: Float64Array;
  quadrant: ArrayLike<number> | null;
  labels: ArrayLike<number> | null;
}

export interface SensitivityRow {
  kind: 'judgment' | 'weight';
  /** 'up': the judgment one scale step towards the row item / the weight +10 %; 'down' the other way. */
  step: 'up' | 'down';
  /** Judgment: the parent node, the expert and the two items compared (ids and names). */
  node?: string;
  nodeName?: string;
  expert?: string;
  row?: string;
  rowName?: string;
  col?: string;
  colName?: string;
  /** Weight: the indicator. */
  indicator?: string;
  indicatorName?: string;
  /** The judgment a_row,col or the final weight, before and after. */
  from: number;
  to: number;
  /** Final weights after the perturbation (indicator order). */
  weights: number[];
  rankReversals: number;
  /** Share (0…1) of the top customers who leave the top; null when the perturbed run failed. */
  topChange: number | null;
  /** Share (0…1) of customers who change segment; null when segments were not re-run or the run failed. */
  segmentChange: number | null;
  /** Share (0…1) of customers who change 2×2 quadrant; null without value roles. */
  quadrantChange: number | null;
  /** The perturbed run could not be scored or clustered: the error's code. */
  failed?: string;
}

export interface Sensitivity {
  /** Relative change of each final weight (0.1 = ±10 %). */
  weightStep: number;
  /** The top share of customers followed (0.1 = top 10 %) and how many customers that is. */
  topShare: number;
  topCount: number;
  /** Judgments move the final weights (weighting by AHP or combined); otherwise no judgment rows. */
  judgmentsApply: boolean;
  /** Segment changes were computed (segments re-run for each perturbation). */
  segments: boolean;
  /** Why segments were not re-run, when they were not: 'too-many' (above `segmentLimit`) or 'no-clustering'. */
  segmentsSkipped?: 'too-many' | 'no-clustering';
  segmentLimit: number;
  rows: SensitivityRow[];
}

export interface SensitivityInput {
  project: Pick<Project, 'hierarchy' | 'experts' | 'judgments'>;
  indicators: readonly { id: string; name: string }[];
  /** The unperturbed final weights (indicator order). */
  final: ArrayLike<number>;
  /** Final weights for changed judgments; null when the final weights do not depend on the judgments. */
  finalOf: ((judgments: JudgmentMatrix[]) => Float64Array) | null;
  /** Scores, quadrants and segments for a set of final weights (segments only when `segments`). */
  evaluate: (weights: Float64Array, segments: boolean) => Outcome;
}

export interface SensitivityOptions extends Stepwise {
  weightStep?: number;
  topShare?: number;
  /** Segments are re-run only up to this many customers (default 20,000). */
  segmentLimit?: number;
  /** Whether the result has segments to compare at all (default true). */
  clustering?: boolean;
}

export const SENSITIVITY_DEFAULTS = { weightStep: 0.1, topShare: 0.1, segmentLimit: 20000 } as const;

interface Perturbation {
  row: Omit<SensitivityRow, 'weights' | 'rankReversals' | 'topChange' | 'segmentChange' | 'quadrantChange'>;
  weights: () => Float64Array;
}

/** The final weights with weight j times (1 + delta), all rescaled to sum 1. */
export function perturbWeight(final: ArrayLike<number>, j: number, delta: number): Float64Array {
  const w = Float64Array.from(final);
  w[j] *= 1 + delta;
  let s = 0;
  for (const v of w) s += v;
  if (!(s > 0) || !Number.isFinite(s)) return Float64Array.from(final);
  for (let i = 0; i < w.length; i++) w[i] /= s;
  return w;
}

function judgmentPerturbations(input: SensitivityInput): Perturbation[] {
  const { project, finalOf } = input;
  if (!finalOf) return [];
  const out: Perturbation[] = [];
  const judgments = project.judgments ?? [];
  const nodeName = (id: string): string => {
    if (id === 'goal') return project.hierarchy.goal;
    let found = id;
    const visit = (c: Project['hierarchy']['criteria'][number]): void => {
      if (c.id === id) found = c.name;
      c.subcriteria?.forEach(visit);
    };
    project.hierarchy.criteria.forEach(visit);
    return found;
  };
  judgments.forEach((jm, index) => {
    const children = childrenOf(project.hierarchy, jm.node);
    if (!children || children.length < 2 || !project.experts.some((e) => e.id === jm.expert)) return;
    const name = (id: string) => children.find((c) => c.id === id)?.name ?? id;
    const n = jm.items.length;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let value: number;
        try {
          value = parseJudgment(jm.matrix[i]?.[j], { node: jm.node, row: jm.items[i], col: jm.items[j] });
        } catch {
          continue;
        }
        for (const step of [1, -1] as const) {
          const to = saatyStep(value, step);
          if (to === null) continue;
          out.push({
            row: { kind: 'judgment', step: step === 1 ? 'up' : 'down', node: jm.node, nodeName: nodeName(jm.node), expert: jm.expert, row: jm.items[i], rowName: name(jm.items[i]), col: jm.items[j], colName: name(jm.items[j]), from: value, to },
            weights: () => {
              const changed = judgments.slice();
              changed[index] = { ...jm, matrix: withJudgment(jm.matrix, i, j, to) };
              // a judgment entered as (l, m, u) moves with its crisp judgment m: (l, m, u)·to/from
              if (jm.fuzzy) {
                const fuzzy = withFuzzyJudgment(jm.fuzzy, n, i, j, scaledFuzzyJudgment(jm.fuzzy, i, j, to / value));
                if (fuzzy) changed[index].fuzzy = fuzzy;
                else delete changed[index].fuzzy;
              }
              return finalOf(changed);
            },
          });
        }
      }
    }
  });
  return out;
}

/**
 * Runs every perturbation and compares it with the unperturbed weights. The baseline outcome is
 * computed by `evaluate` itself (not taken from the pipeline), so that an unchanged weight vector
 * gives no change at all. Throws InputError `pipeline.cancelled` when `shouldCancel` says so.
 */
export function analyseSensitivity(input: SensitivityInput, options: SensitivityOptions = {}): Sensitivity {
  const weightStep = options.weightStep ?? SENSITIVITY_DEFAULTS.weightStep;
  const topShare = options.topShare ?? SENSITIVITY_DEFAULTS.topShare;
  const segmentLimit = options.segmentLimit ?? SENSITIVITY_DEFAULTS.segmentLimit;
  const base = Float64Array.from(input.final);
  const first = input.evaluate(base, false);
  const n = first.composite.length;
  const clustering = options.clustering ?? true;
  const segments = clustering && n <= segmentLimit;
  const baseline = segments ? input.evaluate(base, true) : first;
  const count = topCount(n, topShare);
  const baseTop = topSet(baseline.composite, count);

  const perturbations: Perturbation[] = judgmentPerturbations(input);
  input.indicators.forEach((ind, j) => {
    for (const step of [1, -1] as const) {
      const to = perturbWeight(base, j, step * weightStep);
      out(perturbations, { kind: 'weight', step: step === 1 ? 'up' : 'down', indicator: ind.id, indicatorName: ind.name, from: base[j], to: to[j] }, () => to);
    }
  });

  const rows: SensitivityRow[] = [];
  perturbations.forEach((p, done) => {
    if (options.shouldCancel?.()) throw new InputError('pipeline.cancelled', 'The run was cancelled.', {}, {});
    options.onProgress?.(done, perturbations.length);
    let weights: Float64Array;
    try {
      weights = p.weights();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      rows.push({ ...p.row, weights: Array.from(base), rankReversals: 0, topChange: null, segmentChange: null, quadrantChange: null, failed: e.code });
      return;
    }
    const common = { ...p.row, weights: Array.from(weights), rankReversals: rankReversals(base, weights) };
    try {
      const o = input.evaluate(weights, segments);
      rows.push({
        ...common,
        topChange: topChange(baseTop, topSet(o.composite, count)),
        segmentChange: segments && baseline.labels && o.labels ? partitionChange(baseline.labels, o.labels) : null,
        quadrantChange: baseline.quadrant && o.quadrant ? labelChange(baseline.quadrant, o.quadrant) : null,
      });
    } catch (e) {
      if (!(e instanceof InputError) || e.code === 'pipeline.cancelled') throw e;
      rows.push({ ...common, topChange: null, segmentChange: null, quadrantChange: null, failed: e.code });
    }
  });
  options.onProgress?.(perturbations.length, perturbations.length);
  return {
    weightStep,
    topShare,
    topCount: count,
    judgmentsApply: input.finalOf !== null,
    segments,
    ...(segments ? {} : { segmentsSkipped: clustering ? ('too-many' as const) : ('no-clustering' as const) }),
    segmentLimit,
    rows,
  };
}

function out(list: Perturbation[], row: Perturbation['row'], weights: () => Float64Array): void {
  list.push({ row, weights });
}

/**
 * The pipeline's scoring and clustering for a given set of final weights, for the sensitivity
 * analysis (analyse.ts): the same calls, with the same options, as pipeline.ts makes, so that an
 * unperturbed weight vector reproduces the pipeline's own scores and partition.
 */
import { analyseHierarchy } from '../ahp/hierarchy.ts';
import { kmeans } from '../cluster/index.ts';
import { pointsFromColumns } from '../cluster/points.ts';
import { hclustPartition, quickClusterPartition } from '../cluster/spss-segmentation.ts';
import { methodScores } from '../evaluate/scores.ts';
import { listIndicators } from '../model/hierarchy.ts';
import type { JudgmentMatrix, Project } from '../model/project.ts';
import { compositeScores, criterionScores } from '../scoring/composite.ts';
import { valueMatrix } from '../scoring/matrix.ts';
import { combineWeights } from '../weighting/combine.ts';
import { normaliseColumns } from '../weighting/normalise.ts';
import { analyseSensitivity, type Outcome, type Sensitivity, type SensitivityOptions } from './analyse.ts';
import { scoreSource } from '../sources.ts';

export interface SensitivityPieces {
  /** Indicator columns after the missing-value policy, and the same normalised (pipeline's stage). */
  cols: Float64Array[];
  normalised: Float64Array[];
  /** The unperturbed final weights. */
  final: Float64Array;
  names: string[];
  lines: Int32Array;
  /** Entropy weights (entropy-weight TOPSIS scores with them) and the objective weights of a combination. */
  entropy: Float64Array | null;
  objective: Float64Array | null;
}

/** The pieces from the pipeline's scoring stage and its per-indicator weights. */
export function sensitivityPieces(
  project: Project,
  stage: Omit<SensitivityPieces, 'entropy' | 'objective'>,
  weights: readonly { entropy: number | null; critic: number | null }[],
): SensitivityPieces {
  const of = (key: 'entropy' | 'critic') => (weights.length > 0 && weights.every((w) => w[key] !== null) ? Float64Array.from(weights, (w) => w[key]!) : null);
  const entropy = of('entropy');
  return { ...stage, entropy, objective: project.options.weighting.objective === 'critic' ? of('critic') : entropy };
}

/** Sensitivity of the project's result to its judgments and final weights (see analyse.ts). */
export function projectSensitivity(project: Project, pieces: SensitivityPieces, options: SensitivityOptions = {}): Sensitivity {
  const opts = project.options;
  const indicators = listIndicators(project.hierarchy);
  const { cols, normalised, names, lines } = pieces;
  const directions = indicators.map((i) => i.direction);
  const criterionOf = indicators.map((i) => i.criterion);
  const roleId = (role: 'current' | 'potential') => project.hierarchy.criteria.find((c) => c.role === role)?.id;
  const currentId = roleId('current');
  const potentialId = roleId('potential');
  const method = opts.weighting.method;

  const finalOf =
    method === 'ahp' || (method === 'combined' && pieces.objective)
      ? (judgments: JudgmentMatrix[]): Float64Array => {
          const ahp = analyseHierarchy({ ...project, judgments }, opts.ahp);
          const w = Float64Array.from(indicators, (ind) => ahp.global.find((g) => g.id === ind.id)!.weight);
          return method === 'ahp' ? w : combineWeights(w, pieces.objective!, { method: opts.weighting.combination, alpha: opts.weighting.alpha, names });
        }
      : null;

  const seg = opts.segmentation;
  let fixed: Int32Array | null = null;
  const partition = (features: Float64Array[]): Int32Array => {
    const points = pointsFromColumns(features);
    const columns = seg.features === 'scores' ? [scoreSource('current'), scoreSource('potential')] : names;
    const spss = seg.clusterMethod === 'quick-cluster' ? quickClusterPartition : seg.clusterMethod === 'hclust' ? hclustPartition : null;
    if (spss) return spss(points, seg.k, { quickCluster: seg.quickCluster, hclust: seg.hclust, lines, columns, seed: seg.seed }).labels;
    return kmeans(points, seg.k, { seed: seg.seed, restarts: seg.restarts, maxIterations: seg.maxIterations, method: seg.algorithm ?? 'exact', batchSize: seg.batchSize, lines, columns }).labels;
  };

  const evaluate = (w: Float64Array, segments: boolean): Outcome => {
    const scoring = opts.scoring.method ?? 'weighted-sum';
    let composite: Float64Array;
    let byCriterion: { criterion: string; scores: Float64Array }[];
    if (scoring === 'weighted-sum') {
      // The pipeline's scoring stage checked these columns; each perturbation only changes the weights.
      composite = compositeScores(normalised, w, { method: opts.normalisation, names, columnsChecked: true });
      byCriterion = criterionScores(normalised, w, criterionOf, { method: opts.normalisation, names, columnsChecked: true });
    } else {
      const weights = scoring === 'entropy-topsis' && pieces.entropy ? pieces.entropy : w;
      const r = methodScores(scoring === 'gra' ? 'gra' : 'topsis', cols, weights, directions, criterionOf, { names, rho: opts.scoring.rho });
      composite = r.composite;
      byCriterion = r.criteria;
    }
    const current = byCriterion.find((c) => c.criterion === currentId)?.scores ?? null;
    const potential = byCriterion.find((c) => c.criterion === potentialId)?.scores ?? null;
    const quadrant = current && potential ? valueMatrix(current, potential, { split: opts.scoring.split, splitValue: opts.scoring.splitValue }).quadrant : null;
    let labels: Int32Array | null = null;
    if (segments) {
      if (seg.features === 'zscores') {
        // Unweighted z-scores do not depend on the weights: one partition serves every perturbation.
        fixed ??= partition(normaliseColumns(cols, directions, { method: 'zscore', names }).columns);
        labels = fixed;
      } else if (seg.features === 'scores') {
        labels = current && potential ? partition([current, potential]) : null;
      } else {
        labels = partition(normalised.map((c, j) => c.map((v) => v * w[j])));
      }
    }
    return { composite, quadrant, labels };
  };

  return analyseSensitivity({ project, indicators, final: pieces.final, finalOf, evaluate }, options);
}

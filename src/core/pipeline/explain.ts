/**
 * Stage 8, explain: segment profiles, ANOVA and tests, names (one per segment or by the 2×2
 * rule), strategies and the user's overrides; then the whole Result.
 */
import type { Problem } from '../errors.ts';
import { anovaTable } from '../explain/anova.ts';
import { assignQuadrants } from '../explain/assign.ts';
import { categoricalColumns } from '../explain/categorical.ts';
import { nameSegments } from '../explain/naming.ts';
import { profileSegments } from '../explain/profile.ts';
import { segmentTests } from '../explain/segment-tests.ts';
import { segmentStrategy } from '../explain/strategies.ts';
import type { Project, SegmentBasis } from '../model/project.ts';
import type { Result, Segment, SweepRow } from '../result.ts';
import type { SegmentType } from '../scoring/matrix.ts';
import { projectSensitivity, sensitivityPieces } from '../sensitivity/evaluate.ts';
import type { Clustered } from './cluster.ts';
import type { PipelineOptions } from './options.ts';
import type { Stage } from './score.ts';

/** A segment override's basis that is not the segment now at its number (no basis: unknown, kept as it is). */
function basisDiffers(basis: SegmentBasis | undefined, k: number, type: SegmentType | null): boolean {
  return basis !== undefined && (basis.k !== k || basis.type !== type);
}

/** Runs stage 8 and assembles the Result; problems go to `problems` (returned in the Result). */
export function explain(project: Project, stage: Stage, clustered: Clustered, options: PipelineOptions, problems: Problem[]): Result {
  const progress = options.onProgress ?? (() => {});
  const { scored, cols, names, lines } = stage;
  const { rows } = scored;
  const { composite, current, potential } = scored.scores;
  const seg = project.options.segmentation;
  const { featureNames, points, sw, k, km, order, labels, spss, silRows, silSamples, silMean } = clustered;

  // 8. Segments explained.
  let category: { column: string; values: (string | null)[] } | undefined;
  if (seg.compositionColumn) {
    const col = stage.table.column(seg.compositionColumn) as unknown as ArrayLike<unknown>;
    category = { column: seg.compositionColumn, values: Array.from(rows, (r) => (col[r] == null ? null : String(col[r]))) };
  }
  const prof = profileSegments(cols, labels, { current: current ?? composite, potential: potential ?? composite, composite }, { names, composition: category });
  problems.push(...prof.problems);
  const anova = anovaTable(cols, labels, { names });
  problems.push(...anova.problems);
  const tests = segmentTests(cols, labels, { names, categorical: categoricalColumns(stage.table, options.report, rows) });
  const haveRoles = !!(current && potential);
  // One name per segment when k is the scheme's number of names (assign.ts); else the 2×2 rule.
  const nameRule: 'one-to-one' | 'quadrant' = (seg.nameRule ?? 'one-to-one') === 'one-to-one' && haveRoles && k === 4 && prof.segments.length === 4 ? 'one-to-one' : 'quadrant';
  const nameTypes: SegmentType[] = prof.segments.map((s) => s.type);
  if (nameRule === 'one-to-one') {
    const a = assignQuadrants(prof.segments.map((s) => ({ current: s.current.diffSd, potential: s.potential.diffSd, type: s.type })));
    a.types.forEach((t, i) => (nameTypes[i] = t));
    for (const i of a.departs) {
      const s = prof.segments[i];
      problems.push({
        severity: 'info',
        code: 'explain.name-departs',
        message: `Segment ${s.label}: its centre lies in the ${s.type} quadrant, but with one name per segment it is named as ${a.types[i]} (the one-to-one assignment of the ${k} segments to the four quadrants that fits best); rename it if that reads wrong.`,
        where: { path: 'options.segmentation.nameRule' },
        params: { segment: s.label, centre: s.type, assigned: a.types[i], k },
      });
    }
  }
  const naming = prof.segments.map((s, i) => ({ type: nameTypes[i], score: s.composite ?? 0 }));
  const zh = haveRoles ? nameSegments(naming, { scheme: seg.naming, locale: 'zh-CN' }) : [];
  const en = haveRoles ? nameSegments(naming, { scheme: seg.naming, locale: 'en' }) : [];
  const segments: Segment[] = prof.segments.map((s, i) => {
    const cluster = s.label;
    const override = project.segments?.find((o) => o.cluster === cluster);
    const centre = Array.from(km.centroids.subarray(order.order[cluster - 1] * points.d, (order.order[cluster - 1] + 1) * points.d));
    return {
      cluster,
      size: s.size,
      share: s.share,
      type: haveRoles ? nameTypes[i] : null,
      ...(haveRoles && nameTypes[i] !== s.type ? { centreType: s.type } : {}),
      boundary: haveRoles && s.boundary,
      name: haveRoles ? { 'zh-CN': zh[i], en: en[i] } : { 'zh-CN': `第 ${cluster} 类`, en: `Segment ${cluster}` },
      ...(override?.name ? { customName: override.name } : {}),
      strategy: haveRoles ? { 'zh-CN': segmentStrategy(nameTypes[i], 'zh-CN', seg.strategyWording), en: segmentStrategy(nameTypes[i], 'en', seg.strategyWording) } : null,
      ...(override?.strategy ? { customStrategy: override.strategy } : {}),
      ...(override && (override.name || override.strategy) && basisDiffers(override.basis, k, haveRoles ? nameTypes[i] : null) ? { customStale: true as const } : {}),
      meanComposite: s.composite ?? 0,
      current: haveRoles ? s.current : null,
      potential: haveRoles ? s.potential : null,
      means: Array.from(s.means),
      z: Array.from(s.z),
      distinctive: s.distinctive,
      ...(s.composition ? { composition: s.composition } : {}),
      centre,
    };
  });

  const sweepRows: SweepRow[] = sw.results.map((r) => ({
    k: r.k,
    inertia: r.inertia,
    silhouette: r.silhouette,
    silhouetteSampleSize: r.silhouetteSampleSize,
    ...(r.silhouetteSpread ? { silhouetteSpread: r.silhouetteSpread } : {}),
    calinskiHarabasz: r.calinskiHarabasz,
    daviesBouldin: r.daviesBouldin,
    iterations: r.iterations,
    converged: r.converged,
  }));

  // 9. How the result moves when each judgment and each final weight is perturbed.
  const sensitivity = options.sensitivity !== true ? undefined : projectSensitivity(project, sensitivityPieces(project, { ...stage, lines }, scored.weights.indicators), { onProgress: (d, t) => progress('segments', d, t), shouldCancel: options.shouldCancel });

  return {
    ...scored,
    ...(sensitivity ? { sensitivity } : {}),
    clustering: {
      features: seg.features,
      featureNames,
      sweep: sweepRows,
      knee: sw.knee,
      bestSilhouette: sw.bestSilhouette,
      k,
      labels,
      inertia: km.inertia,
      silhouette: silMean,
      silhouetteSampleSize: silSamples.length,
      silhouetteSamples: silSamples,
      silhouetteRows: silRows,
      iterations: km.iterations,
      converged: km.converged,
      seed: seg.seed,
      restarts: seg.restarts,
      nameRule,
      method: seg.clusterMethod ?? 'kmeans',
      ...(spss?.quickCluster ? { quickCluster: spss.quickCluster } : {}),
      ...(spss?.hclust ? { hclust: spss.hclust } : {}),
    },
    segments,
    anova,
    tests,
    population: { means: Array.from(prof.population.means), sds: Array.from(prof.population.sds), ...(prof.categories ? { categories: prof.categories } : {}) },
    problems,
  };
}

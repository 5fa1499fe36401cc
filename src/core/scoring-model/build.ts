/**
 * Project + the result of its run on the training table → the scoring model (see types.ts). The
 * fills and the normalisation parameters are the run's own (`Result.modelInputs`: `fillValue` and
 * `normaliseColumns` on the columns it scored), so scoring the training file with the model gives
 * the pipeline's scores.
 */
import { InputError } from '../errors.ts';
import { listIndicators } from '../model/hierarchy.ts';
import type { Project } from '../model/project.ts';
import type { Result } from '../result.ts';
import { MODEL_FORMAT, MODEL_VERSION, type ModelIndicator, type ModelInput, type ScoringModel } from './types.ts';
import { isScoreSource } from '../sources.ts';
import { ruleSources } from '../scoring/tier-rules.ts';
import { derivedNeeded } from './derive.ts';

export interface BuildModelOptions {
  dataFile: string;
  /** SHA-256 of the training file's bytes (hex). */
  dataSha256: string;
  valuesegVersion: string;
  /** ISO date of the model; default now. */
  createdAt?: string;
  /** Language of `segment_name` (custom names win); default 'en'. */
  locale?: 'en' | 'zh-CN';
}

/**
 * The scoring model of a project run on a table (`result` = `runPipeline(project, table)`). The
 * fills and normalisation parameters come with the result (`modelInputs`, computed by the run from
 * its columns), so no column is read here: the page builds the model without touching a million rows.
 */
export function buildScoringModel(project: Project, result: Result, options: BuildModelOptions): ScoringModel {
  const opts = project.options;
  // TOPSIS and GRA scores depend on the whole training data (norms, ideals, Δmin/Δmax); the model is a weighted sum
  const scoring = opts.scoring.method ?? 'weighted-sum';
  if (scoring !== 'weighted-sum') throw new InputError('model.scoring-method', `options.scoring.method: the scoring model applies the weighted sum to new customers, but the project scores by ${scoring}, whose scores depend on the whole training data; choose the weighted sum to write a model.`, { path: 'options.scoring.method' }, { method: scoring });
  const refs = listIndicators(project.hierarchy);
  const names = refs.map((r) => r.column);
  const t = opts.scoring.tiers;
  const tr = opts.scoring.tierRules ?? null;
  const abc = opts.scoring.abc;
  // Every column the model reads (a derived column's name stands for it), then the derived
  // columns those need and the raw columns under them.
  const used = [...names, ...(tr ? ruleSources(tr) : t ? [t.source] : []), abc.source].filter((c) => !isScoreSource(c));
  const { derived, raw: rawColumns } = derivedNeeded(project.data.derived ?? [], used);
  const weights = result.weights.indicators;
  const indicators: ModelIndicator[] = refs.map((r, j) => {
    const { fill, constant, ...params } = result.modelInputs[j];
    return { id: r.id, name: r.name, column: r.column, direction: r.direction, criterion: r.criterion, weight: weights[j].final, fill, ...params, constant };
  });
  let weightSum = 0;
  for (const ind of indicators) weightSum += ind.weight;
  const criteria = project.hierarchy.criteria.map((c) => {
    let w = 0;
    for (const ind of indicators) if (ind.criterion === c.id) w += ind.weight;
    return { id: c.id, name: c.name, role: c.role ?? null, weight: w };
  });
  const inputs: ModelInput[] = [];
  const seen = new Set<string>();
  const addInput = (column: string, type: ModelInput['type']) => {
    if (!seen.has(column)) inputs.push({ column, type });
    seen.add(column);
  };
  const idColumn = project.data.idColumn ?? null;
  if (idColumn) addInput(idColumn, 'identifier');
  for (const c of rawColumns) addInput(c, 'numeric');
  let tierRules: ScoringModel['tierRules'] = null;
  if (tr) {
    // no unmatched tier when the lowest rule holds for everyone; else its label as the run gave it
    const open = tr.rules[0].conditions.length === 0;
    tierRules = { rules: structuredClone(tr.rules), unmatched: open ? null : (result.tiers?.labels[0] ?? tr.unmatched ?? '未定级') };
  }

  const locale = options.locale ?? 'en';
  const seg = result.clustering;
  if (!seg) throw new InputError('model.no-segments', 'The result has no segments, so there is no scoring model to write.', {}, {});
  // The scoring model carries min–max/weighted features only; z-score features would need the
  // indicators' means and SDs, which it does not hold yet.
  const features = seg.features;
  if (features === 'zscores') {
    throw new InputError('model.features', 'options.segmentation.features: a scoring model cannot yet be written for clustering on unweighted z-scores; cluster on the value scores or the weighted indicators to export one.', { path: 'options.segmentation.features' }, {});
  }
  const overrides = new Map((project.segments ?? []).map((o) => [o.cluster, o]));
  const segments = result.segments.map((s) => {
    const o = overrides.get(s.cluster);
    const strategy = o?.strategy || s.customStrategy || (s.strategy ? s.strategy[locale].strategy : null);
    return {
      cluster: s.cluster,
      name: o?.name || s.customName || s.name[locale],
      names: { en: s.name.en, 'zh-CN': s.name['zh-CN'] },
      type: s.type,
      strategy: strategy ?? null,
      centre: [...s.centre],
    };
  });
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    provenance: {
      project: project.name,
      dataFile: options.dataFile,
      dataSha256: options.dataSha256,
      rows: result.n,
      createdAt: options.createdAt ?? new Date().toISOString(),
      seed: opts.segmentation.seed,
      valuesegVersion: options.valuesegVersion,
    },
    idColumn,
    inputs,
    missing: opts.missing,
    normalisation: opts.normalisation,
    scale: opts.normalisation === 'minmax' ? 100 : 1,
    scoreRange: 'unclamped',
    indicators,
    criteria,
    weightSum,
    matrix: result.matrix ? { split: opts.scoring.split, cut: { ...result.matrix.cut } } : null,
    derived,
    tiers: t && !tr ? { source: t.source, thresholds: [...t.thresholds], labels: [...t.labels] } : null,
    tierRules,
    abc: { source: abc.source, cuts: [abc.cuts[0], abc.cuts[1]] },
    segmentation: { features, k: seg.k, locale, segments },
  };
}

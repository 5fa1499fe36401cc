/**
 * Stage 6, classify: the value matrix, tiers and ABC classes of the scored customers. Tiers and
 * ABC on a data column depend on the data alone and are cached; on a score they are computed
 * each run.
 */
import type { ColumnTable } from 'arquero';
import { InputError, type Problem } from '../errors.ts';
import type { Project } from '../model/project.ts';
import type { Result } from '../result.ts';
import { abcClasses } from '../scoring/abc.ts';
import { checkSourceValues } from '../scoring/source-missing.ts';
import { valueMatrix } from '../scoring/matrix.ts';
import type { ScoreCache } from '../scoring/score-cache.ts';
import { assignRuleTiers, describeRule, ruleSources } from '../scoring/tier-rules.ts';
import { assignTiers } from '../scoring/tiers.ts';
import { abcKey, tiersKey } from './keys.ts';
import { column } from './options.ts';
import { isScoreSource, resolveScore, type SourceScores } from '../sources.ts';

export function sourceValues(source: string, table: ColumnTable, rows: Int32Array, scores: SourceScores, path: string): Float64Array {
  if (isScoreSource(source)) {
    const s = resolveScore(source, scores);
    if (!s) throw new InputError('pipeline.score-source', `${path}: "${source}" is not available (scores are composite, current and potential; current and potential need criteria with those roles).`, { path }, { path, source });
    return s;
  }
  const col = column(table, source);
  const out = Float64Array.from(rows, (r) => col[r]);
  return out;
}

export interface ClassifyInput {
  options: Project['options'];
  /** The rows used (table row indices) and their file lines. */
  rows: Int32Array;
  lines: Int32Array;
  scores: SourceScores;
  /** `dataKey` of the run (keys.ts), under which data-only results are cached. */
  dataKey: string;
  cache: Pick<ScoreCache, 'get'>;
  /** Where this stage's problems are added. */
  problems: Problem[];
}

/** The value matrix, tiers and ABC classes; problems go to `input.problems`. */
export function classify(table: ColumnTable, input: ClassifyInput): Pick<Result, 'matrix' | 'tiers' | 'abc'> {
  const { options: opts, rows, lines, scores, dataKey, cache, problems } = input;
  const { current, potential } = scores;
  const n = rows.length;
  let matrix: Result['matrix'] = null;
  if (current && potential) {
    const vm = valueMatrix(current, potential, { split: opts.scoring.split, splitValue: opts.scoring.splitValue });
    problems.push(...vm.problems);
    matrix = { quadrant: vm.quadrant, cut: vm.cut, counts: [...vm.counts] };
  }
  let tiers: Result['tiers'] = null;
  const t = opts.scoring.tiers;
  const tr = opts.scoring.tierRules;
  if (tr) {
    const values = new Map(ruleSources(tr).map((s) => [s, sourceValues(s, table, rows, scores, 'options.scoring.tierRules')]));
    const r = assignRuleTiers(values, tr, { n, lines, unmatched: '未定级' });
    problems.push(...r.problems);
    const words = tr.rules.map((rule) => describeRule(rule, 'en'));
    tiers = { labels: r.labels, tier: r.tier, counts: r.counts, thresholds: [], rules: r.unmatched ? ['', ...words] : words, ...(r.unmatched ? { unmatched: r.unmatched } : {}) };
  } else if (t) {
    const compute = (): NonNullable<Result['tiers']> => {
      const values = sourceValues(t.source, table, rows, scores, 'options.scoring.tiers.source');
      checkSourceValues('pipeline.tier-missing', 'options.scoring.tiers.source', t.source, values, lines);
      const r = assignTiers(values, { thresholds: t.thresholds, labels: t.labels, path: 'options.scoring.tiers', name: t.source });
      return { labels: r.labels, tier: r.tier, counts: r.counts, thresholds: r.thresholds };
    };
    // A data column's tiers do not depend on the weights (a copy: the result is the caller's).
    tiers = isScoreSource(t.source) ? compute() : structuredClone(cache.get(tiersKey(dataKey, t), compute));
  }
  let abc: Result['abc'] = null;
  {
    const a = opts.scoring.abc;
    const compute = () => {
      const values = sourceValues(a.source, table, rows, scores, 'options.scoring.abc.source');
      checkSourceValues('pipeline.abc-missing', 'options.scoring.abc.source', a.source, values, lines);
      const r = abcClasses(values, { cuts: a.cuts, name: a.source, path: 'options.scoring.abc' });
      return { problems: r.problems, abc: { cls: r.cls, counts: [...r.counts], cuts: r.cuts } };
    };
    const r = isScoreSource(a.source) ? compute() : structuredClone(cache.get(abcKey(dataKey, a), compute));
    problems.push(...r.problems);
    abc = r.abc;
  }
  return { matrix, tiers, abc };
}

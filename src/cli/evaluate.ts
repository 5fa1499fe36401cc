/**
 * `evaluate --data F --columns a,b --directions benefit,cost --weights w1,w2
 * --method weighted-sum|topsis|gra [--rho 0.5]` → `{scores: [...]}`, one per row in file order
 * (null for a row with a missing value in a chosen column). Scores are on 0–1: the weighted sum of
 * min–max values by direction with weights rescaled to Σ w = 1, TOPSIS' closeness C, the grey
 * relational grade (the page shows them ×100). `--weights entropy` uses the entropy weights of the
 * same columns (with `--shift` / `--normalise` as in `weights`): entropy-weight TOPSIS.
 */
import { greyRelational } from '../core/evaluate/gra.ts';
import { topsis } from '../core/evaluate/topsis.ts';
import { compositeScores } from '../core/scoring/composite.ts';
import { entropyWeights } from '../core/weighting/entropy.ts';
import { normaliseColumns } from '../core/weighting/normalise.ts';
import { inFileOrder, listOption, readColumns } from './columns.ts';
import { UsageError, type DataFlags } from './commands.ts';
import { normaliseOption, shiftOption } from './weights.ts';

export function evaluateCommand(bytes: Uint8Array, file: string, opts: { columns?: string; directions?: string; weights?: string; method?: string; rho?: string; shift?: string; normalise?: string } & DataFlags) {
  const method = opts.method ?? 'weighted-sum';
  if (method !== 'weighted-sum' && method !== 'topsis' && method !== 'gra') throw new UsageError(`--method ${method}: expected weighted-sum, topsis or gra`);
  let rho: number | undefined;
  if (opts.rho !== undefined) {
    if (method !== 'gra') throw new UsageError('--rho belongs to --method gra');
    rho = Number(opts.rho);
    if (!(rho > 0 && rho <= 1)) throw new UsageError(`--rho ${opts.rho}: expected a number with 0 < ρ ≤ 1`);
  }
  const given = listOption(opts.weights, 'weights', 'evaluate');
  const c = readColumns(bytes, file, opts, 'evaluate');
  let weights: number[];
  if (given.length === 1 && given[0] === 'entropy') {
    weights = Array.from(entropyWeights(c.columns, { directions: c.directions, names: c.names, shift: shiftOption(opts.shift), normalisation: normaliseOption(opts.normalise) }).weights);
  } else {
    if (opts.shift !== undefined || opts.normalise !== undefined) throw new UsageError('--shift and --normalise belong to --weights entropy');
    weights = given.map((w) => {
      const v = Number(w);
      if (w === '' || !Number.isFinite(v) || v < 0) throw new UsageError(`--weights ${w}: expected numbers ≥ 0`);
      return v;
    });
    if (weights.length !== c.names.length) throw new UsageError(`--weights has ${weights.length} entries for ${c.names.length} columns; give one per column`);
  }
  const options = { directions: c.directions, names: c.names };
  let scores: Float64Array;
  if (method === 'topsis') scores = topsis(c.columns, weights, options).scores;
  else if (method === 'gra') scores = greyRelational(c.columns, weights, { ...options, rho }).scores;
  else scores = compositeScores(normaliseColumns(c.columns, c.directions, { method: 'minmax', names: c.names }).columns, weights, { names: c.names }).map((v) => v / 100);
  return { method, columns: c.names, directions: c.directions, weights, ...(method === 'gra' ? { rho: rho ?? 0.5 } : {}), n: scores.length, dropped: c.dropped, scores: inFileOrder(c, scores) };
}

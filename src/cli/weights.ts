/**
 * `weights --data F --columns a,b --directions benefit,cost --method entropy|critic [--shift 0.01]
 * [--normalise minmax|none]` → `{weights, e, d}` (e and d are the entropy method's; null for CRITIC,
 * which adds its sd, conflict and information instead).
 */
import { criticWeights } from '../core/weighting/critic.ts';
import { entropyWeights } from '../core/weighting/entropy.ts';
import type { EntropyNormalisation, EntropyShift } from '../core/model/project.ts';
import { readColumns } from './columns.ts';
import { UsageError, type DataFlags } from './commands.ts';

export interface WeightsOptions extends DataFlags {
  columns?: string;
  directions?: string;
  method?: string;
  shift?: string;
  normalise?: string;
}

/** `--shift 0.01` is SPSSAU's non-negative shift; `--shift 0` or `none` (the default) is none. */
export function shiftOption(value: string | undefined): EntropyShift {
  if (value === undefined || value === 'none' || value === '0') return 'none';
  if (value === '0.01' || value === 'spssau') return 'spssau';
  throw new UsageError(`--shift ${value}: expected 0.01 (SPSSAU's non-negative shift) or none`);
}

export function normaliseOption(value: string | undefined): EntropyNormalisation {
  if (value === undefined || value === 'minmax') return 'minmax';
  if (value === 'none') return 'none';
  throw new UsageError(`--normalise ${value}: expected minmax or none`);
}

export function weightsCommand(bytes: Uint8Array, file: string, opts: WeightsOptions) {
  const method = opts.method ?? 'entropy';
  if (method !== 'entropy' && method !== 'critic') throw new UsageError(`--method ${method}: expected entropy or critic`);
  const shift = shiftOption(opts.shift);
  const normalisation = normaliseOption(opts.normalise);
  if (method === 'critic' && (opts.shift !== undefined || opts.normalise !== undefined)) throw new UsageError('--shift and --normalise belong to --method entropy');
  const c = readColumns(bytes, file, opts, 'weights');
  const base = { columns: c.names, directions: c.directions, method, n: c.columns[0].length, dropped: c.dropped };
  if (method === 'critic') {
    const r = criticWeights(c.columns, { directions: c.directions, names: c.names });
    return { ...base, weights: Array.from(r.weights), e: null, d: null, sd: Array.from(r.sd), conflict: Array.from(r.conflict), information: Array.from(r.information), problems: r.problems.map((p) => p.message) };
  }
  const r = entropyWeights(c.columns, { directions: c.directions, names: c.names, shift, normalisation });
  return { ...base, normalisation, shift: shift === 'spssau' ? 0.01 : 0, weights: Array.from(r.weights), e: Array.from(r.e), d: Array.from(r.d), problems: r.problems.map((p) => p.message) };
}

/**
 * Tiers by thresholds on a column or a score (e.g. ordinary / gold / platinum / diamond by
 * average daily deposits, methodology §1.4): a value ≥ thresholds[i] belongs at least to tier
 * i + 1; below thresholds[0] it is tier 0 (the lowest).
 */
import { InputError } from '../errors.ts';
import { checkFinite } from '../stats/check.ts';

export interface TierAssignOptions {
  /** Strictly ascending cut points. */
  thresholds: readonly number[];
  /** thresholds.length + 1 labels, lowest tier first. */
  labels: readonly string[];
  /** Project path used in messages; default `options.scoring.tiers`. */
  path?: string;
  /** Name of the value column in messages; default `tier source`. */
  name?: string;
}

export interface TierResult {
  /** Per customer: tier index, 0 = lowest. */
  tier: Uint8Array;
  /** Customers per tier, lowest first. */
  counts: number[];
  labels: string[];
  thresholds: number[];
}

/** Validates thresholds and labels; errors name the option path, e.g. `options.scoring.tiers.thresholds[2]`. */
export function checkTierOptions(options: TierAssignOptions): void {
  const path = options.path ?? 'options.scoring.tiers';
  const t = options.thresholds;
  t.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new InputError('scoring.tier-threshold', `${path}.thresholds[${i}] is ${String(v)}; thresholds must be finite numbers.`, { path: `${path}.thresholds[${i}]` }, { path: `${path}.thresholds[${i}]`, value: String(v) });
    }
    if (i > 0 && !(v > t[i - 1])) {
      throw new InputError(
        'scoring.tier-order',
        `${path}.thresholds[${i}] (${v}) must be greater than thresholds[${i - 1}] (${t[i - 1]}): thresholds must be strictly ascending.`,
        { path: `${path}.thresholds[${i}]` },
        { path: `${path}.thresholds[${i}]`, value: v, previous: t[i - 1] },
      );
    }
  });
  if (options.labels.length !== t.length + 1) {
    throw new InputError(
      'scoring.tier-labels',
      `${path}.labels has ${options.labels.length} label(s) but ${t.length} threshold(s) need ${t.length + 1} (one more label than thresholds).`,
      { path: `${path}.labels` },
      { path: `${path}.labels`, labels: options.labels.length, thresholds: t.length, needed: t.length + 1 },
    );
  }
  if (options.labels.length > 255) {
    throw new InputError('scoring.tier-count', `${path}.labels has ${options.labels.length} tiers; at most 255 are supported.`, { path: `${path}.labels` }, { path: `${path}.labels`, count: options.labels.length });
  }
}

/** Assigns each value its tier. Errors: invalid thresholds/labels (see `checkTierOptions`), NaN values. */
export function assignTiers(values: ArrayLike<number>, options: TierAssignOptions): TierResult {
  checkTierOptions(options);
  checkFinite(values, options.name ?? 'tier source');
  const t = options.thresholds;
  const tier = new Uint8Array(values.length);
  const counts = new Array<number>(t.length + 1).fill(0);
  for (let i = 0; i < values.length; i++) {
    // number of thresholds ≤ value (binary search over the ascending thresholds)
    let lo = 0;
    let hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[i] >= t[mid]) lo = mid + 1;
      else hi = mid;
    }
    tier[i] = lo;
    counts[lo]++;
  }
  return { tier, counts, labels: [...options.labels], thresholds: [...t] };
}

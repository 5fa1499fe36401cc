/**
 * Edits of the tiers on one source (`options.scoring.tiers`), as the tiers panel makes them: new
 * tiers from the score distribution, a tier added above the highest, a tier removed. Each edits
 * the project's tier options in place (the page calls them inside `nb.edit`, so undo sees them).
 */
import type { Project } from '../model/project.ts';
import { COMPOSITE } from '../sources.ts';
import { quantileSorted } from '../stats/distribution.ts';

type TierOptions = NonNullable<Project['options']['scoring']['tiers']>;

/**
 * Tiers on the composite score named `labels`: thresholds at its 50th, 80th and 95th percentiles
 * (to one decimal) when those rise strictly, else 40 / 60 / 80.
 */
export function newTiers(composite: Float64Array | null, labels: string[]): TierOptions {
  let thresholds = [40, 60, 80];
  if (composite && composite.length > 1) {
    const sorted = Float64Array.from(composite).sort();
    const qs = [0.5, 0.8, 0.95].map((q) => Math.round(quantileSorted(sorted, q) * 10) / 10);
    if (qs[0] < qs[1] && qs[1] < qs[2]) thresholds = qs;
  }
  return { source: COMPOSITE, thresholds, labels };
}

/** Adds a tier named `label` above the highest, its threshold one step (the last gap, else |last| or 1) above the last. */
export function addTier(tiers: TierOptions, label: string): void {
  const th = tiers.thresholds;
  const last = th.at(-1);
  const step = th.length >= 2 ? th[th.length - 1] - th[th.length - 2] : Math.abs(last ?? 1) || 1;
  th.push(last === undefined ? 0 : last + step);
  tiers.labels.push(label);
}

/** Removes tier i: its label and the threshold that starts it (the lowest tier's upper threshold for i = 0); the last tier stays. */
export function removeTier(tiers: TierOptions, i: number): void {
  if (tiers.labels.length <= 1) return;
  tiers.labels.splice(i, 1);
  tiers.thresholds.splice(i === 0 ? 0 : i - 1, 1);
}

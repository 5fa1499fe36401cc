/**
 * The cache keys of the pipeline's stages, in one place. A key names everything a cached value
 * was computed from: the scoring cache (`scoring/score-cache.ts`) keeps what depends on the data
 * alone under these keys, and the sweep cache keys the k sweep by its points (`sweepKey`).
 */
import type { DerivedColumn } from '../data/derived.ts';
import type { Project } from '../model/project.ts';

export { sweepKey } from '../cluster/sweep-cache.ts';

type Options = Project['options'];
type Scoring = Options['scoring'];

/** The derived columns added to a table. */
export const derivedKey = (derived: readonly DerivedColumn[]): string => `derived:${JSON.stringify(derived)}`;

/** The indicator columns and the missing-value policy: what the rows used depend on. */
export const dataKey = (names: readonly string[], missing: Options['missing']): string => JSON.stringify([names, missing]);

/** The rows used and their indicator columns after the missing-value policy. */
export const missingKey = (data: string): string => `missing:${data}`;

/** The indicator columns with their directions: what normalisation and objective weights depend on. */
export const columnsKey = (names: readonly string[], missing: Options['missing'], directions: readonly string[]): string =>
  JSON.stringify([names, missing, directions]);

export const normaliseKey = (columns: string, method: Options['normalisation']): string => `normalise:${columns}:${method}`;

export const entropyKey = (columns: string, entropy: { normalisation: string; shift: string }): string =>
  `entropy:${columns}:${entropy.normalisation}:${entropy.shift}`;

export const criticKey = (columns: string): string => `critic:${columns}`;

/** Tiers on a data column (tiers on a score are never cached: they depend on the weights). */
export const tiersKey = (data: string, tiers: NonNullable<Scoring['tiers']>): string => `tiers:${JSON.stringify([data, tiers])}`;

/** ABC classes on a data column (on a score: never cached). */
export const abcKey = (data: string, abc: Scoring['abc']): string => `abc:${JSON.stringify([data, abc])}`;

/**
 * Remembers what the scoring stage computes from the data alone, so that a judgment or weighting
 * edit only re-weights: the indicator columns after the missing-value policy, their normalised
 * form, the entropy and CRITIC weights, and tiers and ABC classes drawn from a data column. None
 * of these depend on the judgments or the final weights. Entries belong to one table (and one
 * `lines` array): another table empties the cache.
 *
 * Values are stored as computed, errors too (an objective method that cannot run on the data
 * throws the same error again on a hit), so a cached run equals a fresh one exactly.
 */
import type { ColumnTable } from 'arquero';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A small keyed memo of the scoring stage's data-only parts, for one table. */
export class ScoreCache {
  #table: ColumnTable | null = null;
  #lines: ArrayLike<number> | undefined = undefined;
  #entries = new Map<string, Outcome<unknown>>();
  /** How many lookups were answered from the cache (for tests). */
  hits = 0;

  /** Empties the cache when the table or the line numbers are not the ones it holds. */
  use(table: ColumnTable, lines: ArrayLike<number> | undefined): void {
    if (table === this.#table && lines === this.#lines) return;
    this.clear();
    this.#table = table;
    this.#lines = lines;
  }

  /** `compute()`'s value (or error) for `key`, computed once. At most `limit` keys are kept. */
  get<T>(key: string, compute: () => T): T {
    let o = this.#entries.get(key) as Outcome<T> | undefined;
    if (o) this.hits++;
    else {
      try {
        o = { ok: true, value: compute() };
      } catch (error) {
        o = { ok: false, error };
      }
      if (this.#entries.size >= 32) this.#entries.delete(this.#entries.keys().next().value!);
      this.#entries.set(key, o);
    }
    if (!o.ok) throw o.error;
    return o.value;
  }

  clear(): void {
    this.#table = null;
    this.#lines = undefined;
    this.#entries.clear();
  }
}

/** Without a cache: computes every time. */
export const noCache = { get: <T>(_key: string, compute: () => T): T => compute() };

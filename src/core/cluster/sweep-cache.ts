/**
 * Remembers the last k sweep, so that choosing another k (or renaming a segment) does not rerun
 * k-means for every k. The key is the sweep's options plus a 64-bit fingerprint of the points'
 * bytes: any change to the data, the weights or the features makes a new key.
 */
import type { Points } from './points.ts';
import type { SweepResult } from './sweep.ts';

export interface SweepKeyOptions {
  kMin: number;
  kMax: number;
  restarts: number;
  seed: number;
  maxIterations: number;
  silhouetteSample: number;
  algorithm?: 'exact' | 'mini-batch';
  batchSize?: number;
}

/** Two FNV-1a hashes (different offsets) over the bytes of the points, as 16 hex digits. */
export function fingerprint(points: Points): string {
  const bytes = new Uint8Array(points.data.buffer, points.data.byteOffset, points.data.byteLength);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < bytes.length; i++) {
    h1 = Math.imul(h1 ^ bytes[i], 0x01000193);
    h2 = Math.imul(h2 ^ bytes[i], 0x01000193) ^ (h2 >>> 15);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export function sweepKey(points: Points, options: SweepKeyOptions): string {
  const { kMin, kMax, restarts, seed, maxIterations, silhouetteSample } = options;
  const method = options.algorithm === 'mini-batch' ? ['mini-batch', options.batchSize ?? null] : ['exact'];
  return JSON.stringify([points.n, points.d, fingerprint(points), kMin, kMax, restarts, seed, maxIterations, silhouetteSample, ...method]);
}

/** Holds one sweep (the last); `hits` counts the times it was reused. */
export class SweepCache {
  #key: string | null = null;
  #value: SweepResult | null = null;
  hits = 0;

  get(key: string): SweepResult | null {
    if (key !== this.#key || !this.#value) return null;
    this.hits++;
    return this.#value;
  }

  set(key: string, value: SweepResult): void {
    if (value.cancelled) return;
    this.#key = key;
    this.#value = value;
  }

  clear(): void {
    this.#key = null;
    this.#value = null;
  }
}

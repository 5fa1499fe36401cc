/** Small timing helpers for the benchmarks (wall-clock, in this process). */

/** Milliseconds taken by `f`. */
export function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length;
  return m % 2 ? s[(m - 1) / 2] : (s[m / 2 - 1] + s[m / 2]) / 2;
}

/**
 * Peak resident set size of this process so far, in MB (the kernel's high-water mark, so it also
 * sees peaks inside synchronous work). Run each benchmark section in its own process for a
 * per-section figure.
 */
export function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Writes a benchmark section's figures to bench/results/<section>.json (overwritten by the next
 * run), with what makes them comparable: date, Node, CPU, memory and the load average when the
 * section started and ended. docs/performance.md says how to read them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

/** The machine and its load now; pass it back as `started` to `writeResults`. */
export function machine(): { date: string; node: string; cpu: string; cpus: number; memoryGiB: number; loadAverage: number[] } {
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? 'unknown CPU',
    cpus: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/** Writes `{section, started, ended, ...figures}` as JSON; returns the file's path. */
export function writeResults(section: string, started: ReturnType<typeof machine>, figures: Record<string, unknown>): string {
  const dir = new URL('./results/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const file = new URL(`${section}.json`, dir);
  const ended = machine();
  const out = { section, started, endedAt: ended.date, loadAverageAtEnd: ended.loadAverage, ...figures };
  writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
  return fileURLToPath(file);
}

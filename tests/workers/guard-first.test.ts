/**
 * Issue 16, case 11: the workers hold the customer data and the page's <meta> CSP does not reach
 * them, so each worker's first import is the guard (src/workers/guard.ts), which removes the
 * network and eval before any other module of the worker runs (ES modules run in import order).
 * This checks that for every worker file, and that every worker the page starts (spawn.ts and the
 * one-file build's spawn.single.ts) is one of them, so that tests/e2e/worker-policy.e2e.mjs,
 * which probes each kind of worker from inside, covers them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = new URL('../../src/workers/', import.meta.url);
const workers = readdirSync(dir).filter((f) => f.endsWith('.worker.ts')).sort();
const source = (f: string): string => readFileSync(new URL(f, dir), 'utf8');
/** The module specifiers of a file's import statements, in order (type-only imports included). */
const imports = (text: string): string[] => [...text.matchAll(/^import\s+(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]);
/** The worker files a spawn module starts. */
const spawned = (text: string): string[] => [...text.matchAll(/['"]\.\/([\w.-]+\.worker\.ts)(?:\?[^'"]*)?['"]/g)].map((m) => m[1]).sort();

describe('worker policy (issue 16 case 11)', () => {
  it('finds the four workers: read, pipeline, k-means and periods', () => {
    expect(workers).toEqual(['kmeans.worker.ts', 'periods.worker.ts', 'pipeline.worker.ts', 'read.worker.ts']);
  });

  it.each(workers)('%s imports the guard before any other module', (f) => {
    expect(imports(source(f))[0]).toBe('./guard.ts');
  });

  it('starts no worker but those, in the page and in the one-file build', () => {
    expect(spawned(source('spawn.ts'))).toEqual(workers);
    expect(spawned(source('spawn.single.ts'))).toEqual(workers);
  });

  it('finds a worker whose first import is not the guard (the check can fail)', () => {
    expect(imports("/// <reference lib=\"webworker\" />\nimport type { X } from './protocol.ts';\nimport './guard.ts';\n")[0]).toBe('./protocol.ts');
  });
});

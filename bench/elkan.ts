/**
 * Elkan's bounds against today's Hamerly path on the same data and the same start (same
 * partition, checked here too): `npx tsx bench/elkan.ts [n] [rounds]` (default 200,000 rows, 2
 * rounds; a section of `npm run bench`, 20,000 rows with `--quick`). Data: bench/blobs.ts seeded
 * blobs, d = 8 and 16; k = 8, 10, 12 from one k-means++ start each (seed k), tol 1e-4, ≤ 300
 * iterations; the engines alternate within each round. Prints the median time per run and the
 * ratio; never asserted anywhere.
 */
import os from 'node:os';
import { kmeansPlusPlus, runKMeans, type KMeansAlgorithm } from '../src/core/cluster/kmeans.ts';
import { columnVariances } from '../src/core/cluster/points.ts';
import { createRng } from '../src/core/random.ts';
import { makeBlobs } from './blobs.ts';
import { median } from './measure.ts';
import { machine, writeResults } from './results.ts';

const pos = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const quick = process.argv.includes('--quick');
const n = Number(pos[0] ?? (quick ? 20_000 : 200_000));
const rounds = Number(pos[1] ?? 2);
const started = machine();
console.log(`## Elkan vs Hamerly (same data, same start, same partition), ${n.toLocaleString('en-US')} rows, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load ${os.loadavg()[0].toFixed(1)}`);
console.log('| d | k | iterations | Hamerly | Elkan | Elkan / Hamerly | same partition |');
console.log('|---:|---:|---:|---:|---:|---:|---|');
const rows = [];
for (const d of [8, 16]) {
  const { points } = makeBlobs(n, d);
  const v = columnVariances(points);
  const tolerance = (1e-4 * v.reduce((a, b) => a + b, 0)) / d;
  for (const k of [8, 10, 12]) {
    const start = kmeansPlusPlus(points, k, createRng(k));
    const times: Record<string, number[]> = { hamerly: [], elkan: [] };
    const labels: Record<string, string> = {};
    let iterations = 0;
    for (let r = 0; r < rounds; r++) {
      for (const algorithm of (r % 2 === 0 ? ['hamerly', 'elkan'] : ['elkan', 'hamerly']) as KMeansAlgorithm[]) {
        const t0 = performance.now();
        const run = runKMeans(points, start, { maxIterations: 300, tolerance, algorithm });
        times[algorithm].push(performance.now() - t0);
        labels[algorithm] = run.labels.join();
        iterations = run.iterations;
      }
    }
    const h = median(times.hamerly);
    const e = median(times.elkan);
    const same = labels.hamerly === labels.elkan;
    rows.push({ d, k, iterations, hamerlyMs: h, elkanMs: e, ratio: e / h, same });
    console.log(`| ${d} | ${k} | ${iterations} | ${h.toFixed(0)} ms | ${e.toFixed(0)} ms | ${(e / h).toFixed(2)} | ${same ? 'yes' : 'NO'} |`);
  }
}
console.log(`load average at the end: ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
console.log(`results: ${writeResults('elkan', started, { n, rounds, rows })}`);

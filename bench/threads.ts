/**
 * `npm run bench -- --threads` section (also `npx tsx bench/threads.ts [--quick] [--sizes 100000,200000]`):
 * the CLI's full k sweep on every core and on one thread, each against scikit-learn given the
 * same cores, on the same numbers.
 *
 * Data: bench/blobs.ts seeded blobs, d = 8, at 100,000 and 200,000 rows (`--quick`: 20,000),
 * written to a CSV that scikit-learn reads (parse time excluded on both sides).
 * Work (as the issue's CLI sweep): k = 2..10, 10 restarts, tol 1e-4, ≤ 300 iterations, then per k
 * the silhouette on a seeded 5,000-row sample, Calinski–Harabasz and Davies–Bouldin.
 * - ours, every core: `sweepAsync` with the restarts on `os.availableParallelism()` worker threads
 *   (src/cli/threads.ts), timed including the threads' start;
 * - ours, one thread: the same sweep in process (`--threads 1`);
 * - scikit-learn 1.2 (Debian python3-sklearn on /usr/bin/python3): `KMeans(n_init=10, lloyd)` +
 *   the same metrics (bench/sklearn_bench.py full-sweep), every core = OpenMP's default threads,
 *   one thread = OMP_NUM_THREADS = OPENBLAS_NUM_THREADS = MKL_NUM_THREADS = 1 (threadpoolctl
 *   reports what it got).
 * One timed run per configuration, each in turn (ours, sklearn) so both see similar load; the load
 * average is recorded before and after each figure. Never asserted anywhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withThreads, defaultThreads } from '../src/cli/threads.ts';
import { sweep, sweepAsync } from '../src/core/cluster/sweep.ts';
import type { Points } from '../src/core/cluster/points.ts';
import { makeBlobs } from './blobs.ts';
import { machine, writeResults } from './results.ts';

const PYTHON = '/usr/bin/python3';
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizesArg = args.find((a, i) => args[i - 1] === '--sizes');
const sizes = sizesArg ? sizesArg.split(',').map(Number) : quick ? [20_000] : [100_000, 200_000];
const OPT = { kMin: 2, kMax: 10, restarts: 10, maxIterations: 300, tol: 1e-4, silhouetteSample: 5000 };
const cores = defaultThreads();

const load = (): string => os.loadavg().map((x) => x.toFixed(1)).join(' / ');

function writeCsv(path: string, points: Points): void {
  const { data, n, d } = points;
  const lines = [Array.from({ length: d }, (_, j) => `x${j + 1}`).join(',') + ',label'];
  for (let i = 0; i < n; i++) {
    const row: string[] = [];
    for (let j = 0; j < d; j++) row.push(String(data[i * d + j]));
    row.push('0');
    lines.push(row.join(','));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

function sklearn(csv: string, oneThread: boolean): { seconds: number; threads: string } {
  const env = { ...process.env };
  if (oneThread) Object.assign(env, { OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' });
  else for (const v of ['OMP_NUM_THREADS', 'OPENBLAS_NUM_THREADS', 'MKL_NUM_THREADS']) delete env[v];
  const script = fileURLToPath(new URL('./sklearn_bench.py', import.meta.url));
  const r = spawnSync(PYTHON, [script, 'full-sweep', csv, '1', JSON.stringify({ ...OPT, seeds: [1] })], { encoding: 'utf8', env, maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`sklearn_bench.py failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout.trim().split('\n').at(-1)!);
  const info = spawnSync(PYTHON, ['-c', 'import sklearn.cluster; from threadpoolctl import threadpool_info; print(",".join(f"{i[\'internal_api\']}={i[\'num_threads\']}" for i in threadpool_info()))'], { encoding: 'utf8', env });
  return { seconds: out.times[0], threads: info.status === 0 ? info.stdout.trim() : 'threadpoolctl unavailable' };
}

export interface ThreadsRow {
  n: number;
  d: number;
  side: 'every core' | 'one thread';
  oursThreads: number;
  oursS: number;
  sklearnS: number;
  sklearnThreads: string;
  ratio: number;
  loadBefore: string;
  loadAfter: string;
}

const started = machine();
const sk = spawnSync(PYTHON, ['-c', 'import sklearn; print(sklearn.__version__)'], { encoding: 'utf8' });
if (sk.status !== 0) {
  console.log('scikit-learn not found on /usr/bin/python3 (apt install python3-sklearn): section skipped');
  process.exit(0);
}
console.log(`## Every core: CLI sweep (k = 2..10, 10 restarts, silhouette on 5,000, CH, DB) vs scikit-learn ${sk.stdout.trim()}, ${cores} cores (${os.cpus()[0]?.model ?? 'CPU'})`);
console.log('| rows × d | threads (ours / sklearn) | ours | scikit-learn | ours / sklearn | load avg before → after |');
console.log('|---|---|---:|---:|---:|---|');
const rows: ThreadsRow[] = [];
const dir = mkdtempSync(join(os.tmpdir(), 'valueseg-threads-'));
try {
  for (const n of sizes) {
    const { points } = makeBlobs(n, 8);
    const csv = join(dir, `blobs-${n}.csv`);
    writeCsv(csv, points);
    for (const side of ['every core', 'one thread'] as const) {
      const loadBefore = load();
      const threads = side === 'every core' ? cores : 1;
      const t0 = performance.now();
      if (threads > 1) await withThreads(threads, (runTasks) => sweepAsync(points, { ...OPT, seed: 1, runTasks }));
      else sweep(points, { ...OPT, seed: 1 });
      const oursS = (performance.now() - t0) / 1000;
      const ref = sklearn(csv, side === 'one thread');
      const row: ThreadsRow = { n, d: 8, side, oursThreads: threads, oursS, sklearnS: ref.seconds, sklearnThreads: ref.threads, ratio: oursS / ref.seconds, loadBefore, loadAfter: load() };
      rows.push(row);
      console.log(`| ${n.toLocaleString('en-US')} × 8 | ${side}: ${threads} / ${ref.threads} | ${oursS.toFixed(2)} s | ${ref.seconds.toFixed(2)} s | ${row.ratio.toFixed(2)}× | ${loadBefore} → ${row.loadAfter} |`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`results: ${writeResults('threads', started, { quick, sizes, options: OPT, rows })}`);

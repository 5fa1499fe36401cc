/**
 * Benchmark: the k-means step against scikit-learn on identical data.
 *
 *   npx tsx bench/cluster.ts            (all sizes; about 5–8 minutes on 2 cores)
 *   npx tsx bench/cluster.ts --quick    (n = 2,000 and 20,000 only)
 *   npx tsx bench/cluster.ts --no-sklearn
 *
 * Data: seeded Gaussian blobs (bench/blobs.ts: 4 blobs, 40/30/20/10 %, d = 8) at n = 2,000 /
 * 20,000 / 200,000, written to a temporary CSV that scikit-learn reads (same numbers on both sides).
 *
 * Tasks (k = 2..10, tol 1e-4, ≤ 300 iterations, as sklearn's defaults):
 *  - "k-means sweep": the clustering only, restarts 1 and 10 (ours: `kmeansPrepared` on points
 *    prepared once, as `sweep` does; sklearn: `KMeans(n_init=restarts, algorithm='lloyd')`);
 *  - "full sweep": `sweep()` with restarts 1, i.e. plus silhouette (exact ≤ 5,000 rows, else a
 *    seeded 5,000-row sample), Calinski–Harabasz and Davies–Bouldin per k (sklearn: the same calls);
 *  - "exact silhouette" of the true blob labels at n = 2,000 and 20,000.
 * Timed run i uses seed i + 1 on both sides (the random streams differ, so iteration counts
 * differ too; both are shown). Medians of `runs` timed runs after one untimed warm-up run
 * (no warm-up at 200,000). Goals: sweep ≤ 2× sklearn's time, silhouette ≤ 1.5×. sklearn runs with
 * OMP_NUM_THREADS = OPENBLAS_NUM_THREADS = 1, each configuration in its own process.
 * Memory: ours = the highest process.memoryUsage() rss and heapUsed + arrayBuffers sampled during
 * the task (at every k and restart; the RSS is the whole process's, including earlier tasks' pages
 * not yet returned), sklearn = ru_maxrss of its own process. Never asserted anywhere: times vary.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kmeansPrepared, preparePoints } from '../src/core/cluster/kmeans.ts';
import { silhouetteScore } from '../src/core/cluster/metrics.ts';
import type { Points } from '../src/core/cluster/points.ts';
import { sweep } from '../src/core/cluster/sweep.ts';
import { makeBlobs } from './blobs.ts';
import { median, peakRssMB } from './measure.ts';

export interface BenchClusterOptions {
  /** Row counts. Default [2000, 20000, 200000]. */
  sizes?: number[];
  /** Timed runs per configuration (the median is reported). Default 3. */
  runs?: number;
  /** Run the restarts = 10 k-means sweep at 200,000 rows (the slowest item, ~2.5 min). Default true. */
  restarts10AtLargest?: boolean;
  /** Python with scikit-learn; null to skip the reference. Default /usr/bin/python3 when it imports sklearn. */
  python?: string | null;
  /** Progress lines (default: console.error). */
  log?: (line: string) => void;
}

export interface BenchRow {
  suite: 'cluster';
  task: 'k-means sweep' | 'full sweep' | 'exact silhouette';
  n: number;
  /** e.g. "k=2..10, restarts=1, d=8". */
  params: string;
  runs: number;
  /** Median wall time of our runs, ms. */
  oursMs: number;
  oursRunsMs: number[];
  /** Lloyd iterations of the kept runs summed over k, per timed run. */
  oursIterations?: number[];
  /** Highest sampled process.memoryUsage().rss, and heapUsed + arrayBuffers, during the task, MB. */
  oursPeakRssMb: number;
  oursPeakHeapMb: number;
  refTool: string | null;
  refMs: number | null;
  refRunsMs?: number[];
  refIterations?: number[];
  refPeakRssMb: number | null;
  /** oursMs / refMs. */
  ratio: number | null;
  /** Largest acceptable ratio. */
  goal: number;
  verdict: 'meets goal' | 'misses goal' | 'no reference';
  note?: string;
}

const K_MIN = 2;
const K_MAX = 10;
const TOL = 1e-4;
const MAX_ITER = 300;
const SIL_SAMPLE = 5000;
const SWEEP_GOAL = 2;
const SILHOUETTE_GOAL = 1.5;

/** Highest rss and heapUsed + arrayBuffers (typed arrays live outside the JS heap) seen by `sample()`. */
class MemoryPeak {
  rss = 0;
  heap = 0;
  sample(): void {
    const m = process.memoryUsage();
    if (m.rss > this.rss) this.rss = m.rss;
    const h = m.heapUsed + m.arrayBuffers;
    if (h > this.heap) this.heap = h;
  }
}

function sklearnPython(python: string | null | undefined): string | null {
  if (python === null) return null;
  const exe = python ?? '/usr/bin/python3';
  const r = spawnSync(exe, ['-c', 'import sklearn; print(sklearn.__version__)'], { encoding: 'utf8' });
  return r.status === 0 ? exe : null;
}

function sklearnVersion(exe: string): string {
  return spawnSync(exe, ['-c', 'import sklearn; print(sklearn.__version__)'], { encoding: 'utf8' }).stdout.trim();
}

interface RefResult {
  times: number[];
  peakRssMb: number;
  iterations: number[];
}

function runSklearn(exe: string, task: string, csv: string, runs: number, opt: Record<string, unknown>): RefResult {
  const script = fileURLToPath(new URL('./sklearn_bench.py', import.meta.url));
  const r = spawnSync(exe, [script, task, csv, String(runs), JSON.stringify(opt)], {
    encoding: 'utf8',
    env: { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' },
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`sklearn_bench.py ${task} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

function writeCsv(path: string, points: Points, labels: Int32Array): void {
  const { data, n, d } = points;
  const head = Array.from({ length: d }, (_, j) => `x${j + 1}`).join(',') + ',label';
  const lines = [head];
  for (let i = 0; i < n; i++) {
    const row: string[] = [];
    for (let j = 0; j < d; j++) row.push(String(data[i * d + j]));
    row.push(String(labels[i]));
    lines.push(row.join(','));
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

/** Runs `work(seed)` for warm-up + timed runs; returns times and the memory peak. */
function measure(
  runs: number,
  warmup: number,
  work: (seed: number, mem: MemoryPeak) => number | void,
): { times: number[]; iterations: number[]; mem: MemoryPeak } {
  const mem = new MemoryPeak();
  const times: number[] = [];
  const iterations: number[] = [];
  for (let r = -warmup; r < runs; r++) {
    const seed = r < 0 ? 0 : r + 1;
    mem.sample();
    const t0 = performance.now();
    const its = work(seed, mem);
    const t = performance.now() - t0;
    mem.sample();
    if (r >= 0) {
      times.push(t);
      if (typeof its === 'number') iterations.push(its);
    }
  }
  return { times, iterations, mem };
}

/** Runs the clustering benchmark; returns one row per task and size. */
export async function benchCluster(opts: BenchClusterOptions = {}): Promise<BenchRow[]> {
  const sizes = opts.sizes ?? [2000, 20000, 200000];
  const runs = opts.runs ?? 3;
  const log = opts.log ?? ((line: string) => console.error(line));
  const exe = sklearnPython(opts.python);
  const refTool = exe ? `scikit-learn ${sklearnVersion(exe)} (1 thread)` : null;
  if (!exe) log('scikit-learn not available: our times only');
  const dir = mkdtempSync(join(tmpdir(), 'valueseg-bench-cluster-'));
  const rows: BenchRow[] = [];
  const largest = Math.max(...sizes);
  try {
    for (const n of sizes) {
      const { points, labels } = makeBlobs(n);
      const csv = join(dir, `blobs_${n}.csv`);
      writeCsv(csv, points, labels);
      const warmup = n >= 200000 ? 0 : 1;
      const base = { kMin: K_MIN, kMax: K_MAX, maxIterations: MAX_ITER, tol: TOL, silhouetteSample: SIL_SAMPLE };
      const seeds = Array.from({ length: runs }, (_, i) => i + 1);

      const add = (
        task: BenchRow['task'],
        params: string,
        goal: number,
        ours: ReturnType<typeof measure>,
        ref: RefResult | null,
        note?: string,
      ) => {
        const oursMs = median(ours.times);
        const refMs = ref ? median(ref.times) * 1000 : null;
        const ratio = refMs ? oursMs / refMs : null;
        rows.push({
          suite: 'cluster',
          task,
          n,
          params,
          runs,
          oursMs,
          oursRunsMs: ours.times,
          ...(ours.iterations.length ? { oursIterations: ours.iterations } : {}),
          oursPeakRssMb: ours.mem.rss / 2 ** 20,
          oursPeakHeapMb: ours.mem.heap / 2 ** 20,
          refTool,
          refMs,
          ...(ref ? { refRunsMs: ref.times.map((t) => t * 1000) } : {}),
          ...(ref && ref.iterations.length ? { refIterations: ref.iterations } : {}),
          refPeakRssMb: ref ? ref.peakRssMb : null,
          ratio,
          goal,
          verdict: ratio === null ? 'no reference' : ratio <= goal ? 'meets goal' : 'misses goal',
          ...(note ? { note } : {}),
        });
        log(formatRow(rows.at(-1)!));
      };

      // 1. k-means sweep, restarts 1 and 10
      for (const restarts of [1, 10]) {
        if (restarts === 10 && n === largest && n >= 200000 && opts.restarts10AtLargest === false) {
          log(`skipped: k-means sweep restarts=10 at n=${n}`);
          continue;
        }
        const ours = measure(runs, warmup, (seed, mem) => {
          const prep = preparePoints(points);
          let its = 0;
          for (let k = K_MIN; k <= K_MAX; k++) {
            its += kmeansPrepared(prep, k, { seed, restarts, maxIterations: MAX_ITER, tol: TOL }, () => {
              mem.sample();
              return true;
            }).iterations;
          }
          return its;
        });
        const ref = exe ? runSklearn(exe, 'kmeans-sweep', csv, runs, { ...base, restarts, seeds, warmup }) : null;
        add('k-means sweep', `k=2..10, restarts=${restarts}, d=8`, SWEEP_GOAL, ours, ref);
      }

      // 2. full sweep (k-means restarts 1 + silhouette + CH + DB)
      {
        const ours = measure(runs, warmup, (seed, mem) => {
          const r = sweep(points, {
            kMin: K_MIN,
            kMax: K_MAX,
            restarts: 1,
            seed,
            maxIterations: MAX_ITER,
            tol: TOL,
            silhouetteSample: SIL_SAMPLE,
            onProgress: () => mem.sample(),
          });
          return r.results.reduce((a, x) => a + x.iterations, 0);
        });
        const ref = exe ? runSklearn(exe, 'full-sweep', csv, runs, { ...base, restarts: 1, seeds, warmup }) : null;
        const sil = n > SIL_SAMPLE ? `silhouette on a ${SIL_SAMPLE}-row sample` : 'exact silhouette';
        add('full sweep', `k=2..10, restarts=1, ${sil}, CH, DB, d=8`, SWEEP_GOAL, ours, ref);
      }

      // 3. exact silhouette of the true labels
      if (n <= 20000) {
        const ours = measure(runs, warmup, () => {
          silhouetteScore(points, labels, 4);
        });
        const ref = exe ? runSklearn(exe, 'silhouette', csv, runs, { warmup }) : null;
        add('exact silhouette', 'k=4 (true labels), d=8', SILHOUETTE_GOAL, ours, ref);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log(`process peak RSS (high-water mark): ${peakRssMB().toFixed(0)} MB`);
  return rows;
}

function fmtMs(ms: number | null): string {
  if (ms === null) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

function formatRow(r: BenchRow): string {
  return `${r.task} n=${r.n} (${r.params}): ours ${fmtMs(r.oursMs)}, ref ${fmtMs(r.refMs)}${
    r.ratio !== null ? `, ratio ${r.ratio.toFixed(2)} (goal ≤ ${r.goal}) ${r.verdict}` : ''
  }`;
}

/** A readable fixed-width table of the rows. */
export function formatClusterTable(rows: BenchRow[]): string {
  const head = ['task', 'n', 'params', 'ours (median)', 'sklearn (median)', 'ours/sklearn', 'goal', 'verdict', 'iterations ours / sklearn', 'peak RSS ours / sklearn', 'peak heap+buffers ours'];
  const sum = (xs?: number[]) => (xs && xs.length ? String(median(xs)) : '—');
  const body = rows.map((r) => [
    r.task,
    r.n.toLocaleString('en-US'),
    r.params,
    fmtMs(r.oursMs),
    fmtMs(r.refMs),
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    `≤ ${r.goal}×`,
    r.verdict,
    r.oursIterations ? `${sum(r.oursIterations)} / ${sum(r.refIterations)}` : '—',
    `${r.oursPeakRssMb.toFixed(0)} / ${r.refPeakRssMb === null ? '—' : r.refPeakRssMb.toFixed(0)} MB`,
    `${r.oursPeakHeapMb.toFixed(0)} MB`,
  ]);
  const all = [head, ...body];
  const width = head.map((_, c) => Math.max(...all.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padEnd(width[c])).join('  ');
  return [line(head), width.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const quick = process.argv.includes('--quick');
  const rows = await benchCluster({
    sizes: quick ? [2000, 20000] : undefined,
    python: process.argv.includes('--no-sklearn') ? null : undefined,
  });
  console.log(formatClusterTable(rows));
  console.log('(iterations: median over runs of the Lloyd iterations of the kept runs, summed over k)');
}

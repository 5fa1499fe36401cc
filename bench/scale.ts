/**
 * Scale benchmark: 10,000 / 100,000 / 1,000,000 customers × 10 indicators (the sample project's
 * columns, seeded generator `datasets/generate-sample.ts`, written once to /tmp and never
 * committed), in Node and in Chromium. A benchmark, not a test: it prints figures, asserts nothing.
 *
 *   npm run bench:scale                 all sizes, Node and Chromium (~15–25 minutes on 2 cores)
 *   npm run bench:scale -- --quick      10k and 100k only
 *   npx tsx bench/scale.ts --no-browser / --no-sklearn / --sizes 10000,100000
 *
 * Node (each size in its own process, so its peak RSS is its own):
 *  - read: `createTableReader` fed the file in 1 MiB pieces from disk, as the browser's read worker
 *    is (decode, parse, type every column, report); median of 3 (1 at 1M) and peak RSS;
 *  - weights + scores: `scoreProject` (AHP, entropy, CRITIC, combined; normalise; composite,
 *    value scores, tiers, ABC), median of 3;
 *  - full run: `runPipeline` (the above + the k sweep k = 2..10 with the project's 10 restarts,
 *    the silhouette on a seeded 5,000-customer sample, CH and DB per k, segments); sweep = full − scores.
 * References (same file, same machine): scikit-learn's full sweep on the same 2-D value scores
 *    (bench/sklearn_bench.py full-sweep: KMeans(n_init=10, lloyd) k = 2..10 + silhouette_score on
 *    5,000 sampled rows + CH + DB, one thread); pandas.read_csv for reading (bench/read_bench.py;
 *    Debian's python3-pandas, when installed: it types columns but keeps "12.5%" as text and makes no report).
 * Chromium (Debian's, through playwright-core, the built page served by vite preview): load the
 *    file through the page's file input and time until the read report shows its row count; then
 *    until the status says the run is done (elbow and silhouette charts drawn). During each, a
 *    10 ms timer in the page records the largest gap between ticks (the worst input delay a user
 *    would feel), and every 250 ms the RSS of every Chromium process is summed (peak of the sum,
 *    and of the largest process: the tab's renderer with its workers).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../datasets/generate-sample.ts';
import { createTableReader, type ReadResult } from '../src/core/data/read.ts';
import type { Project } from '../src/core/model/project.ts';
import { runPipeline, scoreProject } from '../src/core/pipeline.ts';
import { median, peakRssMB } from './measure.ts';
import { machine, writeResults } from './results.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = new URL('../', import.meta.url);
const project = JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8')) as Project;
const dataPath = (n: number) => join(tmpdir(), `valueseg-scale-${n}.csv`);

function ensureData(n: number): string {
  const path = dataPath(n);
  if (!existsSync(path)) writeFileSync(path, generate(n, 2026));
  return path;
}

/** Reads a file from disk in 1 MiB pieces through the streaming reader. */
function readFromDisk(path: string): ReadResult {
  const reader = createTableReader({ fileName: path });
  const fd = openSync(path, 'r');
  const buf = new Uint8Array(2 ** 20);
  try {
    for (;;) {
      const got = readSync(fd, buf, 0, buf.length, null);
      if (got === 0) break;
      reader.push(buf.slice(0, got));
    }
  } finally {
    closeSync(fd);
  }
  return reader.finish();
}

interface NodeFigures {
  n: number;
  mb: number;
  readMs: number;
  readPeakMB: number;
  scoreMs: number;
  fullMs: number;
  peakMB: number;
  iterations: number;
}

/** One size, in this (child) process. */
function nodeChild(n: number): NodeFigures {
  const path = ensureData(n);
  const runs = n >= 1_000_000 ? 1 : 3;
  const reads: number[] = [];
  let read: ReadResult | null = null;
  for (let r = 0; r < runs; r++) {
    read = null;
    const t = performance.now();
    read = readFromDisk(path);
    reads.push(performance.now() - t);
  }
  const readPeakMB = peakRssMB();
  const { table, report, lines } = read as ReadResult;
  if (report.rows !== n) throw new Error(`read ${report.rows} rows, expected ${n}`);
  const scores: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    scoreProject(project, table, { lines, report });
    scores.push(performance.now() - t);
  }
  const t = performance.now();
  const result = runPipeline(project, table, { lines, report });
  const fullMs = performance.now() - t;
  // The 2-D value scores the sweep clustered, for scikit-learn.
  const { current, potential } = result.scores;
  const out = [`current,potential,label`];
  for (let i = 0; i < result.n; i++) out.push(`${current![i]},${potential![i]},0`);
  writeFileSync(join(tmpdir(), `valueseg-scale-${n}-points.csv`), out.join('\n') + '\n');
  return {
    n,
    mb: statSync(path).size / 2 ** 20,
    readMs: median(reads),
    readPeakMB,
    scoreMs: median(scores),
    fullMs,
    peakMB: peakRssMB(),
    iterations: result.clustering.sweep.reduce((s, r) => s + r.iterations, 0),
  };
}

function python(): string | null {
  if (flag('--no-sklearn')) return null;
  const r = spawnSync('/usr/bin/python3', ['-c', 'import sklearn'], { encoding: 'utf8' });
  return r.status === 0 ? '/usr/bin/python3' : null;
}

function runPython(exe: string, script: string, argv: string[]): Record<string, unknown> {
  const r = spawnSync(exe, [fileURLToPath(new URL(script, import.meta.url)), ...argv], {
    encoding: 'utf8',
    env: { ...process.env, OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' },
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}

interface BrowserFigures {
  n: number;
  loadMs: number;
  loadMaxGapMs: number;
  runMs: number;
  runMaxGapMs: number;
  peakSumMB: number;
  peakProcessMB: number;
  heapMB: number;
}

/** RSS of every process whose command line names `marker` (the browser's profile folder). */
function chromiumRss(marker: string): { sum: number; max: number } {
  let sum = 0;
  let max = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes(marker)) continue;
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (!m) continue;
      const mb = Number(m[1]) / 1024;
      sum += mb;
      max = Math.max(max, mb);
    } catch {
      // the process ended
    }
  }
  return { sum, max };
}

async function browserBench(sizes: number[], log: (s: string) => void): Promise<{ rows: BrowserFigures[]; version: string }> {
  const { preview } = await import('vite');
  const { chromium } = await import('playwright-core');
  const dist = process.env.E2E_DIST ?? join(tmpdir(), 'valueseg-scale-dist');
  if (!process.env.E2E_DIST) execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], { stdio: 'inherit', cwd: fileURLToPath(root) });
  const server = await preview({ preview: { host: '127.0.0.1', port: 4190, strictPort: false }, build: { outDir: dist }, logLevel: 'warn' });
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4190/';
  const rows: BrowserFigures[] = [];
  let version = '';
  try {
    for (const n of sizes) {
      const profile = mkdtempSync(join(tmpdir(), 'valueseg-scale-profile-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
        viewport: { width: 1280, height: 900 },
      });
      version = context.browser()?.version() ?? version;
      let peakSum = 0;
      let peakMax = 0;
      const sampler = setInterval(() => {
        const r = chromiumRss(profile);
        peakSum = Math.max(peakSum, r.sum);
        peakMax = Math.max(peakMax, r.max);
      }, 250);
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        log(`  chromium n=${n}: opening ${base}`);
        await page.goto(base);
        await page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 120_000 });
        // The largest gap between ticks of a 10 ms timer, from now until asked.
        await page.evaluate(() => {
          const w = window as unknown as { __gap: { last: number; max: number } };
          w.__gap = { last: performance.now(), max: 0 };
          setInterval(() => {
            const now = performance.now();
            w.__gap.max = Math.max(w.__gap.max, now - w.__gap.last);
            w.__gap.last = now;
          }, 10);
        });
        const resetGap = () => page.evaluate(() => ((window as unknown as { __gap: { last: number; max: number } }).__gap = { last: performance.now(), max: 0 }));
        const gap = () => page.evaluate(() => (window as unknown as { __gap: { max: number } }).__gap.max);
        const count = n.toLocaleString('en-US');
        await resetGap();
        const t0 = performance.now();
        await page.getByTestId('file-input').setInputFiles(dataPath(n));
        await page.getByTestId('report-rows').filter({ hasText: new RegExp(`^${count}$`) }).waitFor({ timeout: 600_000 });
        const loadMs = performance.now() - t0;
        log(`  chromium n=${n}: read in ${loadMs.toFixed(0)} ms, waiting for the run`);
        const loadMaxGapMs = await gap();
        await resetGap();
        const t1 = performance.now();
        await page.getByTestId("status").filter({ hasText: new RegExp(`Computed: (${count}|${n}) customers`) }).waitFor({ timeout: 1_800_000 });
        await page.getByRole('figure', { name: 'Elbow chart' }).locator('svg').first().waitFor({ timeout: 60_000 });
        const runMs = performance.now() - t1;
        // Work the result sets off on the page after it is shown (the Export step's scoring model,
        // charts drawn later) counts too: the gap is read 5 s after the charts are drawn.
        await page.waitForTimeout(5000);
        const runMaxGapMs = await gap();
        const heap = await page.evaluate(() => ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 2 ** 20);
        await page.screenshot({ path: join(tmpdir(), `valueseg-scale-${n}.png`) });
        rows.push({ n, loadMs, loadMaxGapMs, runMs, runMaxGapMs, peakSumMB: peakSum, peakProcessMB: peakMax, heapMB: heap });
        log(`  chromium n=${n}: load ${loadMs.toFixed(0)} ms (max gap ${loadMaxGapMs.toFixed(0)} ms), run ${runMs.toFixed(0)} ms (max gap ${runMaxGapMs.toFixed(0)} ms), peak RSS ${peakSum.toFixed(0)} MB`);
      } finally {
        clearInterval(sampler);
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  return { rows, version };
}

const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const slope = (a: number, b: number) => (a > 0 && b > 0 ? Math.log10(b / a) : NaN);

async function main(): Promise<void> {
  if (opt('--child')) {
    console.log(JSON.stringify(nodeChild(Number(opt('--child')))));
    return;
  }
  const started = machine();
  const sizes = opt('--sizes')?.split(',').map(Number) ?? (flag('--quick') ? [10_000, 100_000] : [10_000, 100_000, 1_000_000]);
  const log = (s: string) => console.error(s);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`## Scale — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
  for (const n of sizes) {
    log(`  generating ${n.toLocaleString('en-US')} rows…`);
    ensureData(n);
  }

  const nodeRows: NodeFigures[] = [];
  for (const n of flag('--no-node') ? [] : sizes) {
    const script = fileURLToPath(import.meta.url);
    const r = spawnSync(process.execPath, ['--import', 'tsx', script, '--child', String(n)], { encoding: 'utf8', maxBuffer: 1 << 24, cwd: fileURLToPath(root) });
    if (r.status !== 0) throw new Error(`node child ${n} failed: ${r.stderr}`);
    const row = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as NodeFigures;
    nodeRows.push(row);
    log(`  node n=${n}: read ${row.readMs.toFixed(0)} ms, scores ${row.scoreMs.toFixed(0)} ms, full ${row.fullMs.toFixed(0)} ms, peak ${row.peakMB.toFixed(0)} MB`);
  }

  const py = flag('--no-node') ? null : python();
  const refs = new Map<number, { sweepS?: number; sweepPeakMB?: number; pandasS?: number; loadtxtS?: number }>();
  if (py) {
    for (const n of sizes) {
      const ref: { sweepS?: number; sweepPeakMB?: number; pandasS?: number; loadtxtS?: number } = {};
      const runs = n >= 1_000_000 ? 1 : 3;
      const sweep = runPython(py, './sklearn_bench.py', [
        'full-sweep',
        join(tmpdir(), `valueseg-scale-${n}-points.csv`),
        '1',
        JSON.stringify({ kMin: 2, kMax: 10, restarts: project.options.segmentation.restarts, maxIterations: 300, tol: 1e-4, silhouetteSample: 5000, seeds: [1] }),
      ]) as { times: number[]; peakRssMb: number };
      ref.sweepS = median(sweep.times);
      ref.sweepPeakMB = sweep.peakRssMb;
      const r = runPython(py, './read_bench.py', [dataPath(n), String(runs), 'pandas']) as { times?: number[] };
      if (r.times) ref.pandasS = median(r.times);
      refs.set(n, ref);
      log(`  python n=${n}: sklearn sweep ${ref.sweepS?.toFixed(2)} s, pandas ${ref.pandasS?.toFixed(2) ?? '–'} s`);
    }
  }

  console.log('\n### Node (ms; medians; peak RSS of the process that read and ran that size)');
  console.log('| rows | CSV MB | read | read peak RSS MB | pandas.read_csv | weights + scores | k sweep (full − scores) | sklearn sweep | ratio | full run | peak RSS MB |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of nodeRows) {
    const ref = refs.get(r.n) ?? {};
    const sweepMs = r.fullMs - r.scoreMs;
    const skl = ref.sweepS !== undefined ? ref.sweepS * 1000 : NaN;
    console.log(
      `| ${fmt(r.n)} | ${fmt(r.mb, 1)} | ${fmt(r.readMs)} | ${fmt(r.readPeakMB)} | ${ref.pandasS !== undefined ? fmt(ref.pandasS * 1000) : '–'} | ${fmt(r.scoreMs)} | ${fmt(sweepMs)} | ${Number.isNaN(skl) ? '–' : fmt(skl)} | ${Number.isNaN(skl) ? '–' : `${(sweepMs / skl).toFixed(2)}×`} | ${fmt(r.fullMs)} | ${fmt(r.peakMB)} |`,
    );
  }
  if (nodeRows.length > 1) {
    console.log('\nGrowth per 10× rows (log10 of the ratio between consecutive sizes: 1.0 = linear):');
    for (let i = 1; i < nodeRows.length; i++) {
      const a = nodeRows[i - 1];
      const b = nodeRows[i];
      console.log(`  ${fmt(a.n)} → ${fmt(b.n)}: read time ${slope(a.readMs, b.readMs).toFixed(2)}, read memory ${slope(a.readPeakMB, b.readPeakMB).toFixed(2)}, scores ${slope(a.scoreMs, b.scoreMs).toFixed(2)}, sweep ${slope(a.fullMs - a.scoreMs, b.fullMs - b.scoreMs).toFixed(2)}, peak memory ${slope(a.peakMB, b.peakMB).toFixed(2)}`);
    }
  }

  let browser: { rows: BrowserFigures[]; version: string } | null = null;
  if (!flag('--no-browser')) {
    browser = await browserBench(sizes, log);
    const { rows, version } = browser;
    console.log(`\n### Chromium ${version} (the built page; ms; max gap = largest gap between ticks of a 10 ms timer in the page)`);
    console.log('| rows | load (file input → read report) | max gap during load | full run (→ charts drawn) | max gap during run (to 5 s after) | peak RSS, all Chromium processes MB | peak RSS, largest process MB | page JS heap after MB |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) {
      console.log(`| ${fmt(r.n)} | ${fmt(r.loadMs)} | ${fmt(r.loadMaxGapMs)} | ${fmt(r.runMs)} | ${fmt(r.runMaxGapMs)} | ${fmt(r.peakSumMB)} | ${fmt(r.peakProcessMB)} | ${fmt(r.heapMB)} |`);
    }
  }
  const references = Object.fromEntries([...refs].map(([n, r]) => [n, r]));
  const file = writeResults('scale', started, { argv: args, sizes, node: nodeRows, python: references, chromium: browser });
  log(`  figures written to ${file}`);
}

await main();

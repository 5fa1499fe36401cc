/**
 * `npm run bench`: every benchmark, as ratios against a reference run in the same run.
 *
 *   npm run bench              all sections (about 10 minutes on 2 cores)
 *   npm run bench -- --quick   smaller sizes (a minute or two)
 *
 * Sections: reading a 100,000-row CSV (ours vs papaparse alone, same process); the k-means
 * sweep and the exact silhouette (ours vs scikit-learn with one thread, when Debian's
 * python3-sklearn is installed); every core (bench/threads.ts: the CLI sweep on all threads and on one vs
 * scikit-learn with the same, at 100k and 200k × 8); Elkan vs Hamerly (bench/elkan.ts); scale (bench/scale.ts: load, weights, scores and the sweep at
 * 10k / 100k / 1M rows in Node and in Chromium; `--quick`: 10k and 100k); warehouse (bench/warehouse.ts,
 * `npm run bench:warehouse`: cli score, DuckDB SQL and pandas + scikit-learn at 1M and 10M rows). Times are medians; no
 * test asserts a time. Each section's figures also go to bench/results/<section>.json.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { benchCluster, formatClusterTable } from './cluster.ts';
import { benchParse } from './parse.ts';
import { machine, writeResults } from './results.ts';

const quick = process.argv.includes('--quick');
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`ValueSeg benchmark — ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);

console.log('\n## Reading a CSV (readTable: decode, sniff, parse, type every column, report) vs papaparse alone');
let started = machine();
const parseOptions = { rows: quick ? 20_000 : 100_000, repeats: quick ? 3 : 5 };
const p = benchParse(parseOptions.rows, parseOptions.repeats);
writeResults('parse', started, { quick, options: parseOptions, result: p });
console.log(`rows ${p.rows.toLocaleString('en-US')} (${(p.bytes / 2 ** 20).toFixed(1)} MB): ours ${p.oursMs.toFixed(0)} ms, papaparse ${p.papaMs.toFixed(0)} ms, ratio ${p.ratio.toFixed(2)}×, peak RSS ${p.peakMB.toFixed(0)} MB`);

console.log('\n## k-means sweep and silhouette vs scikit-learn');
started = machine();
const clusterOptions = quick ? { sizes: [2000, 20000], runs: 3, restarts10AtLargest: false } : {};
const rows = await benchCluster(clusterOptions);
console.log(formatClusterTable(rows));
writeResults('cluster', started, { quick, options: clusterOptions, rows });

console.log('');
// Every core: the CLI sweep on all threads and on one, each against scikit-learn given the same (bench/threads.ts).
const threads = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./threads.ts', import.meta.url)), ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
if (threads.status !== 0) process.exitCode = threads.status ?? 1;

console.log('');
// Elkan's bounds against the Hamerly path on the same data and start (bench/elkan.ts).
const elkan = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./elkan.ts', import.meta.url)), ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
if (elkan.status !== 0) process.exitCode = elkan.status ?? 1;

console.log('');
const scale = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./scale.ts', import.meta.url)), ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
if (scale.status !== 0) process.exitCode = scale.status ?? 1;

console.log('');
const warehouse = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./warehouse.ts', import.meta.url)), ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
if (warehouse.status !== 0) process.exitCode = warehouse.status ?? 1;

/**
 * Scoring beyond one machine (issue 12): `cli score` rows/s and peak RSS at 1M and 10M rows,
 * the same scoring as SQL in DuckDB at 10M, and the reference — pandas + scikit-learn
 * KMeans.predict (Debian's python3-pandas, python3-sklearn) — on the same files. At 1M the
 * DuckDB result is also compared with cli score's, customer by customer.
 *
 *   npm run bench:warehouse              1M and 10M rows (about 10 minutes; ~2 GB in /tmp)
 *   npm run bench:warehouse -- --quick   100k and 1M rows
 * Part of `npm run bench`. Figures go to bench/results/warehouse.json; docs/warehouse.md quotes them.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { duckdbEngine } from '../src/cli/engines.ts';
import { createRng } from '../src/core/random.ts';
import { readScoringModel } from '../src/core/scoring-model/read.ts';
import { scoringSql } from '../src/core/scoring-model/sql.ts';
import { machine, writeResults } from './results.ts';

const quick = process.argv.includes('--quick');
const sizes = quick ? [100_000, 1_000_000] : [1_000_000, 10_000_000];
const dir = join(process.env.TMPDIR ?? '/tmp', 'valueseg-bench-warehouse');
mkdirSync(dir, { recursive: true });
const MODEL = new URL('../tests/fixtures/warehouse/sample.model.json', import.meta.url).pathname;
const model = readScoringModel(readFileSync(MODEL, 'utf8'));

/** n customers drawn around the sample's rows (values ×0.5–1.6, 2 % missing), percentages as fractions. */
function generate(n: number, path: string): void {
  if (existsSync(path)) return;
  const lines = readFileSync(new URL('../datasets/corporate_customers.csv', import.meta.url), 'utf8').trim().split('\n');
  const header = lines[0];
  const rows = lines.slice(1).map((l) => l.split(',')).filter((r) => r.length === header.split(',').length); // rows with a quoted comma left out
  const numeric = header.split(',').map((h) => !['customer_id', 'industry', 'region'].includes(h));
  const rng = createRng(12);
  const fd = openSync(path, 'w');
  let buf = header + '\n';
  for (let i = 0; i < n; i++) {
    const base = rows[Math.floor(rng.next() * rows.length)];
    const cells = base.map((v, j) => {
      if (j === 0) return `B${i}`;
      if (!numeric[j]) return v;
      if (rng.next() < 0.02) return '';
      const pct = v.endsWith('%');
      const x = Number(pct ? v.slice(0, -1) : v) * (0.5 + 1.1 * rng.next());
      if (!Number.isFinite(x)) return ''; // the sample's own missing cells (NA) stay missing
      return pct ? (x / 100).toFixed(4) : x.toFixed(2);
    });
    buf += cells.join(',') + '\n';
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
}

/** Runs a command under /usr/bin/time: wall seconds and peak RSS (MB) of the process. */
function timed(cmd: string, args: string[]): { seconds: number; peakMB: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'VALUESEG_RSS_KB=%M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.slice(-2000)}`);
  const kb = Number(/VALUESEG_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { seconds, peakMB: kb / 1024, stdout: r.stdout };
}

const started = machine();
const figures: Record<string, unknown>[] = [];
console.log('## Scoring beyond one machine: cli score, DuckDB SQL, pandas + scikit-learn');
console.log('| rows | file MB | cli score s | rows/s | peak RSS MB | DuckDB load s | DuckDB SQL s | pandas+sklearn s | its peak RSS MB |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const n of sizes) {
  const data = join(dir, `customers-${n}.csv`);
  generate(n, data);
  const mb = statSync(data).size / 2 ** 20;
  const scores = join(dir, `scores-${n}.csv`);
  const cli = timed(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'score', '--model', MODEL, '--data', data, '--out', scores]);
  const summary = JSON.parse(cli.stdout);
  const duck = await duckdbEngine(':memory:');
  let t0 = performance.now();
  await duck.query(`SET threads = 1; CREATE TABLE customers AS SELECT * FROM read_csv('${data}', header = true, types = {'customer_id': 'VARCHAR'})`);
  const loadS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  await duck.query(`CREATE TABLE sql_scores AS ${scoringSql(model, { dialect: 'duckdb', table: 'customers' })}`);
  const sqlS = (performance.now() - t0) / 1000;
  let mismatches: number | null = null;
  if (n <= 1_000_000) {
    const [row] = await duck.query(
      `SELECT COUNT(*) FROM sql_scores a JOIN read_csv('${scores}', header = true, types = {'id': 'VARCHAR', 'tier': 'VARCHAR'}) b USING (id)
       WHERE a.segment IS DISTINCT FROM b.segment OR a.tier IS DISTINCT FROM b.tier OR a.quadrant IS DISTINCT FROM b.quadrant
          OR abs(a.composite - b.composite) > 1e-9 OR abs(a.current - b.current) > 1e-9 OR abs(a.potential - b.potential) > 1e-9`,
    );
    mismatches = Number(row[0]);
  }
  duck.close();
  const py = timed('/usr/bin/python3', ['bench/warehouse_reference.py', MODEL, data, join(dir, `pandas-${n}.csv`)]);
  const ref = JSON.parse(py.stdout.trim().split('\n').pop()!);
  const f = { rows: n, fileMB: mb, cliSeconds: cli.seconds, rowsPerSecond: n / cli.seconds, cliPeakMB: cli.peakMB, summaryRows: summary.rows, duckdbLoadSeconds: loadS, duckdbSqlSeconds: sqlS, duckdbMismatches: mismatches, pandasSeconds: py.seconds, pandasPeakMB: py.peakMB, pandasInnerSeconds: ref.seconds };
  figures.push(f);
  console.log(`| ${n.toLocaleString('en-US')} | ${mb.toFixed(0)} | ${cli.seconds.toFixed(1)} | ${Math.round(n / cli.seconds).toLocaleString('en-US')} | ${cli.peakMB.toFixed(0)} | ${loadS.toFixed(1)} | ${sqlS.toFixed(1)} | ${py.seconds.toFixed(1)} | ${py.peakMB.toFixed(0)} |`);
  if (mismatches !== null) console.log(`  DuckDB SQL vs cli score at ${n.toLocaleString('en-US')} rows: ${mismatches} customers differ (segment, tier, quadrant, or a score by more than 1e-9)`);
  rmSync(scores, { force: true });
  rmSync(join(dir, `pandas-${n}.csv`), { force: true });
}
console.log('DuckDB with one thread (SET threads = 1), like cli score and the scikit-learn reference; files kept in', dir);
writeResults('warehouse', started, { quick, sizes, figures });

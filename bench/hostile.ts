/**
 * Benchmark: issue 16's "no case hangs over 5 s", measured where the issue measured it, in the CLI
 * as a user runs it (a new Node process per case, so Node's and tsx's start-up are in the figure).
 * Each held-out case of tests/fixtures/bad/ (the big ones built into a temporary folder as the
 * tests build them) runs once; the table gives the wall time, the exit code and whether it took
 * over 5 s. The tests (tests/cli/hostile.test.ts) check the messages; this only times them.
 *
 *   npx tsx bench/hostile.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigFixtures } from '../tests/fixtures/bad/make.ts';
import { machine, writeResults } from './results.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const BAD = 'tests/fixtures/bad/';
const SAMPLE = 'datasets/corporate_customers.csv';
const LIMIT_MS = 5000;

const dir = mkdtempSync(join(tmpdir(), 'valueseg-bench-bad-'));
for (const [name, bytes] of Object.entries(bigFixtures())) writeFileSync(join(dir, name), bytes);
const big = (name: string): string => join(dir, name);
const sweep = (file: string, ...cols: string[]): string[] => ['sweep', '--data', file, ...cols.flatMap((c) => ['--column', c]), '--kmin', '2', '--kmax', '3'];

const cases: [string, string[]][] = [
  ['1 numbers for text (run)', ['run', '--project', `${BAD}project-number-for-text.json`, '--data', SAMPLE]],
  ['2 project nested 200,000 deep (run)', ['run', '--project', big('project-deep-nesting.json'), '--data', SAMPLE]],
  ['2 matrix nested 100,000 deep (ahp)', ['ahp', big('ahp-deep-nesting.json')]],
  ['3 ±1.7e308 and 5e-324, z-scores (sweep)', [...sweep(`${BAD}csv-extreme-range.csv`, 'huge', 'tiny'), '--scale', 'z']],
  ['3 ±1.7e308 unscaled (sweep)', sweep(`${BAD}csv-extreme-range.csv`, 'huge')],
  ['4 150,000-digit cell (sweep)', sweep(big('csv-long-digits.csv'), 'deposits')],
  ['5 project version 2 (run)', ['run', '--project', `${BAD}project-wrong-version.json`, '--data', SAMPLE]],
  ['6 AHP 31 items (ahp)', ['ahp', `${BAD}ahp-31-items.json`]],
  ['6 AHP 1200 items (ahp)', ['ahp', big('ahp-1200-items.json')]],
  ['6 project with 31 items (run)', ['run', '--project', `${BAD}project-31-items.json`, '--data', SAMPLE]],
  ['7 truncated UTF-8 (sweep)', sweep(`${BAD}csv-utf8-truncated.csv`, '存款', '贷款')],
  ['7 Shift-JIS (sweep)', sweep(`${BAD}csv-shift-jis.csv`, '預金')],
  ['8 mixed currencies (sweep)', sweep(`${BAD}csv-mixed-currency.csv`, 'deposits')],
  ['8 ¥ and 元 (sweep)', sweep(`${BAD}csv-currency-yen-yuan.csv`, 'deposits')],
  ['9 invisible header characters (sweep)', sweep(`${BAD}csv-invisible-header.csv`, 'deposits')],
  ['10 decimal comma and 1\'234 (sweep)', sweep(`${BAD}csv-foreign-numbers.csv`, 'deposits')],
  ['10 千 萬 億 RMB (sweep)', sweep(`${BAD}csv-number-multipliers.csv`, 'deposits')],
  ['10 unreadable ABC/tier cell (run)', ['run', '--project', 'datasets/corporate_customers.project.json', '--data', `${BAD}csv-abc-unreadable.csv`]],
  ['10 sep=; (sweep)', sweep(`${BAD}csv-excel-sep.csv`, 'deposits')],
  ['10 quote in the header (sweep)', sweep(`${BAD}csv-quote-header.csv`, 'deposits')],
  ['10 200,000-character header (sweep)', sweep(big('csv-long-header.csv'), 'loans')],
  ['10 column name with a comma (sweep)', sweep(`${BAD}csv-comma-in-name.csv`, 'deposits, CNY', 'loans')],
  ['10 60,000 problems (run)', ['run', '--project', big('project-60000-problems.json'), '--data', SAMPLE]],
];

const started = machine();
const rows: { case: string; ms: number; exit: number | null; over: boolean }[] = [];
console.log(`\n## Issue 16 cases in the CLI (wall time per run, limit ${LIMIT_MS / 1000} s)\n`);
console.log('| case | ms | exit | over 5 s |\n| --- | ---: | ---: | --- |');
for (const [name, args] of cases) {
  const t0 = performance.now();
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  const ms = performance.now() - t0;
  const row = { case: name, ms: Math.round(ms), exit: r.status, over: ms > LIMIT_MS };
  rows.push(row);
  console.log(`| ${name} | ${row.ms} | ${row.exit ?? 'killed'} | ${row.over ? 'OVER' : 'no'} |`);
}
const file = writeResults('hostile', started, { limitMs: LIMIT_MS, rows });
console.log(`\n${rows.filter((r) => r.over).length} of ${rows.length} over ${LIMIT_MS / 1000} s; figures in ${file}`);

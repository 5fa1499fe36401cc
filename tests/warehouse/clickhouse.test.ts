/**
 * The ClickHouse statement run in a real ClickHouse: Debian's `clickhouse-server` (bookworm ships
 * 18.16, from 2018), started as a throwaway server under /tmp on local ports and stopped after,
 * reached through `clickhouse-client`. Where it is not installed the tests skip with a message
 * (CI does not install it: `VALUESEG_REQUIRE_CLICKHOUSE=1` turns the skip into a failure).
 * Same equality as DuckDB and PostgreSQL: every customer's segment, tier and quadrant as
 * `cli score`, scores to 1e-9.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelFromFiles } from '../../src/cli/model.ts';
import { dialectRules } from '../../src/core/scoring-model/dialect.ts';
import { readScoringModel } from '../../src/core/scoring-model/read.ts';
import { scoringSql } from '../../src/core/scoring-model/sql.ts';
import { StreamScorer } from '../../src/core/scoring-model/stream-score.ts';
import type { ScoringModel } from '../../src/core/scoring-model/types.ts';
import { findTemplate, templateProject } from '../../src/core/templates/index.ts';
import { typedRows } from './engines.ts';
import { hostileCsv, hostileModel } from './hostile.ts';

const root = new URL('../../', import.meta.url);
const text = (p: string) => readFileSync(new URL(p, root), 'utf8');
const SERVER = '/usr/sbin/clickhouse-server';
const CLIENT = '/usr/bin/clickhouse-client';

interface ClickHouse {
  query(sql: string, input?: string): string;
  stop(): void;
}

function startClickHouse(): ClickHouse | { missing: string } {
  if (!existsSync(SERVER) || !existsSync(CLIENT) || !existsSync('/etc/clickhouse-server/config.xml')) return { missing: 'ClickHouse is not installed (apt-get install clickhouse-server clickhouse-client)' };
  const dir = mkdtempSync('/tmp/valueseg-ch-');
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'log'));
  const port = 30000 + (process.pid % 10000);
  const config = readFileSync('/etc/clickhouse-server/config.xml', 'utf8')
    .replaceAll('/var/log/clickhouse-server', join(dir, 'log'))
    .replaceAll('/var/lib/clickhouse/', join(dir, 'data') + '/')
    .replace(/<http_port>\d+/, `<http_port>${port + 1}`)
    .replace(/<tcp_port>\d+/, `<tcp_port>${port}`)
    .replace(/<interserver_http_port>\d+/, `<interserver_http_port>${port + 2}`)
    .replace('<listen_host>::1</listen_host>', '');
  writeFileSync(join(dir, 'config.xml'), config);
  writeFileSync(join(dir, 'users.xml'), readFileSync('/etc/clickhouse-server/users.xml'));
  const server: ChildProcess = spawn(SERVER, [`--config-file=${join(dir, 'config.xml')}`], { cwd: dir, stdio: 'ignore' });
  const query = (sql: string, input?: string): string => {
    const r = spawnSync(CLIENT, ['--port', String(port), ...(input === undefined ? ['--format', 'CSV'] : ['--query', sql])], { input: input ?? sql, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`clickhouse-client: ${r.stderr}`);
    return r.stdout;
  };
  const stop = () => {
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 60; i++) {
    if (spawnSync(CLIENT, ['--port', String(port), '--query', 'SELECT 1']).status === 0) return { query, stop };
    spawnSync('sleep', ['0.5']);
  }
  stop();
  throw new Error('ClickHouse did not start within 30 s');
}

/** CREATE TABLE (Memory engine, Nullable columns) and INSERT … FORMAT CSV (NULL written \N). */
function load(ch: ClickHouse, table: string, data: ReturnType<typeof typedRows>): void {
  const r = dialectRules('clickhouse');
  ch.query(`DROP TABLE IF EXISTS ${r.ident(table)}`, '');
  ch.query(`CREATE TABLE ${r.ident(table)} (${data.columns.map((c) => `${r.ident(c.name)} Nullable(${c.numeric ? 'Float64' : 'String'})`).join(', ')}) ENGINE = Memory`, '');
  const cell = (v: string | number | null) => (v === null ? '\\N' : typeof v === 'number' ? String(v) : `"${v.replace(/"/g, '""')}"`);
  ch.query(`INSERT INTO ${r.ident(table)} FORMAT CSV`, data.rows.map((row) => row.map(cell).join(',')).join('\n') + '\n');
}

function expectSame(ch: ClickHouse, m: ScoringModel, csv: string, table: string): Set<string> {
  load(ch, table, typedRows(m, csv));
  const got = Papa.parse<string[]>(ch.query(scoringSql(m, { dialect: 'clickhouse', table })).trim()).data;
  const s = new StreamScorer(m, { delimiter: ',' });
  const want = new Map(Papa.parse<string[]>((s.push(csv) + s.finish()).trim()).data.slice(1).map((r) => [r[0], r]));
  expect(got.length).toBe(want.size);
  const tiers = new Set<string>();
  const cell = (v: string) => (v === '\\N' ? '' : v);
  for (const row of got) {
    const w = want.get(row[0])!;
    expect(w, `id ${row[0]}`).toBeDefined();
    for (const j of [1, 2, 3]) {
      if (w[j] === '') expect(row[j]).toBe('\\N');
      else expect(Math.abs(Number(row[j]) - Number(w[j])), `${row[0]} column ${j}`).toBeLessThanOrEqual(1e-9);
    }
    expect(row.slice(4, 8).map(cell), `id ${row[0]}`).toEqual(w.slice(4, 8));
    tiers.add(row[4]);
  }
  return tiers;
}

describe('warehouse SQL in ClickHouse (Debian clickhouse-server)', () => {
  let ch: ClickHouse | null = null;
  beforeAll(() => {
    const c = startClickHouse();
    if ('missing' in c) {
      if (process.env.VALUESEG_REQUIRE_CLICKHOUSE === '1') throw new Error(`VALUESEG_REQUIRE_CLICKHOUSE=1 but ${c.missing}`);
      console.log(`ClickHouse tests skipped: ${c.missing}`);
      return;
    }
    ch = c;
  }, 60_000);
  afterAll(() => ch?.stop());

  const sample = readScoringModel(text('tests/fixtures/warehouse/sample.model.json'));
  const next = text('tests/fixtures/warehouse/next-period.csv');

  it('gives every customer of the sample next-period file the same segment, tier, quadrant and scores (1e-9) as cli score', (ctx) => {
    if (!ch) return ctx.skip();
    expect(expectSame(ch, sample, next, 'customers').size).toBeGreaterThan(3);
  }, 60_000);

  it('keeps hostile column, table and segment names inside their quotes', (ctx) => {
    if (!ch) return ctx.skip();
    const m = hostileModel(sample);
    expect(expectSame(ch, m, hostileCsv(m, next), 'cust"omers; DROP TABLE x; --').size).toBeGreaterThan(3);
  }, 60_000);

  for (const id of ['icbc-star', 'banka-corporate']) {
    it(`runs the model of template ${id} (derived columns, tier rules) on its next-period file as cli score does`, (ctx) => {
      if (!ch) return ctx.skip();
      const bytes = (s: string) => new TextEncoder().encode(s);
      const m = modelFromFiles(bytes(JSON.stringify(templateProject(findTemplate(id)!, 'zh-CN'))), 'p.json', bytes(text(`datasets/templates/${id}.csv`)), `${id}.csv`);
      expect(expectSame(ch, m, text(`datasets/templates/period2/${id}.csv`), 'customers').size).toBeGreaterThan(2);
    }, 60_000);
  }
});

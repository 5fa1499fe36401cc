/**
 * Test helpers: a throwaway PostgreSQL cluster (initdb + pg_ctl under /tmp, Unix socket only,
 * never TCP; run as the `postgres` system user when the tests run as root) and loading a CSV,
 * read by ValueSeg's own reader, into a typed table (numbers as DOUBLE, percentages as
 * fractions, missing as NULL) — the table the warehouse SQL expects.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readTable } from '../../src/core/data/read.ts';
import { dialectRules } from '../../src/core/scoring-model/dialect.ts';
import type { ScoringModel } from '../../src/core/scoring-model/types.ts';
import type { Engine } from '../../src/cli/engines.ts';

function pgBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'pg_ctl'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : null;
}

export interface Cluster {
  url: string;
  stop(): void;
}

/** Starts a cluster, or returns null with the reason when PostgreSQL is not installed here. */
export function startPostgres(): Cluster | { missing: string } {
  const bin = pgBin();
  if (!bin) return { missing: 'PostgreSQL is not installed (/usr/lib/postgresql/*/bin/pg_ctl); apt-get install postgresql' };
  const dir = mkdtempSync('/tmp/valueseg-pg-');
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const root = process.getuid?.() === 0;
  const as = (cmd: string, args: string[]) => (root ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' }) : execFileSync(cmd, args, { stdio: 'pipe' }));
  const port = String(20000 + (process.pid % 20000));
  as(join(bin, 'initdb'), ['-D', data, '-U', 'valueseg', '--auth=trust', '--encoding=UTF8', '--no-locale']);
  as(join(bin, 'pg_ctl'), ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses='' -c fsync=off`, 'start']);
  return {
    url: `postgresql://valueseg@/postgres?host=${encodeURIComponent(dir)}&port=${port}`,
    stop() {
      spawnSync(root ? 'runuser' : join(bin, 'pg_ctl'), root ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop'] : ['-D', data, '-m', 'immediate', 'stop'], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The model's input columns of `csv` as typed rows (id text, the rest doubles or null). */
export function typedRows(model: ScoringModel, csv: Uint8Array | string): { columns: { name: string; numeric: boolean }[]; rows: (string | number | null)[][] } {
  const { table } = readTable(csv);
  const columns = model.inputs.map((x) => ({ name: x.column, numeric: x.type === 'numeric' }));
  const cols = columns.map((c) => table.column(c.name) as unknown as ArrayLike<unknown>);
  const rows: (string | number | null)[][] = [];
  for (let i = 0; i < table.numRows(); i++) {
    rows.push(columns.map((c, j) => {
      const v = cols[j][i];
      if (c.numeric) return Number.isFinite(v as number) ? (v as number) : null;
      return v == null ? null : String(v);
    }));
  }
  return { columns, rows };
}

const csvCell = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? String(v) : `"${v.replace(/"/g, '""')}"`);

/** CREATE TABLE + the rows, through the engine (DuckDB: appender; PostgreSQL: COPY … FROM STDIN). */
export async function loadTable(engine: Engine & { connection?: { createAppender(t: string): Promise<any> } }, dialect: 'duckdb' | 'postgres', table: string, data: ReturnType<typeof typedRows>): Promise<void> {
  const r = dialectRules(dialect);
  const ddl = `DROP TABLE IF EXISTS ${r.ident(table)}; CREATE TABLE ${r.ident(table)} (${data.columns.map((c) => `${r.ident(c.name)} ${c.numeric ? (dialect === 'duckdb' ? 'DOUBLE' : 'DOUBLE PRECISION') : 'TEXT'}`).join(', ')});`;
  if (dialect === 'postgres') {
    const lines = data.rows.map((row) => row.map(csvCell).join(',')).join('\n');
    await engine.query(`${ddl}\nCOPY ${r.ident(table)} FROM STDIN WITH (FORMAT csv);\n${lines}\n\\.\n`);
    return;
  }
  await engine.query(ddl);
  const app = await engine.connection!.createAppender(table);
  for (const row of data.rows) {
    row.forEach((v, j) => (v === null ? app.appendNull() : data.columns[j].numeric ? app.appendDouble(v as number) : app.appendVarchar(v as string)));
    app.endRow();
  }
  app.closeSync();
}

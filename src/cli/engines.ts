/**
 * The SQL engines `cli fit` (and the tests) talk to: DuckDB in-process (`@duckdb/node-api`,
 * a file or `:memory:`) and PostgreSQL through Debian's `psql` client (so the CLI needs no
 * PostgreSQL driver: `psql` is there wherever PostgreSQL is). Rows come back as string cells,
 * numbers written exactly (psql prints the shortest round-trip double since PostgreSQL 12).
 */
import { spawnSync } from 'node:child_process';
import { InputError } from '../core/errors.ts';

export interface Engine {
  readonly name: string;
  /** Runs one statement and returns its rows (cells as text, NULL as null). */
  query(sql: string): Promise<(string | null)[][]>;
  close(): void;
}

export async function duckdbEngine(file: string): Promise<Engine & { connection: import('@duckdb/node-api').DuckDBConnection }> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(file);
  const conn = await instance.connect();
  return {
    name: `duckdb:${file}`,
    connection: conn,
    async query(sql: string) {
      let result: Awaited<ReturnType<typeof conn.runAndReadAll>>;
      try {
        result = await conn.runAndReadAll(sql);
      } catch (e) {
        throw new InputError('cli.duckdb', `DuckDB: ${(e as Error).message}`, {}, { message: (e as Error).message });
      }
      return result.getRows().map((row) => row.map((v) => (v === null ? null : typeof v === 'number' ? String(v) : String(v))));
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** Parses psql's --csv output (RFC 4180; NULL printed as the marker `\N` set below). */
function parseCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') (quoted = true), (wasQuoted = true);
    else if (c === ',' || c === '\n') {
      row.push(!wasQuoted && cell === '\\N' ? null : cell);
      cell = '';
      wasQuoted = false;
      if (c === '\n') rows.push(row), (row = []);
    } else cell += c;
  }
  return rows;
}

export function postgresEngine(url: string, psql = 'psql'): Engine {
  return {
    name: 'postgres',
    async query(sql: string) {
      const r = spawnSync(psql, ['--no-psqlrc', '--quiet', '--csv', '--tuples-only', '-v', 'ON_ERROR_STOP=1', '--pset=null=\\N', '--dbname', url], { input: sql, encoding: 'utf8', maxBuffer: 1 << 30 });
      if (r.error) throw new InputError('cli.postgres', `cannot run psql (${r.error.message}); install the PostgreSQL client.`, {}, { message: r.error.message });
      if (r.status !== 0) throw new InputError('cli.postgres', `PostgreSQL: ${r.stderr.trim()}`, {}, { message: r.stderr.trim() });
      return parseCsv(r.stdout);
    },
    close() {},
  };
}

/** `duckdb:FILE` or `postgres:URL` (a `postgres://` or `postgresql://` URL is taken as it is). */
export async function openEngine(spec: string): Promise<Engine> {
  if (spec.startsWith('duckdb:')) return duckdbEngine(spec.slice(7) || ':memory:');
  if (spec.startsWith('postgres://') || spec.startsWith('postgresql://')) return postgresEngine(spec);
  if (spec.startsWith('postgres:')) return postgresEngine(spec.slice(9));
  throw new InputError('cli.engine', `--engine ${spec}: expected duckdb:FILE or postgres:URL.`, {}, { spec });
}

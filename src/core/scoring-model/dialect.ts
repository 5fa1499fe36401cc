/**
 * How each SQL dialect writes an identifier, a string, a double and a cast. Every name and
 * every text that reaches the SQL goes through `ident` or `str`, which quote it completely
 * (a hostile column or segment name stays one identifier or one string), and every number
 * through `num`, which writes the shortest decimal that reads back as the same double and casts
 * the string to the dialect's double type (a bare `0.1` is a DECIMAL/NUMERIC in DuckDB and
 * PostgreSQL, whose conversion to double need not round the same way).
 *
 * - DuckDB, PostgreSQL: "ident" ("" doubles a quote), 'text' ('' doubles a quote; backslash is
 *   an ordinary character: PostgreSQL's standard_conforming_strings, on since 9.1).
 * - Spark SQL, Hive: `ident` (`` doubles a backtick), 'text' with backslash escapes (\\ and \').
 * - ClickHouse: "ident" and 'text' with backslash escapes (\\, \" and \').
 */
import { InputError } from '../errors.ts';

export const DIALECTS = ['duckdb', 'postgres', 'spark', 'hive', 'clickhouse'] as const;
export type Dialect = (typeof DIALECTS)[number];

export interface DialectRules {
  ident(name: string): string;
  str(text: string): string;
  num(v: number): string;
  /** A column or expression read as a double (NULL stays NULL). */
  double(expr: string): string;
  /** The natural logarithm of a double expression. */
  ln(expr: string): string;
  /** A NULL of type double, and of type text. */
  nullDouble: string;
  nullText: string;
}

/** Characters no engine accepts inside a quoted name or literal. */
function checkText(s: string, what: string): string {
  if (s.includes('\u0000')) throw new InputError('model.sql-text', `${what} ${JSON.stringify(s)} contains a NUL character, which no SQL engine accepts in a name or text.`, {}, { what, text: JSON.stringify(s) });
  return s;
}

const backslashed = (s: string, quote: string) => s.replace(/\\/g, '\\\\').split(quote).join(`\\${quote}`).replace(/\n/g, '\\n').replace(/\r/g, '\\r');

export function dialectRules(dialect: Dialect): DialectRules {
  const numText = (v: number): string => {
    if (!Number.isFinite(v)) throw new InputError('model.sql-number', `The number ${v} cannot be written in SQL.`, {}, { value: String(v) });
    return String(v); // shortest round-trip decimal
  };
  switch (dialect) {
    case 'duckdb':
    case 'postgres': {
      const type = dialect === 'duckdb' ? 'DOUBLE' : 'DOUBLE PRECISION';
      return {
        ident: (n) => `"${checkText(n, 'The name').replace(/"/g, '""')}"`,
        str: (t) => `'${checkText(t, 'The text').replace(/'/g, "''")}'`,
        num: (v) => `CAST('${numText(v)}' AS ${type})`,
        double: (e) => `CAST(${e} AS ${type})`,
        ln: (e) => `LN(${e})`,
        nullDouble: `CAST(NULL AS ${type})`,
        nullText: `CAST(NULL AS ${dialect === 'duckdb' ? 'VARCHAR' : 'TEXT'})`,
      };
    }
    case 'spark':
    case 'hive':
      return {
        ident: (n) => `\`${checkText(n, 'The name').replace(/`/g, '``')}\``,
        str: (t) => `'${backslashed(checkText(t, 'The text'), "'")}'`,
        num: (v) => `CAST('${numText(v)}' AS DOUBLE)`,
        double: (e) => `CAST(${e} AS DOUBLE)`,
        ln: (e) => `LN(${e})`,
        nullDouble: 'CAST(NULL AS DOUBLE)',
        nullText: 'CAST(NULL AS STRING)',
      };
    case 'clickhouse':
      return {
        ident: (n) => `"${backslashed(checkText(n, 'The name'), '"')}"`,
        str: (t) => `'${backslashed(checkText(t, 'The text'), "'")}'`,
        num: (v) => `toFloat64('${numText(v)}')`,
        double: (e) => `CAST(${e} AS Nullable(Float64))`,
        ln: (e) => `log(${e})`,
        nullDouble: 'CAST(NULL AS Nullable(Float64))',
        nullText: 'CAST(NULL AS Nullable(String))',
      };
  }
}

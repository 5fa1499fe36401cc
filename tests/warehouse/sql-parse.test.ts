/**
 * Spark SQL and Hive cannot run here: their statements are parsed with dt-sql-parser's SparkSQL
 * and HiveSQL grammars (ANTLR), with the hostile names of hostile.ts in every identifier and text.
 */
import { readFileSync } from 'node:fs';
import { HiveSQL, SparkSQL } from 'dt-sql-parser';
import { describe, expect, it } from 'vitest';
import { dialectRules, DIALECTS } from '../../src/core/scoring-model/dialect.ts';
import { readScoringModel } from '../../src/core/scoring-model/read.ts';
import { scoringSql } from '../../src/core/scoring-model/sql.ts';
import { hostileModel } from './hostile.ts';

const model = hostileModel(readScoringModel(readFileSync(new URL('../fixtures/warehouse/sample.model.json', import.meta.url), 'utf8')));

describe('Spark SQL and Hive statements', () => {
  for (const [dialect, Parser] of [['spark', SparkSQL], ['hive', HiveSQL]] as const) {
    it(`parse with dt-sql-parser's ${dialect} grammar, hostile names included`, () => {
      const sql = scoringSql(model, { dialect, table: 'bank.customers' });
      expect(new Parser().validate(sql)).toEqual([]);
      // the same statement with one name left unescaped does not parse: the check can fail
      const r = dialectRules(dialect);
      const broken = sql.replace(r.ident(model.idColumn!), `\`${model.idColumn}\``);
      expect(new Parser().validate(broken).length).toBeGreaterThan(0);
    }, 60_000);
  }
});

describe('quoting per dialect', () => {
  it('doubles the quote character in identifiers and escapes backslashes where the dialect reads them', () => {
    expect(dialectRules('duckdb').ident('a"b')).toBe('"a""b"');
    expect(dialectRules('postgres').str("it's \\ fine")).toBe("'it''s \\ fine'");
    expect(dialectRules('spark').ident('a`b')).toBe('`a``b`');
    expect(dialectRules('hive').str("it's \\")).toBe("'it\\'s \\\\'");
    expect(dialectRules('clickhouse').ident('a"b\\')).toBe('"a\\"b\\\\"');
  });

  it('writes every number as the shortest decimal that reads back as the same double', () => {
    for (const d of DIALECTS) {
      const lit = dialectRules(d).num(0.1 + 0.2);
      expect(Number(/'([^']+)'/.exec(lit)![1])).toBe(0.1 + 0.2);
    }
  });

  it('refuses a NUL character in a name instead of writing it into the SQL', () => {
    expect(() => dialectRules('postgres').ident('a\u0000b')).toThrow(/NUL/);
  });
});

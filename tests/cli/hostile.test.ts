/**
 * The CLI on the held-out hostile inputs of issue 16 (tests/fixtures/bad/): a clear message on
 * stderr and exit code 2 for each, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bigFixtures } from '../fixtures/bad/make.ts';

const root = new URL('../../', import.meta.url);
const SAMPLE = 'datasets/corporate_customers.csv';
const BAD = 'tests/fixtures/bad/';

/** Runs the real CLI as a user would (npm run --silent cli -- …). */
function cli(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The fixtures built at test time, written to a temporary folder. */
const bigDir = (() => {
  let dir: string | undefined;
  return (name: string): string => {
    if (!dir) {
      dir = mkdtempSync(join(tmpdir(), 'valueseg-bad-'));
      for (const [n, b] of Object.entries(bigFixtures())) writeFileSync(join(dir, n), b);
    }
    return join(dir, name);
  };
})();

/** Exit 2 with a message and no stack trace. */
function refused(r: ReturnType<typeof cli>): string {
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.code).toBe(2);
  return r.stderr;
}

describe('cli on issue 16 hostile input', () => {
  it('case 1: run names each project field holding a number instead of text, with exit code 2', () => {
    const err = refused(cli(['run', '--project', `${BAD}project-number-for-text.json`, '--data', SAMPLE]));
    expect(err).toBe(
      `valueseg: ${BAD}project-number-for-text.json is not a valid project:\n` +
        '  data.source: is 7; expected a file name as text\n' +
        '  data.idColumn: is 5; expected a column name as text\n' +
        '  options.segmentation.compositionColumn: is 3; expected a column name as text\n',
    );
  });

  it('case 2: run refuses a project nested 200,000 levels deep, and ahp a 100,000-deep matrix, naming where', () => {
    const p = bigDir('project-deep-nesting.json');
    expect(refused(cli(['run', '--project', p, '--data', SAMPLE]))).toBe(
      `valueseg: ${p}: The JSON nests lists or objects more than 64 levels deep (line 261, column 75); ValueSeg reads at most 64 levels, so the file was not read.\n`,
    );
    const a = bigDir('ahp-deep-nesting.json');
    expect(refused(cli(['ahp', a]))).toBe(`valueseg: ${a}: The JSON nests lists or objects more than 64 levels deep (line 1, column 65); ValueSeg reads at most 64 levels, so the file was not read.\n`);
  });

  it('case 5: run refuses a project of a newer version, saying which version it reads', () => {
    expect(refused(cli(['run', '--project', `${BAD}project-wrong-version.json`, '--data', SAMPLE]))).toBe(
      `valueseg: ${BAD}project-wrong-version.json is not a valid project:\n  version: is 2; this version of ValueSeg reads project version 1\n`,
    );
  });

  it('case 3: sweep on ±1.7e308 and 5e-324 columns gives finite results when scaled (FIXED: "only 1 distinct customer" under z) and refuses unscaled values, naming row and column', () => {
    for (const scale of ['minmax', 'z']) {
      const r = cli(['sweep', '--data', `${BAD}csv-extreme-range.csv`, '--columns', 'huge,tiny', '--kmin', '2', '--kmax', '3', '--scale', scale]);
      expect(r.stderr, scale).toBe('');
      const out = JSON.parse(r.stdout);
      expect(out.n).toBe(6);
      for (const k of out.results) expect(Number.isFinite(k.inertia) && Number.isFinite(k.silhouette), `${scale} k=${k.k}`).toBe(true);
    }
    expect(refused(cli(['sweep', '--data', `${BAD}csv-extreme-range.csv`, '--columns', 'huge', '--kmax', '3']))).toBe(
      'valueseg: Row 2, column "huge": value is 1.7e+308; k-means squares distances, which overflow for values beyond ±1e150. Rescale the column (min–max or z-scores; in the CLI --scale minmax or z).\n',
    );
  });

  it('case 4: sweep reads a 150,000-digit cell as text at once and says why its row was dropped', () => {
    const r = cli(['sweep', '--data', bigDir('csv-long-digits.csv'), '--columns', 'deposits', '--kmax', '3']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.n).toBe(9);
    expect(out.dropped).toBe(1);
    expect(out.missing).toEqual([{ column: 'deposits', missing: 1, lines: [11] }]);
    expect(out.warnings).toEqual([
      'Column "deposits" has 1 cell that is not a number (line 11: "1111111111111111111111111111111111111111…"); it is treated as missing. The cell on line 11 has 150,001 characters; a number has at most 400, so it is read as text: check that the column was split where you expect.',
    ]);
  });

  it('case 6: ahp refuses a matrix over more than 30 items (31 and 1200) before computing', () => {
    expect(refused(cli(['ahp', `${BAD}ahp-31-items.json`]))).toBe(
      `valueseg: The judgment matrix (${BAD}ahp-31-items.json, 31×31) compares 31 items; AHP compares at most 30 (that is already 435 judgments): group the items under sub-criteria.\n`,
    );
    const big = bigDir('ahp-1200-items.json');
    expect(refused(cli(['ahp', big]))).toBe(
      `valueseg: The judgment matrix (${big}, 1200×1200) compares 1200 items; AHP compares at most 30 (that is already 435 judgments): group the items under sub-criteria.\n`,
    );
  });

  const sweepOf = (file: string) => {
    const r = cli(['sweep', '--data', `${BAD}${file}`, '--columns', 'deposits', '--kmin', '2', '--kmax', '2']);
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout);
  };

  it('case 7: sweep reads a UTF-8 file cut off inside its last character as UTF-8 and names the line', () => {
    const r = cli(['sweep', '--data', `${BAD}csv-utf8-truncated.csv`, '--column', '存款', '--column', '贷款', '--kmin', '2', '--kmax', '2']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.n).toBe(3);
    expect(out.warnings).toEqual([
      'The file ends in the middle of a character (line 4, the last line): its last bytes start a character whose rest is missing, so the file was probably cut off. It was read as UTF-8 without that character; check that line 4 is complete.',
    ]);
  });

  it('case 7: sweep reads a Shift-JIS file as Shift-JIS (its Japanese column names are found) and says so', () => {
    const r = cli(['sweep', '--data', `${BAD}csv-shift-jis.csv`, '--column', '預金', '--kmin', '2', '--kmax', '2']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).warnings).toEqual([
      'The file is not UTF-8 (line 1 has bytes that are not UTF-8) and its characters read as Japanese (kana), so it was read as Shift-JIS (Japanese Excel), not as Chinese GB18030. If the text looks wrong, save the file as "CSV UTF-8".',
    ]);
  });

  it('case 10: a column of decimal-comma amounts is refused saying why and how, not only "is identifier"', () => {
    const r = cli(['sweep', '--data', `${BAD}csv-foreign-numbers.csv`, '--column', 'deposits', '--kmin', '2', '--kmax', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(
      `valueseg: Column "deposits" of ${BAD}csv-foreign-numbers.csv is identifier, not numeric. Column "deposits" is read as identifier, not as numbers: 4 of its 6 filled cells (67%) are numbers written with a decimal comma (line 2: "1.234,5"): this tool reads "." as the decimal point and "," as the thousands separator. Save the file with "." decimals (or replace "," by "." in this column), then open it again.`,
    );
  });

  it('case 10: a stray quote in the header is named with its line, not "no data rows"', () => {
    const r = cli(['sweep', '--data', `${BAD}csv-quote-header.csv`, '--column', 'deposits', '--kmin', '2', '--kmax', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The header on line 1 opens a quoted field ("deposits,loans…") that is never closed, so the rest of the file (lines 1 to 4) was read as one column name and no data rows are left.');
    expect(r.stderr).not.toContain('    at ');
  });

  it('case 8: sweep warns that ¥ and 元 in one column are two notations', () => {
    expect(sweepOf('csv-currency-yen-yuan.csv').warnings).toEqual([
      'Column "deposits" mixes currencies: "¥", "元" (first seen on lines 2, 3). "¥" is the sign of both the yuan and the yen, so check that the "¥" amounts are yuan like the "元" ones. The amounts are read as plain numbers, without conversion, so they are added and compared as if they were one currency; convert them to one currency in the file.',
    ]);
  });

  it('case 8: sweep warns that a column mixes currencies, naming the lines', () => {
    expect(sweepOf('csv-mixed-currency.csv').warnings).toEqual([
      'Column "deposits" mixes currencies: "$", "¥" (first seen on lines 2, 3); line 4 ("$5元") names two currencies in one cell. The amounts are read as plain numbers, without conversion, so they are added and compared as if they were one currency; convert them to one currency in the file.',
    ]);
  });

  it('case 9: sweep lists header names holding invisible characters', () => {
    const out = sweepOf('csv-invisible-header.csv');
    expect(out.warnings).toHaveLength(2);
    expect(out.warnings[0]).toContain('The name of column 3, "lo<U+200B>ans", holds invisible characters (U+200B');
    expect(out.warnings[1]).toContain('The name of column 4, "<U+202E>growth", holds invisible characters (U+202E');
  });

  it('case 10: sweep reads 千 萬 億 and RMB amounts as numbers, dropping nothing', () => {
    const out = sweepOf('csv-number-multipliers.csv');
    expect(out.n).toBe(6);
    expect(out.dropped).toBe(0);
    expect(out.warnings).toBeUndefined();
  });

  it('case 10: sweep reads an Excel "sep=;" file and says so', () => {
    const out = sweepOf('csv-excel-sep.csv');
    expect(out.n).toBe(6);
    expect(out.warnings).toEqual(['Line 1 ("sep=;") is Excel\'s note of the delimiter, not data: the file is read with ";" as the delimiter and the header on line 2.']);
  });

  it('case 10: --column (repeatable) names a column holding a comma, which --columns cannot', () => {
    const ok = cli(['sweep', '--data', `${BAD}csv-comma-in-name.csv`, '--column', 'deposits, CNY', '--column', 'loans', '--kmin', '2', '--kmax', '2']);
    expect(ok.stderr).toBe('');
    expect(JSON.parse(ok.stdout).columns).toEqual(['deposits, CNY', 'loans']);
    expect(refused(cli(['sweep', '--data', `${BAD}csv-comma-in-name.csv`, '--columns', 'deposits, CNY', '--kmax', '2']))).toContain('has no column "deposits"');
  });

  it('case 10: run lists the first 100 of 60,000 project problems and counts the rest', () => {
    const p = bigDir('project-60000-problems.json');
    const err = refused(cli(['run', '--project', p, '--data', SAMPLE])).trimEnd().split('\n');
    expect(err).toHaveLength(102);
    expect(err[1]).toBe('  data.types["c1"]: is "money"; expected identifier, numeric or categorical');
    expect(err[101]).toBe('  (root): and 59,900 more problems, not listed (59,900 of them errors); fix the ones above and check again');
  });

  it('case 6: run refuses a project whose judgment matrix compares 31 items, naming its path, before computing', () => {
    const err = refused(cli(['run', '--project', `${BAD}project-31-items.json`, '--data', SAMPLE]));
    expect(err).toContain(
      '\n  judgments[1].items: The judgment matrix (node Current value) compares 31 items; AHP compares at most 30 (that is already 435 judgments): group the items under sub-criteria.\n',
    );
  });

  it('case 10: run names the line of an unreadable cell in the tier source and in the ABC source, and how many there are', () => {
    const tier = refused(cli(['run', '--project', 'datasets/corporate_customers.project.json', '--data', `${BAD}csv-abc-unreadable.csv`]));
    expect(tier).toContain(
      'options.scoring.tiers.source: column "avg_daily_deposits" has a missing or unreadable value on line 5 (2 rows in all) in the rows used; impute missing values or fix the cell, or choose another column.',
    );
    const abc = refused(cli(['run', '--project', `${BAD}project-abc-source.json`, '--data', `${BAD}csv-abc-unreadable.csv`]));
    expect(abc).toContain(
      'options.scoring.abc.source: column "avg_daily_deposits" has a missing or unreadable value on line 5 (2 rows in all) in the rows used; impute missing values or fix the cell, or choose another column.',
    );
  });

  it('case 10: sweep clips two 200,000-character header names to 60 characters in its warning instead of repeating them', () => {
    const r = cli(['sweep', '--data', bigDir('csv-long-header.csv'), '--column', 'loans', '--kmin', '2', '--kmax', '2']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    const x60 = 'x'.repeat(60);
    expect(out.warnings).toEqual([`Columns 2 and 3 are both named "${x60}…"; column 3 is renamed to "${x60}…".`]);
    expect(r.stdout.length).toBeLessThan(5000);
  });
});

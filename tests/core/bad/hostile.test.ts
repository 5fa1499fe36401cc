/**
 * The held-out hostile inputs of issue 16 (tests/fixtures/bad/, listed in its README): each is
 * refused or read with the exact message the user sees, nothing crashes, nothing hangs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable, readTableChunks } from '../../../src/core/data/read.ts';
import type { Problem } from '../../../src/core/errors.ts';
import { checkJsonDepth, readProjectFile } from '../../../src/core/model/file.ts';
import { validateProject } from '../../../src/core/model/validate.ts';
import { runPipeline, tableColumns } from '../../../src/core/pipeline.ts';
import type { InputError } from '../../../src/core/errors.ts';
import { openSavedProject } from '../../../src/state/restore.ts';
import { bigFixture, fixture, fixtureText, said } from './helpers.ts';
import { histogram } from '../../../src/core/stats/distribution.ts';
import { scoreBins } from '../../../src/core/stats/distribution.ts';
import { minMax, zScore } from '../../../src/core/weighting/normalise.ts';
import { checkPoints, pointsFromColumns } from '../../../src/core/cluster/points.ts';
import { MAX_NUMBER_CHARS, parseNumber } from '../../../src/core/data/number.ts';
import { toMatrix, tooManyItems } from '../../../src/core/ahp/judgment.ts';
import { problemMessage, type CoreMessage } from '../../../src/i18n/index.ts';

const root = new URL('../../../', import.meta.url);
const sampleText = readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8');
const data = readTable(readFileSync(new URL('datasets/corporate_customers.csv', root)));
const columns = tableColumns(data.table, data.report);
const strip = (ps: Problem[]) => ps.map((p) => ({ severity: p.severity, code: p.code, message: p.message, where: p.where }));
const text = (name: string) => new TextDecoder().decode(bigFixture(name));

describe('case 1: a number where text is expected', () => {
  const expected = [
    { severity: 'error', code: 'project.invalid', message: 'data.source: is 7; expected a file name as text', where: { path: 'data.source' } },
    { severity: 'error', code: 'project.invalid', message: 'data.idColumn: is 5; expected a column name as text', where: { path: 'data.idColumn' } },
    said('error', 'project.invalid', 'options.segmentation.compositionColumn: is 3; expected a column name as text', { path: 'options.segmentation.compositionColumn' }),
  ];

  it('names each field of the wrong type by path instead of failing with "v.startsWith is not a function"', () => {
    const r = readProjectFile(fixtureText('project-number-for-text.json'), columns);
    if (r.ok || r.reason !== 'invalid') throw new Error(`expected an invalid project, got ${JSON.stringify(r).slice(0, 200)}`);
    expect(strip(r.problems)).toEqual(expected);
  });

  it('gives the same problems when checked against the data (the check that threw before)', () => {
    expect(strip(validateProject(JSON.parse(fixtureText('project-number-for-text.json')), columns).filter((p) => p.severity === 'error'))).toEqual(expected);
  });

  it('never throws, whatever value sits in any field of the sample project', () => {
    const sample = JSON.parse(sampleText);
    const odd: unknown[] = [5, null, true, [], {}, [[]], 'x', -1, 1e308];
    const paths: string[][] = [];
    const walk = (v: unknown, path: string[]) => {
      paths.push(path);
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, k]);
    };
    walk(sample, []);
    for (const path of paths.slice(1)) {
      for (const value of odd) {
        const p = JSON.parse(sampleText);
        let cur = p;
        for (const k of path.slice(0, -1)) cur = cur[k];
        cur[path.at(-1)!] = value;
        expect(() => validateProject(p, columns), `${path.join('.')} = ${JSON.stringify(value)}`).not.toThrow();
      }
    }
  });
});

describe('case 2: JSON nested 200,000 levels deep', () => {
  it('refuses a project file with a 200,000-deep unknown field before parsing it, naming line and column', () => {
    const r = readProjectFile(text('project-deep-nesting.json'), columns);
    if (r.ok || r.reason !== 'too-deep') throw new Error(`expected too-deep, got ${JSON.stringify(r).slice(0, 200)}`);
    expect(r.problem.code).toBe('json.too-deep');
    expect(r.problem.message).toBe('The JSON nests lists or objects more than 64 levels deep (line 261, column 75); ValueSeg reads at most 64 levels, so the file was not read.');
    expect(r.problem.params).toEqual({ max: 64, line: 261, column: 75 });
  });

  it('counts only brackets outside strings, and accepts the sample and 64 levels', () => {
    expect(() => checkJsonDepth(sampleText)).not.toThrow();
    expect(() => checkJsonDepth(JSON.stringify({ a: '['.repeat(1000) }))).not.toThrow();
    expect(() => checkJsonDepth(JSON.stringify({ a: '\\"['.repeat(1000) }))).not.toThrow();
    expect(() => checkJsonDepth('['.repeat(64) + ']'.repeat(64))).not.toThrow();
    expect(() => checkJsonDepth('['.repeat(65) + ']'.repeat(65))).toThrow('(line 1, column 65)');
  });

  it('holds a 200,000-deep autosave instead of opening it, with the same problem', () => {
    const { project, held } = openSavedProject(text('project-deep-nesting.json'));
    expect(project).toBeNull();
    expect(held?.reason).toBe('unreadable');
    expect(held?.problem.code).toBe('json.too-deep');
    expect(held?.text).toBe(text('project-deep-nesting.json'));
  });
});

describe('case 5: an autosave from a newer release', () => {
  it('is held as "newer" with its version and its text exactly as stored, not opened and not replaced', () => {
    const saved = fixtureText('project-wrong-version.json');
    const { project, held } = openSavedProject(saved);
    expect(project).toBeNull();
    expect(held).toEqual({
      reason: 'newer',
      text: saved,
      version: 2,
      problem: expect.objectContaining({ code: 'project.version', message: 'version: is 2; this version of ValueSeg reads project version 1' }),
    });
  });

  it('holds an autosave of the wrong shape as unreadable, naming the first problem by path', () => {
    const { held } = openSavedProject(fixtureText('project-number-for-text.json'));
    expect(held?.reason).toBe('unreadable');
    expect(held?.problem.message).toBe('data.source: is 7; expected a file name as text');
    expect(openSavedProject('{"version": 1, "name": ').held?.problem.code).toBe('project.not-json');
  });

  it('opens a good autosave as the project', () => {
    const { project, held } = openSavedProject(sampleText);
    expect(held).toBeNull();
    expect(project).toEqual(JSON.parse(sampleText));
  });
});

describe('case 3: columns at the ends of the double range', () => {
  const read = readTable(fixture('csv-extreme-range.csv'));
  const col = (name: string) => read.table.column(name) as unknown as Float64Array;

  it('reads ±1.7e308 and 5e-324 as numbers, with no problem', () => {
    expect(read.report.columns.map((c) => c.type)).toEqual(['identifier', 'numeric', 'numeric', 'numeric']);
    expect(Array.from(col('huge'))).toEqual([1.7e308, -1.7e308, 0, 1.7e308, -1.7e308, 0]);
    expect(Array.from(col('tiny'))).toEqual([0, 5e-324, 0, 5e-324, 0, 5e-324]);
    expect(read.report.problems).toEqual([]);
  });

  it('gives the data step finite histogram bins holding every value (FIXED: an infinite or zero width crashed "reading \'count\'")', () => {
    for (const name of ['huge', 'tiny']) {
      const bins = histogram(col(name));
      expect(bins.reduce((s, b) => s + b.count, 0), name).toBe(6);
      for (const b of bins) expect(Number.isFinite(b.x0) && Number.isFinite(b.x1), `${name} ${JSON.stringify(b)}`).toBe(true);
    }
    const huge = histogram(col('huge'));
    expect([huge[0].count, huge[8].count, huge[15].count]).toEqual([2, 2, 2]); // −1.7e308, 0 (the middle), 1.7e308
    const tiny = histogram(col('tiny'));
    expect([tiny[0].count, tiny[15].count]).toEqual([3, 3]);
  });

  it('gives score histograms finite bins holding every value', () => {
    for (const values of [col('huge'), col('tiny'), Float64Array.of(-Number.MAX_VALUE, Number.MAX_VALUE)]) {
      const bins = scoreBins(values);
      expect(bins.reduce((s, b) => s + b.count, 0)).toBe(values.length);
      for (const b of bins) expect(Number.isFinite(b.x1) && Number.isFinite(b.x2)).toBe(true);
    }
  });

  it('normalises ±1.7e308 to what the arithmetic says (min–max 1, 0, ½; z = ±1/√0.8, 0) instead of NaN or "constant"', () => {
    expect(Array.from(minMax(col('huge')).values)).toEqual([1, 0, 0.5, 1, 0, 0.5]);
    const z = zScore(col('huge'));
    expect(z.constant).toBe(false);
    expect(Math.abs(z.mean)).toBeLessThan(1e-15 * 1.7e308); // 0 up to rounding
    expect(z.sd).toBeCloseTo(1.7e308 * Math.sqrt(0.8), -295);
    const expected = [1, -1, 0, 1, -1, 0].map((v) => v / Math.sqrt(0.8));
    Array.from(z.values).forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
  });

  it('refuses to cluster unscaled values beyond ±1e150, naming row and column', () => {
    expect(() => checkPoints(pointsFromColumns([col('huge')]), { columns: ['huge'], lines: read.lines })).toThrow(
      'Row 2, column "huge": value is 1.7e+308; k-means squares distances, which overflow for values beyond ±1e150. Rescale the column (min–max or z-scores; in the CLI --scale minmax or z).',
    );
  });
});

describe('case 4: a 150,000-digit cell', () => {
  it('is read as text in linear time and named with its length (FIXED: the number patterns took 72 s)', () => {
    const { report } = readTable(bigFixture('csv-long-digits.csv'));
    const deposits = report.columns.find((c) => c.name === 'deposits')!;
    expect(deposits.type).toBe('numeric');
    expect(deposits.invalidExamples).toEqual(['1111111111111111111111111111111111111111…']);
    expect(strip(report.problems)).toEqual([
      said('warning', 'csv.invalid-number', 'Column "deposits" has 1 cell that is not a number (line 11: "1111111111111111111111111111111111111111…"); it is treated as missing. The cell on line 11 has 150,001 characters; a number has at most 400, so it is read as text: check that the column was split where you expect.', { column: 'deposits', row: 11 }),
    ]);
  });

  it('parses numbers up to 400 characters (5e-324 written out in full) and no longer ones', () => {
    const full = '0.' + '0'.repeat(323) + '5';
    expect(full.length).toBeLessThanOrEqual(MAX_NUMBER_CHARS);
    expect(parseNumber(full)).toBe(5e-324);
    expect(parseNumber('1'.repeat(308))).toBe(Number('1'.repeat(308)));
    expect(parseNumber('1'.repeat(401))).toBeNaN();
    expect(parseNumber('1'.repeat(150_000))).toBeNaN();
  });
});

describe('case 6: AHP matrix size', () => {
  it('refuses a matrix over more than 30 items in the core, naming the node and path', () => {
    const items = Array.from({ length: 31 }, (_, i) => `i${i}`);
    const jm = { node: 'goal', expert: 'e1', items, matrix: JSON.parse(fixtureText('ahp-31-items.json')) };
    expect(() => toMatrix(jm, { goal: 'Value' }, { path: 'judgments[0]' })).toThrow(
      'The judgment matrix (node Value, expert e1) compares 31 items; AHP compares at most 30 (that is already 435 judgments): group the items under sub-criteria.',
    );
  });

  it('names a project matrix over 31 items by path', () => {
    const p = JSON.parse(sampleText);
    const items = Array.from({ length: 31 }, (_, i) => `i${i}`);
    p.hierarchy.criteria[0].indicators = items.map((id) => ({ id, name: id, column: id, direction: 'benefit' }));
    p.judgments[1].items = items;
    p.judgments[1].matrix = JSON.parse(fixtureText('ahp-31-items.json'));
    const problems = validateProject(p).filter((x) => x.code === 'ahp.too-many-items');
    expect(strip(problems)).toEqual([
      said('error', 'ahp.too-many-items', 'judgments[1].items: The judgment matrix (node Current value) compares 31 items; AHP compares at most 30 (that is already 435 judgments): group the items under sub-criteria.', { path: 'judgments[1].items' }),
    ]);
  });
});

describe('case 6: the cap said in each language', () => {
  const x = (f: () => unknown): InputError => {
    try {
      f();
    } catch (e) {
      return e as InputError;
    }
    throw new Error('expected a refusal');
  };
  const jm = { node: 'current', expert: 'e1', items: Array.from({ length: 31 }, (_, i) => `i${i}`), matrix: [] as number[][] };
  const cases: [string, CoreMessage, string][] = [
    ['node-expert', x(() => toMatrix(jm, { current: '当前价值', e1: '专家 1' })).toProblem(), '判断矩阵（节点“当前价值”，专家“专家 1”）比较 31 项；AHP 最多比较 30 项（这已是 435 个判断）：请把这些项归入子准则。'],
    ['file', tooManyItems(31, { file: 'm.json', size: 31 }).toProblem(), '判断矩阵（m.json，31×31）比较 31 项；AHP 最多比较 30 项（这已是 435 个判断）：请把这些项归入子准则。'],
  ];
  it.each(cases)('words "node" and "expert" in Chinese, with no English left (variant %s; FIXED: "判断矩阵（node Current value）")', (variant, p, zh) => {
    expect(p.variant).toBe(variant);
    expect(problemMessage('zh-CN', p)).toBe(zh);
    expect(problemMessage('en', p)).toBe(p.message);
  });

  it('names the node in Chinese for a project matrix (variant node)', () => {
    const p = JSON.parse(sampleText);
    const items = Array.from({ length: 31 }, (_, i) => `i${i}`);
    p.hierarchy.criteria[0].indicators = items.map((id) => ({ id, name: id, column: id, direction: 'benefit' }));
    p.judgments[1].items = items;
    p.judgments[1].matrix = JSON.parse(fixtureText('ahp-31-items.json'));
    const problem = validateProject(p).find((q) => q.code === 'ahp.too-many-items')!;
    expect(problem.variant).toBe('node');
    expect(problemMessage('zh-CN', problem, { withoutPath: true })).toBe('判断矩阵（节点“Current value”）比较 31 项；AHP 最多比较 30 项（这已是 435 个判断）：请把这些项归入子准则。');
  });
});

describe('case 7: decoding by the evidence', () => {
  const truncated = said('warning', 'csv.truncated', 'The file ends in the middle of a character (line 4, the last line): its last bytes start a character whose rest is missing, so the file was probably cut off. It was read as UTF-8 without that character; check that line 4 is complete.', { row: 4 });

  it('reads UTF-8 cut off inside its last character as UTF-8, naming the line, instead of decoding it all as Windows-1252 (FIXED)', () => {
    const { table, report } = readTable(fixture('csv-utf8-truncated.csv'));
    expect(report.encoding).toBe('utf-8');
    expect(table.columnNames()).toEqual(['客户号', '存款', '贷款', '行业']);
    expect(table.array('行业')).toEqual(['制造业', '批发零售', '餐']);
    expect(strip(report.problems)).toEqual([truncated]);
  });

  it('says the same when the file arrives in pieces cut anywhere, before and after the encoding is chosen', () => {
    const bytes = fixture('csv-utf8-truncated.csv');
    for (let at = 1; at < bytes.length; at += 7) {
      for (const decideAfter of [8, 1 << 16]) {
        const r = readTableChunks([bytes.subarray(0, at), bytes.subarray(at)], { decideAfter, startAfter: 0 });
        expect(r.report.encoding).toBe('utf-8');
        expect(strip(r.report.problems)).toEqual([truncated]);
        expect(r.table.array('行业')).toEqual(['制造业', '批发零售', '餐']);
      }
    }
  });

  it('still reads an ASCII file ending in a lone Latin-1 byte as Windows-1252: without other characters there is no evidence for UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('id,city\nC1,Caf'), 0xe9]);
    const { table, report } = readTable(bytes);
    expect(report.encoding).toBe('windows-1252');
    expect(table.array('city')).toEqual(['Café']);
  });

  it('reads a Shift-JIS file as Shift-JIS, saying so, instead of taking it for GB18030 (FIXED: the Japanese became Chinese mojibake)', () => {
    const { table, report } = readTable(fixture('csv-shift-jis.csv'));
    expect(report.encoding).toBe('shift_jis');
    expect(table.columnNames()).toEqual(['顧客番号', '業種', '預金']);
    expect(table.array('業種')).toEqual(['メーカー', '小売り', 'レストラン', 'ぎんこう']);
    expect(strip(report.problems)).toEqual([
      said('warning', 'csv.encoding', 'The file is not UTF-8 (line 1 has bytes that are not UTF-8) and its characters read as Japanese (kana), so it was read as Shift-JIS (Japanese Excel), not as Chinese GB18030. If the text looks wrong, save the file as "CSV UTF-8".', { row: 1 }),
    ]);
  });

  it('keeps reading GBK and GB18030 files (the Chinese corpus) as GB18030', () => {
    for (const f of ['csv-gbk.csv', 'csv-gb18030-4byte.csv']) expect(readTable(fixture(f)).report.encoding).toBe('gb18030');
    for (const f of ['tests/fixtures/newproject/wholesale_gbk.csv', 'tests/fixtures/data/customers.gbk.csv']) expect(readTable(readFileSync(new URL(f, root))).report.encoding).toBe('gb18030');
  });
});

describe('case 8: mixed currencies in one column', () => {
  it('warns naming each currency with its first line, and the cell naming two (FIXED: they were added silently)', () => {
    const { table, report } = readTable(fixture('csv-mixed-currency.csv'));
    expect(Array.from(table.column('deposits') as unknown as Float64Array)).toEqual([7511, 7502, 5, 1200, 300, 80]);
    expect(strip(report.problems)).toEqual([
      said('warning', 'csv.mixed-currency', 'Column "deposits" mixes currencies: "$", "¥" (first seen on lines 2, 3); line 4 ("$5元") names two currencies in one cell. The amounts are read as plain numbers, without conversion, so they are added and compared as if they were one currency; convert them to one currency in the file.', { column: 'deposits', row: 2 }),
    ]);
  });

  it('does not warn for one notation written several ways (¥ and ￥; 元, RMB and ¥…元)', () => {
    expect(readTable(new TextEncoder().encode('id,amount\nC1,¥5\nC2,￥6\nC3,9\n')).report.problems).toEqual([]);
    expect(readTable(new TextEncoder().encode('id,amount\nC1,7元\nC2,RMB 8\nC3,¥9元\n')).report.problems).toEqual([]);
  });

  it('counts ¥ and 元 in one column as two notations, since ¥ is also the yen sign (FIXED: they were taken as one currency)', () => {
    const { table, report } = readTable(fixture('csv-currency-yen-yuan.csv'));
    expect(Array.from(table.column('deposits') as unknown as Float64Array)).toEqual([7502, 5, 80, 300, 1200]);
    expect(strip(report.problems)).toEqual([
      said('warning', 'csv.mixed-currency', 'Column "deposits" mixes currencies: "¥", "元" (first seen on lines 2, 3). "¥" is the sign of both the yuan and the yen, so check that the "¥" amounts are yuan like the "元" ones. The amounts are read as plain numbers, without conversion, so they are added and compared as if they were one currency; convert them to one currency in the file.', { column: 'deposits', row: 2 }),
    ]);
    expect(report.problems[0].variant).toBe('yen-yuan');
  });
});

describe('case 9: invisible characters in header names', () => {
  it('flags a zero-width space and a right-to-left override, showing where they are, and keeps the names', () => {
    const { report } = readTable(fixture('csv-invisible-header.csv'));
    expect(report.columns.map((c) => c.name)).toEqual(['customer_id', 'deposits', 'lo\u200bans', '\u202egrowth']);
    expect(strip(report.problems)).toEqual([
      said('warning', 'csv.invisible-header', 'The name of column 3, "lo<U+200B>ans", holds invisible characters (U+200B: text-direction controls or zero-width marks) that can make it display as another name; it is kept as written. Retype the name in the file.', { row: 1, column: 'lo\u200bans' }),
      said('warning', 'csv.invisible-header', 'The name of column 4, "<U+202E>growth", holds invisible characters (U+202E: text-direction controls or zero-width marks) that can make it display as another name; it is kept as written. Retype the name in the file.', { row: 1, column: '\u202egrowth' }),
    ]);
  });
});

describe('case 10: numbers written with 千 萬 億, US$ and RMB', () => {
  it('reads the multipliers and currency codes as numbers', () => {
    const { table, report } = readTable(fixture('csv-number-multipliers.csv'));
    expect(Array.from(table.column('deposits') as unknown as Float64Array)).toEqual([5000, 30000, 200000000, 12000, 1000, 15000]);
    expect(report.problems).toEqual([]);
    expect([parseNumber('US$1,234'), parseNumber('1,000 RMB'), parseNumber('RMB(300)')]).toEqual([1234, 1000, -300]);
  });

  it('shows a 200,000-character header name clipped to 60 characters in messages', () => {
    const long = 'x'.repeat(200_000);
    const { report } = readTable(new TextEncoder().encode(`id,${long},${long}\nC1,1,2\nC2,3,4\n`));
    const dup = report.problems.find((p) => p.code === 'csv.duplicate-column')!;
    expect(dup.message).toBe(`Columns 2 and 3 are both named "${'x'.repeat(60)}…"; column 3 is renamed to "${'x'.repeat(60)}…".`);
  });

  it('clips the name in the params too, which the Chinese message is filled with (FIXED: the Chinese read report repeated all 200,000 characters)', () => {
    const x60 = `${'x'.repeat(60)}…`;
    const { report } = readTable(bigFixture('csv-long-header.csv'));
    const dup = report.problems.find((p) => p.code === 'csv.duplicate-column')!;
    expect(dup.params).toEqual({ first: 2, column: 3, name: x60, renamed: x60 });
    expect(dup.where.column).toBe(`${'x'.repeat(200_000)} (2)`); // the column itself keeps its name
  });

  it('clips a 200,000-character column name in the column\'s own messages and their params (FIXED: "Column "xxx…" has 1 cell that is not a number" repeated it whole)', () => {
    const long = 'y'.repeat(200_000);
    const rows = Array.from({ length: 10 }, (_, i) => `C${i + 1},${i === 1 ? 'abc' : i + 1}`).join('\n');
    const { report } = readTable(new TextEncoder().encode(`id,${long}\n${rows}\n`));
    const bad = report.problems.find((p) => p.code === 'csv.invalid-number')!;
    expect(bad.message).toBe(`Column "${'y'.repeat(60)}…" has 1 cell that is not a number (line 3: "abc"); it is treated as missing.`);
    expect(bad.params?.column).toBe(`${'y'.repeat(60)}…`);
    expect(bad.where.column).toBe(long);
    expect(report.problems.every((p) => p.message.length < 1000 && JSON.stringify(p.params ?? {}).length < 1000)).toBe(true);
  });
});

describe('case 10: Excel "sep=;", long problem lists', () => {
  it('reads a file whose line 1 is "sep=;" with ";" and says so; the header is line 2 and rows keep their lines', () => {
    const { table, report, lines } = readTable(fixture('csv-excel-sep.csv'));
    expect(report.delimiter).toBe(';');
    expect(report.columns.map((c) => c.name)).toEqual(['customer_id', 'deposits', 'loans', 'growth']);
    expect(Array.from(lines).slice(0, 2)).toEqual([3, 4]);
    expect(table.numRows()).toBe(6);
    expect(strip(report.problems)).toEqual([
      { severity: 'info', code: 'csv.excel-sep', message: 'Line 1 ("sep=;") is Excel\'s note of the delimiter, not data: the file is read with ";" as the delimiter and the header on line 2.', where: { row: 1 } },
    ]);
  });

  it('lists the first 100 of 60,000 project problems and counts the rest', () => {
    const problems = validateProject(JSON.parse(text('project-60000-problems.json')));
    expect(problems).toHaveLength(101);
    expect(problems[0].message).toBe('data.types["c1"]: is "money"; expected identifier, numeric or categorical');
    expect(strip([problems[100]])).toEqual([
      said('error', 'project.more-problems', '(root): and 59,900 more problems, not listed (59,900 of them errors); fix the ones above and check again', { path: '(root)' }),
    ]);
  });
});

describe('case 10: amounts in a number style the reader does not read', () => {
  it('explains a column whose cells are > 10 % decimal-comma or 1\'234 numbers instead of typing it identifier with no word (FIXED)', () => {
    const { report } = readTable(fixture('csv-foreign-numbers.csv'));
    expect(report.columns.map((c) => c.type)).toEqual(['identifier', 'identifier', 'identifier', 'numeric']);
    expect(strip(report.problems)).toEqual([
      said('warning', 'csv.foreign-number', 'Column "deposits" is read as identifier, not as numbers: 4 of its 6 filled cells (67%) are numbers written with a decimal comma (line 2: "1.234,5"): this tool reads "." as the decimal point and "," as the thousands separator. Save the file with "." decimals (or replace "," by "." in this column), then open it again.', { column: 'deposits', row: 2 }),
      said('warning', 'csv.foreign-number', 'Column "loans" is read as identifier, not as numbers: 3 of its 6 filled cells (50%) are numbers written with \' between thousands (line 2: "1\'200"): this tool reads "," as the thousands separator, not "\'". Remove the "\'" from the numbers (or save the file without thousands separators), then open it again.', { column: 'loans', row: 2 }),
    ]);
  });

  it('says nothing at 10 % or less, or when the user chose the type', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `C${i};${i === 0 ? '1,5' : `name ${i}`}`).join('\n');
    expect(readTable(`id;label\n${rows}\n`).report.problems).toEqual([]);
    expect(readTable(fixture('csv-foreign-numbers.csv'), { types: { deposits: 'categorical', loans: 'categorical' } }).report.problems.map((p) => p.code)).not.toContain('csv.foreign-number');
  });
});


describe('case 10: an unreadable cell in the ABC or tier source column', () => {
  const sampleCsv = readFileSync(new URL('datasets/corporate_customers.csv', root), 'utf8');
  // avg_daily_deposits (column 4) of the 4th and 9th data rows (file lines 5 and 10) made unreadable.
  const damaged = sampleCsv
    .split('\n')
    .map((l, i) => (i === 4 || i === 9 ? l.split(',').map((c, j) => (j === 3 ? 'n/v' : c)).join(',') : l))
    .join('\n');
  const refusal = (edit: (p: ReturnType<typeof JSON.parse>) => void) => {
    const project = JSON.parse(sampleText);
    edit(project);
    const { table, report, lines } = readTable(damaged);
    try {
      runPipeline(project, table, { report, lines });
    } catch (e) {
      return e as InputError;
    }
    throw new Error('expected a refusal');
  };

  it('names the line of the first such cell and the count, for ABC (FIXED: it stopped the run without a line)', () => {
    const e = refusal((p) => (p.options.scoring.tiers.source = 'score:composite'));
    expect(e.code).toBe('pipeline.abc-missing');
    expect(e.message).toBe(
      'options.scoring.abc.source: column "avg_daily_deposits" has a missing or unreadable value on line 5 (2 rows in all) in the rows used; impute missing values or fix the cell, or choose another column.',
    );
    expect(e.where).toEqual({ column: 'avg_daily_deposits', row: 5, path: 'options.scoring.abc.source' });
  });

  it('names the line for tiers too', () => {
    const e = refusal(() => {});
    expect(e.code).toBe('pipeline.tier-missing');
    expect(e.message).toBe(
      'options.scoring.tiers.source: column "avg_daily_deposits" has a missing or unreadable value on line 5 (2 rows in all) in the rows used; impute missing values or fix the cell, or choose another column.',
    );
  });
});

describe('case 10: a stray quote in the header', () => {
  it('says where the quote that is never closed starts instead of "no data rows" (FIXED), whole and in pieces', () => {
    const message =
      'The header on line 1 opens a quoted field ("deposits,loans…") that is never closed, so the rest of the file (lines 1 to 4) was read as one column name and no data rows are left. Close the quote or remove it.';
    const bytes = fixture('csv-quote-header.csv');
    for (const read of [() => readTable(bytes), () => readTableChunks([bytes.subarray(0, 20), bytes.subarray(20)], { startAfter: 0, decideAfter: 8 })]) {
      let error: InputError | undefined;
      try {
        read();
      } catch (e) {
        error = e as InputError;
      }
      expect(error?.code).toBe('csv.unterminated-quote');
      expect(error?.message).toBe(message);
      expect(error?.where).toEqual({ row: 1 });
    }
  });

  it('still says "no data rows" for a header alone with its quotes closed', () => {
    expect(() => readTable('id,"a,b"\n')).toThrow('The file has a header (2 columns) but no data rows.');
  });
});


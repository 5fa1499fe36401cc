import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelFromFiles } from '../../../src/cli/model.ts';
import { runCommand } from '../../../src/cli/commands.ts';
import { InputError } from '../../../src/core/errors.ts';
import { readScoringModel } from '../../../src/core/scoring-model/read.ts';
import { StreamScorer, abcCounts } from '../../../src/core/scoring-model/stream-score.ts';
import { abcClasses } from '../../../src/core/scoring/abc.ts';
import type { ScoringModel } from '../../../src/core/scoring-model/types.ts';
import { thrown } from '../../support/thrown.ts';

const root = new URL('../../../', import.meta.url);
const file = (p: string) => readFileSync(new URL(p, root));
const text = (p: string) => readFileSync(new URL(p, root), 'utf8');
const PROJECT = 'datasets/corporate_customers.project.json';
const DATA = 'datasets/corporate_customers.csv';

function parseCsv(s: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\n') row.push(cell), out.push(row), (row = []), (cell = '');
    else cell += c;
  }
  return out;
}

/** Scores `csv` in pieces of `piece` characters. */
function score(model: ScoringModel, csv: string, piece = 1 << 20, onError: 'skip' | 'fail' = 'fail') {
  const s = new StreamScorer(model, { delimiter: ',', onError, fileName: 'f.csv' });
  let out = '';
  for (let i = 0; i < csv.length; i += piece) out += s.push(csv.slice(i, i + piece));
  out += s.finish();
  return { rows: parseCsv(out), summary: s.summary };
}

const model = modelFromFiles(file(PROJECT), PROJECT, file(DATA), DATA);

describe('scoring model', () => {
  it('scores the training file with the same segments, composite, current and potential scores, tiers and quadrants as cli run', () => {
    const run = runCommand(file(PROJECT), PROJECT, file(DATA), DATA) as any;
    const { rows } = score(model, text(DATA));
    expect(rows[0]).toEqual(['id', 'composite', 'current', 'potential', 'tier', 'quadrant', 'segment', 'segment_name']);
    expect(rows.length - 1).toBe(600);
    run.rows.forEach((r: number, i: number) => {
      const s = rows[r + 1];
      expect(Number(s[1])).toBe(run.scores.composite[i]);
      expect(Number(s[2])).toBe(run.scores.current[i]);
      expect(Number(s[3])).toBe(run.scores.potential[i]);
      expect(s[4]).toBe(run.tiers.labels[run.tiers.tier[i]]);
      expect(s[5]).toBe(['hh', 'hl', 'lh', 'll'][run.matrix.quadrant[i]]);
      expect(Number(s[6])).toBe(run.clustering.labels[i]);
    });
  });

  it('keeps provenance: the training file SHA-256 (sha256sum), its rows, the seed and the version', () => {
    // sha256sum datasets/corporate_customers.csv
    expect(model.provenance.dataSha256).toBe('b7f0d87017dbcea5f5114d2c7a949acb2bf95e7e3d1978582c47c4b09fe882a5');
    expect(model.provenance).toMatchObject({ rows: 600, seed: 1, dataFile: 'corporate_customers.csv' });
    expect(model.scoreRange).toBe('unclamped');
  });

  it('scores a next-period file as the independent Python reference does (unclamped above 100, fills for missing cells)', () => {
    const fixture = readScoringModel(text('tests/fixtures/warehouse/sample.model.json'));
    const ref = parseCsv(text('tests/fixtures/warehouse/next-period.reference.csv'));
    const { rows, summary } = score(fixture, text('tests/fixtures/warehouse/next-period.csv'), 4096);
    expect(rows.length).toBe(ref.length);
    for (let i = 1; i < ref.length; i++) {
      expect(rows[i][0]).toBe(ref[i][0]);
      for (const j of [1, 2, 3]) expect(Math.abs(Number(rows[i][j]) - Number(ref[i][j]))).toBeLessThan(1e-9);
      expect(rows[i].slice(4)).toEqual(ref[i].slice(4));
    }
    expect(Math.max(...rows.slice(1).map((r) => Number(r[1])))).toBeGreaterThan(100);
    expect(summary.outOfRange).toBeGreaterThan(0);
    expect(rows.some((r) => r[4] === '')).toBe(true); // a missing tier source has no tier
  });

  it('gives the same output whatever the size of the pieces the text arrives in', () => {
    const csv = text('tests/fixtures/warehouse/next-period.csv').replace(/\n/g, '\r\n');
    const whole = score(model, csv).rows;
    for (const piece of [1, 7, 1000]) expect(score(model, csv, piece).rows).toEqual(whole);
  });

  it('counts ABC classes of the scored file exactly as the ABC of the notebook does', () => {
    const values = Float64Array.from({ length: 500 }, (_, i) => ((i * 7919) % 1000) / 10 - 5);
    const a = abcClasses(values, { cuts: [0.8, 0.95] });
    expect(abcCounts(values, [0.8, 0.95]).counts).toEqual(a.counts);
  });
});

describe('scoring a file that does not fit the model', () => {
  const csv = text(DATA);

  it('refuses a file without the model’s columns, naming them', () => {
    const e = thrown(() => score(model, csv.replace('loan_balance', 'loans').replace('overdue_days', 'overdue')));
    expect(e.code).toBe('model.columns-missing');
    expect(e.message).toContain('"loan_balance", "overdue_days"');
  });

  it('refuses a column of text where the model reads numbers, naming it', () => {
    const lines = csv.trim().split('\n');
    const bad = [lines[0], ...lines.slice(1).map((l) => l.replace(/,(\d+(\.\d+)?),(\d+(\.\d+)?%)/, ',grade $1,$3'))].join('\n');
    const e = thrown(() => score(model, bad));
    expect(e.code).toBe('model.column-type');
    expect(e.message).toContain('"years_of_cooperation"');
  });

  it('names the line of a row whose number cannot be read, and with skip leaves it out and counts it', () => {
    const lines = csv.trim().split('\n');
    lines[5] = lines[5].replace(/,(\d+),(\d+)$/, ',lots,$2');
    const e = thrown(() => score(model, lines.join('\n')));
    expect(e.code).toBe('model.bad-row');
    expect(e.message).toMatch(/line 6: column "industry_outlook" has "lots"/);
    const skipped = score(model, lines.join('\n'), 1 << 20, 'skip');
    expect(skipped.rows.length - 1).toBe(599);
    expect(skipped.summary.skipped).toBe(1);
    expect(skipped.summary.skippedLines[0].line).toBe(6);
  });

  it('names the line of a row with the wrong number of fields', () => {
    const lines = csv.trim().split('\n');
    lines[300] += ',extra';
    expect(thrown(() => score(model, lines.join('\n'))).message).toMatch(/line 301: 14 fields where the header has 13/);
  });
});

describe('reading a model file', () => {
  const good = JSON.parse(text('tests/fixtures/warehouse/sample.model.json'));
  const broken = (change: (m: any) => void) => {
    const m = structuredClone(good);
    change(m);
    try {
      readScoringModel(JSON.stringify(m));
    } catch (e) {
      return (e as InputError).where.path;
    }
    return 'accepted';
  };

  it('accepts the model cli model writes', () => {
    expect(readScoringModel(JSON.stringify(good)).segmentation.k).toBe(4);
  });

  it('names the field of a damaged model', () => {
    expect(broken((m) => (m.version = 3))).toBe('version');
    expect(broken((m) => (m.indicators[3].weight = -1))).toBe('indicators[3].weight');
    expect(broken((m) => (m.indicators[0].max = 'x'))).toBe('indicators[0].max');
    expect(broken((m) => m.segmentation.segments[2].centre.pop())).toBe('segmentation.segments[2].centre');
    expect(broken((m) => (m.tiers.thresholds = [5, 3, 9]))).toBe('tiers.thresholds[1]');
    expect(broken((m) => (m.provenance.dataSha256 = "x'; DROP TABLE t; --"))).toBe('provenance.dataSha256');
    expect(broken((m) => (m.weightSum = 2))).toBe('weightSum');
  });
});

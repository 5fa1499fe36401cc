import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ahpCommand, runCommand, sweepCommand, UsageError } from '../../src/cli/commands.ts';

const root = new URL('../../', import.meta.url);
const file = (p: string) => readFileSync(new URL(p, root));
const sklearn = JSON.parse(readFileSync(new URL('tests/fixtures/cluster/sklearn_reference.json', root), 'utf8'));
const bytes = (s: string) => new TextEncoder().encode(s);

/** Runs the real CLI as a user would (npm run --silent cli -- …). */
function cli(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli ahp', () => {
  it("reproduces Saaty's drinks priorities (AHPy README) and CR 0.022 with Saaty's 2005 RI", () => {
    const out = ahpCommand(file('tests/fixtures/cli/saaty-drinks.json'), 'drinks.json', { ri: 'saaty2005' });
    const published = [0.177, 0.019, 0.042, 0.116, 0.19, 0.129, 0.327];
    out.weights.forEach((w, i) => expect(Math.abs(w - published[i])).toBeLessThan(5e-4));
    expect(out.cr).toBeCloseTo(0.022, 3);
    expect(out.consistent).toBe(true);
    expect(out.ri).toBe(1.35);
  });

  it('names the 3-cycle and suggests a judgment that repairs it (methodology worked example: CR 0.864)', () => {
    const out = ahpCommand(file('tests/fixtures/cli/cycle.json'), 'cycle.json', {});
    expect(out.cr).toBeCloseTo(0.864, 3);
    expect(out.cycles).toHaveLength(1);
    expect(out.cycles[0].text).toMatch(/item \d > item \d, item \d > item \d but item \d > item \d/);
    expect(out.worst[0].crAfter).toBeLessThan(0.1);
  });

  it('exits with code 2 and names the judgment when one is off the scale', () => {
    const dir = mkdtempSync(join(tmpdir(), 'valueseg-'));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([[1, 10], ['1/10', 1]]));
    const r = cli(['ahp', join(dir, 'bad.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Judgment "item 1" vs "item 2"');
    expect(r.stderr).toContain('the Saaty scale allows 1/9 to 9');
    expect(r.stdout).toBe('');
  });

  it('prints JSON on stdout when run as a program', () => {
    const r = cli(['ahp', 'tests/fixtures/cli/saaty-drinks.json', '--method', 'geometric', '--ri', 'cn']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.method).toBe('geometric');
    expect(out.weights.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 12);
    expect(out).toHaveProperty('gci');
  });

  it('refuses an unknown RI table with the allowed names', () => {
    expect(() => ahpCommand(file('tests/fixtures/cli/cycle.json'), 'cycle.json', { ri: 'saaty' })).toThrow(UsageError);
    const r = cli(['ahp', 'tests/fixtures/cli/cycle.json', '--ri', 'saaty']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--ri saaty: expected one of saaty1980, saaty2005, cn, alonso-lamata');
  });

  it('says which file is not valid JSON', () => {
    expect(() => ahpCommand(bytes('[[1, 2], [0.5, 1]'), 'm.json', {})).toThrow(/^m\.json is not valid JSON/);
  });
});

describe('cli sweep', () => {
  const ws = sklearn.datasets.find((d: { name: string }) => d.name === 'wholesale');
  const cols = 'Fresh,Milk,Grocery,Frozen,Detergents_Paper,Delicassen';
  const out = sweepCommand(file('datasets/wholesale_customers.csv'), 'wholesale_customers.csv', { columns: cols, scale: 'minmax', kmin: '2', kmax: '6', seed: '1', restarts: '50', labels: true });

  it("reaches scikit-learn's best inertia of 50 starts within 3 % at every k (wholesale, min–max)", () => {
    for (const ref of ws.ks) {
      const row = out.results.find((r) => r.k === ref.k)!;
      expect(row.inertia / ref.best50Inertia).toBeLessThan(1.03);
    }
  });

  it("gives scikit-learn's silhouette, Calinski–Harabasz and Davies–Bouldin wherever the partition is the same", () => {
    let compared = 0;
    for (const ref of ws.ks) {
      const row = out.results.find((r) => r.k === ref.k)!;
      const labels = row.labels as number[];
      // Same partition up to renumbering: a one-to-one map between the two labelings.
      const map = new Map<number, number>();
      const same = labels.every((l, i) => {
        const s = ref.fixed.labels[i];
        if (!map.has(l)) map.set(l, s);
        return map.get(l) === s;
      }) && new Set(map.values()).size === map.size;
      if (!same) continue;
      compared++;
      expect(row.silhouette!).toBeCloseTo(ref.fixed.silhouette, 9);
      expect(row.calinskiHarabasz! / ref.fixed.calinskiHarabasz).toBeCloseTo(1, 9);
      expect(row.daviesBouldin!).toBeCloseTo(ref.fixed.daviesBouldin, 9);
    }
    expect(compared).toBeGreaterThanOrEqual(3);
  });

  it('gives one label per file row, in file order', () => {
    expect(out.n).toBe(440);
    expect(out.results[0].labels).toHaveLength(440);
  });

  it('leaves out and counts the rows with a missing value (cc_general: 313 missing MINIMUM_PAYMENTS, 1 CREDIT_LIMIT)', () => {
    const r = sweepCommand(file('datasets/cc_general.csv'), 'cc_general.csv', { columns: 'BALANCE,MINIMUM_PAYMENTS,CREDIT_LIMIT', scale: 'z', kmin: '2', kmax: '3', restarts: '2', labels: true });
    expect(r.dropped).toBe(314);
    expect(r.n).toBe(8950 - 314);
    expect(r.results[0].labels!.filter((l) => l === null)).toHaveLength(314);
  });

  it('names a column that is not in the file, and one that is not numeric', () => {
    expect(() => sweepCommand(file('datasets/iris.csv'), 'iris.csv', { columns: 'petal_len' })).toThrow('iris.csv has no column "petal_len"');
    expect(() => sweepCommand(file('datasets/iris.csv'), 'iris.csv', { columns: 'species' })).toThrow('Column "species" of iris.csv is categorical, not numeric.');
  });

  it('refuses k ≥ the number of rows with a message naming k', () => {
    const csv = 'a,b\n1,2\n3,4\n5,6\n';
    expect(() => sweepCommand(bytes(csv), 'tiny.csv', { columns: 'a,b', kmin: '4', kmax: '5' })).toThrow(/k = 4/);
  });
});

describe('cli run', () => {
  it('runs the sample project and gives its four named segments', () => {
    const out = runCommand(file('datasets/corporate_customers.project.json'), 'p.json', file('datasets/corporate_customers.csv'), 'c.csv') as {
      segments: { name: { en: string }; size: number }[];
      clustering: { labels: number[] };
    };
    expect(out.segments.map((s) => s.name.en)).toEqual(['High quality', 'High present value', 'High potential', 'Low quality']);
    expect(out.clustering.labels).toHaveLength(600);
    expect(JSON.stringify(out)).not.toMatch(/NaN|Infinity/);
  });

  it('writes the result to --out and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'valueseg-'));
    const r = cli(['run', '--project', 'datasets/corporate_customers.project.json', '--data', 'datasets/corporate_customers.csv', '--out', join(dir, 'r.json')]);
    expect(r.code).toBe(0);
    const result = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(result.segments).toHaveLength(4);
  });

  it('names the indicator whose column is missing, with exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'valueseg-'));
    const p = JSON.parse(file('datasets/corporate_customers.project.json').toString());
    p.hierarchy.criteria[1].indicators[0].column = 'loan_bal';
    writeFileSync(join(dir, 'p.json'), JSON.stringify(p));
    const r = cli(['run', '--project', join(dir, 'p.json'), '--data', 'datasets/corporate_customers.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hierarchy.criteria[1].indicators[0].column: no column "loan_bal" in the data');
  });

  it('runs corpus projects with unknown fields or __proto__ keys like the sample (FIXED: the unknown-field warnings made run refuse them), and names a bad judgment by path', () => {
    const sample = runCommand(file('datasets/corporate_customers.project.json'), 'p.json', file('datasets/corporate_customers.csv'), 'c.csv') as { scores: unknown };
    for (const name of ['project-unknown-fields.json', 'project-proto-keys.json']) {
      const out = runCommand(file(`tests/fixtures/bad/${name}`), name, file('datasets/corporate_customers.csv'), 'c.csv') as { scores: unknown };
      expect((out.scores as { composite: number[] }).composite).toHaveLength(600);
      expect(out.scores).toEqual(sample.scores);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => runCommand(file('tests/fixtures/bad/project-judgment-zero.json'), 'z.json', file('datasets/corporate_customers.csv'), 'c.csv')).toThrow(
      'z.json is not a valid project:\n  judgments[1].matrix[0][1]: Judgment "Average daily deposits" vs "Loan balance" (node Current value, expert Expert 1) is 0;',
    );
  });

  it('answers an empty data file and a header-only file with their messages', () => {
    const project = file('datasets/corporate_customers.project.json');
    expect(() => runCommand(project, 'p.json', bytes(''), 'empty.csv')).toThrow('The file is empty.');
    expect(() => runCommand(project, 'p.json', bytes('a,b,c\n'), 'h.csv')).toThrow('The file has a header (3 columns) but no data rows.');
  });

  it('says when GBK text was read as UTF-8 (mojibake) and still reads a GBK file correctly', () => {
    // 客户,存款\nA,1\n in GBK: 客 BF CD, 户 BB A7, 存 B4 E6, 款 BF EE
    const gbk = new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0xb4, 0xe6, 0xbf, 0xee, 0x0a, 0x41, 0x2c, 0x31, 0x0a, 0x42, 0x2c, 0x32, 0x0a]);
    const r = sweepCommand(gbk, 'gbk.csv', { columns: '存款', kmin: '1', kmax: '1', restarts: '1' });
    expect(r.columns).toEqual(['存款']);
    const mojibake = new TextDecoder('utf-8').decode(gbk);
    expect(() => sweepCommand(bytes(mojibake), 'm.csv', { columns: '存款', kmin: '1', kmax: '1' })).toThrow(/no column "存款"/);
  });

});

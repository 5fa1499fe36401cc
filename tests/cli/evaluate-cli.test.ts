import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { evaluateCommand } from '../../src/cli/evaluate.ts';
import { weightsCommand } from '../../src/cli/weights.ts';

const root = new URL('../../', import.meta.url);
// independent numpy implementation: tests/reference/evaluate_reference.py
const ref = JSON.parse(readFileSync(new URL('tests/fixtures/evaluate/reference.json', root), 'utf8'));
const [wholesale, credit] = ref.cases;

/** Runs the real CLI as a user would (npm run --silent cli -- …). */
function cli(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const worst = (a: ArrayLike<number | null>, b: ArrayLike<number>) => {
  expect(a.length).toBe(b.length);
  let w = 0;
  for (let i = 0; i < b.length; i++) w = Math.max(w, Math.abs((a[i] as number) - b[i]));
  return w;
};
const args = (c: typeof wholesale) => ['--data', c.file, '--columns', c.columns.join(','), '--directions', c.directions.join(',')];

describe('cli evaluate and weights on a real data set (spawned as a user runs them)', () => {
  it('evaluate --method topsis prints one closeness per row equal to numpy to 1e-9', () => {
    const r = cli(['evaluate', ...args(wholesale), '--weights', wholesale.weights.join(','), '--method', 'topsis']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(worst(out.scores, wholesale.topsis.scores)).toBeLessThan(1e-9);
  });

  it('evaluate --method gra prints the grey relational grade (ρ = 0.5) equal to numpy to 1e-9', () => {
    const r = cli(['evaluate', ...args(wholesale), '--weights', wholesale.weights.join(','), '--method', 'gra']);
    expect(r.code, r.stderr).toBe(0);
    expect(worst(JSON.parse(r.stdout).scores, wholesale.gra['0.5'].scores)).toBeLessThan(1e-9);
  });

  it('weights --method entropy equals numpy without and with --shift 0.01 (weights, e and d to 1e-9)', () => {
    for (const [extra, key] of [[[], 'minmax/none'], [['--shift', '0.01'], 'minmax/spssau']] as const) {
      const r = cli(['weights', ...args(wholesale), '--method', 'entropy', ...extra]);
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(worst(out.weights, wholesale.entropy[key].weights)).toBeLessThan(1e-9);
      expect(worst(out.e, wholesale.entropy[key].e)).toBeLessThan(1e-9);
      expect(worst(out.d, wholesale.entropy[key].d)).toBeLessThan(1e-9);
    }
  });

  it('exits with code 2 and says why when the weights do not match the columns', () => {
    const r = cli(['evaluate', ...args(wholesale), '--weights', '0.5,0.5', '--method', 'topsis']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--weights has 2 entries for 6 columns/);
  });
});

describe('cli evaluate and weights as functions', () => {
  const bytes = (c: typeof wholesale) => readFileSync(new URL(c.file, root));
  const opts = (c: typeof wholesale) => ({ columns: c.columns.join(','), directions: c.directions.join(',') });

  it('gives the weighted sum and GRA with ρ = 0.3 of numpy on the credit data', () => {
    const ws = evaluateCommand(bytes(credit), credit.file, { ...opts(credit), weights: credit.weights.join(','), method: 'weighted-sum' });
    expect(worst(ws.scores, credit.weightedSum)).toBeLessThan(1e-12);
    const g = evaluateCommand(bytes(credit), credit.file, { ...opts(credit), weights: credit.weights.join(','), method: 'gra', rho: '0.3' });
    expect(worst(g.scores, credit.gra['0.3'].scores)).toBeLessThan(1e-12);
  });

  it('--weights entropy gives entropy-weight TOPSIS', () => {
    const r = evaluateCommand(bytes(credit), credit.file, { ...opts(credit), weights: 'entropy', method: 'topsis', shift: '0.01' });
    expect(worst(r.scores, credit.entropyTopsisSpssau.scores)).toBeLessThan(1e-12);
  });

  it('computes raw-data entropy (no normalisation) with the SPSSAU shift on the column with zeros', () => {
    const r = weightsCommand(bytes(credit), credit.file, { ...opts(credit), method: 'entropy', normalise: 'none', shift: '0.01' });
    expect(worst(r.weights, credit.entropy['none/spssau'].weights)).toBeLessThan(1e-12);
    const plain = weightsCommand(bytes(credit), credit.file, { ...opts(credit), method: 'entropy', normalise: 'none' });
    expect(worst(plain.weights, credit.entropy['none/none'].weights)).toBeLessThan(1e-12);
    expect(plain.weights[5]).not.toBeCloseTo(r.weights[5], 6);
  });

  it('gives CRITIC weights with e and d null', () => {
    const r = weightsCommand(bytes(credit), credit.file, { ...opts(credit), method: 'critic' });
    expect(r.e).toBeNull();
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  it('rejects an unknown method, shift or ρ as usage errors', () => {
    const o = { ...opts(credit), weights: credit.weights.join(',') };
    expect(() => evaluateCommand(bytes(credit), credit.file, { ...o, method: 'vikor' })).toThrow(/expected weighted-sum, topsis or gra/);
    expect(() => evaluateCommand(bytes(credit), credit.file, { ...o, method: 'gra', rho: '2' })).toThrow(/0 < ρ ≤ 1/);
    expect(() => weightsCommand(bytes(credit), credit.file, { ...opts(credit), method: 'entropy', shift: '0.5' })).toThrow(/expected 0.01/);
    expect(() => weightsCommand(bytes(credit), credit.file, { ...opts(credit), directions: 'up,up,up,up,up,up' })).toThrow(/expected benefit or cost/);
  });

  it('gives null for a row with a missing value and scores the others', () => {
    const csv = new TextEncoder().encode('a,b\n1,2\n,3\n4,1\n2,2\n');
    const r = evaluateCommand(csv, 'x.csv', { columns: 'a,b', weights: '1,1', method: 'topsis' });
    expect(r.scores[1]).toBeNull();
    expect(r.scores.filter((s) => s !== null)).toHaveLength(3);
    expect(r.dropped).toBe(1);
  });
});

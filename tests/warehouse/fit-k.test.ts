import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const MODEL = 'tests/fixtures/warehouse/sample.model.json';

function cli(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli fit --k', () => {
  it('refuses a k other than the model’s, before opening the engine, saying the model’s k', () => {
    const k = JSON.parse(readFileSync(new URL(MODEL, root), 'utf8')).segmentation.k as number;
    const out = join(mkdtempSync(join(tmpdir(), 'valueseg-fit-k-')), 'm2.json');
    const r = cli(['fit', '--engine', 'duckdb:/nonexistent/dir/x.duckdb', '--table', 'customers', '--model', MODEL, '--k', String(k + 1), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--k ${k + 1}: the model has k = ${k}`);
  });
});

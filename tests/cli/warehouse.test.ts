import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'valueseg-warehouse-'));

/** Runs the real CLI as a user would. */
function cli(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli model and cli score', () => {
  it('writes a model, then scores a file to CSV with progress on stderr and the summary on stdout', () => {
    const model = join(dir, 'm.model.json');
    const m = cli(['model', '--project', 'datasets/corporate_customers.project.json', '--data', 'datasets/corporate_customers.csv', '--out', model]);
    expect(m.code, m.stderr).toBe(0);
    expect(JSON.parse(readFileSync(model, 'utf8')).format).toBe('valueseg-scoring-model');
    const out = join(dir, 's.csv');
    const s = cli(['score', '--model', model, '--data', 'tests/fixtures/warehouse/next-period.csv', '--out', out]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stderr).toMatch(/valueseg score: 400 rows, 100 %/);
    expect(JSON.parse(s.stdout)).toMatchObject({ rows: 400, scored: 400, skipped: 0 });
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('id,composite,current,potential,tier,quadrant,segment,segment_name');
    expect(lines).toHaveLength(401);
  });

  it('exits with code 2 naming the line of a bad row, and skips it with --on-error skip', () => {
    const data = join(dir, 'bad.csv');
    const lines = readFileSync(new URL('datasets/corporate_customers.csv', root), 'utf8').trim().split('\n');
    lines[9] = lines[9].replace(/,(\d+)$/, ',#DIV/0!');
    writeFileSync(data, lines.join('\n'));
    const fail = cli(['score', '--model', 'tests/fixtures/warehouse/sample.model.json', '--data', data]);
    expect(fail.code).toBe(2);
    expect(fail.stderr).toMatch(/line 10: column "overdue_days" has "#DIV\/0!"/);
    const skip = cli(['score', '--model', 'tests/fixtures/warehouse/sample.model.json', '--data', data, '--on-error', 'skip']);
    expect(skip.code).toBe(0);
    expect(skip.stdout.trim().split('\n')).toHaveLength(600);
  });
});

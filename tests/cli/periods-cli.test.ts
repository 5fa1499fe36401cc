import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemplate, templateProject } from '../../src/core/templates/index.ts';

const root = new URL('../../', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'valueseg-periods-'));
const ref = JSON.parse(readFileSync('tests/fixtures/periods/icbc-reference.json', 'utf8'));

function cli(args: string[]) {
  const r = spawnSync('node_modules/.bin/tsx', ['src/cli/main.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli periods: the migration between two periods as JSON', () => {
  it('runs the icbc-star template on its two example periods and prints the reference star-level matrix, with a CSV row per customer', () => {
    const csv = join(dir, 'moves.csv');
    const r = cli(['periods', '--template', 'icbc-star', '--lang', 'en', '--customers', csv]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.customers).toMatchObject(ref.customers);
    const tier = out.migrations.find((m: { scheme: string }) => m.scheme === 'tier');
    expect(tier.labels[6]).toBe('★★★★★★★');
    expect(tier.matrix).toEqual(ref.migrations.tier.matrix);
    expect([tier.up, tier.down, tier.same]).toEqual([ref.migrations.tier.up, ref.migrations.tier.down, ref.migrations.tier.same]);
    expect(out.migrations.map((m: { scheme: string }) => m.scheme)).toEqual(['tier', 'segment', 'abc', 'quadrant']);
    const lines = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,tier_1,tier_2,tier_move,segment_1,segment_2,segment_move,abc_1,abc_2,abc_move,quadrant_1,quadrant_2,quadrant_move,composite_1,composite_2');
    expect(lines).toHaveLength(1 + ref.customers.matched + ref.customers.new + ref.customers.lost);
  });

  it('gives the same matrices for a project file and two data files', () => {
    const project = join(dir, 'icbc.project.json');
    writeFileSync(project, JSON.stringify(templateProject(findTemplate('icbc-star')!, 'zh-CN')));
    const period1 = join(dir, 'p1.csv');
    writeFileSync(period1, findTemplate('icbc-star')!.generate());
    const r = cli(['periods', '--project', project, '--data', period1, '--next', 'datasets/templates/period2/icbc-star.csv']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    for (const scheme of ['tier', 'segment', 'abc', 'quadrant']) expect(out.migrations.find((m: { scheme: string }) => m.scheme === scheme).matrix).toEqual(ref.migrations[scheme].matrix);
  });

  it('cli report --next puts the migration matrices into the HTML chapter after the method tables', () => {
    const project = join(dir, 'icbc-report.project.json');
    writeFileSync(project, JSON.stringify(templateProject(findTemplate('icbc-star')!, 'zh-CN')));
    const out = join(dir, 'ch4.html');
    const r = cli(['report', '--project', project, '--data', 'datasets/templates/icbc-star.csv', '--next', 'datasets/templates/period2/icbc-star.csv', '--format', 'html', '--lang', 'zh-CN', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    for (const title of ['客户分层（星级）', '客户细分（聚类）', 'ABC 分类', '价值矩阵（2×2）']) expect(html).toContain(`两期客户迁移矩阵：${title}`);
    expect(html).toContain(`升级 ${ref.migrations.tier.up}，降级 ${ref.migrations.tier.down}`);
  });

  it('refuses a call without the second period, exit code 2', () => {
    const r = cli(['periods', '--project', 'datasets/corporate_customers.project.json', '--data', 'datasets/corporate_customers.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--next/);
  });

  it('names the column period 2 lacks and the lines of a duplicate identifier, exit code 2', () => {
    const lacking = join(dir, 'lacking.csv');
    writeFileSync(lacking, 'customer_id,deposits_6m_avg\nI00001,5\n');
    const a = cli(['periods', '--template', 'icbc-star', '--data', 'datasets/templates/icbc-star.csv', '--next', lacking]);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/Period 2 has no column "wealth_6m_avg"/);
    const twice = join(dir, 'twice.csv');
    const text = readFileSync('datasets/templates/period2/icbc-star.csv', 'utf8').trim().split('\n');
    writeFileSync(twice, [...text, text[1]].join('\n') + '\n');
    const b = cli(['periods', '--template', 'icbc-star', '--data', 'datasets/templates/icbc-star.csv', '--next', twice]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(new RegExp(`identifier "I00001" appears at lines 2 and ${text.length + 1}`));
  });
});

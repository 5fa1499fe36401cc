// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import WeightsStep from '../../../src/ui/steps/WeightsStep.svelte';
import { readTable } from '../../../src/core/data/read.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import type { Project } from '../../../src/core/model/project.ts';
import { Notebook } from '../../../src/state/notebook.svelte.ts';
import type { Locale } from '../../../src/i18n/index.ts';
import { render, sampleProject } from '../harness/mount.ts';

const data = readTable(readFileSync('datasets/corporate_customers.csv'));
const compute = (project: Project) => runPipeline(project, data.table, { lines: data.lines, report: data.report });

let view: ReturnType<typeof render> | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

function step(project: Project = sampleProject(), locale: Locale = 'en') {
  const nb = new Notebook(project);
  const result = compute(project);
  nb.runner.result = result;
  view = render(WeightsStep, {}, { nb, locale });
  return { nb, root: view.target, result };
}

const cellsOf = (root: HTMLElement, series: string) => [...root.querySelectorAll(`[data-testid^="w-${series}-"]`)].map((td) => td.firstChild!.textContent!.trim());

describe('WeightsStep (weights table)', () => {
  it('lists every indicator with its AHP, entropy, CRITIC and final weight to 4 decimals, the criterion named once per group', () => {
    const { root, result } = step();
    const rows = root.querySelectorAll('[data-testid="weights-table"] tbody tr');
    expect(rows).toHaveLength(10);
    const ind = result.weights.indicators;
    expect(cellsOf(root, 'ahp')).toEqual(ind.map((x) => x.ahp.toFixed(4)));
    expect(cellsOf(root, 'entropy')).toEqual(ind.map((x) => x.entropy!.toFixed(4)));
    // the sample weighs by AHP: the final column is the AHP column
    expect(cellsOf(root, 'final')).toEqual(cellsOf(root, 'ahp'));
    const criteria = [...rows].map((r) => r.querySelector('td.crit')!.textContent);
    expect(criteria.filter((c) => c !== '')).toEqual(['Current value', 'Potential value']);
    expect(criteria.indexOf('Potential value')).toBe(ind.findIndex((x) => x.criterion === 'potential'));
  });

  it('warns where another method ranks the indicators differently, naming each method’s top indicator', () => {
    const { root, result } = step();
    const warning = root.querySelector('[data-testid="rank-warning"]')!;
    expect(warning).not.toBeNull();
    const ind = result.weights.indicators;
    const topEntropy = ind.reduce((a, b) => (b.entropy! > a.entropy! ? b : a));
    expect(warning.textContent).toContain(`Entropy: ${topEntropy.name}`);
  });

  it('choosing the combined method edits the project and offers α, saved rounded when released', () => {
    const { nb, root } = step();
    const method = root.querySelector<HTMLSelectElement>('[data-testid="weighting-method"]')!;
    method.value = 'combined';
    method.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    expect(nb.project.options.weighting.method).toBe('combined');
    const alpha = root.querySelector<HTMLInputElement>('[data-testid="alpha"]')!;
    alpha.value = '0.3';
    alpha.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    expect(root.querySelector('[data-testid="alpha-value"]')!.textContent).toContain('0.30');
    expect(nb.project.options.weighting.alpha).toBe(0.5);
    alpha.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    expect(nb.project.options.weighting.alpha).toBe(0.3);
  });

  it('shows a weighting problem of the run in the user’s language', () => {
    const { nb, root } = step(sampleProject(), 'zh-CN');
    nb.runner.problem = { severity: 'error', code: 'weighting.unavailable', message: 'CRITIC weights need at least 2 indicators.', where: { path: 'options.weighting.method' }, params: {} };
    flushSync();
    expect(root.querySelector('p.error[role="alert"]')!.textContent).toBe('CRITIC 权重法至少需要 2 个指标。');
  });
});

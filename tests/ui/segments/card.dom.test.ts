// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SegmentCard from '../../../src/ui/segments/SegmentCard.svelte';
import { readTable } from '../../../src/core/data/read.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import type { Project } from '../../../src/core/model/project.ts';
import { Notebook } from '../../../src/state/notebook.svelte.ts';
import { render, sampleProject, type } from '../harness/mount.ts';

const data = readTable(readFileSync('datasets/corporate_customers.csv'));
const compute = (project: Project) => runPipeline(project, data.table, { lines: data.lines, report: data.report });

let view: ReturnType<typeof render> | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

/** Segment `n`'s card for `project`, with the notebook holding the result computed for it. */
function card(project: Project, n: number) {
  const nb = new Notebook(project);
  const result = compute(project);
  nb.runner.result = result;
  view = render(SegmentCard, { segment: result.segments[n - 1], zMax: 2 }, { nb });
  return { nb, root: view.target, result };
}

const q = <T extends Element>(root: Element, sel: string) => root.querySelector<T>(sel);
const button = (root: Element, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;

describe('SegmentCard', () => {
  it('shows the rule’s name, the size and share, and a profile chart with a bar per indicator', () => {
    const { root } = card(sampleProject(), 2);
    expect(q<HTMLInputElement>(root, '[data-testid="segment-name"]')!.value).toBe('High present value');
    expect(q(root, '.size')!.textContent).toMatch(/^\d+ customers, \d+(\.\d)?% of all$/);
    const chart = q(root, 'figure[data-testid="segment-chart-2"]')!;
    expect(chart.getAttribute('aria-label')).toBe('Segment 2 profile');
    expect(chart.querySelectorAll('svg rect').length).toBeGreaterThanOrEqual(10);
  });

  it('saves a new name with the segment it was written for, and Reset returns to the rule’s name', () => {
    const { nb, root } = card(sampleProject(), 2);
    const input = q<HTMLInputElement>(root, '[data-testid="segment-name"]')!;
    type(input, 'Steady earners');
    expect(nb.project.segments).toEqual([{ cluster: 2, basis: { k: 4, type: 'hl' }, name: 'Steady earners' }]);
    expect(root.textContent).toContain('By the rule: High present value');
    button(root, 'Reset').click();
    flushSync();
    expect(nb.project.segments).toBeUndefined();
  });

  it('says when its saved name was written for other segments, and Keep ties it to this one', () => {
    const project = sampleProject();
    project.segments = [{ cluster: 2, name: 'Growth bets', basis: { k: 5, type: 'lh' } }];
    const { nb, root } = card(project, 2);
    const notice = q(root, '[data-testid="stale-edits"]')!;
    expect(notice.textContent).toContain('written when k = 5 and segment 2 was “High potential”');
    expect(q<HTMLInputElement>(root, '[data-testid="segment-name"]')!.value).toBe('Growth bets');
    button(root, 'Keep it for this segment').click();
    flushSync();
    expect(nb.project.segments).toEqual([{ cluster: 2, name: 'Growth bets', basis: { k: 4, type: 'hl' } }]);
    // the next result no longer marks it
    expect(compute(nb.project).segments[1].customStale).toBeUndefined();
  });

  it('Clear drops the stale text, so the rule’s name applies again', () => {
    const project = sampleProject();
    project.segments = [{ cluster: 2, name: 'Growth bets', strategy: 'Lend more.', basis: { k: 5, type: 'lh' } }];
    const { nb, root } = card(project, 2);
    button(root, 'Clear it').click();
    flushSync();
    expect(nb.project.segments).toBeUndefined();
  });
});

// @vitest-environment happy-dom
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import NodeCard from '../../../src/ui/judgments/NodeCard.svelte';
import { parentNodes } from '../../../src/ui/judgments/nodes.ts';
import { render, sampleProject, type } from '../harness/mount.ts';
import type { Locale } from '../../../src/i18n/index.ts';

let view: ReturnType<typeof render> | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

/** The card of the "Current value" node (five indicators) for the sample's only expert. */
function currentValueCard(locale: Locale = 'en') {
  const project = sampleProject();
  const node = parentNodes(project.hierarchy).find((n) => n.id === 'current')!;
  view = render(NodeCard, { node, expert: project.experts[0] }, { project, locale });
  return view;
}

const saved = (v: ReturnType<typeof render>) => v.nb.project.judgments.find((j) => j.node === 'current')!.matrix;
/** A saved judgment as a number ("1/3" is how the project writes a fraction). */
const value = (x: unknown): number => (typeof x === 'string' && x.includes('/') ? Number(x.split('/')[0]) / Number(x.split('/')[1]) : Number(x));
const cell = (root: HTMLElement, i: number, j: number) => root.querySelector<HTMLInputElement>(`[data-testid="cell-${i}-${j}"]`)!;
const cellError = (root: HTMLElement, i: number, j: number) => cell(root, i, j).closest('td')!.querySelector('.cell-error')?.textContent?.trim() ?? null;

describe('NodeCard (judgments of one node)', () => {
  it('shows a slider per pair and the saved judgment with its Saaty words', () => {
    const { target } = currentValueCard();
    expect(target.querySelectorAll('input[type="range"]')).toHaveLength(10);
    const pair = target.querySelector('[data-testid="pair-0-1"]')!;
    expect(pair.querySelector('[data-testid="pair-value"]')!.textContent).toBe('2');
    expect(pair.querySelector<HTMLInputElement>('input[type="range"]')!.getAttribute('aria-label')).toBe('Average daily deposits versus Loan balance');
  });

  it('names a typed value outside the Saaty scale next to the cell, keeps the text and does not save it', () => {
    const v = currentValueCard();
    const before = JSON.stringify(saved(v));
    const input = cell(v.target, 0, 1);
    type(input, '12');
    expect(input.value).toBe('12');
    expect(cellError(v.target, 0, 1)).toBe('Judgment "Average daily deposits" vs "Loan balance" (node Current value, expert Expert 1) is "12"; the Saaty scale allows 1/9 to 9.');
    expect(JSON.stringify(saved(v))).toBe(before);
    type(input, 'two');
    expect(cellError(v.target, 0, 1)).toContain('is "two", which is not a number or a fraction such as 3 or 1/3.');
    expect(JSON.stringify(saved(v))).toBe(before);
  });

  it('names a bad typed value in Chinese in the Chinese UI', () => {
    const v = currentValueCard('zh-CN');
    type(cell(v.target, 0, 2), '-3');
    expect(cellError(v.target, 0, 2)).toBe('Average daily deposits 与 Intermediary income：不是有效数值；请输入 1/9 到 9 之间的数，如 3 或 1/3。');
  });

  it('saves a valid typed value with its reciprocal, and a slider move', () => {
    const v = currentValueCard();
    type(cell(v.target, 0, 1), '1/3');
    expect(value(saved(v)[0][1])).toBeCloseTo(1 / 3, 12);
    expect(value(saved(v)[1][0])).toBeCloseTo(3, 12);
    expect(cellError(v.target, 0, 1)).toBeNull();
    const slider = v.target.querySelector<HTMLInputElement>('[data-testid="pair-0-2"] input[type="range"]')!;
    slider.value = '-6';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    slider.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    expect(value(saved(v)[0][2])).toBe(7);
    expect(value(saved(v)[2][0])).toBeCloseTo(1 / 7, 12);
    expect(v.target.querySelector('[data-testid="pair-0-2"] [data-testid="pair-value"]')!.textContent).toBe('7');
  });
});

// @vitest-environment happy-dom
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import TiersPanel from '../../../src/ui/scores/TiersPanel.svelte';
import { render, type } from '../harness/mount.ts';

let view: ReturnType<typeof render> | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

const field = (root: HTMLElement, i: number) => root.querySelector<HTMLInputElement>(`[data-testid="tier-threshold-${i}"]`)!;
const error = (root: HTMLElement, i: number) => root.querySelector(`[data-testid="tier-threshold-${i}-error"]`)?.textContent ?? null;
const button = (root: HTMLElement, text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;

describe('TiersPanel (tier threshold editor)', () => {
  it('shows the sample project’s tiers: a label per tier and a threshold for every tier but the lowest', () => {
    view = render(TiersPanel, { result: null });
    const labels = [...view.target.querySelectorAll<HTMLInputElement>('[data-testid="tiers"] tbody input[type="text"]:not([data-testid])')].map((i) => i.value);
    expect(labels).toEqual(['Ordinary', 'Gold', 'Platinum', 'Diamond']);
    expect([0, 1, 2].map((i) => field(view!.target, i).value)).toEqual(['300', '1000', '3000']);
  });

  it('keeps a typed value that is not a number, says so next to it, and does not save it', () => {
    view = render(TiersPanel, { result: null });
    const input = field(view.target, 1);
    type(input, '1O00');
    expect(input.value).toBe('1O00');
    expect(error(view.target, 1)).toBe('Type a number.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(view.nb.project.options.scoring.tiers!.thresholds).toEqual([300, 1000, 3000]);
  });

  it('saves a number out of order, and the validation names the threshold above next to it; undo brings the old value back', () => {
    view = render(TiersPanel, { result: null });
    const input = field(view.target, 1);
    type(input, '200');
    expect(view.nb.project.options.scoring.tiers!.thresholds).toEqual([300, 200, 3000]);
    expect(error(view.target, 1)).toBe('Must be greater than the threshold above it (300).');
    expect(view.target.querySelector('[data-testid="tiers-stale"]')).not.toBeNull();
    view.nb.undo();
    flushSync();
    expect(input.value).toBe('1000');
    expect(error(view.target, 1)).toBeNull();
  });

  it('says the same in Chinese', () => {
    view = render(TiersPanel, { result: null }, { locale: 'zh-CN' });
    const input = field(view.target, 1);
    type(input, 'abc');
    expect(error(view.target, 1)).toBe('请输入数字。');
    type(input, '200');
    expect(error(view.target, 1)).toBe('必须大于上一级阈值（300）。');
  });

  it('adds a tier above the highest with a step like the last one, and removes a tier with the threshold that started it', () => {
    view = render(TiersPanel, { result: null });
    button(view.target, 'Add a tier').click();
    flushSync();
    expect(view.nb.project.options.scoring.tiers!.thresholds).toEqual([300, 1000, 3000, 5000]);
    expect(view.nb.project.options.scoring.tiers!.labels).toHaveLength(5);
    [...view.target.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Remove tier "Gold"')!.click();
    flushSync();
    expect(view.nb.project.options.scoring.tiers!.labels.slice(0, 3)).toEqual(['Ordinary', 'Platinum', 'Diamond']);
    // Gold started at 300: without it, Ordinary reaches up to where Platinum starts (1000)
    expect(view.nb.project.options.scoring.tiers!.thresholds).toEqual([1000, 3000, 5000]);
  });
});

/** Component tests: a real Notebook (no data, no workers started) and locale under the app context. */
import { flushSync, mount, unmount, type Component } from 'svelte';
import { readFileSync } from 'node:fs';
import Harness from './Harness.svelte';
import { Notebook } from '../../../src/state/notebook.svelte.ts';
import { LocaleState } from '../../../src/state/locale.svelte.ts';
import type { Project } from '../../../src/core/model/project.ts';
import type { Locale } from '../../../src/i18n/index.ts';

export const sampleProject = (): Project => JSON.parse(readFileSync('datasets/corporate_customers.project.json', 'utf8'));

export function render(component: Component<any>, props: Record<string, unknown> = {}, options: { project?: Project; locale?: Locale; nb?: Notebook } = {}) {
  const nb = options.nb ?? new Notebook(options.project ?? sampleProject());
  const locale = new LocaleState();
  locale.current = options.locale ?? 'en';
  const target = document.createElement('div');
  document.body.append(target);
  const app = mount(Harness, { target, props: { ctx: { nb, locale, t: locale.t }, component, props } });
  flushSync();
  return {
    nb,
    locale,
    target,
    destroy: () => {
      unmount(app);
      target.remove();
    },
  };
}

/** Types `text` into an input and fires input and change (what leaving the field or Enter does). */
export function type(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  input.dispatchEvent(new Event('focus'));
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  flushSync();
}

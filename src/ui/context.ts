/** What every component of the notebook reads: the notebook state, the locale and `t`. */
import { getContext, setContext } from 'svelte';
import type { Notebook } from '../state/notebook.svelte.ts';
import type { LocaleState } from '../state/locale.svelte.ts';
import type { MessageKey } from '../i18n/index.ts';

export interface AppContext {
  nb: Notebook;
  locale: LocaleState;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

const KEY = Symbol('valueseg');

export function setApp(ctx: AppContext): void {
  setContext(KEY, ctx);
}

export function getApp(): AppContext {
  return getContext<AppContext>(KEY);
}

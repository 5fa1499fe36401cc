/**
 * Strategy text per tier (star level) and per ABC class (issue 9, item 6), saved in the project
 * as `project.strategies` — lists, not maps keyed by label, so any label (`__proto__`, ★★★) is
 * data only. A tier's text is found by its label (renaming a tier leaves its text behind, as a
 * segment's name does); a class without a text of its own gets the template of
 * explain/strategies.ts (`tierStrategy`, `abcStrategy`) in the report's language.
 */
import { abcStrategy, tierStrategy } from '../explain/strategies.ts';
import type { Locale } from '../explain/naming.ts';

export type AbcLetter = 'A' | 'B' | 'C';
export const ABC_LETTERS: readonly AbcLetter[] = ['A', 'B', 'C'];

export interface ClassStrategies {
  tiers?: { label: string; strategy: string }[];
  abc?: { class: AbcLetter; strategy: string }[];
}

/** At most this many characters per strategy text (as a segment's strategy). */
export const STRATEGY_MAX = 20000;

/** Structural problems under `strategies` (paths `strategies.tiers[i].label` …), empty when valid. */
export function classStrategyProblems(raw: unknown): { path: string; message: string; variant: string; params?: Record<string, string | number> }[] {
  const out: { path: string; message: string; variant: string; params?: Record<string, string | number> }[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [{ path: 'strategies', message: 'expected an object with tiers and abc lists', variant: 'strategies' }];
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) if (key !== 'tiers' && key !== 'abc') out.push({ path: `strategies.${key}`, message: 'expected only tiers and abc', variant: 'strategies' });
  const list = (name: 'tiers' | 'abc', check: (item: Record<string, unknown>, p: string) => void) => {
    const v = o[name];
    if (v === undefined) return;
    if (!Array.isArray(v)) return void out.push({ path: `strategies.${name}`, message: 'expected a list', variant: 'strategies' });
    v.forEach((item: unknown, i) => {
      const p = `strategies.${name}[${i}]`;
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return void out.push({ path: p, message: 'expected an object', variant: 'strategies' });
      const it = item as Record<string, unknown>;
      if (typeof it.strategy !== 'string' || it.strategy.length > STRATEGY_MAX) out.push({ path: `${p}.strategy`, message: 'expected a text of at most 20,000 characters', variant: 'text-20000' });
      check(it, p);
    });
  };
  const seen = new Set<string>();
  list('tiers', (it, p) => {
    if (typeof it.label !== 'string' || it.label === '' || it.label.length > 200) out.push({ path: `${p}.label`, message: 'expected a tier label of 1 to 200 characters', variant: 'tier-rule-label' });
    else if (seen.has(it.label)) out.push({ path: `${p}.label`, message: `"${it.label}" appears twice`, variant: 'strategy-twice', params: { label: it.label } });
    else seen.add(it.label);
  });
  const letters = new Set<string>();
  list('abc', (it, p) => {
    if (!ABC_LETTERS.includes(it.class as AbcLetter)) out.push({ path: `${p}.class`, message: 'expected A, B or C', variant: 'strategy-abc' });
    else if (letters.has(it.class as string)) out.push({ path: `${p}.class`, message: `"${it.class}" appears twice`, variant: 'strategy-twice', params: { label: it.class as string } });
    else letters.add(it.class as string);
  });
  return out;
}

type WithStrategies = { strategies?: ClassStrategies };

/** The project's own text for a tier label, or undefined. */
export function customTierStrategy(project: WithStrategies, label: string): string | undefined {
  return project.strategies?.tiers?.find((x) => x.label === label)?.strategy;
}

export function customAbcStrategy(project: WithStrategies, letter: AbcLetter): string | undefined {
  return project.strategies?.abc?.find((x) => x.class === letter)?.strategy;
}

/** The template text of tier `index` of `count` in words: characteristics, then the strategy. */
export function defaultTierStrategy(index: number, count: number, locale: Locale): string {
  const s = tierStrategy(index, count, locale);
  return `${s.characteristics}${locale === 'zh-CN' ? '' : ' '}${s.strategy}`;
}

export function defaultAbcStrategy(cls: 0 | 1 | 2, locale: Locale, cuts?: readonly [number, number]): string {
  const s = abcStrategy(cls, locale, cuts ? { cuts } : {});
  return `${s.characteristics}${locale === 'zh-CN' ? '' : ' '}${s.strategy}`;
}

/** The strategy of tier `index` (labels lowest first): the project's text for its label, else the template. */
export function tierStrategyText(project: WithStrategies, labels: readonly string[], index: number, locale: Locale): string {
  return customTierStrategy(project, labels[index]) ?? defaultTierStrategy(index, labels.length, locale);
}

export function abcStrategyText(project: WithStrategies, cls: 0 | 1 | 2, locale: Locale, cuts?: readonly [number, number]): string {
  return customAbcStrategy(project, ABC_LETTERS[cls]) ?? defaultAbcStrategy(cls, locale, cuts);
}

/** Sets (or, with an empty text, removes) the strategy of a tier label; changes `project` in place. */
export function setTierStrategy(project: WithStrategies, label: string, text: string): void {
  const s = strategiesOf(project);
  const rest = (s.tiers ?? []).filter((x) => x.label !== label);
  s.tiers = text.trim() === '' ? rest : [...rest, { label, strategy: text }];
  tidy(project);
}

export function setAbcStrategy(project: WithStrategies, letter: AbcLetter, text: string): void {
  const s = strategiesOf(project);
  const rest = (s.abc ?? []).filter((x) => x.class !== letter);
  s.abc = text.trim() === '' ? rest : [...rest, { class: letter, strategy: text }].sort((a, b) => a.class.localeCompare(b.class));
  tidy(project);
}

/** `project.strategies`, made when absent, read back from the project (a reactive project wraps what is assigned to it). */
function strategiesOf(project: WithStrategies): ClassStrategies {
  if (!project.strategies) project.strategies = {};
  return project.strategies;
}

function tidy(project: WithStrategies): void {
  const s = project.strategies!;
  if (s.tiers?.length === 0) delete s.tiers;
  if (s.abc?.length === 0) delete s.abc;
  if (!s.tiers && !s.abc) delete project.strategies;
}

/**
 * The two criteria of the theses' value model, as the presets and the templates name them:
 * current value and potential value (id, role, and name in both languages).
 */
import type { ValueRole } from './project.ts';

export interface ValueCriterionHead {
  readonly id: string;
  readonly name: { readonly 'zh-CN': string; readonly en: string };
  readonly role: ValueRole;
}

export const CURRENT_VALUE: ValueCriterionHead = { id: 'current', name: { 'zh-CN': '当前价值', en: 'Current value' }, role: 'current' };
export const POTENTIAL_VALUE: ValueCriterionHead = { id: 'potential', name: { 'zh-CN': '潜在价值', en: 'Potential value' }, role: 'potential' };

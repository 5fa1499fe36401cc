/**
 * Edits of the tiers by rules (`options.scoring.tierRules`, scoring/tier-rules.ts) as the tiers
 * panel makes them: single-column tiers turned into rules, a rule added above the top one or
 * removed, a condition added or removed. Each edits the rule set in place (the page calls them
 * inside `nb.edit`, so undo sees them and the project autosaves). Also: which rule and which
 * field a validation path under `options.scoring.tierRules` points at, so the page can name them.
 */
import type { TierCondition, TierRule, TierRuleSet } from './tier-rules.ts';

interface SingleColumnTiers {
  source: string;
  thresholds: number[];
  labels: string[];
}

/**
 * The same tiers written as rules: the lowest tier holds for everyone (no condition), tier i
 * (i ≥ 1) for `source ≥ thresholds[i − 1]`. Checked from the top down, this gives every
 * customer the tier the thresholds give (a customer with a missing value gets the lowest tier).
 */
export function rulesFromTiers(tiers: SingleColumnTiers): TierRuleSet {
  return {
    rules: tiers.labels.map((label, i): TierRule => ({
      label,
      match: 'all',
      conditions: i === 0 ? [] : [{ source: tiers.source, op: '>=', value: tiers.thresholds[i - 1] }],
    })),
  };
}

/**
 * Adds a rule named `label` above the top one. It starts as a copy of the top rule's conditions
 * (so it is a stricter version to edit), or as one condition `fallbackSource ≥ 0` when the top
 * rule has none.
 */
export function addRule(set: TierRuleSet, label: string, fallbackSource: string): void {
  const top = set.rules.at(-1);
  const conditions: TierCondition[] = top && top.conditions.length > 0 ? top.conditions.map((c) => ({ ...c })) : [{ source: fallbackSource, op: '>=', value: 0 }];
  set.rules.push({ label, match: top?.match ?? 'all', conditions });
}

/** Removes rule i; the last rule stays (a rule set holds at least one rule). */
export function removeRule(set: TierRuleSet, i: number): void {
  if (set.rules.length <= 1 || i < 0 || i >= set.rules.length) return;
  set.rules.splice(i, 1);
}

/** Adds a condition to rule i: the rule's last source (or `fallbackSource`) `≥ 0`. */
export function addCondition(set: TierRuleSet, i: number, fallbackSource: string): void {
  const rule = set.rules[i];
  if (!rule) return;
  const last = rule.conditions.at(-1);
  rule.conditions.push({ source: last?.source ?? fallbackSource, op: '>=', value: 0 });
}

/** Removes condition j of rule i (a rule left with none holds for everyone). */
export function removeCondition(set: TierRuleSet, i: number, j: number): void {
  const rule = set.rules[i];
  if (!rule || j < 0 || j >= rule.conditions.length) return;
  rule.conditions.splice(j, 1);
}

export type TierRuleField = 'rules' | 'label' | 'match' | 'unmatched' | 'conditions' | 'source' | 'op' | 'value';

/**
 * The rule (index, lowest first), condition (index) and field a validation path points at:
 * `options.scoring.tierRules.rules[2].conditions[0].value` → { rule: 2, condition: 0, field: 'value' }.
 * Null for a path outside the tier rules.
 */
export function ruleFieldOf(path: string): { rule: number | null; condition: number | null; field: TierRuleField } | null {
  const base = 'options.scoring.tierRules';
  if (path !== base && !path.startsWith(`${base}.`)) return null;
  const rest = path.slice(base.length);
  if (rest === '' || rest === '.rules') return { rule: null, condition: null, field: 'rules' };
  if (rest === '.unmatched') return { rule: null, condition: null, field: 'unmatched' };
  const m = /^\.rules\[(\d+)\](?:\.(label|match|conditions)(?:\[(\d+)\](?:\.(source|op|value))?)?)?$/.exec(rest);
  if (!m) return { rule: null, condition: null, field: 'rules' };
  const rule = Number(m[1]);
  const condition = m[3] !== undefined ? Number(m[3]) : null;
  const field = (m[4] ?? (condition !== null ? 'conditions' : (m[2] ?? 'rules'))) as TierRuleField;
  return { rule, condition, field };
}

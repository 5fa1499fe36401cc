import { describe, expect, it } from 'vitest';
import { addCondition, addRule, removeCondition, removeRule, ruleFieldOf, rulesFromTiers } from '../../../src/core/scoring/tier-rule-edits.ts';
import { assignRuleTiers, tierRuleProblems, type TierRuleSet } from '../../../src/core/scoring/tier-rules.ts';
import { assignTiers } from '../../../src/core/scoring/tiers.ts';
import { COMPOSITE } from '../../../src/core/sources.ts';

const twoColumns = (): TierRuleSet => ({
  rules: [
    { label: '普通', conditions: [] },
    { label: '黄金', match: 'all', conditions: [{ source: 'dep', op: '>=', value: 50 }] },
  ],
});

describe('tier rule edits', () => {
  it('writes single-column tiers as rules that give every customer the tier the thresholds give', () => {
    const tiers = { source: 'dep', thresholds: [10, 50, 200], labels: ['普通', '黄金', '白金', '钻石'] };
    const values = [0, 9.99, 10, 49, 50, 199.5, 200, 1e6, -3];
    const set = rulesFromTiers(tiers);
    expect(set.rules.map((r) => r.label)).toEqual(tiers.labels);
    expect(set.rules[0].conditions).toEqual([]);
    expect(set.rules[2].conditions).toEqual([{ source: 'dep', op: '>=', value: 50 }]);
    const byRules = assignRuleTiers(new Map([['dep', values]]), set, { n: values.length, unmatched: 'x' });
    const byThresholds = assignTiers(values, tiers);
    // hand-worked: 0→普通, 9.99→普通, 10→黄金, 49→黄金, 50→白金, 199.5→白金, 200→钻石, 1e6→钻石, −3→普通
    expect(Array.from(byRules.tier)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 0]);
    expect(Array.from(byRules.tier)).toEqual(Array.from(byThresholds.tier));
    expect(byRules.unmatched).toBeNull();
  });

  it('adds a tier above the top one as a copy of its conditions, or one condition on the fallback source', () => {
    const set = twoColumns();
    addRule(set, '白金', COMPOSITE);
    expect(set.rules[2]).toEqual({ label: '白金', match: 'all', conditions: [{ source: 'dep', op: '>=', value: 50 }] });
    set.rules[2].conditions[0].value = 500;
    expect(set.rules[1].conditions[0].value).toBe(50);
    const open: TierRuleSet = { rules: [{ label: 'all', conditions: [] }] };
    addRule(open, 'top', COMPOSITE);
    expect(open.rules[1].conditions).toEqual([{ source: COMPOSITE, op: '>=', value: 0 }]);
  });

  it('adds a condition on the rule’s last source and removes conditions and rules, never the last rule', () => {
    const set = twoColumns();
    addCondition(set, 1, COMPOSITE);
    expect(set.rules[1].conditions[1]).toEqual({ source: 'dep', op: '>=', value: 0 });
    addCondition(set, 0, COMPOSITE);
    expect(set.rules[0].conditions).toEqual([{ source: COMPOSITE, op: '>=', value: 0 }]);
    removeCondition(set, 1, 0);
    expect(set.rules[1].conditions).toEqual([{ source: 'dep', op: '>=', value: 0 }]);
    removeCondition(set, 1, 5);
    expect(set.rules[1].conditions).toHaveLength(1);
    removeRule(set, 0);
    expect(set.rules.map((r) => r.label)).toEqual(['黄金']);
    removeRule(set, 0);
    expect(set.rules).toHaveLength(1);
  });

  it('finds the rule, condition and field a validation path points at', () => {
    expect(ruleFieldOf('options.scoring.tierRules.rules[2].conditions[0].value')).toEqual({ rule: 2, condition: 0, field: 'value' });
    expect(ruleFieldOf('options.scoring.tierRules.rules[11].label')).toEqual({ rule: 11, condition: null, field: 'label' });
    expect(ruleFieldOf('options.scoring.tierRules.rules[1].conditions[3]')).toEqual({ rule: 1, condition: 3, field: 'conditions' });
    expect(ruleFieldOf('options.scoring.tierRules.unmatched')).toEqual({ rule: null, condition: null, field: 'unmatched' });
    expect(ruleFieldOf('options.scoring.tierRules')).toEqual({ rule: null, condition: null, field: 'rules' });
    expect(ruleFieldOf('options.scoring.tiers.thresholds[0]')).toBeNull();
    expect(ruleFieldOf('options.scoring.tierRulesX')).toBeNull();
  });

  it('flags a label given to two tiers, and the unmatched label reused by a rule when some customers can be unmatched', () => {
    const set = twoColumns();
    set.rules[1].label = '普通';
    expect(tierRuleProblems(set)).toEqual([{ path: 'options.scoring.tierRules.rules[1].label', message: '"普通" is the label of another tier too', variant: 'tier-rule-twice', params: { label: '普通' } }]);
    const gated: TierRuleSet = { rules: [{ label: 'A', conditions: [{ source: 'dep', op: '>', value: 1 }] }], unmatched: 'A' };
    expect(tierRuleProblems(gated).map((p) => p.path)).toEqual(['options.scoring.tierRules.rules[0].label']);
    // With an open lowest rule nobody is unmatched, so its label is not in use.
    expect(tierRuleProblems({ rules: [{ label: 'A', conditions: [] }], unmatched: 'A' })).toEqual([]);
  });
});

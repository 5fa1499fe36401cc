import { describe, expect, it } from 'vitest';
import { assignRuleTiers, describeRule, type TierRuleSet } from '../../../src/core/scoring/tier-rules.ts';
import { readTable } from '../../../src/core/data/read.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { defaultOptions, type Project } from '../../../src/core/model/project.ts';
import { validateProject } from '../../../src/core/model/validate.ts';
import { methodsParagraph } from '../../../src/core/report/methods.ts';
import { reportWords } from '../../../src/i18n/report.ts';

// Joint-stock Bank A style: deposits (万元) and products held.
const deposits = [5000, 3500, 3500, 800, 100, 2500, NaN];
const products = [6, 5, 2, 7, 1, 5, 9];
const rules: TierRuleSet = {
  rules: [
    { label: '普通', conditions: [{ source: 'dep', op: '>=', value: 500 }] },
    { label: '重点', match: 'any', conditions: [{ source: 'dep', op: '>=', value: 3000 }, { source: 'prod', op: '>=', value: 5 }] },
    { label: '核心', match: 'all', conditions: [{ source: 'dep', op: '>=', value: 3000 }, { source: 'prod', op: '>=', value: 5 }] },
  ],
  unmatched: '未定级',
};

describe('tiers by rules over several columns', () => {
  const values = new Map([
    ['dep', deposits],
    ['prod', products],
  ]);
  const r = assignRuleTiers(values, rules, { n: 7, unmatched: 'No tier' });

  it('checks from the top tier down: all-of first, then any-of, then the single condition (hand-worked)', () => {
    // row: 5000/6 → 核心; 3500/5 → 核心; 3500/2 → 重点 (any); 800/7 → 重点 (any); 100/1 → none;
    // 2500/5 → 重点 (any: products); missing/9 → 重点 (products holds; the missing deposit fails its conditions)
    expect(r.labels).toEqual(['未定级', '普通', '重点', '核心']);
    expect(Array.from(r.tier)).toEqual([3, 3, 2, 2, 0, 2, 2]);
    expect(r.counts).toEqual([1, 0, 4, 2]);
  });

  it('counts and names the customers who meet no rule, by file line', () => {
    expect(r.unmatched).toEqual({ label: '未定级', count: 1, lines: [6] });
    expect(r.problems[0]).toMatchObject({ code: 'tiers.unmatched', params: { count: 1, lines: '6', label: '未定级' } });
  });

  it('has no unmatched tier when the lowest rule holds for everyone, and takes any number of levels', () => {
    const stars: TierRuleSet = {
      rules: [{ label: '★', conditions: [] }, ...[50, 500, 2000, 10000, 80000, 200000].map((v, i) => ({ label: '★'.repeat(i + 2), conditions: [{ source: 'v', op: '>=' as const, value: v }] }))],
    };
    const s = assignRuleTiers(new Map([['v', [10, 50, 499, 500, 1999, 2000, 79999, 80000, 250000]]]), stars, { n: 9, unmatched: 'x' });
    expect(s.labels).toHaveLength(7);
    expect(s.unmatched).toBeNull();
    expect(Array.from(s.tier)).toEqual([0, 1, 1, 2, 2, 3, 4, 5, 6]);
  });

  it('says a rule in words', () => {
    expect(describeRule(rules.rules[2], 'en')).toBe('dep ≥ 3000 and prod ≥ 5');
    expect(describeRule(rules.rules[1], 'zh-CN')).toBe('dep ≥ 3000 或 prod ≥ 5');
  });
});

describe('tier rules in a project', () => {
  const csv = 'id,dep,prod\n' + deposits.map((d, i) => `${i + 1},${Number.isFinite(d) ? d : ''},${products[i]}`).join('\n') + '\n';
  const project = (): Project => {
    const options = defaultOptions();
    options.segmentation.k = 2;
    options.segmentation.kMax = 3;
    options.scoring.tierRules = rules;
    return {
      version: 1,
      name: 'tiers',
      data: {},
      hierarchy: {
        goal: 'value',
        criteria: [
          { id: 'c', name: 'Current', role: 'current', indicators: [{ id: 'd', name: 'Deposits', column: 'dep', direction: 'benefit' }] },
          { id: 'p', name: 'Potential', role: 'potential', indicators: [{ id: 'q', name: 'Products', column: 'prod', direction: 'benefit' }] },
        ],
      },
      experts: [{ id: 'e1', name: 'E1' }],
      judgments: [{ node: 'goal', expert: 'e1', items: ['c', 'p'], matrix: [[1, 1], [1, 1]] }],
      options,
    };
  };

  it('runs with rules instead of thresholds and reads the raw data (a missing deposit fails its condition)', () => {
    const { table, report, lines } = readTable(csv);
    const r = runPipeline(project(), table, { report, lines });
    expect(r.tiers!.labels).toEqual(['未定级', '普通', '重点', '核心']);
    expect(r.tiers!.counts).toEqual([1, 0, 4, 2]);
    expect(r.tiers!.unmatched!.lines).toEqual([6]);
    expect(methodsParagraph(project(), r, reportWords('zh-CN'))).toContain('核心：dep ≥ 3000 且 prod ≥ 5');
  });

  it('checks rules as data and their columns against the data; old single-column tiers stay valid', () => {
    const p = project();
    p.options.scoring.tierRules = { rules: [{ label: '', conditions: [{ source: 'dep', op: '=>' as never, value: 1 }] }] };
    expect(validateProject(p).filter((x) => x.severity === 'error').map((x) => x.where.path)).toEqual([
      'options.scoring.tierRules.rules[0].label',
      'options.scoring.tierRules.rules[0].conditions[0].op',
    ]);
    const q = project();
    q.options.scoring.tierRules!.rules[0].conditions[0].source = 'nope';
    expect(validateProject(q, [{ name: 'dep', type: 'numeric' }, { name: 'prod', type: 'numeric' }]).map((x) => x.where.path)).toContain('options.scoring.tierRules.rules[0].conditions[0].source');
    const old = project();
    delete old.options.scoring.tierRules;
    old.options.scoring.tiers = { source: 'dep', thresholds: [500, 3000], labels: ['a', 'b', 'c'] };
    expect(validateProject(old).filter((x) => x.severity === 'error')).toEqual([]);
  });
});

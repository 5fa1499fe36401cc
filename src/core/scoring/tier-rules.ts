/**
 * Tiers on several columns (issue 9, item 4), as banks define VIP levels: each tier is a rule
 * over one or more columns or scores — all of / any of conditions such as
 * `avg_daily_deposits ≥ 3000` and `products_held ≥ 5` — checked from the top tier down; a
 * customer gets the first tier whose rule holds. Any number of levels (ICBC: ★ … ★★★★★★★).
 *
 * Customers who meet no rule are counted and named: they form tier 0, labelled `unmatched`
 * (default 未定级 / "No tier"), below the rules' tiers. When the lowest rule has no condition
 * (it holds for everyone) there is no such tier.
 *
 * The single-column tiers of `options.scoring.tiers` (thresholds) stay as they are; a project
 * with `options.scoring.tierRules` uses the rules instead.
 */
import { InputError, type Problem } from '../errors.ts';
import { COMPOSITE } from '../sources.ts';

export type TierOp = '>=' | '>' | '<=' | '<' | '==';
export const TIER_OPS: readonly TierOp[] = ['>=', '>', '<=', '<', '=='];

export interface TierCondition {
  /** A value source (core/sources.ts): a data column (derived columns included) or a score. */
  source: string;
  op: TierOp;
  value: number;
}

export interface TierRule {
  label: string;
  /** 'all' (default): every condition must hold; 'any': one is enough. No condition: always holds. */
  match?: 'all' | 'any';
  conditions: TierCondition[];
}

export interface TierRuleSet {
  /** Lowest tier first (as `TierOptions.labels`); checked from the last (top) down. */
  rules: TierRule[];
  /** Label of the customers who meet no rule; default "未定级" / "No tier" is set by the caller. */
  unmatched?: string;
}

export interface RuleTierResult {
  /** Per customer: tier index, 0 = lowest (the unmatched tier when there is one). */
  tier: Uint8Array;
  counts: number[];
  labels: string[];
  /** The unmatched tier's count and first file lines, when the lowest rule has conditions. */
  unmatched: { label: string; count: number; lines: number[] } | null;
  problems: Problem[];
}

const holds = (v: number, op: TierOp, x: number): boolean =>
  op === '>=' ? v >= x : op === '>' ? v > x : op === '<=' ? v <= x : op === '<' ? v < x : v === x;

/** Structural problems with paths under `options.scoring.tierRules` (empty when valid). */
export function tierRuleProblems(raw: unknown): { path: string; message: string; variant: string; params?: Record<string, string | number> }[] {
  const base = 'options.scoring.tierRules';
  const out: { path: string; message: string; variant: string; params?: Record<string, string | number> }[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [{ path: base, message: 'expected an object with rules', variant: 'tier-rules' }];
  const o = raw as Record<string, unknown>;
  if (o.unmatched !== undefined && typeof o.unmatched !== 'string') out.push({ path: `${base}.unmatched`, message: 'expected a label', variant: 'tier-rule-label' });
  if (!Array.isArray(o.rules) || o.rules.length === 0 || o.rules.length > 254) return [...out, { path: `${base}.rules`, message: 'expected a list of 1 to 254 rules, lowest tier first', variant: 'tier-rules' }];
  o.rules.forEach((r: unknown, i) => {
    const p = `${base}.rules[${i}]`;
    if (typeof r !== 'object' || r === null) return void out.push({ path: p, message: 'expected an object with label and conditions', variant: 'tier-rules' });
    const rule = r as Record<string, unknown>;
    if (typeof rule.label !== 'string' || rule.label === '' || rule.label.length > 200) out.push({ path: `${p}.label`, message: 'expected a label of 1 to 200 characters', variant: 'tier-rule-label' });
    if (rule.match !== undefined && rule.match !== 'all' && rule.match !== 'any') out.push({ path: `${p}.match`, message: 'expected all or any', variant: 'tier-rule-match' });
    if (!Array.isArray(rule.conditions)) return void out.push({ path: `${p}.conditions`, message: 'expected a list of conditions', variant: 'tier-rules' });
    rule.conditions.forEach((c: unknown, j) => {
      const cp = `${p}.conditions[${j}]`;
      const cond = (c ?? {}) as Record<string, unknown>;
      if (typeof cond.source !== 'string' || cond.source === '') out.push({ path: `${cp}.source`, message: `expected a column or ${COMPOSITE}`, variant: 'source' });
      if (!TIER_OPS.includes(cond.op as TierOp)) out.push({ path: `${cp}.op`, message: `expected one of ${TIER_OPS.join(' ')}`, variant: 'tier-rule-op', params: { allowed: TIER_OPS.join(' ') } });
      if (typeof cond.value !== 'number' || !Number.isFinite(cond.value)) out.push({ path: `${cp}.value`, message: 'expected a finite number', variant: 'derived-offset' });
    });
  });
  // Two tiers with one label could not be told apart (counts, strategies, the customers file).
  const lowestHasConditions = ((o.rules[0] as { conditions?: unknown } | null)?.conditions as unknown[] | undefined)?.length;
  const seen = new Set<string>(typeof o.unmatched === 'string' && lowestHasConditions ? [o.unmatched] : []);
  o.rules.forEach((r: unknown, i) => {
    const label = (r as { label?: unknown } | null)?.label;
    if (typeof label !== 'string' || label === '') return;
    if (seen.has(label)) out.push({ path: `${base}.rules[${i}].label`, message: `"${label}" is the label of another tier too`, variant: 'tier-rule-twice', params: { label } });
    seen.add(label);
  });
  return out;
}

/** The sources the rules read, each once, in order of first use. */
export function ruleSources(set: TierRuleSet): string[] {
  return [...new Set(set.rules.flatMap((r) => r.conditions.map((c) => c.source)))];
}

/**
 * Assigns tiers by rules. `values` maps each source to its per-customer values (aligned with
 * `lines`). A customer with a missing value in a condition's source fails that condition.
 */
export function assignRuleTiers(values: ReadonlyMap<string, ArrayLike<number>>, set: TierRuleSet, options: { n: number; lines?: ArrayLike<number>; unmatched: string }): RuleTierResult {
  const { n } = options;
  const rules = set.rules;
  for (const s of ruleSources(set)) {
    if (!values.has(s)) throw new InputError('tiers.rule-source', `options.scoring.tierRules: no values for "${s}".`, { path: 'options.scoring.tierRules', column: s }, { source: s });
  }
  const openBottom = rules[0].conditions.length === 0;
  const offset = openBottom ? 0 : 1;
  const labels = [...(openBottom ? [] : [set.unmatched ?? options.unmatched]), ...rules.map((r) => r.label)];
  const tier = new Uint8Array(n);
  const counts = new Array<number>(labels.length).fill(0);
  const unmatchedRows: number[] = [];
  for (let i = 0; i < n; i++) {
    let t = -1;
    for (let k = rules.length - 1; k >= 0 && t < 0; k--) {
      const r = rules[k];
      if (r.conditions.length === 0) {
        t = k;
        break;
      }
      const test = (c: TierCondition) => {
        const v = values.get(c.source)![i];
        return Number.isFinite(v) && holds(v, c.op, c.value);
      };
      if (r.match === 'any' ? r.conditions.some(test) : r.conditions.every(test)) t = k;
    }
    const idx = t < 0 ? 0 : t + offset;
    if (t < 0) unmatchedRows.push(i);
    tier[i] = idx;
    counts[idx]++;
  }
  const problems: Problem[] = [];
  let unmatched: RuleTierResult['unmatched'] = null;
  if (!openBottom) {
    const lines = unmatchedRows.slice(0, 20).map((r) => (options.lines ? options.lines[r] : r + 2));
    unmatched = { label: labels[0], count: unmatchedRows.length, lines };
    if (unmatchedRows.length > 0) {
      problems.push({
        severity: 'info',
        code: 'tiers.unmatched',
        message: `${unmatchedRows.length} customer(s) meet no tier rule (first at lines ${lines.join(', ')}); they are counted as "${labels[0]}".`,
        where: { path: 'options.scoring.tierRules', row: lines[0] },
        params: { count: unmatchedRows.length, lines: lines.join(', '), label: labels[0] },
      });
    }
  }
  return { tier, counts, labels, unmatched, problems };
}

/** A rule in words: `avg_daily_deposits ≥ 3000 and products_held ≥ 5`. */
export function describeRule(rule: TierRule, locale: 'zh-CN' | 'en'): string {
  const sym: Record<TierOp, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '==': '=' };
  if (rule.conditions.length === 0) return locale === 'zh-CN' ? '其余客户' : 'everyone else';
  const join = rule.match === 'any' ? (locale === 'zh-CN' ? ' 或 ' : ' or ') : locale === 'zh-CN' ? ' 且 ' : ' and ';
  return rule.conditions.map((c) => `${c.source} ${sym[c.op]} ${c.value}`).join(join);
}

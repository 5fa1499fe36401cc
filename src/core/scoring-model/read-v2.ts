/**
 * Checks of the fields version 2 of the scoring model added: `derived` (derived columns) and
 * `tierRules` (tiers on several columns). Each failure names the field by its JSON path.
 */
import { DERIVED_KINDS } from '../data/derived.ts';
import { TIER_OPS } from '../scoring/tier-rules.ts';
import { SCORE_SOURCES } from '../sources.ts';
import { arr, invalid, num, obj, oneOf, str } from './check.ts';

const ARITY: Record<(typeof DERIVED_KINDS)[number], [number, number]> = {
  'weighted-sum': [1, 100],
  ratio: [2, 2],
  difference: [2, 2],
  log: [1, 1],
  share: [2, 100],
};

/**
 * `derived`: each a new name, a known kind, inputs that are numeric input columns or earlier
 * derived columns, coefficients for a weighted sum, a finite offset for a logarithm. Returns the
 * derived names.
 */
export function checkDerived(raw: unknown, typeOf: ReadonlyMap<string, 'numeric' | 'identifier'>): Set<string> {
  const names = new Set<string>();
  arr(raw, 'derived').forEach((x, i) => {
    const at = `derived[${i}]`;
    const o = obj(x, at);
    const name = str(o.name, `${at}.name`);
    if (name === '') invalid(`${at}.name`, 'a column name that is not empty');
    if (typeOf.has(name) || names.has(name)) invalid(`${at}.name`, `a new name ("${name}" is already ${typeOf.has(name) ? 'an input column' : 'a derived column'})`);
    const kind = oneOf(o.kind, DERIVED_KINDS, `${at}.kind`);
    const inputs = arr(o.inputs, `${at}.inputs`).map((v, j) => {
      const c = str(v, `${at}.inputs[${j}]`);
      if (typeOf.get(c) !== 'numeric' && !names.has(c)) invalid(`${at}.inputs[${j}]`, `a numeric column listed in inputs or a derived column defined before it ("${c}" is neither)`);
      return c;
    });
    const [lo, hi] = ARITY[kind];
    if (inputs.length < lo || inputs.length > hi) invalid(`${at}.inputs`, `${lo === hi ? lo : `${lo} to ${hi}`} column name(s) for ${kind}`);
    if (kind === 'weighted-sum') {
      const c = arr(o.coefficients, `${at}.coefficients`).map((v, j) => num(v, `${at}.coefficients[${j}]`));
      if (c.length !== inputs.length) invalid(`${at}.coefficients`, `${inputs.length} numbers (one per input)`);
    } else if (o.coefficients !== undefined) invalid(`${at}.coefficients`, `absent for ${kind}`);
    if (o.offset !== undefined) {
      if (kind !== 'log') invalid(`${at}.offset`, `absent for ${kind}`);
      num(o.offset, `${at}.offset`);
    }
    names.add(name);
  });
  return names;
}

/**
 * `tierRules`: 1 to 254 rules, lowest first, each a label, `match` all or any, and conditions on a
 * score or a numeric column; `unmatched` a label when the lowest rule has conditions, else null.
 */
export function checkTierRules(raw: unknown, numeric: (column: string) => boolean, roles: boolean): void {
  const t = obj(raw, 'tierRules');
  const rules = arr(t.rules, 'tierRules.rules');
  if (rules.length === 0 || rules.length > 254) invalid('tierRules.rules', 'a list of 1 to 254 rules, lowest tier first');
  rules.forEach((x, i) => {
    const at = `tierRules.rules[${i}]`;
    const r = obj(x, at);
    if (str(r.label, `${at}.label`) === '') invalid(`${at}.label`, 'a label that is not empty');
    if (r.match !== undefined) oneOf(r.match, ['all', 'any'] as const, `${at}.match`);
    arr(r.conditions, `${at}.conditions`).forEach((c, j) => {
      const cat = `${at}.conditions[${j}]`;
      const o = obj(c, cat);
      const source = str(o.source, `${cat}.source`);
      if (SCORE_SOURCES.includes(source)) {
        if (source !== SCORE_SOURCES[0] && !roles) invalid(`${cat}.source`, 'the composite score or a column when no criteria carry the roles current and potential');
      } else if (!numeric(source)) invalid(`${cat}.source`, `a score, a numeric column listed in inputs or a derived column ("${source}" is none of these)`);
      oneOf(o.op, TIER_OPS, `${cat}.op`);
      num(o.value, `${cat}.value`);
    });
  });
  const open = (obj(rules[0], 'tierRules.rules[0]').conditions as unknown[]).length === 0;
  if (open) {
    if (t.unmatched !== null) invalid('tierRules.unmatched', 'null when the lowest rule has no condition (it holds for everyone)');
  } else if (typeof t.unmatched !== 'string' || t.unmatched === '') invalid('tierRules.unmatched', 'the label of the customers who meet no rule (the lowest rule has conditions)');
}

/**
 * ABC (Pareto) classes by cumulative share of a value column (methodology §2.10).
 *
 * Customers are sorted by value, largest first (ties keep their row order). For the customer
 * at rank r, `before` = share of the total value held by the customers ranked above it. Then:
 *   A  if before < cuts[0]           (default 0.80)
 *   B  if cuts[0] ≤ before < cuts[1] (default 0.95)
 *   C  otherwise.
 * So the customer whose value crosses 80 % is still A, A's value share is ≥ 80 %, and the
 * largest customer is always A. Shares exactly at a cut count as past it (a 1e-12 tolerance
 * absorbs rounding of the running sum). Negative values count as 0 (with a warning); if no
 * value is positive every customer is C (with a warning).
 */
import { InputError, type Problem } from '../errors.ts';
import { checkFinite } from '../stats/check.ts';
import { orderDescending } from '../stats/order.ts';

/** 0 = A, 1 = B, 2 = C. */
export type AbcClass = 0 | 1 | 2;
export const ABC_LABELS = ['A', 'B', 'C'] as const;

export interface AbcOptions {
  /** Cumulative-share cut-offs, 0 < cuts[0] < cuts[1] ≤ 1; default [0.8, 0.95]. */
  cuts?: readonly [number, number];
  /** Value column name for messages; default `ABC source`. */
  name?: string;
  /** Project path of the ABC options for messages (the cuts are `${path}.cuts`); default `options.scoring.abc`. */
  path?: string;
}

export interface AbcResult {
  /** Per customer (row order): 0 = A, 1 = B, 2 = C. */
  cls: Uint8Array;
  /** Customer indices from the largest value to the smallest. */
  order: Int32Array;
  /** Per customer (row order): cumulative value share up to and including this customer (all 0 when no value is positive). */
  cumulative: Float64Array;
  /** Customers per class [A, B, C]. */
  counts: [number, number, number];
  /** Value share per class [A, B, C] (0s when there is no positive value). */
  valueShare: [number, number, number];
  /** Pareto curve, n + 1 points from (0, 0): share of customers vs cumulative share of value. */
  curve: { customers: Float64Array; value: Float64Array };
  cuts: [number, number];
  problems: Problem[];
}

function checkCuts(cuts: readonly number[], path: string): [number, number] {
  const [c1, c2] = cuts;
  if (cuts.length !== 2) throw new InputError('scoring.abc-cuts', `${path} must hold two cut-offs (e.g. [0.8, 0.95]); got ${cuts.length}.`, { path }, { path, count: cuts.length }, 'count');
  if (!Number.isFinite(c1) || !(c1 > 0 && c1 < 1)) {
    throw new InputError('scoring.abc-cuts', `${path}[0] is ${c1}; the A cut-off is a share strictly between 0 and 1 (e.g. 0.8).`, { path: `${path}[0]` }, { path: `${path}[0]`, value: c1 }, 'a');
  }
  if (!Number.isFinite(c2) || !(c2 > c1 && c2 <= 1)) {
    throw new InputError('scoring.abc-cuts', `${path}[1] is ${c2}; the B cut-off must be greater than ${path}[0] (${c1}) and at most 1.`, { path: `${path}[1]` }, { path: `${path}[1]`, value: c2, a: c1 }, 'b');
  }
  return [c1, c2];
}

/** ABC classes, class summaries and the Pareto curve of `values`. Errors: bad cuts (named by path), NaN values. */
export function abcClasses(values: ArrayLike<number>, options: AbcOptions = {}): AbcResult {
  const name = options.name ?? 'ABC source';
  const cuts = checkCuts(options.cuts ?? [0.8, 0.95], `${options.path ?? 'options.scoring.abc'}.cuts`);
  checkFinite(values, name);
  const n = values.length;
  const problems: Problem[] = [];
  const v = new Float64Array(n);
  let negatives = 0;
  let firstNegative = -1;
  for (let i = 0; i < n; i++) {
    if (values[i] < 0) {
      negatives++;
      if (firstNegative < 0) firstNegative = i;
    } else v[i] = values[i];
  }
  if (negatives > 0) {
    problems.push({
      severity: 'warning',
      code: 'scoring.abc-negative',
      message: `"${name}" has ${negatives} negative value(s) (the first in row ${firstNegative + 1}); they count as 0 in the ABC shares.`,
      where: { column: name },
      params: { column: name, count: negatives, row: firstNegative + 1 },
    });
  }
  const order = orderDescending(v);
  const running = new Float64Array(n + 1);
  for (let r = 0; r < n; r++) running[r + 1] = running[r] + v[order[r]];
  const total = running[n];
  const cls = new Uint8Array(n);
  const cumulative = new Float64Array(n);
  const counts: [number, number, number] = [0, 0, 0];
  const valueShare: [number, number, number] = [0, 0, 0];
  const curve = { customers: new Float64Array(n + 1), value: new Float64Array(n + 1) };
  if (!(total > 0)) {
    if (n > 0) {
      problems.push({
        severity: 'warning',
        code: 'scoring.abc-zero',
        message: `No value of "${name}" is positive, so there is no value to share out: every customer is class C.`,
        where: { column: name },
        params: { column: name },
      });
    }
    cls.fill(2);
    counts[2] = n;
    for (let r = 0; r <= n; r++) curve.customers[r] = r / n || 0;
    return { cls, order, cumulative, counts, valueShare, curve, cuts, problems };
  }
  const TOL = 1e-12;
  for (let r = 0; r < n; r++) {
    const i = order[r];
    const before = running[r] / total;
    const c: AbcClass = before < cuts[0] - TOL ? 0 : before < cuts[1] - TOL ? 1 : 2;
    cls[i] = c;
    counts[c]++;
    valueShare[c] += v[i] / total;
    cumulative[i] = running[r + 1] / total;
  }
  for (let r = 0; r <= n; r++) {
    curve.customers[r] = r / n;
    curve.value[r] = running[r] / total;
  }
  return { cls, order, cumulative, counts, valueShare, curve, cuts, problems };
}

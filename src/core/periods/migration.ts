/**
 * The migration of customers between the classes of one scheme (tiers / star levels, segments,
 * ABC classes, 2×2 quadrants) from period 1 to period 2 (issue 9, item 7): a matrix of the
 * customers present in both periods, period-1 class by row and period-2 class by column, and
 * every customer's move:
 *
 *   up    a better class in period 2     down  a worse class
 *   same  the same class                 new   only in period 2     lost  only in period 1
 *
 * Which class is better is the scheme's order (`better`): 'higher' — a higher index is better
 * (tiers, lowest first); 'lower' — a lower index is better (segments numbered 1 = most valuable,
 * ABC 0 = A); 'none' — no order (the 2×2 quadrants): a change of class is counted as `changed`,
 * neither up nor down. Customers are matched by identifier; a class of −1 means the customer has
 * no class in that period (e.g. not scored) and is counted in neither the matrix nor the moves.
 */
import { InputError } from '../errors.ts';

export type Move = 'up' | 'down' | 'same' | 'changed' | 'new' | 'lost';

export interface PeriodClasses {
  /** Customer identifiers, one per customer (unique within the period). */
  ids: readonly string[];
  /** Class index per customer (0-based, < number of classes); −1 = no class. */
  classes: ArrayLike<number>;
  /** File line of each customer, for messages; default index + 2. */
  lines?: ArrayLike<number>;
}

export interface MigrationOptions {
  /** Number of classes (the matrix is classes × classes). */
  classes: number;
  better: 'higher' | 'lower' | 'none';

}

export interface Migration {
  /** matrix[a][b]: customers in class a in period 1 and class b in period 2. */
  matrix: number[][];
  /** Customers per class in period 1 / period 2 (all customers with a class, matched or not). */
  from: number[];
  to: number[];
  /** Customers with a class in both periods. */
  matched: number;
  up: number;
  down: number;
  same: number;
  /** Changed class without an order between classes (better: 'none'). */
  changed: number;
  /** Customers only in period 2, by their period-2 class. */
  newByClass: number[];
  /** Customers only in period 1, by their period-1 class. */
  lostByClass: number[];
  newTotal: number;
  lostTotal: number;
}

/** Index of every identifier; a duplicate or empty identifier is an error naming its lines. */
export function indexIds(p: PeriodClasses, period: 1 | 2): Map<string, number> {
  const at = new Map<string, number>();
  const line = (i: number) => (p.lines ? p.lines[i] : i + 2);
  p.ids.forEach((id, i) => {
    if (id === '') throw new InputError('periods.empty-id', `Period ${period}: the customer at line ${line(i)} has no identifier, so it cannot be matched with the other period.`, { row: line(i) }, { period, line: line(i) });
    const prev = at.get(id);
    if (prev !== undefined) {
      throw new InputError('periods.duplicate-id', `Period ${period}: identifier "${id}" appears at lines ${line(prev)} and ${line(i)}; each customer needs one identifier to be matched with the other period.`, { row: line(i) }, { period, id, first: line(prev), line: line(i) });
    }
    at.set(id, i);
  });
  return at;
}

/** The move of a customer from class a (period 1) to class b (period 2), both ≥ 0. */
export function moveOf(a: number, b: number, better: MigrationOptions['better']): Exclude<Move, 'new' | 'lost'> {
  if (a === b) return 'same';
  if (better === 'none') return 'changed';
  return (better === 'higher' ? b > a : b < a) ? 'up' : 'down';
}

function checkClass(c: number, k: number, period: 1 | 2, i: number): void {
  if (!Number.isInteger(c) || c < -1 || c >= k) throw new InputError('periods.class', `Period ${period}: class ${c} of customer ${i + 1} is outside 0..${k - 1}.`, {}, { period, value: c, max: k - 1 });
}

/**
 * The migration matrix and the moves from `p1` to `p2`. Errors: duplicate or empty identifiers
 * (`periods.duplicate-id`, `periods.empty-id`, naming the lines), a class out of range.
 */
export function migrationMatrix(p1: PeriodClasses, p2: PeriodClasses, options: MigrationOptions): Migration {
  const k = options.classes;
  const [n1, n2] = [1, 2] as const;
  const at1 = indexIds(p1, n1);
  const at2 = indexIds(p2, n2);
  const zeros = () => new Array<number>(k).fill(0);
  const out: Migration = {
    matrix: Array.from({ length: k }, zeros),
    from: zeros(),
    to: zeros(),
    matched: 0,
    up: 0,
    down: 0,
    same: 0,
    changed: 0,
    newByClass: zeros(),
    lostByClass: zeros(),
    newTotal: 0,
    lostTotal: 0,
  };
  p1.ids.forEach((id, i) => {
    const a = p1.classes[i];
    checkClass(a, k, n1, i);
    if (a < 0) return;
    out.from[a]++;
    const j = at2.get(id);
    const b = j === undefined ? -1 : p2.classes[j];
    if (j === undefined) {
      out.lostByClass[a]++;
      out.lostTotal++;
      return;
    }
    checkClass(b, k, n2, j);
    if (b < 0) return;
    out.matrix[a][b]++;
    out.matched++;
    out[moveOf(a, b, options.better)]++;
  });
  p2.ids.forEach((id, j) => {
    const b = p2.classes[j];
    checkClass(b, k, n2, j);
    if (b < 0) return;
    out.to[b]++;
    if (!at1.has(id)) {
      out.newByClass[b]++;
      out.newTotal++;
    }
  });
  return out;
}

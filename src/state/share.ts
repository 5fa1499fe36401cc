/**
 * Structural sharing between successive results: every part of a new result that equals the
 * part shown before is replaced by that earlier object. Results come from a worker as copies,
 * so without this every chart would see "new" data on every reply; with it, a chart whose
 * inputs did not change (a Pareto chart of a data column after a judgment edit, the weights
 * when the full run catches up with the fast one) keeps the same objects and is not redrawn.
 * Equality is exact (Object.is on every number, NaN equal to NaN), never approximate.
 */

const isTyped = (x: unknown): x is ArrayLike<number> & ArrayBufferView => ArrayBuffer.isView(x) && !(x instanceof DataView);

/** Exact, deep equality of plain data: numbers, strings, arrays, typed arrays, plain objects. */
export function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (isTyped(a) || isTyped(b)) {
    if (!isTyped(a) || !isTyped(b) || a.constructor !== b.constructor || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  // Plain objects (results hold no Map, Set or Date): own keys and values.
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.hasOwn(b, k) || !same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/**
 * `next`, with each part (at any depth) that equals the corresponding part of `prev` replaced
 * by `prev`'s object: `prev` itself when everything is equal, else a new object or array whose
 * unchanged members are `prev`'s. `next` is not modified.
 */
export function share<T>(prev: unknown, next: T): T {
  if (prev === null || prev === undefined || typeof next !== 'object' || next === null) return next;
  if (typeof prev !== 'object' || isTyped(next) || isTyped(prev)) return same(prev, next) ? (prev as T) : next;
  // Each part is compared once, from the leaves up (comparing the whole first and then each part
  // again would walk a million-row array once per level above it).
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let all = prev.length === next.length;
    const out = next.map((x, i) => {
      const y = i < prev.length ? share(prev[i], x) : x;
      if (!Object.is(y, prev[i])) all = false;
      return y;
    });
    return (all ? prev : out) as T;
  }
  if (Array.isArray(prev)) return next;
  const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(next));
  let all = Object.keys(prev).length === Object.keys(next).length && Object.getPrototypeOf(prev) === Object.getPrototypeOf(next);
  for (const [k, v] of Object.entries(next)) {
    const has = Object.hasOwn(prev, k);
    const y = has ? share((prev as Record<string, unknown>)[k], v) : v;
    if (!has || !Object.is(y, (prev as Record<string, unknown>)[k])) all = false;
    out[k] = y;
  }
  return (all ? prev : out) as T;
}

/**
 * JSON-safe copies of results: typed arrays become plain arrays, non-finite numbers (NaN,
 * ±Infinity) become null, `undefined` object fields are left out (as `JSON.stringify` does) and
 * `undefined` array items become null. Used by the CLI `run` command and the project export.
 */
import type { Result } from '../result.ts';

/** A value `JSON.stringify` writes without loss of structure. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

function isTypedArray(value: unknown): value is ArrayLike<number | bigint> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

function toJson(value: unknown, seen: Set<object>): JsonValue | undefined {
  if (value === null) return null;
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'string':
    case 'boolean':
      return value;
    case 'bigint':
      return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    default:
      break;
  }
  const obj = value as object;
  if (seen.has(obj)) throw new TypeError('resultToJson: the value contains a cycle.');
  if (isTypedArray(obj)) {
    return Array.from(obj as ArrayLike<number | bigint>, (v) => toJson(v, seen) ?? null);
  }
  if (obj instanceof Date) return Number.isNaN(obj.getTime()) ? null : obj.toISOString();
  seen.add(obj);
  try {
    if (Array.isArray(obj)) return obj.map((v) => toJson(v, seen) ?? null);
    if (obj instanceof Map) return Object.fromEntries([...obj].map(([k, v]) => [String(k), toJson(v, seen) ?? null]));
    if (obj instanceof Set) return [...obj].map((v) => toJson(v, seen) ?? null);
    const out: { [key: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(obj)) {
      const j = toJson(v, seen);
      if (j !== undefined) out[k] = j;
    }
    return out;
  } finally {
    seen.delete(obj);
  }
}

/** A JSON-safe deep copy of any value (see the module comment); throws TypeError on a cycle. */
export function toJsonSafe(value: unknown): JsonValue {
  return toJson(value, new Set()) ?? null;
}

/**
 * The result as plain JSON data: same fields, typed arrays (`rows`, scores, labels, quadrants…)
 * as plain arrays, NaN/±Infinity as null. `JSON.parse(JSON.stringify(x))` gives `x` back.
 */
export function resultToJson(result: Result): unknown {
  return toJsonSafe(result);
}

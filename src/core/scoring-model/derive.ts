/**
 * Derived columns for one customer at a time (the scoring model's `derived`), with the
 * arithmetic of data/derived.ts in the same order — which computes a whole table's columns and
 * so is not for a stream: a missing input gives a missing value; a zero divisor (ratio, share),
 * a logarithm of a number ≤ 0 or a result that is not finite give a missing value (NaN here).
 * The SQL of sql.ts writes the same operations in the same order.
 */
import type { DerivedColumn } from '../data/derived.ts';

/** The derived value from its inputs' values (NaN = missing). */
export function derivedValue(d: DerivedColumn, x: ArrayLike<number>): number {
  const n = d.inputs.length;
  for (let j = 0; j < n; j++) if (!Number.isFinite(x[j])) return NaN;
  let v: number;
  switch (d.kind) {
    case 'weighted-sum':
      v = 0;
      for (let j = 0; j < n; j++) v += d.coefficients![j] * x[j];
      break;
    case 'ratio':
      v = x[1] === 0 ? NaN : x[0] / x[1];
      break;
    case 'difference':
      v = x[0] - x[1];
      break;
    case 'log': {
      const a = x[0] + (d.offset ?? 0);
      v = a > 0 ? Math.log(a) : NaN;
      break;
    }
    case 'share': {
      let s = 0;
      for (let j = 0; j < n; j++) s += x[j];
      v = s === 0 ? NaN : x[0] / s;
      break;
    }
  }
  return Number.isFinite(v) ? v : NaN;
}

/**
 * The derived columns `used` needs, in definition order (each with the derived columns it
 * reads), and the raw columns they read (in order of first use).
 */
export function derivedNeeded(derived: readonly DerivedColumn[], used: readonly string[]): { derived: DerivedColumn[]; raw: string[] } {
  const byName = new Map(derived.map((d) => [d.name, d]));
  const keep = new Set<string>();
  const raw: string[] = [];
  const visit = (name: string) => {
    const d = byName.get(name);
    if (!d) {
      if (!raw.includes(name)) raw.push(name);
      return;
    }
    if (keep.has(name)) return;
    keep.add(name);
    d.inputs.forEach(visit);
  };
  used.forEach(visit);
  return { derived: derived.filter((d) => keep.has(d.name)).map((d) => structuredClone(d)), raw };
}

/** Whole columns of the derived values (NaN = missing), from `column(name)` for raw columns. */
export function derivedColumns(derived: readonly DerivedColumn[], column: (name: string) => Float64Array): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  const get = (name: string) => out.get(name) ?? column(name);
  for (const d of derived) {
    const inputs = d.inputs.map(get);
    const n = inputs[0].length;
    const col = new Float64Array(n);
    const x = new Float64Array(inputs.length);
    for (let r = 0; r < n; r++) {
      for (let j = 0; j < inputs.length; j++) x[j] = inputs[j][r];
      col[r] = derivedValue(d, x);
    }
    out.set(d.name, col);
  }
  return out;
}

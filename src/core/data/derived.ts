/**
 * Derived indicators (issue 9, item 2): columns computed from other columns, defined as data in
 * the project (`project.data.derived`), never as a formula string compiled to code. Kinds:
 *
 *   weighted-sum  Σ c_j·x_j                     (ICBC's value index: balances × fixed coefficients)
 *   ratio         x_0 / x_1
 *   difference    x_0 − x_1
 *   log           ln(x_0 + offset)              (offset default 0)
 *   share         x_0 / Σ_j x_j                 (the first input's share of the inputs' total)
 *
 * Inputs are data columns or earlier derived columns, by name (any name: quotes, spaces,
 * `__proto__`… are only ever map keys). A row whose input is missing, whose divisor is 0 or
 * whose log argument is ≤ 0 gets a missing value (handled by the project's missing-value policy
 * like any other), and the rows are reported as a named problem with their file lines; the
 * computed value is never NaN or ±Infinity.
 */
import type { ColumnTable } from 'arquero';
import { InputError, type Problem } from '../errors.ts';

export type DerivedKind = 'weighted-sum' | 'ratio' | 'difference' | 'log' | 'share';

export interface DerivedColumn {
  /** The new column's name (must not be a data column's name). */
  name: string;
  kind: DerivedKind;
  /** Input column names: weighted-sum ≥ 1, ratio and difference 2, log 1, share ≥ 2. */
  inputs: string[];
  /** weighted-sum only: one coefficient per input. */
  coefficients?: number[];
  /** log only: added before taking the logarithm (default 0). */
  offset?: number;
}

export const DERIVED_KINDS: readonly DerivedKind[] = ['weighted-sum', 'ratio', 'difference', 'log', 'share'];

const ARITY: Record<DerivedKind, [number, number]> = {
  'weighted-sum': [1, 100],
  ratio: [2, 2],
  difference: [2, 2],
  log: [1, 1],
  share: [2, 100],
};

/** Structural problems of a derived-column list, with paths `data.derived[i]…` (empty when valid). */
export function derivedProblems(raw: unknown): { path: string; message: string; variant: string; params?: Record<string, string | number> }[] {
  const out: { path: string; message: string; variant: string; params?: Record<string, string | number> }[] = [];
  if (!Array.isArray(raw)) return [{ path: 'data.derived', message: 'expected a list of derived columns', variant: 'derived-list' }];
  const names = new Set<string>();
  raw.forEach((d: unknown, i) => {
    const p = `data.derived[${i}]`;
    if (typeof d !== 'object' || d === null || Array.isArray(d)) return void out.push({ path: p, message: 'expected an object with name, kind and inputs', variant: 'derived-object' });
    const o = d as Record<string, unknown>;
    if (typeof o.name !== 'string' || o.name === '' || o.name.length > 200) out.push({ path: `${p}.name`, message: 'expected a column name of 1 to 200 characters', variant: 'derived-name' });
    else if (names.has(o.name)) out.push({ path: `${p}.name`, message: `"${o.name}" is defined twice`, variant: 'derived-twice', params: { column: o.name } });
    else names.add(o.name);
    if (typeof o.kind !== 'string' || !(DERIVED_KINDS as readonly string[]).includes(o.kind)) {
      out.push({ path: `${p}.kind`, message: `is ${JSON.stringify(o.kind)}; expected one of ${DERIVED_KINDS.join(', ')}`, variant: 'derived-kind', params: { allowed: DERIVED_KINDS.join(', ') } });
      return;
    }
    const [lo, hi] = ARITY[o.kind as DerivedKind];
    if (!Array.isArray(o.inputs) || !o.inputs.every((x) => typeof x === 'string' && x !== '') || o.inputs.length < lo || o.inputs.length > hi) {
      out.push({ path: `${p}.inputs`, message: `expected ${lo === hi ? lo : `${lo} to ${hi}`} input column name(s) for ${o.kind}`, variant: 'derived-inputs', params: { kind: o.kind, count: lo === hi ? String(lo) : `${lo}–${hi}` } });
      return;
    }
    if (o.kind === 'weighted-sum') {
      const c = o.coefficients;
      if (!Array.isArray(c) || c.length !== o.inputs.length || !c.every((v) => typeof v === 'number' && Number.isFinite(v))) {
        out.push({ path: `${p}.coefficients`, message: `expected ${o.inputs.length} finite coefficient(s), one per input`, variant: 'derived-coefficients', params: { count: o.inputs.length } });
      }
    }
    if (o.offset !== undefined && (typeof o.offset !== 'number' || !Number.isFinite(o.offset))) out.push({ path: `${p}.offset`, message: 'expected a finite number', variant: 'derived-offset' });
  });
  return out;
}

/** The definition in words, e.g. `value_index = 0.5 × deposits + 1.2 × loans`. */
export function describeDerived(d: DerivedColumn): string {
  const q = (s: string) => (/^[\p{L}\p{N}_]+$/u.test(s) ? s : JSON.stringify(s));
  const [a, b] = d.inputs.map(q);
  switch (d.kind) {
    case 'weighted-sum':
      return `${q(d.name)} = ${d.inputs.map((x, j) => `${d.coefficients?.[j] ?? '?'} × ${q(x)}`).join(' + ')}`;
    case 'ratio':
      return `${q(d.name)} = ${a} / ${b}`;
    case 'difference':
      return `${q(d.name)} = ${a} − ${b}`;
    case 'log':
      return `${q(d.name)} = ln(${a}${d.offset ? ` + ${d.offset}` : ''})`;
    case 'share':
      return `${q(d.name)} = ${a} / (${d.inputs.map(q).join(' + ')})`;
  }
}

export interface DerivedResult {
  /** The table with the derived columns added (Float64Array, NaN = missing). */
  table: ColumnTable;
  problems: Problem[];
}

const MAX_LINES = 20;

/**
 * Adds the derived columns to `table` in order (later ones may use earlier ones). `lines` gives
 * each row's file line for messages (default row i → line i + 2). Errors: an input that is not
 * a numeric column, a name that is already a column.
 */
export function addDerivedColumns(table: ColumnTable, derived: readonly DerivedColumn[], options: { lines?: ArrayLike<number> } = {}): DerivedResult {
  const n = table.numRows();
  const line = (r: number) => (options.lines ? options.lines[r] : r + 2);
  const cols = new Map<string, Float64Array>();
  const existing = new Set(table.columnNames());
  const problems: Problem[] = [];
  derived.forEach((d, i) => {
    const path = `data.derived[${i}]`;
    if (existing.has(d.name) || cols.has(d.name)) {
      throw new InputError('derived.name-taken', `${path}.name: "${d.name}" is already a column; a derived column needs a new name.`, { path: `${path}.name`, column: d.name }, { path: `${path}.name`, column: d.name });
    }
    const inputs = d.inputs.map((name, j) => {
      const own = cols.get(name);
      if (own) return own;
      const c = existing.has(name) ? (table.column(name) as unknown) : undefined;
      if (!(c instanceof Float64Array)) {
        throw new InputError(
          'derived.input',
          `${path}.inputs[${j}]: ${c === undefined ? `no column "${name}" in the data` : `column "${name}" is not numeric`} (derived column "${d.name}").`,
          { path: `${path}.inputs[${j}]`, column: name },
          { path: `${path}.inputs[${j}]`, column: name, derived: d.name },
          c === undefined ? 'missing' : 'not-numeric',
        );
      }
      return c;
    });
    const out = new Float64Array(n);
    const missing: number[] = [];
    const invalid: number[] = [];
    for (let r = 0; r < n; r++) {
      let bad = false;
      for (const c of inputs) if (!Number.isFinite(c[r])) bad = true;
      if (bad) {
        out[r] = NaN;
        missing.push(r);
        continue;
      }
      let v: number;
      switch (d.kind) {
        case 'weighted-sum':
          v = 0;
          for (let j = 0; j < inputs.length; j++) v += d.coefficients![j] * inputs[j][r];
          break;
        case 'ratio':
          v = inputs[1][r] === 0 ? NaN : inputs[0][r] / inputs[1][r];
          break;
        case 'difference':
          v = inputs[0][r] - inputs[1][r];
          break;
        case 'log': {
          const x = inputs[0][r] + (d.offset ?? 0);
          v = x > 0 ? Math.log(x) : NaN;
          break;
        }
        case 'share': {
          let s = 0;
          for (const c of inputs) s += c[r];
          v = s === 0 ? NaN : inputs[0][r] / s;
          break;
        }
      }
      if (!Number.isFinite(v)) {
        out[r] = NaN;
        invalid.push(r);
      } else out[r] = v;
    }
    const report = (rows: number[], variant: string, why: string) => {
      if (!rows.length) return;
      const ls = rows.slice(0, MAX_LINES).map(line);
      const more = rows.length > MAX_LINES ? ` and ${rows.length - MAX_LINES} more` : '';
      problems.push({
        severity: 'warning',
        code: 'derived.undefined',
        message: `Derived column "${d.name}" is undefined in ${rows.length} row(s) (${why}; lines ${ls.join(', ')}${more}); those values are missing and follow the missing-value policy.`,
        where: { path, column: d.name, row: ls[0] },
        params: { path, column: d.name, count: rows.length, lines: ls.join(', ') + more },
        variant,
      });
    };
    report(missing, 'missing', 'an input is missing');
    report(invalid, d.kind === 'log' ? 'log' : 'zero', d.kind === 'log' ? 'the logarithm of a number ≤ 0' : 'division by zero');
    cols.set(d.name, out);
  });
  if (cols.size === 0) return { table, problems };
  return { table: table.assign(Object.fromEntries(cols)), problems };
}

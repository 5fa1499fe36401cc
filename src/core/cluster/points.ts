/**
 * Points to cluster: a row-major Float64Array of n rows (customers) and d columns (features).
 * Row i, column j is `data[i * d + j]`.
 */
import { InputError } from '../errors.ts';

export interface Points {
  data: Float64Array;
  /** Number of rows (customers). */
  n: number;
  /** Number of columns (features). */
  d: number;
}

/** How to name a point in a message: its file line and the column names. */
export interface PointNames {
  /** 1-based file line of each point (header = line 1). Default: point i is line i + 2 (no row dropped). */
  lines?: ArrayLike<number>;
  /** Column name of each feature, for messages. Default: `column j+1`. */
  columns?: readonly string[];
}

/**
 * Builds row-major points from feature columns of equal length (one Float64Array per feature).
 * Throws `cluster.no-columns` for zero columns and `cluster.column-length` when lengths differ.
 */
export function pointsFromColumns(cols: Float64Array[]): Points {
  if (cols.length === 0) throw new InputError('cluster.no-columns', 'No feature columns to cluster on.', {}, {});
  const n = cols[0].length;
  const d = cols.length;
  for (let j = 1; j < d; j++) {
    if (cols[j].length !== n) {
      throw new InputError(
        'cluster.column-length',
        `Feature column ${j + 1} has ${cols[j].length} values but column 1 has ${n}; every column needs one value per customer.`,
        {},
        { column: j + 1, values: cols[j].length, n },
        'column',
      );
    }
  }
  const data = new Float64Array(n * d);
  for (let j = 0; j < d; j++) {
    const c = cols[j];
    for (let i = 0; i < n; i++) data[i * d + j] = c[i];
  }
  return { data, n, d };
}

/** Builds points from rows (arrays of equal length); convenient for tests and small inputs. */
export function pointsFromRows(rows: ArrayLike<number>[], d = rows.length > 0 ? rows[0].length : 0): Points {
  const n = rows.length;
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    if (rows[i].length !== d) {
      throw new InputError('cluster.column-length', `Row ${i + 1} has ${rows[i].length} values but ${d} were expected.`, {}, { row: i + 1, values: rows[i].length, d }, 'row');
    }
    for (let j = 0; j < d; j++) data[i * d + j] = rows[i][j];
  }
  return { data, n, d };
}

/** The 1-based file line of point i (see `PointNames.lines`). */
export function lineOf(i: number, names: PointNames = {}): number {
  return names.lines ? names.lines[i] : i + 2;
}

function columnName(j: number, names: PointNames): string {
  return names.columns?.[j] ?? `column ${j + 1}`;
}

/** Largest coordinate k-means takes: squared distances of larger ones overflow a double. */
const MAX_COORDINATE = 1e150;

/**
 * Checks the shape (`data.length = n·d`, d ≥ 1) and that every value is finite.
 * Throws `cluster.shape` or `cluster.not-finite` naming the row (file line) and column.
 */
export function checkPoints(points: Points, names: PointNames = {}): void {
  const { data, n, d } = points;
  if (!Number.isInteger(n) || !Number.isInteger(d) || n < 0 || d < 1 || data.length !== n * d) {
    throw new InputError(
      'cluster.shape',
      `Points claim ${n} rows × ${d} columns but hold ${data.length} values.`,
      {},
      { n, d, values: data.length },
    );
  }
  for (let p = 0; p < data.length; p++) {
    const v = data[p];
    if (v - v === 0 && (v > MAX_COORDINATE || v < -MAX_COORDINATE)) {
      const i = Math.floor(p / d);
      const j = p - i * d;
      const row = lineOf(i, names);
      const column = String(names.columns?.[j] ?? columnName(j, names));
      throw new InputError(
        'cluster.too-large',
        `Row ${row}, column "${column}": value is ${v}; k-means squares distances, which overflow for values beyond ±1e150. Rescale the column (min–max or z-scores; in the CLI --scale minmax or z).`,
        { row, column },
        { row, column, value: String(v) },
      );
    }
    if (v - v !== 0) {
      const i = Math.floor(p / d);
      const j = p - i * d;
      const row = lineOf(i, names);
      const column = columnName(j, names);
      const what = Number.isNaN(v) ? 'missing or not a number (NaN)' : `${v}`;
      throw new InputError(
        'cluster.not-finite',
        `Row ${row}, ${names.columns?.[j] !== undefined ? `column "${column}"` : column}: value is ${what}; k-means needs finite numbers (drop or impute missing values first).`,
        { row, column },
        { row, column: String(names.columns?.[j] ?? column), value: String(what) },
      );
    }
  }
}

/**
 * Number of distinct rows (exact comparison of values; 0 and -0 are equal). O(n·d) with hashing.
 */
export function countDistinctRows(points: Points): number {
  const { data, n, d } = points;
  if (n === 0) return 0;
  const buf = new Float64Array(1);
  const bits = new Uint32Array(buf.buffer);
  const tableSize = 1 << Math.ceil(Math.log2(Math.max(2, n * 2)));
  const mask = tableSize - 1;
  const table = new Int32Array(tableSize).fill(-1);
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    const o = i * d;
    for (let j = 0; j < d; j++) {
      buf[0] = data[o + j] + 0; // -0 + 0 = +0
      h = Math.imul(h ^ bits[0], 0x01000193);
      h = Math.imul(h ^ bits[1], 0x01000193);
    }
    h ^= h >>> 15;
    let slot = h & mask;
    for (;;) {
      const r = table[slot];
      if (r < 0) {
        table[slot] = i;
        distinct++;
        break;
      }
      let same = true;
      const q = r * d;
      for (let j = 0; j < d; j++) {
        if (data[q + j] !== data[o + j]) {
          same = false;
          break;
        }
      }
      if (same) break;
      slot = (slot + 1) & mask;
    }
  }
  return distinct;
}

/** Per-column population variance (ddof = 0, as numpy's `var`), two-pass. */
export function columnVariances(points: Points): Float64Array {
  const { data, n, d } = points;
  const mean = new Float64Array(d);
  const v = new Float64Array(d);
  if (n === 0) return v;
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += data[i * d + j];
  for (let j = 0; j < d; j++) mean[j] /= n;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const t = data[i * d + j] - mean[j];
      v[j] += t * t;
    }
  }
  for (let j = 0; j < d; j++) v[j] /= n;
  return v;
}

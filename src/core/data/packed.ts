/**
 * Text columns in a form that is cheap to send between threads. A column of a million strings
 * as `(string | null)[]` costs the structured clone one object per cell (seconds at 1M rows on
 * the page's main thread); packed, it is a few typed arrays (copied or transferred as one block)
 * and either a short list of distinct values or one long string:
 *
 * - `dict`: `codes[i]` indexes `values` (−1 = missing); for columns with few distinct values
 *   (industry, region), where the list of values is short;
 * - `joined`: every cell's text one after the other in `text`, cell i being
 *   `text.slice(ends[i − 1], ends[i])` (0 before the first), `missing[i] = 1` for a missing cell;
 *   for columns of mostly distinct values (identifiers, names).
 *
 * Values are only ever array items and string slices, never object keys, so any text
 * (`__proto__`, `constructor`, empty, lone surrogates…) round-trips unchanged.
 */

export type PackedText =
  | { kind: 'dict'; n: number; codes: Int32Array; values: string[] }
  | { kind: 'joined'; n: number; text: string; ends: Uint32Array; missing: Uint8Array };

/** A column as it travels between threads: numbers as they are, text packed. */
export type PackedColumn = Float64Array | PackedText;

/** Above this many distinct values (or a quarter of the cells), text is joined instead of listed. */
const MAX_DICT = 4096;

export function isPackedText(c: unknown): c is PackedText {
  return typeof c === 'object' && c !== null && !ArrayBuffer.isView(c) && ((c as PackedText).kind === 'dict' || (c as PackedText).kind === 'joined');
}

/** Packs a text column (see the module comment for the two forms). */
export function packText(values: ArrayLike<string | null | undefined>): PackedText {
  const n = values.length;
  const limit = Math.min(MAX_DICT, Math.max(16, n >> 2));
  const index = new Map<string, number>();
  const list: string[] = [];
  const codes = new Int32Array(n);
  let dict = true;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      codes[i] = -1;
      continue;
    }
    let c = index.get(v);
    if (c === undefined) {
      if (list.length >= limit) {
        dict = false;
        break;
      }
      c = list.length;
      index.set(v, c);
      list.push(v);
    }
    codes[i] = c;
  }
  if (dict) return { kind: 'dict', n, codes, values: list };
  const ends = new Uint32Array(n);
  const missing = new Uint8Array(n);
  const parts: string[] = new Array(n);
  let end = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) {
      missing[i] = 1;
      parts[i] = '';
    } else {
      parts[i] = v;
      end += v.length;
    }
    ends[i] = end;
  }
  // Longer than one string can be (never for a CSV a browser reads whole): list every value.
  if (end > MAX_JOINED) return listAll(values);
  return { kind: 'joined', n, text: parts.join(''), ends, missing };
}

const MAX_JOINED = 2 ** 28;

/** Every value listed (a code per cell): the dictionary form without its size limit. */
function listAll(values: ArrayLike<string | null | undefined>): PackedText {
  const n = values.length;
  const codes = new Int32Array(n);
  const list: string[] = [];
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) codes[i] = -1;
    else {
      codes[i] = list.length;
      list.push(v);
    }
  }
  return { kind: 'dict', n, codes, values: list };
}

/** Cell i of a packed text column (null when missing or out of range). */
export function textAt(p: PackedText, i: number): string | null {
  if (!(Number.isInteger(i) && i >= 0 && i < p.n)) return null;
  if (p.kind === 'dict') {
    const c = p.codes[i];
    return c < 0 ? null : p.values[c];
  }
  if (p.missing[i]) return null;
  return p.text.slice(i === 0 ? 0 : p.ends[i - 1], p.ends[i]);
}

/** The whole column back as an array of strings and nulls. */
export function unpackText(p: PackedText): (string | null)[] {
  const out: (string | null)[] = new Array(p.n);
  if (p.kind === 'dict') {
    const { codes, values } = p;
    for (let i = 0; i < p.n; i++) out[i] = codes[i] < 0 ? null : values[codes[i]];
    return out;
  }
  const { text, ends, missing } = p;
  let start = 0;
  for (let i = 0; i < p.n; i++) {
    out[i] = missing[i] ? null : text.slice(start, ends[i]);
    start = ends[i];
  }
  return out;
}

/** Packs a column for another thread: numbers stay a Float64Array, text is packed. */
export function packColumn(values: Float64Array | ArrayLike<string | null>): PackedColumn {
  return values instanceof Float64Array ? values : packText(values as ArrayLike<string | null>);
}

/** The column as the core reads it: a Float64Array, or strings and nulls. */
export function unpackColumn(c: PackedColumn): Float64Array | (string | null)[] {
  return c instanceof Float64Array ? c : unpackText(c);
}

/** Cell i of a packed column: a number, a string or null. */
export function cellAt(c: PackedColumn, i: number): number | string | null {
  return c instanceof Float64Array ? (Number.isInteger(i) && i >= 0 && i < c.length ? c[i] : null) : textAt(c, i);
}

/** Number of cells. */
export function packedLength(c: PackedColumn): number {
  return c instanceof Float64Array ? c.length : c.n;
}

/** The buffers a packed column can hand over to another thread instead of copying. */
export function packedBuffers(c: PackedColumn): ArrayBuffer[] {
  if (c instanceof Float64Array) return [c.buffer as ArrayBuffer];
  return c.kind === 'dict' ? [c.codes.buffer as ArrayBuffer] : [c.ends.buffer as ArrayBuffer, c.missing.buffer as ArrayBuffer];
}

/** A column of a packed table as the page reads it: one cell at a time. */
export interface CellReader {
  readonly length: number;
  at(i: number): number | string | null;
}

/**
 * Read-only view of packed columns (what the page needs: names, row count, a cell): nothing is
 * unpacked; a text cell is made when it is read. Column names are keys of a Map, never of an
 * object, so `__proto__` or `constructor` are ordinary names.
 */
export class PackedTable {
  readonly #names: string[];
  readonly #columns = new Map<string, CellReader>();
  readonly #rows: number;

  constructor(columns: Record<string, PackedColumn>, names: readonly string[]) {
    this.#names = names.slice();
    let rows = 0;
    for (const name of names) {
      if (!Object.prototype.hasOwnProperty.call(columns, name)) continue;
      const c = columns[name];
      const length = packedLength(c);
      rows = Math.max(rows, length);
      this.#columns.set(name, c instanceof Float64Array ? { length, at: (i) => cellAt(c, i) } : { length, at: (i) => textAt(c, i) });
    }
    this.#rows = rows;
  }

  columnNames(): string[] {
    return this.#names.slice();
  }

  numRows(): number {
    return this.#rows;
  }

  /** The column named `name`, or undefined (never an inherited member). */
  column(name: string): CellReader | undefined {
    return this.#columns.get(name);
  }
}

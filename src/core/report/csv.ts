/**
 * CSV export for spreadsheets: UTF-8 with a byte-order mark (so Excel, zh-CN Excel included,
 * detects UTF-8), CRLF line ends, RFC 4180 quoting, and spreadsheet formula injection defused
 * (OWASP "CSV injection": a text cell starting with = + - @ tab or CR gets a leading ').
 * Numbers are written as numbers (never `NaN`, `Infinity` or `undefined`: those become empty cells).
 */
import { InputError } from '../errors.ts';
import type { Criterion, Project } from '../model/project.ts';
import { abcStrategyText, tierStrategyText } from '../model/class-strategies.ts';
import type { Result } from '../result.ts';
import { quadrantName, type ReportLocale } from './terms.ts';

/** A CSV cell: numbers are formatted, text is quoted and defused, null/undefined is an empty cell. */
export type CsvCell = string | number | null | undefined;

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/** Characters that make Excel, LibreOffice Calc and Google Sheets read a cell as a formula. */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);
/** A plain decimal number as text (`-3.5`, `+2`, `1e-7`): a spreadsheet reads it as a number, not a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Defuses formula injection in a text cell: text starting with `=`, `+`, `-`, `@`, tab or CR gets a
 * leading `'` (which Excel hides and treats as "this is text"). Text that is a plain number such as
 * `-3.5` is left alone: a spreadsheet reads it as that number, no formula is evaluated.
 */
export function defuseFormula(text: string): string {
  if (text.length === 0 || !FORMULA_START.has(text[0]) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}

/**
 * A number as CSV text: with `decimals`, fixed-point (`toFixed`); without, the shortest text that
 * reads back as the same double. Non-finite numbers give '' and negative zero gives 0.
 */
export function formatCsvNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return '';
  const text = decimals === undefined ? String(value) : value.toFixed(decimals);
  // -0, and negative values that round to zero ("-0.0000"), are written without the sign.
  return /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** RFC 4180 quoting: a field with a quote, comma, CR or LF is enclosed in quotes, inner quotes doubled. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell as a CSV field: numbers formatted (`decimals` if given), text defused then quoted, empty for null/undefined/NaN. */
export function csvField(value: CsvCell, decimals?: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatCsvNumber(value, decimals);
  return quoteField(defuseFormula(String(value)));
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark (default true). */
  bom?: boolean;
  /** Decimals per column for numbers (undefined: shortest exact text). */
  decimals?: readonly (number | undefined)[];
}

/**
 * Rows and a header as CSV text: BOM (unless `bom: false`), header line, one line per row, every
 * line ended by CRLF. Every row must have one cell per header name (`report.csv-row-length`).
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], header: readonly string[], options: CsvOptions = {}): string {
  const decimals = options.decimals ?? [];
  const lines: string[] = [header.map((h) => csvField(h)).join(',')];
  rows.forEach((row, i) => {
    if (row.length !== header.length) {
      throw new InputError('report.csv-row-length', `CSV row ${i + 1} has ${row.length} cells but the header has ${header.length} columns.`, {}, { row: i + 1, cells: row.length, columns: header.length });
    }
    lines.push(row.map((cell, j) => csvField(cell, decimals[j])).join(','));
  });
  return (options.bom === false ? '' : BOM) + lines.join(CRLF) + CRLF;
}

/** Keys of the computed columns of the customer export (criteria without a value role are `criterion:<id>`). */
export type CustomerColumn = 'id' | 'row' | 'composite' | 'current' | 'potential' | 'quadrant' | 'tier' | 'abc' | 'segment' | 'segmentName' | 'tierStrategy' | 'abcStrategy' | 'segmentStrategy' | `criterion:${string}` | `category:${string}`;

export interface CustomersCsvNames {
  /** Header text overrides by column key (indicator columns are named by `indicators`). */
  headers?: Partial<Record<CustomerColumn, string>>;
  /** Indicator columns headed by their data column name (default: the file re-imports) or by the indicator's name. */
  indicators?: 'column' | 'name';
  /** Quadrant names by code (0 = high/high, 1 = high/low, 2 = low/high, 3 = low/low); default: by position, as the value matrix shows them. */
  quadrants?: readonly string[];
  /** Segment names by display cluster number; default: the segment's custom name, else its name in the locale. */
  segments?: Readonly<Record<number, string>>;
}

export interface CustomersCsvOptions {
  /** Language of the header and of generated names (default 'en'). */
  locale?: ReportLocale;
  names?: CustomersCsvNames;
  /** Start with a UTF-8 BOM (default true). */
  bom?: boolean;
  /**
   * Categorical data columns (industry, region, 渠道 …; the read report's categorical columns) to
   * write after the id, as read, so the segments can be cross-tabulated with them. The id column
   * and indicator columns are left out (they have their own place).
   */
  categorical?: string[];
  /**
   * Strategy columns per tier and ABC class: 'own' (default) only for a scheme the project wrote
   * strategies for; 'all' for every scheme the result has (template text where none is written).
   */
  strategies?: 'own' | 'all';
}

/** The customer table as data: header, rows of cells, decimals per column (scores 4). */
export interface CustomersTable {
  keys: (CustomerColumn | `indicator:${string}`)[];
  header: string[];
  rows: CsvCell[][];
  decimals: (number | undefined)[];
}

const HEADERS: Record<ReportLocale, Record<'row' | 'composite' | 'current' | 'potential' | 'quadrant' | 'tier' | 'abc' | 'segment' | 'segmentName', string>> = {
  'zh-CN': {
    row: '序号',
    composite: '综合得分',
    current: '当前价值得分',
    potential: '潜在价值得分',
    quadrant: '价值矩阵象限',
    tier: '客户等级',
    abc: 'ABC分类',
    segment: '细分类别',
    segmentName: '细分名称',
  },
  en: {
    row: 'Row',
    composite: 'Composite score',
    current: 'Current value score',
    potential: 'Potential value score',
    quadrant: 'Value matrix quadrant',
    tier: 'Tier',
    abc: 'ABC class',
    segment: 'Segment',
    segmentName: 'Segment name',
  },
};

const STRATEGY_HEADERS: Record<ReportLocale, Record<'tier' | 'abc' | 'segment', string>> = {
  'zh-CN': { tier: '客户等级策略', abc: 'ABC分类策略', segment: '细分策略' },
  en: { tier: 'Tier strategy', abc: 'ABC strategy', segment: 'Segment strategy' },
};

/** Decimals of every score column in the export. */
export const SCORE_DECIMALS = 4;
const ABC = ['A', 'B', 'C'] as const;

/** A table cell as a CSV cell: NaN and non-finite numbers → null, other non-strings → their text. */
function cellOf(value: unknown): CsvCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return String(value);
}

/** What the export reads of the data: an Arquero table, or the page's packed columns (`PackedTable`). */
export interface CellTable {
  numRows(): number;
  column(name: string): { at(row: number): unknown } | null | undefined;
}

function column(table: CellTable, name: string, what: string): { at(row: number): unknown } {
  const col = table.column(name);
  if (!col) {
    throw new InputError('report.column-missing', `The data has no column "${name}" (${what}); the customer table cannot be exported.`, { column: name }, { column: name, what });
  }
  return col;
}

function checkLength(name: string, values: ArrayLike<unknown> | null | undefined, n: number): void {
  if (values && values.length !== n) {
    throw new InputError('report.result-length', `The result's ${name} has ${values.length} values but ${n} rows were used; the result does not belong to these rows.`, {}, { name, values: values.length, n });
  }
}

/** Makes repeated header names unique by appending " (2)", " (3)" … (a data column may be called 综合得分 too). */
function uniqueHeaders(names: string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(names);
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) return name;
    let k = count;
    while (taken.has(`${name} (${k})`)) k++;
    const unique = `${name} (${k})`;
    taken.add(unique);
    return unique;
  });
}

/**
 * The customer table as data (what `customersCsv` writes). Columns: the id column
 * (`project.data.idColumn`, else `Row` = 1-based data row number), the categorical columns given
 * in `options.categorical` (as read), each indicator's data column
 * (raw values as read, missing → empty, not the imputed value), composite score, one score per
 * top-level criterion (current and potential value first, by role), value matrix quadrant, tier
 * label, ABC class, segment number and name. A scheme the result does not have (no tiers, no
 * matrix, no ABC) has no column. Throws `report.column-missing` for a column absent from the
 * table, `report.row-range` for a row index outside it, `report.result-length` when a
 * per-customer array does not match `result.rows`.
 */
export function customersTable(table: CellTable, result: Result, project: Project, options: CustomersCsvOptions = {}): CustomersTable {
  const locale = options.locale ?? 'en';
  const names = options.names ?? {};
  const h = HEADERS[locale];
  const rows = result.rows;
  const n = rows.length;
  const numRows = table.numRows();
  for (let p = 0; p < n; p++) {
    if (!(rows[p] >= 0 && rows[p] < numRows)) {
      throw new InputError('report.row-range', `Result row ${p + 1} refers to data row ${rows[p] + 1}, but the table has ${numRows} rows.`, {}, { row: p + 1, dataRow: rows[p] + 1, rows: numRows });
    }
  }
  checkLength('composite score', result.scores.composite, n);
  checkLength('current score', result.scores.current, n);
  checkLength('potential score', result.scores.potential, n);
  checkLength('cluster labels', result.clustering.labels, n);
  checkLength('quadrants', result.matrix?.quadrant, n);
  checkLength('tiers', result.tiers?.tier, n);
  checkLength('ABC classes', result.abc?.cls, n);

  const keys: CustomersTable['keys'] = [];
  const header: string[] = [];
  const decimals: (number | undefined)[] = [];
  const getters: ((p: number) => CsvCell)[] = [];
  const add = (key: CustomersTable['keys'][number], title: string, dec: number | undefined, get: (p: number) => CsvCell) => {
    keys.push(key);
    header.push((names.headers as Record<string, string | undefined> | undefined)?.[key] ?? title);
    decimals.push(dec);
    getters.push(get);
  };

  const idColumn = project.data.idColumn;
  if (idColumn) {
    const col = column(table, idColumn, 'project.data.idColumn');
    add('id', idColumn, undefined, (p) => cellOf(col.at(rows[p])));
  } else {
    add('row', h.row, undefined, (p) => rows[p] + 1);
  }

  const bound = new Set(result.weights.indicators.map((ind) => ind.column));
  for (const name of options.categorical ?? []) {
    if (name === idColumn || bound.has(name)) continue;
    const col = column(table, name, 'categorical column');
    add(`category:${name}`, name, undefined, (p) => cellOf(col.at(rows[p])));
  }

  for (const ind of result.weights.indicators) {
    const col = column(table, ind.column, `indicator ${ind.name}`);
    const title = names.indicators === 'name' ? ind.name : ind.column;
    add(`indicator:${ind.id}`, title, undefined, (p) => cellOf(col.at(rows[p])));
  }

  const composite = result.scores.composite;
  add('composite', h.composite, SCORE_DECIMALS, (p) => composite[p]);

  const criteria: Criterion[] = [...project.hierarchy.criteria].sort((a, b) => rank(a) - rank(b));
  for (const c of criteria) {
    const byRole = c.role === 'current' ? result.scores.current : c.role === 'potential' ? result.scores.potential : null;
    const values = result.scores.criteria[c.id] ?? byRole;
    if (!values) continue;
    checkLength(`score of criterion ${c.name}`, values, n);
    if (c.role === 'current' || c.role === 'potential') {
      add(c.role, h[c.role], SCORE_DECIMALS, (p) => values[p]);
    } else {
      add(`criterion:${c.id}`, locale === 'zh-CN' ? `${c.name}得分` : `${c.name} score`, SCORE_DECIMALS, (p) => values[p]);
    }
  }
  // A result with value-role scores but no matching top-level criterion still exports them.
  if (result.scores.current && !keys.includes('current')) {
    const v = result.scores.current;
    add('current', h.current, SCORE_DECIMALS, (p) => v[p]);
  }
  if (result.scores.potential && !keys.includes('potential')) {
    const v = result.scores.potential;
    add('potential', h.potential, SCORE_DECIMALS, (p) => v[p]);
  }

  const matrix = result.matrix;
  if (matrix) {
    // By position, as the value-matrix chart names them (not the segment naming scheme).
    add('quadrant', h.quadrant, undefined, (p) => {
      const q = matrix.quadrant[p];
      return names.quadrants?.[q] ?? (quadrantName(q, locale) || null);
    });
  }

  const tiers = result.tiers;
  if (tiers) add('tier', h.tier, undefined, (p) => tiers.labels[tiers.tier[p]] ?? null);

  const abc = result.abc;
  if (abc) add('abc', h.abc, undefined, (p) => ABC[abc.cls[p]] ?? null);

  // Strategies (issue 9, item 6): a column per scheme the user wrote strategies for (the others keep the template text of the report).
  const allStrategies = options.strategies === 'all';
  if (tiers && (allStrategies || project.strategies?.tiers?.length)) {
    const text = tiers.labels.map((_, i) => tierStrategyText(project, tiers.labels, i, locale));
    add('tierStrategy', STRATEGY_HEADERS[locale].tier, undefined, (p) => text[tiers.tier[p]] ?? null);
  }
  if (abc && (allStrategies || project.strategies?.abc?.length)) {
    const text = ([0, 1, 2] as const).map((c) => abcStrategyText(project, c, locale, abc.cuts));
    add('abcStrategy', STRATEGY_HEADERS[locale].abc, undefined, (p) => text[abc.cls[p]] ?? null);
  }
  const labels = result.clustering.labels;
  if ((project.segments ?? []).some((o) => o.strategy)) {
    const text = new Map(result.segments.map((s) => [s.cluster, project.segments?.find((o) => o.cluster === s.cluster)?.strategy || s.customStrategy || (s.strategy ? s.strategy[locale].strategy : null)]));
    add('segmentStrategy', STRATEGY_HEADERS[locale].segment, undefined, (p) => text.get(labels[p]) ?? null);
  }
  const segmentNames = new Map<number, string>();
  for (const s of result.segments) segmentNames.set(s.cluster, s.customName || s.name[locale]);
  for (const o of project.segments ?? []) if (o.name) segmentNames.set(o.cluster, o.name);
  for (const [cluster, name] of Object.entries(names.segments ?? {})) segmentNames.set(Number(cluster), name);
  add('segment', h.segment, undefined, (p) => labels[p]);
  add('segmentName', h.segmentName, undefined, (p) => segmentNames.get(labels[p]) ?? null);

  const out: CsvCell[][] = new Array(n);
  for (let p = 0; p < n; p++) out[p] = getters.map((get) => cellOf(get(p)));
  return { keys, header: uniqueHeaders(header), rows: out, decimals };
}

/** Current value first, then potential, then the other criteria in hierarchy order (stable sort). */
function rank(c: Criterion): number {
  return c.role === 'current' ? 0 : c.role === 'potential' ? 1 : 2;
}

/**
 * The customer export as CSV text (see `customersTable` for the columns): UTF-8 BOM, CRLF,
 * RFC 4180 quoting, formula injection defused, scores to 4 decimals, raw values in full
 * precision, no `NaN`/`undefined` text (empty cells). Header in `options.locale` (zh-CN:
 * 综合得分, 当前价值得分, 潜在价值得分, 价值矩阵象限, 客户等级, ABC分类, 细分类别, 细分名称).
 */
export function customersCsv(table: CellTable, result: Result, project: Project, options: CustomersCsvOptions = {}): string {
  const t = customersTable(table, result, project, options);
  return toCsv(t.rows, t.header, { bom: options.bom, decimals: t.decimals });
}

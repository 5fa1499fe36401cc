/**
 * Random consistency index (RI) tables. Several circulate and thesis tables differ in the
 * second decimal, so the table is a project option and every report prints which one it used.
 * RI(1) = RI(2) = 0 in every table (a 1×1 or 2×2 reciprocal matrix is always consistent).
 */
import { InputError } from '../errors.ts';
import type { RiTableName } from '../model/project.ts';

export interface RiTable {
  name: RiTableName;
  /** Short label for menus and reports. */
  label: string;
  /** Where the numbers come from. */
  source: string;
  /** Largest n the table covers (Infinity for a formula). */
  maxN: number;
  /** RI for a matrix of order n, or undefined when the table does not cover n. */
  ri(n: number): number | undefined;
}

function fromList(values: readonly number[]): (n: number) => number | undefined {
  return (n) => (Number.isInteger(n) && n >= 1 && n <= values.length ? values[n - 1] : undefined);
}

/** Saaty's original table (n = 1…15), including the well-known dip at n = 12. */
const SAATY_1980 = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59] as const;
/** Saaty's later table (larger simulation), n = 1…15. */
const SAATY_2005 = [0, 0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.4, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59] as const;
/** The table in Chinese textbooks and MATLAB snippets, n = 1…15. */
const CN = [0, 0, 0.52, 0.89, 1.12, 1.26, 1.36, 1.41, 1.46, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59] as const;

export const RI_TABLES: Record<RiTableName, RiTable> = {
  saaty1980: {
    name: 'saaty1980',
    label: 'Saaty (1980)',
    source:
      'T. L. Saaty, The Analytic Hierarchy Process, McGraw-Hill, New York, 1980, p. 21, random consistency index ' +
      '(n = 1…15: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59). The page and the ' +
      'values for n = 11…15 (with the dip at n = 12) are known here only from secondary sources, not checked against the ' +
      'book; for n > 10 the Saaty (2005) table or Alonso & Lamata (2006) is the alternative.',
    maxN: SAATY_1980.length,
    ri: fromList(SAATY_1980),
  },
  saaty2005: {
    name: 'saaty2005',
    label: 'Saaty (2005)',
    source:
      'T. L. Saaty, Theory and Applications of the Analytic Network Process, RWS Publications, Pittsburgh, 2005, p. 31 ' +
      '(n = 3…15: 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59). Values and page are known ' +
      'here from secondary sources, not checked against the book; Alonso & Lamata (2006) is the alternative with a journal table.',
    maxN: SAATY_2005.length,
    ri: fromList(SAATY_2005),
  },
  cn: {
    name: 'cn',
    label: 'Chinese textbooks',
    source:
      'The RI table printed in Chinese AHP textbooks and course notes (n = 3…15: 0.52, 0.89, 1.12, 1.26, 1.36, 1.41, 1.46, ' +
      '1.49, 1.52, 1.54, 1.56, 1.58, 1.59). No primary publication of these values could be checked: they are known only ' +
      'from secondary sources. They differ from Saaty (2005, p. 31) by 0.01 at n = 5…9; cite that table (or Alonso & ' +
      'Lamata 2006) where a published source is required.',
    maxN: CN.length,
    ri: fromList(CN),
  },
  'alonso-lamata': {
    name: 'alonso-lamata',
    label: 'Alonso & Lamata (2006)',
    source:
      'J. A. Alonso and M. T. Lamata, Consistency in the analytic hierarchy process: a new approach, ' +
      'International Journal of Uncertainty, Fuzziness and Knowledge-Based Systems 14(4), 2006, 445–459: ' +
      'CR = (λmax − n)/(1.7699·n − 4.3513), i.e. RI(n) = (1.7699·n − 4.3513)/(n − 1) for n ≥ 3 (their linear fit to ' +
      'simulated random indices).',
    maxN: Infinity,
    ri: (n) => (!Number.isInteger(n) || n < 1 ? undefined : n <= 2 ? 0 : (1.7699 * n - 4.3513) / (n - 1)),
  },
};

/** The RI table of that name; throws `ahp.ri-table` for an unknown name. */
export function riTable(name: RiTableName): RiTable {
  const t = Object.prototype.hasOwnProperty.call(RI_TABLES, name) ? RI_TABLES[name] : undefined;
  if (!t) {
    throw new InputError('ahp.ri-table', `Unknown RI table "${String(name)}"; expected one of ${Object.keys(RI_TABLES).join(', ')}.`, {
      path: 'options.ahp.ri',
    },
      { value: String(name) },
    );
  }
  return t;
}

/**
 * RI for order n from the named table. Throws `ahp.ri-size` when the table does not cover n,
 * naming the table, its range and (when given) the node.
 */
export function randomIndex(name: RiTableName, n: number, node?: string): number {
  const t = riTable(name);
  const v = t.ri(n);
  if (v === undefined) {
    const where = node !== undefined ? `node ${node} compares ${n} items` : `the matrix has ${n} items`;
    throw new InputError(
      'ahp.ri-size',
      `The ${t.label} RI table covers n = 1 to ${t.maxN}, but ${where}; choose the Alonso & Lamata RI or split the node into sub-criteria.`,
      { path: 'options.ahp.ri' },
      { table: t.label, maxN: t.maxN, n, node: node ?? '' },
      node !== undefined ? 'node' : 'matrix',
    );
  }
  return v;
}

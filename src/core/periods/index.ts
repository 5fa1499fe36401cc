/**
 * Two periods (issue 9, item 7): period 1's project and result frozen (freeze.ts), period 2
 * scored with them (apply.ts), and the migration of tiers / star levels, segments, ABC classes
 * and 2×2 quadrants between the periods (migration.ts). ICBC's upgrade/downgrade review of star
 * levels is the use case. The one function the page and `cli periods` call.
 */
import type { ColumnTable } from 'arquero';
import { columnOf } from '../data/table.ts';
import type { Problem } from '../errors.ts';
import { QUADRANT_NAMES } from '../scoring/quadrant-names.ts';
import type { Project } from '../model/project.ts';
import type { Result } from '../result.ts';
import { QUADRANT_TYPES } from '../scoring/matrix.ts';
import { applyPeriod, type AppliedPeriod } from './apply.ts';
import { freezePeriod } from './freeze.ts';
import { migrationMatrix, type Migration, type MigrationOptions } from './migration.ts';

export { applyPeriod, type AppliedPeriod } from './apply.ts';
export { freezePeriod, type FrozenPeriod } from './freeze.ts';
export { migrationMatrix, moveOf, type Migration, type Move, type PeriodClasses } from './migration.ts';

export type SchemeId = 'tier' | 'segment' | 'abc' | 'quadrant';
export const SCHEMES: readonly SchemeId[] = ['tier', 'segment', 'abc', 'quadrant'];

export interface SchemeMigration extends Migration {
  scheme: SchemeId;
  better: MigrationOptions['better'];
  /** Class labels (lowest tier first; segment 1 first; A B C; hh hl lh ll), in both languages. */
  labels: { 'zh-CN': string[]; en: string[] };
}

export interface PeriodComparison {
  /** Customers with a row in each period (period 1: the rows the pipeline used). */
  customers: [number, number];
  /** Customers in both periods / only in period 2 / only in period 1. */
  matched: number;
  new: number;
  lost: number;
  schemes: SchemeMigration[];
  period1: { ids: string[]; tier: Int16Array; segment: Int16Array; abc: Int16Array; quadrant: Int16Array; composite: Float64Array };
  period2: AppliedPeriod;
  problems: Problem[];
}

export interface CompareOptions {
  lines1?: ArrayLike<number>;
  lines2?: ArrayLike<number>;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Compares period 2 (`table2`) with period 1 (`table1`, on which `result1 = runPipeline(project,
 * table1)` was computed). Errors (InputError): no identifier column, a scoring method other than
 * the weighted sum, a column period 1 reads that period 2 lacks, duplicate identifiers.
 */
export function comparePeriods(project: Project, table1: ColumnTable, result1: Result, table2: ColumnTable, options: CompareOptions = {}): PeriodComparison {
  const frozen = freezePeriod(project, table1, result1, { lines: options.lines1 });
  const p2 = applyPeriod(project, frozen, table2, { lines: options.lines2, period: 2 });
  const idCol = columnOf(table1, frozen.idColumn) as ArrayLike<unknown>;
  const rows = result1.rows;
  const n1 = rows.length;
  const lines1 = Int32Array.from(rows, (r) => (options.lines1 ? options.lines1[r] : r + 2));
  const ids1 = Array.from(rows, (r) => text(idCol[r]));
  const of = (src: ArrayLike<number> | null | undefined, f: (v: number) => number = (v) => v) => Int16Array.from({ length: n1 }, (_, i) => (src ? f(src[i]) : -1));
  const p1 = {
    ids: ids1,
    tier: of(result1.tiers?.tier),
    segment: of(result1.clustering?.labels, (v) => v - 1),
    abc: of(result1.abc?.cls),
    quadrant: of(result1.matrix?.quadrant),
    composite: result1.scores.composite,
  };
  const both = (xs: string[]) => ({ 'zh-CN': xs, en: xs });
  const defs: { scheme: SchemeId; better: MigrationOptions['better']; labels: SchemeMigration['labels'] | null }[] = [
    { scheme: 'tier', better: 'higher', labels: result1.tiers ? both([...result1.tiers.labels]) : null },
    {
      scheme: 'segment',
      better: 'lower',
      labels: result1.segments.length
        ? {
            'zh-CN': result1.segments.map((s) => `${s.cluster} ${s.customName || s.name['zh-CN']}`),
            en: result1.segments.map((s) => `${s.cluster} ${s.customName || s.name.en}`),
          }
        : null,
    },
    { scheme: 'abc', better: 'lower', labels: result1.abc ? both(['A', 'B', 'C']) : null },
    // The quadrants by position, as the value matrix names them (scoring/quadrant-names.ts).
    { scheme: 'quadrant', better: 'none', labels: result1.matrix ? { 'zh-CN': QUADRANT_TYPES.map((q) => QUADRANT_NAMES[q]['zh-CN']), en: QUADRANT_TYPES.map((q) => QUADRANT_NAMES[q].en) } : null },
  ];
  const schemes: SchemeMigration[] = [];
  for (const d of defs) {
    if (!d.labels) continue;
    const m = migrationMatrix(
      { ids: ids1, classes: p1[d.scheme], lines: lines1 },
      { ids: p2.ids, classes: p2[d.scheme], lines: p2.lines },
      { classes: d.labels.en.length, better: d.better },
    );
    schemes.push({ scheme: d.scheme, better: d.better, labels: d.labels, ...m });
  }
  const in2 = new Set(p2.ids);
  const in1 = new Set(ids1);
  let matched = 0;
  for (const id of ids1) if (in2.has(id)) matched++;
  let fresh = 0;
  for (const id of p2.ids) if (!in1.has(id)) fresh++;
  return {
    customers: [n1, p2.ids.length],
    matched,
    new: fresh,
    lost: n1 - matched,
    schemes,
    period1: p1,
    period2: p2,
    problems: [...p2.problems],
  };
}

/**
 * Two periods in the report (issue 9, item 7): one three-line table per scheme (tiers / star
 * levels, segments, ABC, 2×2) — period-1 class by row, period-2 class by column, plus the new
 * customers' row, the lost customers' column and the moves in the notes — the per-customer CSV of
 * the moves, and the JSON of `cli periods`.
 */
import type { Move, PeriodComparison, SchemeId, SchemeMigration } from '../periods/index.ts';
import { moveOf } from '../periods/migration.ts';
import { toCsv, type CsvCell } from './csv.ts';
import type { ReportCell, ReportTable } from './table.ts';
import type { ReportLocale } from './terms.ts';
import type { ReportWords } from './words.ts';

/** A scheme's name in the report ('report.migration.scheme.<scheme>'). */
export const schemeName = (w: ReportWords, scheme: SchemeId): string => w.t(`report.migration.scheme.${scheme}`);

/** A move in words ('report.migration.move.<move>': 升级 / upgraded …). */
export const moveName = (w: ReportWords, move: Move): string => w.t(`report.migration.move.${move}`);

/** The moves of a scheme in words: "升级 12，降级 30，不变 500，新增 36，流失 28". */
export function movesSentence(m: SchemeMigration, w: ReportWords): string {
  const parts: [Move, number][] = m.better === 'none' ? [['changed', m.changed], ['same', m.same]] : [['up', m.up], ['down', m.down], ['same', m.same]];
  parts.push(['new', m.newTotal], ['lost', m.lostTotal]);
  return parts.map(([k, v]) => w.t('report.migration.move.count', { move: moveName(w, k), count: v })).join(w.t('report.migration.moves.sep'));
}

/** The migration matrix of one scheme as a report table. */
export function migrationTable(m: SchemeMigration, w: ReportWords): ReportTable {
  const labels = m.labels[w.locale];
  const rows: ReportCell[][] = labels.map((label, a) => {
    const row = m.matrix[a];
    return [label, ...row, m.lostByClass[a], m.from[a]];
  });
  const total = w.t('report.migration.total');
  rows.push([moveName(w, 'new'), ...m.newByClass, null, m.newTotal]);
  rows.push([total, ...m.to, m.lostTotal, null]);
  return {
    id: `migration:${m.scheme}`,
    title: w.t('report.migration.title', { scheme: schemeName(w, m.scheme) }),
    columns: [w.t('report.migration.from'), ...labels, moveName(w, 'lost'), total],
    rows,
    notes: [movesSentence(m, w)],
    formats: [null, ...labels.map(() => 'integer' as const), 'integer', 'integer'],
  };
}

export function migrationTables(c: PeriodComparison, w: ReportWords): ReportTable[] {
  return c.schemes.map((m) => migrationTable(m, w));
}

/**
 * One row per customer of either period: id, then per scheme the period-1 class, the period-2
 * class and the move, then both composite scores (empty where the customer is absent).
 */
export function migrationCustomersCsv(c: PeriodComparison, w: ReportWords, options: { bom?: boolean } = {}): string {
  const { t, locale } = w;
  const header = [t('report.migration.csv.id')];
  for (const m of c.schemes) {
    const scheme = t(`report.migration.csv.scheme.${m.scheme}`);
    header.push(t('report.migration.csv.period1', { scheme }), t('report.migration.csv.period2', { scheme }), t('report.migration.csv.move', { scheme }));
  }
  header.push(t('report.migration.csv.composite1'), t('report.migration.csv.composite2'));
  const p1 = c.period1;
  const p2 = c.period2;
  const at2 = new Map(p2.ids.map((id, j) => [id, j]));
  const at1 = new Map(p1.ids.map((id, i) => [id, i]));
  const rows: CsvCell[][] = [];
  const row = (i: number | undefined, j: number | undefined, id: string) => {
    const out: CsvCell[] = [id];
    for (const m of c.schemes) {
      const a = i === undefined ? -1 : p1[m.scheme][i];
      const b = j === undefined ? -1 : p2[m.scheme][j];
      const labels = m.labels[locale];
      const move: Move | null = i === undefined ? 'new' : j === undefined ? 'lost' : a >= 0 && b >= 0 ? moveOf(a, b, m.better) : null;
      out.push(a >= 0 ? labels[a] : null, b >= 0 ? labels[b] : null, move ? moveName(w, move) : null);
    }
    out.push(i === undefined ? null : p1.composite[i], j === undefined ? null : p2.composite[j]);
    rows.push(out);
  };
  p1.ids.forEach((id, i) => row(i, at2.get(id), id));
  p2.ids.forEach((id, j) => {
    if (!at1.has(id)) row(undefined, j, id);
  });
  const decimals = header.map((_, k) => (k >= header.length - 2 ? 4 : undefined));
  return toCsv(rows, header, { bom: options.bom ?? true, decimals });
}

/** The comparison as JSON (the output of `cli periods`): counts and one matrix per scheme. */
export function comparisonJson(c: PeriodComparison, locale: ReportLocale) {
  return {
    customers: { period1: c.customers[0], period2: c.customers[1], matched: c.matched, new: c.new, lost: c.lost, unscored: c.period2.unscored.count },
    migrations: c.schemes.map((m) => ({
      scheme: m.scheme,
      better: m.better,
      labels: m.labels[locale],
      matrix: m.matrix,
      period1: m.from,
      period2: m.to,
      up: m.up,
      down: m.down,
      same: m.same,
      changed: m.changed,
      new: m.newByClass,
      lost: m.lostByClass,
    })),
    problems: c.problems.map((p) => ({ severity: p.severity, code: p.code, message: p.message, ...(p.params ? { params: p.params } : {}) })),
  };
}

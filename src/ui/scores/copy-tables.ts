/**
 * The scores step's tables as report tables for "Copy table" (issue 11, item 4): the customer
 * ranking in the order shown, the customers per tier, per value-matrix quadrant and per ABC
 * class. The same labels and numbers as the page, numbers kept as numbers (so the pasted cells
 * are numbers in Excel), built only when the button is pressed.
 */
import type { MessageKey } from '../../i18n/index.ts';
import type { ReportCell, ReportTable, CellFormat } from '../../core/report/table.ts';
import type { Scored } from '../../core/result.ts';
import { QUADRANT_TYPES } from '../../core/scoring/matrix.ts';
import { ABC_LABELS } from '../../core/scoring/abc.ts';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The most customers a copied ranking holds: a longer table does not paste usefully into Word. */
export const RANKING_COPY_LIMIT = 10_000;

export type RankingKey = 'rank' | 'id' | 'composite' | 'current' | 'potential' | 'quadrant' | 'tier' | 'abc' | 'cluster';

export interface RankingCopy {
  /** The columns shown, in order, with their headings. */
  columns: { key: RankingKey; label: string }[];
  /** Row positions in the order shown. */
  order: ArrayLike<number>;
  /** Rank per row position. */
  rank: ArrayLike<number>;
  /** Customer id per row position (the id column), or the file line when there is none. */
  idOf: (pos: number) => string | number;
  clusters: ArrayLike<number> | null;
  quadrantName: (code: number) => string;
}

const share = (count: number, total: number): number | null => (total > 0 ? count / total : null);

/** The customer ranking in the order shown, up to `limit` rows (a note says when it stops short). */
export function rankingCopyTable(result: Scored, r: RankingCopy, t: T, limit = RANKING_COPY_LIMIT): ReportTable {
  const n = r.order.length;
  const m = Math.min(n, limit);
  const rows: ReportCell[][] = new Array(m);
  for (let k = 0; k < m; k++) {
    const pos = r.order[k];
    rows[k] = r.columns.map(({ key }) => {
      switch (key) {
        case 'rank':
          return r.rank[pos];
        case 'id':
          return r.idOf(pos);
        case 'composite':
          return result.scores.composite[pos];
        case 'current':
          return result.scores.current?.[pos] ?? null;
        case 'potential':
          return result.scores.potential?.[pos] ?? null;
        case 'quadrant':
          return result.matrix ? r.quadrantName(result.matrix.quadrant[pos]) : null;
        case 'tier':
          return result.tiers ? (result.tiers.labels[result.tiers.tier[pos]] ?? null) : null;
        case 'abc':
          return result.abc ? ABC_LABELS[result.abc.cls[pos]] : null;
        case 'cluster':
          return r.clusters ? r.clusters[pos] : null;
      }
    });
  }
  const integer = new Set<RankingKey>(['rank', 'cluster', 'id']);
  const formats: (CellFormat | null)[] = r.columns.map(({ key }) => (integer.has(key) ? 'integer' : 'number'));
  return {
    id: 'scores-ranking',
    title: t('scores.ranking.title'),
    columns: r.columns.map((c) => c.label),
    rows,
    decimals: 2,
    formats,
    ...(m < n ? { notes: [t('scoresCopy.rankingCut', { shown: m, n })] } : {}),
  };
}

/** Customers per value-matrix quadrant: quadrant, its side of each split, customers, share; the split in a note. */
export function matrixCopyTable(result: Scored, t: T, rule: string): ReportTable | null {
  const m = result.matrix;
  if (!m) return null;
  const total = m.counts.reduce((a, b) => a + b, 0);
  const hi = (high: boolean, dim: 'Current' | 'Potential') => t(`scores.matrix.${high ? 'high' : 'low'}${dim}` as MessageKey);
  const rows: ReportCell[][] = QUADRANT_TYPES.map((q, i) => [t(`scores.quadrant.${q}` as MessageKey), hi(q[0] === 'h', 'Current'), hi(q[1] === 'h', 'Potential'), m.counts[i], share(m.counts[i], total)]);
  return {
    id: 'scores-matrix',
    title: t('scores.matrix.title'),
    columns: [t('scores.col.quadrant'), t('scores.matrix.x'), t('scores.matrix.y'), t('scores.tiers.customers'), t('scoresCopy.share')],
    rows,
    decimals: 3,
    formats: [null, null, null, 'integer', 'percent'],
    notes: [t('scoresCopy.matrixSplit', { rule, current: m.cut.current.toFixed(2), potential: m.cut.potential.toFixed(2) })],
  };
}

/** Customers per tier in the page's order (by thresholds lowest first, by rules top first): label, lower threshold or rule, customers, share. */
export function tiersCopyTable(result: Scored, t: T, by: { thresholds: number[] } | { rules: string[] }, source?: string): ReportTable | null {
  const tr = result.tiers;
  if (!tr) return null;
  const total = tr.counts.reduce((a, b) => a + b, 0);
  let rows: ReportCell[][];
  if ('rules' in by) {
    // Tier 0 is the unmatched tier when there is one; the rules (lowest first) are the tiers above it.
    const at = tr.unmatched ? 1 : 0;
    rows = by.rules.map((rule, j) => [tr.labels[j + at] ?? '', rule, tr.counts[j + at] ?? 0, share(tr.counts[j + at] ?? 0, total)]).reverse();
    if (tr.unmatched) rows.push([tr.unmatched.label, t('tiers.noRule'), tr.unmatched.count, share(tr.unmatched.count, total)]);
  } else {
    rows = tr.labels.map((label, i) => [label, i === 0 ? t('scores.tiers.lowest') : String(by.thresholds[i - 1]), tr.counts[i], share(tr.counts[i], total)]);
  }
  return {
    id: 'scores-tiers',
    title: t('scores.tiers.title'),
    columns: [t('scores.tiers.label'), 'rules' in by ? t('tiers.rule') : t('scores.tiers.from'), t('scores.tiers.customers'), t('scoresCopy.share')],
    rows,
    decimals: 3,
    formats: [null, null, 'integer', 'percent'],
    ...(source ? { notes: [t('scoresCopy.tiersSource', { source })] } : {}),
  };
}

/** Customers and value per ABC class: class, customers, customer share, value share (when known). */
export function abcCopyTable(result: Scored, t: T, valueShare: ArrayLike<number> | null, source: string): ReportTable | null {
  const a = result.abc;
  if (!a) return null;
  const total = a.counts[0] + a.counts[1] + a.counts[2];
  return {
    id: 'scores-abc',
    title: t('scores.abc.title'),
    columns: [t('scores.abc.class'), t('scores.abc.customers'), t('scores.abc.customerShare'), t('scores.abc.valueShare')],
    rows: ABC_LABELS.map((label, i) => [label, a.counts[i], share(a.counts[i], total), valueShare ? valueShare[i] : null]),
    decimals: 3,
    formats: [null, 'integer', 'percent', 'percent'],
    notes: [t('scoresCopy.abcSource', { source, a: (a.cuts[0] * 100).toFixed(0), b: (a.cuts[1] * 100).toFixed(0) })],
  };
}

/** A model and data whose names try to break out of SQL quoting (for the injection tests). */
import type { ScoringModel } from '../../src/core/scoring-model/types.ts';

/** Column name → hostile name: quotes of every dialect, backslashes, comments, Chinese, a newline. */
export const HOSTILE: Record<string, string> = {
  customer_id: '客户"编号`\'',
  avg_daily_deposits: 'deposits"); DROP TABLE customers; --',
  loan_balance: "loan' || (SELECT 1) || '",
  revenue_growth: 'growth\\"`\\\'',
  overdue_days: '逾期 天数\n/* x */',
};

export function hostileModel(model: ScoringModel): ScoringModel {
  const m = structuredClone(model);
  const rename = (c: string) => HOSTILE[c] ?? c;
  m.idColumn = rename(m.idColumn!);
  m.inputs.forEach((x) => (x.column = rename(x.column)));
  m.indicators.forEach((x) => (x.column = rename(x.column)));
  if (m.tiers) {
    m.tiers.source = rename(m.tiers.source);
    m.tiers.labels = m.tiers.labels.map((l, i) => (i === 1 ? "Gold'); DELETE FROM t; --" : i === 2 ? 'Plat\\inum\'\'' : l));
  }
  m.abc.source = rename(m.abc.source);
  m.segmentation.segments[0].name = "高价值'; DROP TABLE x; --";
  m.segmentation.segments[1].name = 'back\\slash \\\' "quoted"';
  return m;
}

/** The CSV with its header renamed as `hostileModel` renames the columns. */
export function hostileCsv(model: ScoringModel, csv: string): string {
  const nl = csv.indexOf('\n');
  const header = csv.slice(0, nl).split(',').map((c) => HOSTILE[c] ?? c).map((c) => `"${c.replace(/"/g, '""')}"`);
  void model;
  return header.join(',') + csv.slice(nl);
}

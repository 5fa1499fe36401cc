/**
 * k-means in the warehouse (`cli fit`): Lloyd iterations as SQL, one GROUP BY per iteration.
 * Each iteration's query computes every customer's features with the model's CTEs (sql.ts),
 * assigns the nearest of the current centres (ties → lower index, as in-process) and returns
 * per centre the count and the feature sums; the new centre is sum / count (an empty centre
 * stays where it was). The driver stops when the squared centre shift Σ‖c_new − c_old‖² is at
 * most tol × the mean feature variance (scikit-learn's rule, tol = 1e-4), as in-process k-means.
 * Customers without features (a missing indicator under the `drop` policy) are left out.
 */
import { featureCtes, nearestSql, type SqlOptions } from './sql.ts';
import type { ScoringModel } from './types.ts';

/** Population variance of each feature (one row: vs_v1 … vs_vd) and the row count vs_n. */
export function varianceSql(model: ScoringModel, options: SqlOptions): string {
  const { sql, d } = featureCtes(model, options);
  const vars = Array.from({ length: d }, (_, j) => `VAR_POP(vs_f${j + 1}) AS vs_v${j + 1}`);
  return `${sql}\nSELECT COUNT(*) AS vs_n, ${vars.join(', ')}\nFROM vs_scores\nWHERE vs_f1 IS NOT NULL`;
}

/**
 * One Lloyd step from `centres`: rows (centre index 1..k, count, Σ vs_f1 … Σ vs_fd, mean composite,
 * mean current, mean potential), ordered by centre index; a centre no customer is nearest to has no row.
 */
export function lloydStepSql(model: ScoringModel, options: SqlOptions, centres: number[][]): string {
  const { sql, d, r } = featureCtes(model, options);
  const { distances, nearest } = nearestSql(centres, centres.map((_, i) => i + 1), d, r, 'vs_c');
  const f = Array.from({ length: d }, (_, j) => `vs_f${j + 1}`);
  return [
    `${sql},`,
    `vs_dist AS (\n  SELECT ${f.join(', ')}, vs_composite, vs_current, vs_potential,\n    ${distances.join(',\n    ')}\n  FROM vs_scores\n  WHERE vs_f1 IS NOT NULL\n),`,
    `vs_lab AS (\n  SELECT vs_dist.*, ${nearest}\n  FROM vs_dist\n)`,
    `SELECT vs_c, COUNT(*) AS vs_count, ${f.map((x) => `SUM(${x})`).join(', ')}, AVG(vs_composite), AVG(vs_current), AVG(vs_potential)\nFROM vs_lab\nGROUP BY vs_c\nORDER BY vs_c`,
  ].join('\n');
}

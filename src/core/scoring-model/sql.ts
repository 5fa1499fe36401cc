/**
 * The scoring model as one SQL SELECT (CTEs allowed) over a typed table with the data's column
 * names, returning id, composite, current, potential, tier, quadrant, segment, segment_name —
 * the same columns and, on IEEE doubles, the same numbers as `cli score` (score.ts): the same
 * operations in the same order, the model's constants inlined as exact decimal strings.
 *
 *   vs_input   the model's columns read as doubles (NULL = missing)
 *   vs_norm    filled and normalised indicators vs_n1 … vs_nm
 *   vs_scores  composite, current and potential scores (and the clustering features)
 *   vs_dist    squared distance to each segment centre
 *   vs_seg     nearest centre (ties → lower number), tier and quadrant
 * `features` exposes vs_scores (with the features vs_f1 … vs_fd) for `cli fit`.
 */
import { InputError } from '../errors.ts';
import { dialectRules, type Dialect, type DialectRules } from './dialect.ts';
import type { ScoringModel } from './types.ts';
import { isScoreSource, scoreNameOf } from '../sources.ts';

export interface SqlOptions {
  dialect: Dialect;
  /** Table name; a dotted name is schema.table (each part quoted). */
  table: string;
}

/** `schema.table` → quoted parts joined by dots. */
export function tableName(table: string, r: DialectRules): string {
  const parts = table.split('.');
  if (parts.some((p) => p.trim() === '')) throw new InputError('model.sql-text', `The table name ${JSON.stringify(table)} has an empty part.`, {}, { what: 'The table name', text: JSON.stringify(table) });
  return parts.map((p) => r.ident(p)).join('.');
}

/** The CTEs up to vs_scores, whose columns are vs_id, vs_t (tier source), vs_n*, vs_composite, vs_current, vs_potential, vs_f*. */
export function featureCtes(model: ScoringModel, options: SqlOptions): { sql: string; d: number; r: DialectRules } {
  const r = dialectRules(options.dialect);
  if (!model.idColumn) throw new InputError('model.sql-no-id', 'The SQL needs an identifier column to return as id; set the project’s identifier column (data step) and write the model again.', {}, {});
  const ind = model.indicators;
  const n = (v: number) => r.num(v);
  const tierSource = model.tiers?.source ?? null;
  const tierColumn = tierSource !== null && !isScoreSource(tierSource);
  const input = [
    `${r.ident(model.idColumn)} AS vs_id`,
    ...ind.map((a, j) => `${r.double(r.ident(a.column))} AS vs_x${j + 1}`),
    tierColumn ? `${r.double(r.ident(tierSource!))} AS vs_t` : `${r.nullDouble} AS vs_t`,
  ];
  const norm = ind.map((a, j) => {
    const x = a.fill === null ? `vs_x${j + 1}` : `COALESCE(vs_x${j + 1}, ${n(a.fill)})`;
    let e: string;
    if (a.constant) e = a.fill === null ? `CASE WHEN vs_x${j + 1} IS NULL THEN ${r.nullDouble} ELSE ${n(0)} END` : n(0);
    else if (model.normalisation === 'minmax') {
      const range = n(a.max! - a.min!);
      e = a.direction === 'benefit' ? `(${x} - ${n(a.min!)}) / ${range}` : `(${n(a.max!)} - ${x}) / ${range}`;
    } else e = a.direction === 'benefit' ? `(${x} - ${n(a.mean!)}) / ${n(a.sd!)}` : `(${n(a.mean!)} - ${x}) / ${n(a.sd!)}`;
    return `${e} AS vs_n${j + 1}`;
  });
  const weighted = (indices: number[], wsum: number) => `${n(model.scale)} * ((${indices.map((j) => `${n(ind[j].weight)} * vs_n${j + 1}`).join(' + ')}) / ${n(wsum)})`;
  const role = (x: 'current' | 'potential') => {
    const c = model.criteria.find((c) => c.role === x);
    return c ? weighted(ind.flatMap((a, j) => (a.criterion === c.id ? [j] : [])), c.weight) : r.nullDouble;
  };
  const scores = [
    `${weighted(ind.map((_, j) => j), model.weightSum)} AS vs_composite`,
    `${role('current')} AS vs_current`,
    `${role('potential')} AS vs_potential`,
  ];
  const features = model.segmentation.features === 'scores';
  const d = features ? 2 : ind.length;
  const nCols = ind.map((_, j) => `vs_n${j + 1}`).join(', ');
  const sql = [
    `WITH vs_input AS (\n  SELECT\n    ${input.join(',\n    ')}\n  FROM ${tableName(options.table, r)}\n)`,
    `vs_norm AS (\n  SELECT\n    vs_id, vs_t,\n    ${norm.join(',\n    ')}\n  FROM vs_input\n)`,
    `vs_scored AS (\n  SELECT\n    vs_id, vs_t, ${nCols},\n    ${scores.join(',\n    ')}\n  FROM vs_norm\n)`,
    `vs_scores AS (\n  SELECT\n    vs_scored.*,\n    ${features ? 'vs_current AS vs_f1, vs_potential AS vs_f2' : ind.map((a, j) => `vs_n${j + 1} * ${n(a.weight)} AS vs_f${j + 1}`).join(',\n    ')}\n  FROM vs_scored\n)`,
  ].join(',\n');
  return { sql, d, r };
}

/** Squared distances vs_d1 … vs_dk to `centres` and the nearest centre's number (first minimum) as `alias`. */
export function nearestSql(centres: number[][], clusters: number[], d: number, r: DialectRules, alias: string): { distances: string[]; nearest: string } {
  const distances = centres.map((c, i) => {
    const terms = c.map((v, j) => `(vs_f${j + 1} - ${r.num(v)}) * (vs_f${j + 1} - ${r.num(v)})`);
    return `${terms.join(' + ')} AS vs_d${i + 1}`;
  });
  const k = centres.length;
  const whens = clusters.slice(0, -1).map((c, i) => {
    const cond = Array.from({ length: k - i - 1 }, (_, t) => `vs_d${i + 1} <= vs_d${i + t + 2}`).join(' AND ');
    return `WHEN ${cond} THEN ${c}`;
  });
  void d;
  const nearest = `CASE WHEN vs_d1 IS NULL THEN NULL ${whens.join(' ')} ELSE ${clusters[k - 1]} END AS ${alias}`;
  return { distances, nearest };
}

/** The scoring SELECT for `options.dialect`. */
export function scoringSql(model: ScoringModel, options: SqlOptions): string {
  const { sql, d, r } = featureCtes(model, options);
  const n = (v: number) => r.num(v);
  const segs = model.segmentation.segments;
  const { distances, nearest } = nearestSql(segs.map((s) => s.centre), segs.map((s) => s.cluster), d, r, 'vs_segment');
  const t = model.tiers;
  const tierSrc = !t ? '' : scoreNameOf(t.source) ? `vs_${scoreNameOf(t.source)}` : 'vs_t';
  const tier = !t
    ? r.nullText
    : `CASE WHEN ${tierSrc} IS NULL THEN ${r.nullText} ${t.thresholds.map((_, i) => t.thresholds.length - 1 - i).map((i) => `WHEN ${tierSrc} >= ${n(t.thresholds[i])} THEN ${r.str(t.labels[i + 1])}`).join(' ')} ELSE ${r.str(t.labels[0])} END`;
  const mx = model.matrix;
  const quadrant = !mx
    ? r.nullText
    : `CASE WHEN vs_current IS NULL OR vs_potential IS NULL THEN ${r.nullText} WHEN vs_current >= ${n(mx.cut.current)} THEN (CASE WHEN vs_potential >= ${n(mx.cut.potential)} THEN 'hh' ELSE 'hl' END) WHEN vs_potential >= ${n(mx.cut.potential)} THEN 'lh' ELSE 'll' END`;
  const name = `CASE vs_segment ${segs.map((s) => `WHEN ${s.cluster} THEN ${r.str(s.name)}`).join(' ')} ELSE ${r.nullText} END`;
  return [
    `-- ValueSeg scoring model (format ${model.version}); training data SHA-256 ${model.provenance.dataSha256}.`,
    '-- Scores are not clamped to 0-100; ABC classes depend on the whole population and are not part of this query.',
    `${sql},`,
    `vs_dist AS (\n  SELECT\n    vs_id, vs_t, vs_composite, vs_current, vs_potential,\n    ${distances.join(',\n    ')}\n  FROM vs_scores\n),`,
    `vs_seg AS (\n  SELECT\n    vs_id, vs_composite, vs_current, vs_potential,\n    ${tier} AS vs_tier,\n    ${quadrant} AS vs_quadrant,\n    ${nearest}\n  FROM vs_dist\n)`,
    `SELECT\n  vs_id AS ${r.ident('id')},\n  vs_composite AS ${r.ident('composite')},\n  vs_current AS ${r.ident('current')},\n  vs_potential AS ${r.ident('potential')},\n  vs_tier AS ${r.ident('tier')},\n  vs_quadrant AS ${r.ident('quadrant')},\n  vs_segment AS ${r.ident('segment')},\n  ${name} AS ${r.ident('segment_name')}\nFROM vs_seg`,
  ].join('\n');
}

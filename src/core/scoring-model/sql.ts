/**
 * The scoring model as one SQL SELECT (CTEs allowed) over a typed table with the data's column
 * names, returning id, composite, current, potential, tier, quadrant, segment, segment_name —
 * the same columns and, on IEEE doubles, the same numbers as `cli score` (score.ts): the same
 * operations in the same order, the model's constants inlined as exact decimal strings.
 *
 *   vs_raw     the model's numeric input columns read as doubles (NULL = missing)
 *   vs_der1 …  one derived column each, in the model's order (NULL where undefined)
 *   vs_input   the indicators' values, the tier source and the tier rules' column sources
 *   vs_norm    filled and normalised indicators vs_n1 … vs_nm
 *   vs_scores  composite, current and potential scores (and the clustering features)
 *   vs_dist    squared distance to each segment centre
 *   vs_seg     nearest centre (ties → lower number), tier (thresholds or rules) and quadrant
 * `features` exposes vs_scores (with the features vs_f1 … vs_fd) for `cli fit`.
 */
import { InputError } from '../errors.ts';
import { dialectRules, type Dialect, type DialectRules } from './dialect.ts';
import type { ScoringModel } from './types.ts';
import type { DerivedColumn } from '../data/derived.ts';
import type { TierOp } from '../scoring/tier-rules.ts';
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

/** SQL of one derived column over `arg(j)`, the SQL of its inputs: data/derived.ts's arithmetic in its order, NULL where that gives a missing value. */
function derivedSql(d: DerivedColumn, arg: (j: number) => string, r: DialectRules): string {
  const n = (v: number) => r.num(v);
  const x = d.inputs.map((_, j) => arg(j));
  switch (d.kind) {
    case 'weighted-sum':
      return `(${[n(0), ...x.map((a, j) => `${n(d.coefficients![j])} * ${a}`)].join(' + ')})`;
    case 'ratio':
      return `(CASE WHEN ${x[1]} = ${n(0)} THEN ${r.nullDouble} ELSE ${x[0]} / ${x[1]} END)`;
    case 'difference':
      return `(${x[0]} - ${x[1]})`;
    case 'log': {
      const a = `${x[0]} + ${n(d.offset ?? 0)}`;
      return `(CASE WHEN ${a} > ${n(0)} THEN ${r.ln(a)} ELSE ${r.nullDouble} END)`;
    }
    case 'share': {
      const sum = `(${[n(0), ...x].join(' + ')})`;
      return `(CASE WHEN ${sum} = ${n(0)} THEN ${r.nullDouble} ELSE ${x[0]} / ${sum} END)`;
    }
  }
}

/** One step of the query: `SELECT <select> FROM <from>`, `from` the table (quoted) or an earlier step's name. */
export interface Cte {
  name: string;
  select: string;
  from: string;
  table?: boolean;
}

/** The steps as CTEs: `WITH a AS (…),\nb AS (…)` (a final SELECT follows). */
export function withCtes(ctes: readonly Cte[]): string {
  return 'WITH ' + ctes.map((c) => `${c.name} AS (\n  SELECT${c.select}\n  FROM ${c.from}\n)`).join(',\n');
}

/** Step `name` as a subquery with the steps it reads nested inside it (the steps form one chain). */
function nested(ctes: readonly Cte[], name: string, indent: string): string {
  const c = ctes.find((x) => x.name === name)!;
  const inner = indent + '  ';
  const from = c.table ? c.from : nested(ctes, c.from, inner);
  return `(\n${inner}SELECT${c.select.replace(/\n/g, `\n${inner}`)}\n${inner}FROM ${from}\n${indent}) AS ${c.name}`;
}

/** A tier rule's condition in SQL (NULL, a missing value, fails it as in scoring/tier-rules.ts). */
const OP_SQL: Record<TierOp, string> = { '>=': '>=', '>': '>', '<=': '<=', '<': '<', '==': '=' };

/**
 * The CTEs up to vs_scores, whose columns are vs_id, vs_t (tier source), vs_s1 … (tier rules'
 * column sources), vs_n*, vs_composite, vs_current, vs_potential, vs_f*.
 */
export function featureCtes(model: ScoringModel, options: SqlOptions): { sql: string; ctes: Cte[]; d: number; r: DialectRules; ruleSources: string[] } {
  const r = dialectRules(options.dialect);
  if (!model.idColumn) throw new InputError('model.sql-no-id', 'The SQL needs an identifier column to return as id; set the project’s identifier column (data step) and write the model again.', {}, {});
  const ind = model.indicators;
  const n = (v: number) => r.num(v);
  const derived = model.derived ?? [];
  // vs_raw: every numeric input as a double (vs_r1 …); vs_der1 …: one derived column each (vs_v1 …)
  const numericInputs = model.inputs.filter((x) => x.type === 'numeric').map((x) => x.column);
  const alias = new Map<string, string>(numericInputs.map((c, i) => [c, `vs_r${i + 1}`]));
  const ctes: Cte[] = [{ name: 'vs_raw', select: `\n    ${[`${r.ident(model.idColumn)} AS vs_id`, ...numericInputs.map((c, i) => `${r.double(r.ident(c))} AS vs_r${i + 1}`)].join(',\n    ')}`, from: tableName(options.table, r), table: true }];
  let last = 'vs_raw';
  derived.forEach((d, i) => {
    const expr = derivedSql(d, (j) => alias.get(d.inputs[j])!, r);
    ctes.push({ name: `vs_der${i + 1}`, select: ` ${last}.*, ${expr} AS vs_v${i + 1}`, from: last });
    alias.set(d.name, `vs_v${i + 1}`);
    last = `vs_der${i + 1}`;
  });
  const tierSource = model.tiers?.source ?? null;
  const tierColumn = tierSource !== null && !isScoreSource(tierSource);
  const ruleSources = [...new Set((model.tierRules?.rules ?? []).flatMap((x) => x.conditions.map((c) => c.source)).filter((c) => !isScoreSource(c)))];
  const input = [
    'vs_id',
    ...ind.map((a, j) => `${alias.get(a.column)} AS vs_x${j + 1}`),
    tierColumn ? `${alias.get(tierSource!)} AS vs_t` : `${r.nullDouble} AS vs_t`,
    ...ruleSources.map((c, i) => `${alias.get(c)} AS vs_s${i + 1}`),
  ];
  const carried = ['vs_id', 'vs_t', ...ruleSources.map((_, i) => `vs_s${i + 1}`)].join(', ');
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
  ctes.push(
    { name: 'vs_input', select: `\n    ${input.join(',\n    ')}`, from: last },
    { name: 'vs_norm', select: `\n    ${carried},\n    ${norm.join(',\n    ')}`, from: 'vs_input' },
    { name: 'vs_scored', select: `\n    ${carried}, ${nCols},\n    ${scores.join(',\n    ')}`, from: 'vs_norm' },
    { name: 'vs_scores', select: `\n    vs_scored.*,\n    ${features ? 'vs_current AS vs_f1, vs_potential AS vs_f2' : ind.map((a, j) => `vs_n${j + 1} * ${n(a.weight)} AS vs_f${j + 1}`).join(',\n    ')}`, from: 'vs_scored' },
  );
  return { sql: withCtes(ctes), ctes, d, r, ruleSources };
}

/** The tier rules as a CASE, from the top rule down (scoring/tier-rules.ts); `src(source)` is a condition source's SQL. */
function ruleTierSql(t: NonNullable<ScoringModel['tierRules']>, src: (source: string) => string, r: DialectRules): string {
  const whens: string[] = [];
  let otherwise = t.unmatched === null ? r.nullText : r.str(t.unmatched);
  for (let k = t.rules.length - 1; k >= 0; k--) {
    const rule = t.rules[k];
    if (rule.conditions.length === 0) {
      otherwise = r.str(rule.label);
      break;
    }
    const conds = rule.conditions.map((c) => `${src(c.source)} ${OP_SQL[c.op]} ${r.num(c.value)}`);
    whens.push(`WHEN (${conds.join(rule.match === 'any' ? ' OR ' : ' AND ')}) THEN ${r.str(rule.label)}`);
  }
  return whens.length ? `CASE ${whens.join(' ')} ELSE ${otherwise} END` : otherwise;
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
  const { ctes, d, r, ruleSources } = featureCtes(model, options);
  const n = (v: number) => r.num(v);
  const segs = model.segmentation.segments;
  const { distances, nearest } = nearestSql(segs.map((s) => s.centre), segs.map((s) => s.cluster), d, r, 'vs_segment');
  const t = model.tiers;
  const tierSrc = !t ? '' : scoreNameOf(t.source) ? `vs_${scoreNameOf(t.source)}` : 'vs_t';
  const rules = model.tierRules;
  const ruleSrc = (source: string) => (isScoreSource(source) ? `vs_${scoreNameOf(source)}` : `vs_s${ruleSources.indexOf(source) + 1}`);
  const tier = rules
    ? ruleTierSql(rules, ruleSrc, r)
    : !t
    ? r.nullText
    : `CASE WHEN ${tierSrc} IS NULL THEN ${r.nullText} ${t.thresholds.map((_, i) => t.thresholds.length - 1 - i).map((i) => `WHEN ${tierSrc} >= ${n(t.thresholds[i])} THEN ${r.str(t.labels[i + 1])}`).join(' ')} ELSE ${r.str(t.labels[0])} END`;
  const mx = model.matrix;
  const quadrant = !mx
    ? r.nullText
    : `CASE WHEN vs_current IS NULL OR vs_potential IS NULL THEN ${r.nullText} WHEN vs_current >= ${n(mx.cut.current)} THEN (CASE WHEN vs_potential >= ${n(mx.cut.potential)} THEN 'hh' ELSE 'hl' END) WHEN vs_potential >= ${n(mx.cut.potential)} THEN 'lh' ELSE 'll' END`;
  // searched CASE: ClickHouse 18's `CASE vs_segment WHEN …` gives '' for a Nullable operand
  const name = `CASE ${segs.map((s) => `WHEN vs_segment = ${s.cluster} THEN ${r.str(s.name)}`).join(' ')} ELSE ${r.nullText} END`;
  ctes.push(
    { name: 'vs_dist', select: `\n    vs_id, vs_t, ${ruleSources.map((_, i) => `vs_s${i + 1}, `).join('')}vs_composite, vs_current, vs_potential,\n    ${distances.join(',\n    ')}`, from: 'vs_scores' },
    { name: 'vs_seg', select: `\n    vs_id, vs_composite, vs_current, vs_potential,\n    ${tier} AS vs_tier,\n    ${quadrant} AS vs_quadrant,\n    ${nearest}`, from: 'vs_dist' },
  );
  const final = `SELECT\n  vs_id AS ${r.ident('id')},\n  vs_composite AS ${r.ident('composite')},\n  vs_current AS ${r.ident('current')},\n  vs_potential AS ${r.ident('potential')},\n  vs_tier AS ${r.ident('tier')},\n  vs_quadrant AS ${r.ident('quadrant')},\n  vs_segment AS ${r.ident('segment')},\n  ${name} AS ${r.ident('segment_name')}\nFROM `;
  const head = [
    `-- ValueSeg scoring model (format ${model.version}); training data SHA-256 ${model.provenance.dataSha256}.`,
    '-- Scores are not clamped to 0-100; ABC classes depend on the whole population and are not part of this query.',
  ];
  // ClickHouse before 20.x (Debian's is 18.16) has no WITH name AS (subquery): the same steps as nested subqueries
  if (options.dialect === 'clickhouse') return [...head, `${final}${nested(ctes, 'vs_seg', '')}`].join('\n');
  return [...head, `${withCtes(ctes)}`, `${final}vs_seg`].join('\n');
}

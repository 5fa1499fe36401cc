/**
 * Reading a scoring model file: text → a checked `ScoringModel`, or InputError
 * `model.invalid` naming the first field that is wrong (its JSON path) and what was expected.
 * Everything the scorer and the SQL use is checked: a model file is a contract with the
 * warehouse, and a hand-edited one must fail here, not produce other numbers there.
 */
import { InputError } from '../errors.ts';
import { MAX_PROJECT_CHARS, parseJsonSafely } from '../model/file.ts';
import { MODEL_FORMAT, MODEL_VERSION, MODEL_VERSIONS_READ, type ScoringModel } from './types.ts';
import { checkDerived, checkTierRules } from './read-v2.ts';
import { SCORE_SOURCES } from '../sources.ts';

import { arr, invalid, num, obj, oneOf, str, type Obj } from './check.ts';

/** Checks a parsed model object; returns it typed. */
export function checkScoringModel(raw: unknown): ScoringModel {
  const m = obj(raw, 'model');
  if (m.format !== MODEL_FORMAT) invalid('format', `"${MODEL_FORMAT}" (this is not a ValueSeg scoring model)`);
  if (!(MODEL_VERSIONS_READ as readonly unknown[]).includes(m.version)) invalid('version', `${MODEL_VERSIONS_READ.join(' or ')} (a newer ValueSeg wrote this model, or it is damaged)`);
  if (m.version === 1) {
    // version 1 had neither derived columns nor tier rules
    for (const key of ['derived', 'tierRules']) if (m[key] !== undefined) invalid(key, `absent in a version 1 model (it is new in version ${MODEL_VERSION})`);
    m.derived = [];
    m.tierRules = null;
  }
  const p = obj(m.provenance, 'provenance');
  for (const key of ['project', 'dataFile', 'dataSha256', 'createdAt', 'valuesegVersion']) str(p[key], `provenance.${key}`);
  if (!/^[0-9a-f]{64}$/.test(p.dataSha256 as string)) invalid('provenance.dataSha256', 'a SHA-256 in lower-case hex (64 characters)');
  num(p.rows, 'provenance.rows');
  num(p.seed, 'provenance.seed');
  if (m.idColumn !== null) str(m.idColumn, 'idColumn');
  const inputs = arr(m.inputs, 'inputs').map((x, i) => {
    const o = obj(x, `inputs[${i}]`);
    return { column: str(o.column, `inputs[${i}].column`), type: oneOf(o.type, ['numeric', 'identifier'] as const, `inputs[${i}].type`) };
  });
  const typeOf = new Map(inputs.map((x) => [x.column, x.type]));
  const derivedNames = checkDerived(m.derived, typeOf);
  /** A column the model reads numbers from: a numeric input or a derived column. */
  const numeric = (c: string) => typeOf.get(c) === 'numeric' || derivedNames.has(c);
  oneOf(m.missing, ['drop', 'median', 'mean', 'zero'] as const, 'missing');
  const method = oneOf(m.normalisation, ['minmax', 'zscore'] as const, 'normalisation');
  if (m.scale !== (method === 'minmax' ? 100 : 1)) invalid('scale', method === 'minmax' ? '100 for min–max' : '1 for z-score');
  oneOf(m.scoreRange, ['unclamped'] as const, 'scoreRange');
  const indicators = arr(m.indicators, 'indicators');
  if (indicators.length === 0) invalid('indicators', 'a non-empty array');
  let weightSum = 0;
  indicators.forEach((x, j) => {
    const at = `indicators[${j}]`;
    const o = obj(x, at);
    for (const key of ['id', 'name', 'criterion']) str(o[key], `${at}.${key}`);
    const column = str(o.column, `${at}.column`);
    if (!numeric(column)) invalid(`${at}.column`, `a numeric column listed in inputs or a derived column ("${column}" is neither)`);
    oneOf(o.direction, ['benefit', 'cost'] as const, `${at}.direction`);
    const w = num(o.weight, `${at}.weight`);
    if (w < 0) invalid(`${at}.weight`, '≥ 0');
    weightSum += w;
    if (o.fill !== null) num(o.fill, `${at}.fill`);
    if ((o.fill === null) !== (m.missing === 'drop')) invalid(`${at}.fill`, m.missing === 'drop' ? 'null under the drop policy' : 'a number (the fill for missing values)');
    if (typeof o.constant !== 'boolean') invalid(`${at}.constant`, 'true or false');
    if (method === 'minmax') {
      const lo = num(o.min, `${at}.min`);
      const hi = num(o.max, `${at}.max`);
      if (!o.constant && !(hi > lo)) invalid(`${at}.max`, 'greater than min for a column that is not constant');
    } else {
      num(o.mean, `${at}.mean`);
      const sd = num(o.sd, `${at}.sd`);
      if (!o.constant && !(sd > 0)) invalid(`${at}.sd`, '> 0 for a column that is not constant');
    }
  });
  const ws = num(m.weightSum, 'weightSum');
  if (!(ws > 0) || Math.abs(ws - weightSum) > 1e-9 * Math.max(1, weightSum)) invalid('weightSum', `the sum of the indicator weights (${weightSum}), > 0`);
  const criteria = arr(m.criteria, 'criteria').map((x, i) => {
    const o = obj(x, `criteria[${i}]`);
    const id = str(o.id, `criteria[${i}].id`);
    str(o.name, `criteria[${i}].name`);
    if (o.role !== null) oneOf(o.role, ['current', 'potential'] as const, `criteria[${i}].role`);
    const w = num(o.weight, `criteria[${i}].weight`);
    if (o.role !== null && !(w > 0) && indicators.some((x) => (x as Obj).criterion === id)) invalid(`criteria[${i}].weight`, '> 0');
    return { id, role: o.role };
  });
  for (const role of ['current', 'potential']) if (criteria.filter((c) => c.role === role).length > 1) invalid('criteria', `an array with at most one criterion of role "${role}"`);
  const roles = criteria.filter((c) => c.role !== null).length === 2;
  if (m.matrix !== null) {
    const mx = obj(m.matrix, 'matrix');
    oneOf(mx.split, ['mean', 'median', 'value'] as const, 'matrix.split');
    const cut = obj(mx.cut, 'matrix.cut');
    num(cut.current, 'matrix.cut.current');
    num(cut.potential, 'matrix.cut.potential');
    if (!roles) invalid('matrix', 'null when no criteria carry the roles current and potential');
  }
  if (m.tiers !== null) {
    const t = obj(m.tiers, 'tiers');
    const source = str(t.source, 'tiers.source');
    if (!SCORE_SOURCES.includes(source) && !numeric(source)) invalid('tiers.source', 'a score, a numeric column listed in inputs or a derived column');
    const th = arr(t.thresholds, 'tiers.thresholds').map((v, i) => num(v, `tiers.thresholds[${i}]`));
    th.forEach((v, i) => i > 0 && !(v > th[i - 1]) && invalid(`tiers.thresholds[${i}]`, `greater than tiers.thresholds[${i - 1}]`));
    const labels = arr(t.labels, 'tiers.labels').map((v, i) => str(v, `tiers.labels[${i}]`));
    if (labels.length !== th.length + 1) invalid('tiers.labels', `${th.length + 1} labels (one more than thresholds)`);
  }
  if (m.tierRules !== null) {
    if (m.tiers !== null) invalid('tierRules', 'null when tiers (thresholds on one column) are set: a model has one kind of tiers');
    checkTierRules(m.tierRules, numeric, roles);
  }
  const abc = obj(m.abc, 'abc');
  const abcSource = str(abc.source, 'abc.source');
  if (!SCORE_SOURCES.includes(abcSource) && !numeric(abcSource)) invalid('abc.source', 'a score, a numeric column listed in inputs or a derived column');
  const cuts = arr(abc.cuts, 'abc.cuts').map((v, i) => num(v, `abc.cuts[${i}]`));
  if (cuts.length !== 2 || !(cuts[0] > 0 && cuts[0] < cuts[1] && cuts[1] <= 1)) invalid('abc.cuts', 'two shares 0 < a < b ≤ 1');
  const seg = obj(m.segmentation, 'segmentation');
  const features = oneOf(seg.features, ['scores', 'indicators'] as const, 'segmentation.features');
  if (features === 'scores' && !roles) invalid('segmentation.features', '"indicators" when no criteria carry the roles current and potential');
  oneOf(seg.locale, ['en', 'zh-CN'] as const, 'segmentation.locale');
  const d = features === 'scores' ? 2 : indicators.length;
  const segments = arr(seg.segments, 'segmentation.segments');
  if (segments.length === 0) invalid('segmentation.segments', 'a non-empty array');
  if (seg.k !== segments.length) invalid('segmentation.k', `the number of segments (${segments.length})`);
  const clusters = new Set<number>();
  segments.forEach((x, i) => {
    const at = `segmentation.segments[${i}]`;
    const o = obj(x, at);
    const c = num(o.cluster, `${at}.cluster`);
    if (!Number.isInteger(c) || c < 1 || clusters.has(c)) invalid(`${at}.cluster`, 'a whole number ≥ 1, different for every segment');
    clusters.add(c);
    str(o.name, `${at}.name`);
    const names = obj(o.names, `${at}.names`);
    str(names.en, `${at}.names.en`);
    str(names['zh-CN'], `${at}.names.zh-CN`);
    if (o.type !== null) oneOf(o.type, ['hh', 'hl', 'lh', 'll'] as const, `${at}.type`);
    if (o.strategy !== null) str(o.strategy, `${at}.strategy`);
    const centre = arr(o.centre, `${at}.centre`);
    if (centre.length !== d) invalid(`${at}.centre`, `${d} numbers (one per feature)`);
    centre.forEach((v, j) => num(v, `${at}.centre[${j}]`));
  });
  return m as unknown as ScoringModel;
}

/** Parses and checks a model file's text (`file` names it in messages). */
export function readScoringModel(text: string, file = 'model'): ScoringModel {
  if (text.length > MAX_PROJECT_CHARS) {
    throw new InputError('model.invalid', `${file} is not a scoring model: it is larger than ${MAX_PROJECT_CHARS} characters.`, { path: file }, { path: file, expected: 'smaller' }, 'size');
  }
  let raw: unknown;
  try {
    raw = parseJsonSafely(text).value;
  } catch (e) {
    throw new InputError('model.invalid', `${file} is not valid JSON: ${(e as Error).message}`, { path: file }, { path: file, expected: 'JSON' }, 'json');
  }
  return checkScoringModel(raw);
}

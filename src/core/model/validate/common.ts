/** What every part of project validation uses: the problem constructor, paths, enums, known fields. */
import type { Params, Problem } from '../../errors.ts';
import { PROJECT_VERSION } from '../project.ts';

export type Path = string;

/**
 * A problem at `path`. `variant` names the sentence (the catalogue key is
 * `problem.<code>.<variant>`), `params` the values it names besides the path.
 */
export function problem(path: Path, message: string, variant: string, params: Params = {}, code = 'project.invalid'): Problem {
  const p: Problem = { severity: 'error', code, message: `${path}: ${message}`, where: { path }, params: { path, ...params } };
  if (variant) p.variant = variant;
  return p;
}

/** The path of a column's type: `data.types["loan balance"]` (column names may hold dots). */
export const typePath = (column: string): string => `data.types[${JSON.stringify(column)}]`;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const ENUMS: Record<string, readonly string[]> = {
  'options.ahp.method': ['eigen', 'geometric', 'column', 'fuzzy-chang', 'fuzzy-buckley'],
  'options.ahp.ri': ['saaty1980', 'saaty2005', 'cn', 'alonso-lamata'],
  'options.ahp.aggregation': ['aij', 'aip'],
  'options.weighting.method': ['ahp', 'entropy', 'critic', 'combined', 'given'],
  'options.weighting.objective': ['entropy', 'critic'],
  'options.weighting.combination': ['linear', 'multiplicative'],
  'options.normalisation': ['minmax', 'zscore'],
  'options.missing': ['drop', 'median', 'mean', 'zero'],
  'options.scoring.split': ['mean', 'median', 'value'],
  'options.segmentation.features': ['scores', 'indicators', 'zscores'],
  'options.segmentation.naming': ['gbank', 'bankA'],
};

/** Enums that may be absent (then their default applies). */
export const OPTIONAL_ENUMS: Record<string, readonly string[]> = {
  'options.weighting.entropy.normalisation': ['minmax', 'none'],
  'options.weighting.entropy.shift': ['none', 'spssau'],
  'options.scoring.method': ['weighted-sum', 'topsis', 'entropy-topsis', 'gra'],
};

export function get(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (!isObject(cur) || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
    cur = cur[key];
  }
  return cur;
}

export const describe = (v: unknown): string =>
  v === undefined ? 'missing' : typeof v === 'string' ? `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"` : JSON.stringify(v)?.slice(0, 40) ?? String(v);

/** The fields a version-1 project has, by place; anything else is reported as unknown. */
export const FIELDS = {
  root: ['version', 'name', 'description', 'data', 'hierarchy', 'experts', 'judgments', 'options', 'segments', 'strategies'],
  data: ['source', 'idColumn', 'types', 'derived'],
  hierarchy: ['goal', 'criteria'],
  criterion: ['id', 'name', 'role', 'subcriteria', 'indicators'],
  indicator: ['id', 'name', 'column', 'direction'],
  expert: ['id', 'name'],
  judgment: ['node', 'expert', 'items', 'matrix', 'fuzzy'],
  segment: ['cluster', 'name', 'strategy', 'basis'],
  options: ['ahp', 'weighting', 'normalisation', 'missing', 'scoring', 'segmentation'],
  'options.ahp': ['method', 'ri', 'aggregation'],
  'options.weighting': ['method', 'objective', 'combination', 'alpha', 'given', 'entropy'],
  'options.weighting.entropy': ['normalisation', 'shift'],
  'options.scoring': ['method', 'rho', 'split', 'splitValue', 'tiers', 'tierRules', 'abc'],
  'options.scoring.splitValue': ['current', 'potential'],
  'options.scoring.tiers': ['source', 'thresholds', 'labels'],
  'options.scoring.abc': ['source', 'cuts'],
  'options.segmentation': ['features', 'k', 'kMin', 'kMax', 'restarts', 'seed', 'maxIterations', 'algorithm', 'batchSize', 'silhouetteSample', 'naming', 'nameRule', 'strategyWording', 'compositionColumn', 'clusterMethod', 'quickCluster', 'hclust'],
  'options.segmentation.quickCluster': ['mxiter', 'converge', 'method', 'noinitial'],
  'options.segmentation.hclust': ['linkage', 'thenKMeans'],
} as const;

/**
 * Warns about each field a project of this version does not have (a misspelling, a field of
 * another tool or version, a `__proto__` key): it is ignored, but the user should know that
 * what they wrote there has no effect.
 */
export function unknownFields(obj: unknown, known: readonly string[], path: string, out: Problem[]): void {
  if (!isObject(obj)) return;
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const at = path === '' ? key : `${path}.${key}`;
    out.push({
      severity: 'warning',
      code: 'project.unknown-field',
      message: `${at}: unknown field; a version ${PROJECT_VERSION} project has no such field, so it is ignored (check its spelling)`,
      where: { path: at },
      params: { path: at, version: PROJECT_VERSION },
    });
  }
}

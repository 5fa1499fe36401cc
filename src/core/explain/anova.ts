/**
 * The ANOVA table theses print next to the final cluster centres (SPSS QUICK CLUSTER /
 * SPSSAU 聚类类别方差分析): per indicator, the cluster means and SDs, cluster mean square (df),
 * error mean square (df), F and Sig. As IBM notes, these F tests are descriptive only: the
 * clusters were chosen to differ, so the p-values are not valid tests.
 */
import { InputError, type Problem } from '../errors.ts';
import { oneWayAnova, type AnovaResult } from '../stats/anova.ts';
import { checkColumns, checkFinite, columnName } from '../stats/check.ts';
import { mean, sd } from '../stats/describe.ts';

export interface AnovaRow extends AnovaResult {
  column: string;
  /** Mean per cluster, in the order of `AnovaTable.groups`. */
  groupMeans: Float64Array;
  /** Sample SD (n − 1) per cluster; null for a one-member cluster. */
  groupSds: (number | null)[];
}

export interface AnovaTable {
  /** Distinct cluster labels, ascending. */
  groups: number[];
  /** Members per cluster, same order. */
  sizes: number[];
  rows: AnovaRow[];
  /** Notes on F values that are null or infinite (severity 'info'). */
  problems: Problem[];
}

/**
 * One-way ANOVA of every column across the clusters given by `labels` (one per row).
 * Errors: no rows, labels of the wrong length, NaN in a column or a label.
 */
export function anovaTable(columns: readonly ArrayLike<number>[], labels: ArrayLike<number>, options: { names?: readonly string[] } = {}): AnovaTable {
  const { names } = options;
  const n = checkColumns(columns, names);
  if (columns.length > 0 && labels.length !== n) {
    throw new InputError('explain.labels-length', `Got ${labels.length} cluster labels for ${n} customers; give one label per customer.`, {}, { labels: labels.length, n });
  }
  if (labels.length === 0) throw new InputError('explain.empty', 'The ANOVA table needs at least one customer; got none.', {}, {}, 'anova');
  checkFinite(labels, 'cluster label');
  const groups = [...new Set(Array.from(labels))].sort((a, b) => a - b);
  const index = new Map(groups.map((g, k) => [g, k]));
  const sizes = new Array<number>(groups.length).fill(0);
  for (let i = 0; i < labels.length; i++) sizes[index.get(labels[i]) as number]++;
  const problems: Problem[] = [];
  const rows = columns.map((col, j) => {
    const column = columnName(names, j);
    const byGroup: number[][] = groups.map(() => []);
    for (let i = 0; i < n; i++) byGroup[index.get(labels[i]) as number].push(col[i]);
    const result = oneWayAnova(col, labels);
    if (result.note === 'constant') {
      problems.push({ severity: 'info', code: 'explain.anova-constant', message: `Column "${column}" has the same value for every customer: F is undefined (0/0) and left empty.`, where: { column }, params: { column } });
    } else if (result.note === 'no-within-variance') {
      problems.push({
        severity: 'info',
        code: 'explain.anova-infinite-f',
        message: `Column "${column}" is constant within every cluster but differs between clusters: F is infinite and p = 0.`,
        where: { column },
        params: { column },
      });
    }
    return {
      column,
      ...result,
      groupMeans: Float64Array.from(byGroup, (g) => mean(g)),
      groupSds: byGroup.map((g) => (g.length > 1 ? sd(g) : null)),
    };
  });
  if (groups.length < 2) {
    problems.unshift({ severity: 'info', code: 'explain.anova-one-cluster', message: 'Only one cluster: the ANOVA F test needs at least two, so F and p are not computed.', where: {} });
  } else if (groups.length === labels.length) {
    problems.unshift({
      severity: 'info',
      code: 'explain.anova-no-within-df',
      message: 'Every cluster has a single customer: there are no within-cluster degrees of freedom, so F and p are not computed.',
      where: {},
    });
  }
  return { groups, sizes, rows, problems };
}

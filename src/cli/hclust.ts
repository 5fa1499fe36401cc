/**
 * `hclust --data F --columns a,b [--scale none|minmax|z] --method ward|average|complete|single [--kmin 2 --kmax 8] [--seed 0]`:
 * hierarchical clustering with scipy-compatible merges (`a`, `b` as scipy's linkage matrix ids), the cuts
 * at k = kmin..kmax (fcluster 'maxclust') and SPSS's agglomeration schedule.
 */
import { pointsFromColumns } from '../core/cluster/points.ts';
import { hclust, LINKAGE_METHODS } from '../core/cluster/hclust/index.ts';
import { UsageError } from './commands.ts';
import { casesHead, choice, inFileOrder, readNumericColumns, wholeNumber } from './numeric-columns.ts';
import type { DataFlags } from './commands.ts';

export interface HclustCliOptions extends DataFlags {
  columns?: string;
  scale?: string;
  method?: string;
  kmin?: string;
  kmax?: string;
  seed?: string;
}

export function hclustCommand(bytes: Uint8Array, file: string, opts: HclustCliOptions) {
  if (!opts.method) throw new UsageError(`hclust needs --method ${LINKAGE_METHODS.join('|')}`);
  const method = choice(opts.method, LINKAGE_METHODS, 'method', 'ward');
  const scale = choice(opts.scale, ['none', 'minmax', 'z'] as const, 'scale', 'none');
  const kMin = wholeNumber(opts.kmin, 'kmin', 2, 1, 1000);
  const kMax = wholeNumber(opts.kmax, 'kmax', 8, 1, 1000);
  if (kMin > kMax) throw new UsageError(`--kmin ${kMin} is larger than --kmax ${kMax}`);
  const seed = wholeNumber(opts.seed, 'seed', 0, 0, 2 ** 32 - 1);
  const input = readNumericColumns(bytes, file, opts.columns, scale, 'hclust', opts);
  const r = hclust(pointsFromColumns(input.columns), method, { kMin, kMax, seed });
  // Case i of the clustering is data row rows[i] (after listwise deletion and sampling).
  const rows = r.sample ? Int32Array.from(r.sample, (i) => input.rows[i]) : input.rows;
  return {
    ...casesHead(r.n, input, scale),
    method,
    /** 1-based data rows clustered, when a sample was drawn (else every kept row). */
    ...(r.sample ? { sampledRows: Array.from(rows, (x) => x + 1) } : {}),
    merges: r.merges,
    schedule: r.schedule,
    /** Per k: the cluster (1-based, numbered by first case) of each data row in file order; null when not clustered. */
    cuts: r.cuts.map((c) => ({ k: c.k, labels: inFileOrder(Array.from(c.labels, (g) => g + 1), rows, input.total) })),
    notes: r.problems.map((p) => p.message),
  };
}

/**
 * `quick-cluster --data F --columns a,b --k 3 [--mxiter 10] [--converge 0] [--method kmeans|update|classify]
 *  [--noinitial] [--scale none|z]`: SPSS QUICK CLUSTER (K-Means Cluster) with its tables as JSON.
 */
import { pointsFromColumns } from '../core/cluster/points.ts';
import { ANOVA_FOOTNOTE, iterationNote, quickCluster, type QuickClusterMethod } from '../core/cluster/quick-cluster/index.ts';
import { casesHead, choice, inFileOrder, numberOption, readNumericColumns, rowsOf, wholeNumber } from './numeric-columns.ts';
import { UsageError } from './commands.ts';
import type { DataFlags } from './commands.ts';

export interface QuickClusterCliOptions extends DataFlags {
  columns?: string;
  k?: string;
  mxiter?: string;
  converge?: string;
  method?: string;
  noinitial?: boolean;
  scale?: string;
}

export function quickClusterCommand(bytes: Uint8Array, file: string, opts: QuickClusterCliOptions) {
  if (opts.k === undefined) throw new UsageError('quick-cluster needs --k <number of clusters>');
  const k = wholeNumber(opts.k, 'k', 2, 2, 999);
  const mxiter = wholeNumber(opts.mxiter, 'mxiter', 10, 1, 999);
  const converge = numberOption(opts.converge, 'converge', 0, 0);
  const method = choice(opts.method, ['kmeans', 'update', 'classify'] as const, 'method', 'kmeans') as QuickClusterMethod;
  const scale = choice(opts.scale, ['none', 'z'] as const, 'scale', 'none');
  const input = readNumericColumns(bytes, file, opts.columns, scale, 'quick-cluster', opts);
  const r = quickCluster(pointsFromColumns(input.columns), k, { mxiter, converge, method, noinitial: !!opts.noinitial, names: input.names });
  const note = iterationNote(r);
  return {
    ...casesHead(r.n, input, scale),
    k,
    method,
    mxiter,
    converge,
    noinitial: !!opts.noinitial,
    initialCentres: rowsOf(r.initialCentres, r.d),
    /** 1-based data row (file order, header not counted) of each initial centre. */
    initialRows: r.initialSources.map((i) => input.rows[i] + 1),
    minInitialDistance: r.minInitialDistance,
    iterations: r.iterations,
    converged: r.converged,
    maxCoordinateChange: r.maxCoordinateChange,
    note: note?.message ?? null,
    finalCentres: rowsOf(r.finalCentres, r.d),
    distances: rowsOf(r.distances, r.k),
    sizes: r.sizes,
    anova: r.anova.rows.map((row) => ({
      column: row.column,
      clusterMeanSquare: row.msb,
      clusterDf: row.dfb,
      errorMeanSquare: row.msw,
      errorDf: row.dfw,
      F: row.f,
      sig: row.p,
    })),
    anovaNote: ANOVA_FOOTNOTE,
    /** SPSS cluster number (1-based) of each data row in file order; null for a row left out. */
    labels: inFileOrder(Array.from(r.labels, (g) => g + 1), input.rows, input.total),
  };
}

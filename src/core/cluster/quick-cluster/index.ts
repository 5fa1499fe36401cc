/** SPSS QUICK CLUSTER (K-Means Cluster Analysis, 快速聚类): initial centres, iterations, tables. */
export * from './initial.ts';
export * from './quick-cluster.ts';
export * from './notes.ts';

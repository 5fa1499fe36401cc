/** Hierarchical clustering (SPSS CLUSTER; 系统聚类): linkage, cuts, agglomeration schedule, dendrogram. */
export * from './linkage.ts';
export * from './cut.ts';
export * from './hclust.ts';
export * from './dendrogram.ts';

/** k-means, cluster quality measures, the k sweep, the elbow (Kneedle) and display order. */
export * from './points.ts';
export * from './kmeans.ts';
export * from './metrics.ts';
export * from './knee.ts';
export * from './sweep.ts';
export * from './order.ts';

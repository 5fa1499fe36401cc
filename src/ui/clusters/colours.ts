/**
 * Cluster colours for the charts of the clusters step: Tableau 10 by display cluster number
 * (1 = most valuable), so a cluster keeps its colour in the silhouette plot and the scatter.
 */
export const CLUSTER_COLOURS = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7', '#9c755f', '#bab0ab'];

/** The colour of display cluster `c` (1-based); colours repeat after 10 clusters. */
export function clusterColour(c: number): string {
  return CLUSTER_COLOURS[(((c - 1) % CLUSTER_COLOURS.length) + CLUSTER_COLOURS.length) % CLUSTER_COLOURS.length];
}

/** A Plot colour scale for display clusters 1..k, with a legend. */
export function clusterColourScale(k: number, name: (c: number) => string) {
  const domain = Array.from({ length: k }, (_, i) => i + 1);
  return { type: 'ordinal' as const, domain, range: domain.map(clusterColour), legend: true, tickFormat: name };
}

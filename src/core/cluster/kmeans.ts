/**
 * k-means lives in kmeans/ (index: restarts and options; seeding: k-means++; lloyd: one run;
 * hamerly: the fast engine's bounds; sums and relocation: centre updates; distance: nearest centre).
 * This file keeps the old import path working.
 */
export * from './kmeans/index.ts';

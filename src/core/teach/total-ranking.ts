/**
 * The total-ranking (层次总排序) consistency test as a table: one row per parent node p with its
 * global weight p_i, CI_i and RI_i, the products p_i·CI_i and p_i·RI_i, their sums and
 * CR = Σ p_i·CI_i / Σ p_i·RI_i. The rows are the hierarchy result's own nodes, so the sums and
 * CR are computed in the engine's order (ahp/hierarchy.ts) and CR equals its `totalCR`.
 */
import type { HierarchyAhp } from '../ahp/types.ts';
import { CR_THRESHOLD } from '../ahp/weights.ts';

export interface TotalRankingRow {
  node: string;
  name: string;
  /** Global weight of the node (1 for the goal). */
  p: number;
  n: number;
  ci: number;
  ri: number;
  pCi: number;
  pRi: number;
}

export interface TotalRanking {
  rows: TotalRankingRow[];
  sumPCi: number;
  sumPRi: number;
  /** Σ p·CI / Σ p·RI; 0 when every node has n ≤ 2 (Σ p·RI = 0). */
  cr: number;
  consistent: boolean;
}

export function totalRanking(ahp: Pick<HierarchyAhp, 'nodes'>): TotalRanking {
  const rows: TotalRankingRow[] = [];
  let sumPCi = 0;
  let sumPRi = 0;
  for (const nd of ahp.nodes) {
    const pCi = nd.global * nd.aggregated.ci;
    const pRi = nd.global * nd.aggregated.ri;
    sumPCi += pCi;
    sumPRi += pRi;
    rows.push({ node: nd.node, name: nd.name, p: nd.global, n: nd.items.length, ci: nd.aggregated.ci, ri: nd.aggregated.ri, pCi, pRi });
  }
  const cr = sumPRi > 0 ? sumPCi / sumPRi : 0;
  return { rows, sumPCi, sumPRi, cr, consistent: cr < CR_THRESHOLD };
}

/** Result shapes of the AHP engine (plain JSON-friendly objects). */
import type { AhpMethod, Aggregation, RiTableName } from '../model/project.ts';
import type { Tfn } from './fuzzy/tfn.ts';

/**
 * One suggested change to a single judgment (and its reciprocal).
 * `i < j` index the matrix rows/columns; `value` is the current a_ij.
 */
export interface Repair {
  i: number;
  j: number;
  /** The judgment as it stands, a_ij. */
  value: number;
  /** Error ratio ε_ij = a_ij · w_j / w_i (1 = in line with the weights). */
  error: number;
  /** w_i / w_j implied by the other judgments: geometric mean over k of a_ik · a_kj. */
  implied: number;
  /** The Saaty-scale value (1/9 … 9) that gives the lowest CR when put in place of a_ij. */
  suggested: number;
  /** CR of the matrix with a_ij = suggested and a_ji = 1/suggested. */
  crAfter: number;
}

/** A logical 3-cycle: items[0] > items[1], items[1] > items[2] but items[2] > items[0]. */
export interface Cycle {
  items: [number, number, number];
}

/** Everything computed for one reciprocal matrix. */
export interface AhpAnalysis {
  /** The reciprocal matrix analysed (rows and columns in item order). */
  matrix: number[][];
  /** Priority vector, sums to 1. */
  weights: number[];
  /** Mean of (A·w)_i / w_i over i (for the eigenvector method this is the principal eigenvalue). */
  lambdaMax: number;
  /** CI = (λmax − n)/(n − 1); 0 when n ≤ 2. */
  ci: number;
  /** Random index used (0 when n ≤ 2). */
  ri: number;
  /** CR = CI / RI; 0 when n ≤ 2. */
  cr: number;
  /** CR < 0.10. */
  consistent: boolean;
  /** Geometric consistency index; only for the geometric (row geometric mean) method. */
  gci?: number;
  /** The most inconsistent judgments, worst first. */
  worst: Repair[];
  /** Logical 3-cycles (intransitive judgments). */
  cycles: Cycle[];
  /**
   * The fuzzy pairwise matrix a fuzzy method weighted when judgments were entered as (l, m, u)
   * (its middle is `matrix`); absent when the fuzzy method read `matrix` by the fuzzy scale, and
   * for the crisp methods.
   */
  fuzzy?: Tfn[][];
}

/** One expert's analysis at one node. */
export interface ExpertAhp extends AhpAnalysis {
  expert: string;
}

/** The analysis of one parent node of the hierarchy. */
export interface NodeAhp {
  /** Node id (`goal` for the goal). */
  node: string;
  name: string;
  /** Project path of the node, e.g. `hierarchy.criteria[0]` (`hierarchy` for the goal). */
  path: string;
  /** The node's children, in hierarchy order (the order of `local` and of every matrix). */
  items: { id: string; name: string }[];
  /** Each expert's analysis (empty for a node with a single child). */
  experts: ExpertAhp[];
  /** The group result (for one expert: that expert's analysis). */
  aggregated: AhpAnalysis;
  /** Local weights of the children (= aggregated.weights). */
  local: number[];
  /** Global weight of this node (product of local weights from the goal; 1 for the goal). */
  global: number;
}

export interface GlobalWeight {
  id: string;
  name: string;
  column: string;
  direction: 'benefit' | 'cost';
  /** Product of the local weights along the path from the goal. */
  weight: number;
  /** Ids from the top-level criterion down to the indicator's parent. */
  path: string[];
}

export interface HierarchyAhp {
  method: AhpMethod;
  ri: RiTableName;
  aggregation: Aggregation;
  /** Parent nodes, depth first from the goal. */
  nodes: NodeAhp[];
  /** Indicators in hierarchy order with their global weights (sum to 1). */
  global: GlobalWeight[];
  /** Σ w_p·CI_p / Σ w_p·RI_p over parent nodes p (0 when every node has n ≤ 2). */
  totalCR: number;
  totalConsistent: boolean;
}

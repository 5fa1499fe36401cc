import { describe, expect, it } from 'vitest';
import { buckleyGeometric } from '../../../src/core/ahp/fuzzy/buckley.ts';
import { tfnReciprocal, type Tfn } from '../../../src/core/ahp/fuzzy/tfn.ts';
import { analyseHierarchy } from '../../../src/core/ahp/hierarchy.ts';
import type { FuzzyJudgment, Project } from '../../../src/core/model/project.ts';

/*
 * A published worked example of Buckley's geometric mean with its numbers:
 *   H. S. Kilic, S. Zaim, D. Delen (2014), "Development of a hybrid methodology for ERP system
 *   selection: The case of Turkish Airlines", Decision Support Systems (Elsevier),
 *   doi:10.1016/j.dss.2014.06.011, Section 6 ("Fuzzy AHP — Steps 1 to 4").
 * Fuzzy pairwise matrices: Table 2 (main criteria), Table 3 (technical), Table 4 (corporate),
 * Table 5 (financial). Published results: Table 6 (r̃_i, w̃_i of the main criteria), Table 7 (the
 * same for the sub-criteria), Table 8 / Table 9 (M_i = centroid of w̃_i, N_i = M_i normalised),
 * Table 11 (global weights). Their Step 2 is r̃_i = (Π_j ã_ij)^(1/n), w̃_i = r̃_i ⊗ (Σ r̃)⁻¹; Step 3
 * M_i = (l + m + u)/3: Buckley's method as src/core/ahp/fuzzy/buckley.ts computes it.
 *
 * Read from the copy of the paper in the search corpus (text, not the typeset PDF), whose tables
 * print the upper triangular numbers (1, 2, 3) and (2, 3, 4) as "(1-3)" and "(2-4)"; each is read as
 * (1, 2, 3) and (2, 3, 4), the only triangular numbers whose reciprocals (1/3, 1/2, 1) and
 * (1/4, 1/3, 1/2) the transposed cells print, and which give the r̃_i of Tables 6 and 7.
 * The volume and page numbers were not visible in that copy and are not cited here.
 *
 * Tolerances are those of the printing: r̃, w̃ to two decimals (±0.005), M_i to three (±0.0005).
 * N_i of Table 9 agree to ±0.0005 except Compatibility, printed 0.102 where M_i / Σ M = 0.1029
 * (Table 11 of the same paper prints 0.103), so N_i are held to ±0.001.
 */
const E: Tfn = [1, 1, 1];
const A: Tfn = [1, 2, 3];
const B: Tfn = [2, 3, 4];
const rA = tfnReciprocal(A);

/** The full fuzzy matrix from its upper triangle (cells not listed are (1, 1, 1)). */
function matrix(n: number, upper: Record<string, Tfn>): Tfn[][] {
  const m: Tfn[][] = Array.from({ length: n }, () => new Array<Tfn>(n).fill(E));
  for (const [k, t] of Object.entries(upper)) {
    const [i, j] = k.split(',').map(Number);
    m[i][j] = t;
    m[j][i] = tfnReciprocal(t);
  }
  return m;
}

const tables = {
  // Table 2: Technical, Corporate, Financial
  main: {
    f: matrix(3, { '0,1': A }),
    r: [[1, 1.26, 1.44], [0.69, 0.79, 1], [1, 1, 1]],
    w: [[0.29, 0.41, 0.54], [0.2, 0.26, 0.37], [0.29, 0.33, 0.37]],
    M: [0.413, 0.278, 0.33],
    N: [0.405, 0.272, 0.323],
  },
  // Table 3: Functionality, Compatibility, Usability, Accessibility, Security
  technical: {
    f: matrix(5, { '0,1': B, '0,2': A, '0,3': B, '0,4': B, '1,2': rA, '1,3': rA, '1,4': rA, '2,3': A, '2,4': A, '3,4': rA }),
    r: [[1.52, 2.22, 2.86], [0.39, 0.53, 0.87], [0.8, 1.32, 1.93], [0.49, 0.7, 1.08], [0.61, 0.92, 1.35]],
    w: [[0.19, 0.39, 0.75], [0.05, 0.09, 0.23], [0.1, 0.23, 0.51], [0.06, 0.12, 0.28], [0.08, 0.16, 0.35]],
    M: [0.443, 0.123, 0.28, 0.156, 0.197],
    N: [0.369, 0.102, 0.233, 0.13, 0.164],
  },
  // Table 4: References, Adequacy, After sales, Know-how
  corporate: {
    f: matrix(4, { '0,1': rA, '0,2': rA, '0,3': A, '1,2': rA, '1,3': A, '2,3': A }),
    r: [[0.58, 0.84, 1.32], [0.76, 1.19, 1.73], [1, 1.68, 2.28], [0.44, 0.59, 1]],
    w: [[0.09, 0.2, 0.47], [0.12, 0.28, 0.62], [0.16, 0.39, 0.82], [0.07, 0.14, 0.36]],
    M: [0.254, 0.34, 0.457, 0.189],
    N: [0.205, 0.274, 0.368, 0.153],
  },
  // Table 5: License, Consultancy, Maintenance
  financial: {
    f: matrix(3, { '0,1': rA, '0,2': A, '1,2': A }),
    r: [[0.69, 1, 1.44], [1, 1.59, 2.08], [0.48, 0.63, 1]],
    w: [[0.15, 0.31, 0.66], [0.22, 0.49, 0.96], [0.11, 0.2, 0.46]],
    M: [0.376, 0.557, 0.254],
    N: [0.317, 0.469, 0.214],
  },
};

const within = (actual: readonly number[], printed: readonly number[], tol: number, what: string) => {
  expect(actual.length, what).toBe(printed.length);
  actual.forEach((v, i) => expect(Math.abs(v - printed[i]), `${what}[${i}]: ${v} vs ${printed[i]}`).toBeLessThanOrEqual(tol));
};

describe("Buckley's geometric mean on the published ERP-selection example (Kilic, Zaim & Delen 2014)", () => {
  it.each(Object.entries(tables))('gives the printed fuzzy geometric means, fuzzy weights, centroids and weights of the %s matrix', (name, t) => {
    const b = buckleyGeometric(t.f);
    b.means.forEach((r, i) => within(r, t.r[i], 0.005 + 1e-12, `${name} r̃`));
    b.fuzzyWeights.forEach((w, i) => within(w, t.w[i], 0.005 + 1e-12, `${name} w̃`));
    within(b.centroids, t.M, 0.0005 + 1e-12, `${name} M`);
    within(b.weights, t.N, 0.001, `${name} N`);
  });

  it('gives the printed global weights (Table 11) when the fuzzy judgments are entered in a project hierarchy', () => {
    const ind = (id: string) => ({ id, name: id, column: id, direction: 'benefit' as const });
    const crit = (id: string, kids: string[]) => ({ id, name: id, indicators: kids.map(ind) });
    const groups = {
      technical: ['functionality', 'compatibility', 'usability', 'accessibility', 'security'],
      corporate: ['references', 'adequacy', 'after-sales', 'know-how'],
      financial: ['license', 'consultancy', 'maintenance'],
    };
    // every cell entered as (l, m, u); m is the crisp judgment
    const jm = (node: string, items: string[], f: Tfn[][]) => ({
      node,
      expert: 'e1',
      items,
      matrix: f.map((row) => row.map((x) => x[1])),
      fuzzy: f.map((row, i) => row.map((x, j) => (i === j ? null : ([...x] as FuzzyJudgment)))),
    });
    const project = {
      hierarchy: { goal: 'ERP', criteria: Object.entries(groups).map(([id, kids]) => crit(id, kids)) },
      experts: [{ id: 'e1', name: 'DM' }],
      judgments: [
        jm('goal', Object.keys(groups), tables.main.f),
        ...Object.entries(groups).map(([id, kids]) => jm(id, kids, tables[id as keyof typeof groups].f)),
      ],
    } as unknown as Pick<Project, 'hierarchy' | 'experts' | 'judgments'>;
    const h = analyseHierarchy(project, { method: 'fuzzy-buckley', ri: 'saaty1980', aggregation: 'aij' });
    const printed: Record<string, number> = {
      functionality: 0.149, compatibility: 0.042, usability: 0.094, accessibility: 0.053, security: 0.067,
      references: 0.056, adequacy: 0.075, 'after-sales': 0.1, 'know-how': 0.042,
      license: 0.102, consultancy: 0.151, maintenance: 0.069,
    };
    // Table 11 multiplies the rounded local and main weights, so ±0.001
    for (const g of h.global) expect(Math.abs(g.weight - printed[g.id]), g.id).toBeLessThanOrEqual(0.001);
    expect(h.nodes.find((nd) => nd.node === 'goal')!.aggregated.fuzzy).toBeDefined();
  });
});

/**
 * AHP over the whole indicator hierarchy: local weights at every parent node (from each
 * expert's judgment matrix, aggregated), global indicator weights (product of local weights
 * along the path from the goal) and the hierarchy consistency
 * CR_total = Σ_p w_p·CI_p / Σ_p w_p·RI_p over parent nodes p, w_p the global weight of p.
 * Nodes comparing n ≤ 2 children have CI = RI = 0 and add nothing to either sum; when every
 * node has n ≤ 2, CR_total = 0. (Some textbooks add the upper level's CR to this ratio; we use
 * the plain ratio, as DESIGN.md specifies.)
 */
import { InputError } from '../errors.ts';
import type { Criterion, Indicator, JudgmentMatrix, Options, Project } from '../model/project.ts';
import { nodeNames } from '../model/hierarchy.ts';
import { analyseGroup } from './group.ts';
import { itemDifferences, toMatrix } from './judgment.ts';
import { toFuzzyMatrix } from './fuzzy/judgments.ts';
import type { Tfn } from './fuzzy/tfn.ts';
import type { AhpAnalysis, ExpertAhp, GlobalWeight, HierarchyAhp, NodeAhp } from './types.ts';
import { CR_THRESHOLD } from './weights.ts';

export interface HierarchyOptions {
  /** How many inconsistent judgments to list per matrix (default 3). */
  repairs?: number;
}

type Child = { kind: 'criterion'; c: Criterion; path: string } | { kind: 'indicator'; ind: Indicator };

const TRIVIAL: Omit<AhpAnalysis, 'matrix' | 'weights'> = { lambdaMax: 1, ci: 0, ri: 0, cr: 0, consistent: true, worst: [], cycles: [] };

/**
 * Analyses every parent node of `project.hierarchy` with `project.judgments`.
 * Every expert in `project.experts` must give one matrix per node with two or more children
 * (a node with one child gets local weight 1 and needs none). A matrix's `items` must be the
 * node's children in any order; results are in the children's order. Judgments for unknown
 * experts or for nodes with a single child are ignored (the project validator reports them).
 * Throws `InputError`: `ahp.missing-judgments`, `ahp.duplicate-judgments`, `ahp.items-mismatch`,
 * `ahp.empty-node`, plus every code of `toMatrix`, `toFuzzyMatrix` and `analyseMatrix`. Fuzzy
 * judgments entered as (l, m, u) (`JudgmentMatrix.fuzzy`) are read even for a crisp method, so a
 * bad one is reported whatever the method; only the fuzzy methods use them.
 */
export function analyseHierarchy(
  project: Pick<Project, 'hierarchy' | 'experts' | 'judgments'>,
  options: Options['ahp'],
  extra: HierarchyOptions = {},
): HierarchyAhp {
  const h = project.hierarchy;
  const names = nodeNames(h);
  const expertName = (id: string): string => {
    const e = project.experts.find((x) => x.id === id);
    return e && e.name.trim() !== '' ? e.name : id;
  };

  const byNode = new Map<string, { jm: JudgmentMatrix; index: number }[]>();
  (project.judgments ?? []).forEach((jm, index) => {
    const list = byNode.get(jm.node) ?? [];
    list.push({ jm, index });
    byNode.set(jm.node, list);
  });

  const nodes: NodeAhp[] = [];
  const global: GlobalWeight[] = [];

  const visit = (id: string, name: string, path: string, children: Child[], weight: number, trail: string[]): void => {
    if (children.length === 0) {
      throw new InputError('ahp.empty-node', `Criterion "${name}" (${path}) has no sub-criteria or indicators, so its weight cannot be passed on.`, { path }, { name, path });
    }
    const items = children.map((ch) => (ch.kind === 'criterion' ? { id: ch.c.id, name: ch.c.name } : { id: ch.ind.id, name: ch.ind.name }));
    let experts: ExpertAhp[] = [];
    let aggregated: AhpAnalysis;
    if (items.length === 1) {
      aggregated = { matrix: [[1]], weights: [1], ...TRIVIAL };
    } else {
      const read = project.experts.length === 0 ? [] : project.experts.map((e) => matrixFor(id, name, path, items, e.id));
      const matrices = read.map((r) => r.m);
      const fuzzy = read.some((r) => r.f) ? read.map((r) => r.f) : undefined;
      if (matrices.length === 0) {
        throw new InputError('ahp.missing-judgments', `No judgment matrix for node ${name} (${path}): the project has no experts.`, { path }, { node: name, path }, 'no-experts');
      }
      const group = analyseGroup(matrices, { ...options, repairs: extra.repairs, node: name, ...(fuzzy ? { fuzzy } : {}) });
      experts = group.experts.map((a, k) => ({ expert: project.experts[k].id, ...a }));
      aggregated = group.aggregated;
    }
    const local = aggregated.weights;
    nodes.push({ node: id, name, path, items, experts, aggregated, local, global: weight });
    children.forEach((ch, k) => {
      const w = weight * local[k];
      if (ch.kind === 'indicator') {
        global.push({ id: ch.ind.id, name: ch.ind.name, column: ch.ind.column, direction: ch.ind.direction, weight: w, path: trail });
      } else {
        visit(ch.c.id, ch.c.name, ch.path, childrenOf(ch.c, ch.path), w, [...trail, ch.c.id]);
      }
    });
  };

  const matrixFor = (node: string, nodeName: string, path: string, items: { id: string; name: string }[], expert: string): { m: number[][]; f: Tfn[][] | null } => {
    const label = `node ${nodeName}, expert ${expertName(expert)}`;
    const found = (byNode.get(node) ?? []).filter((x) => x.jm.expert === expert);
    if (found.length === 0) {
      throw new InputError(
        'ahp.missing-judgments',
        `No judgment matrix (${label}) at ${path}: expert ${expertName(expert)} has not compared ${items.map((x) => x.name).join(', ')}.`,
        { path },
        { node: nodeName, expert: expertName(expert), path, items: items.map((x) => x.name).join(', ') },
        'not-compared',
      );
    }
    if (found.length > 1) {
      throw new InputError(
        'ahp.duplicate-judgments',
        `Two judgment matrices (${label}): judgments[${found[0].index}] and judgments[${found[1].index}]; keep one.`,
        { path: `judgments[${found[1].index}]` },
        { node: nodeName, expert: expertName(expert), first: `judgments[${found[0].index}]`, second: `judgments[${found[1].index}]` },
      );
    }
    const { jm, index } = found[0];
    const jpath = `judgments[${index}]`;
    const given = Array.isArray(jm.items) ? jm.items : [];
    // Children by their own name, other ids by the project's names.
    const childName = new Map(items.map((x) => [x.id, x.name]));
    const parts = itemDifferences(given, items.map((x) => x.id), (id) => childName.get(id) ?? names[id] ?? id);
    if (parts.length) {
      throw new InputError(
        'ahp.items-mismatch',
        `Judgment matrix (${label}) compares ${given.map((x) => names[x] ?? x).join(', ') || 'nothing'}; the node's children are ${items.map((x) => x.name).join(', ')} (${parts.join('; ')}).`,
        { path: `${jpath}.items` },
        { node: nodeName, expert: expertName(expert), given: given.map((x) => names[x] ?? x).join(', '), children: items.map((x) => x.name).join(', ') },
        'children',
      );
    }
    const m = toMatrix(jm, names, { expertName: expertName(expert), path: jpath });
    const f = toFuzzyMatrix(jm, m, names, { expertName: expertName(expert), path: jpath });
    const pos = items.map((x) => given.indexOf(x.id));
    return { m: pos.map((pi) => pos.map((pj) => m[pi][pj])), f: f ? pos.map((pi) => pos.map((pj) => f[pi][pj])) : null };
  };

  const top: Child[] = h.criteria.map((c, i) => ({ kind: 'criterion', c, path: `hierarchy.criteria[${i}]` }));
  visit('goal', h.goal, 'hierarchy', top, 1, []);

  let num = 0;
  let den = 0;
  for (const nd of nodes) {
    num += nd.global * nd.aggregated.ci;
    den += nd.global * nd.aggregated.ri;
  }
  const totalCR = den > 0 ? num / den : 0;
  return {
    method: options.method,
    ri: options.ri,
    aggregation: options.aggregation,
    nodes,
    global,
    totalCR,
    totalConsistent: totalCR < CR_THRESHOLD,
  };
}

function childrenOf(c: Criterion, path: string): Child[] {
  if (c.subcriteria && c.subcriteria.length > 0) {
    return c.subcriteria.map((s, i) => ({ kind: 'criterion', c: s, path: `${path}.subcriteria[${i}]` }));
  }
  return (c.indicators ?? []).map((ind) => ({ kind: 'indicator', ind }));
}

/**
 * Fuzzy AHP tables (issue 10 item 7), printed when the AHP method is fuzzy: per parent node the
 * triangular fuzzy judgment matrix (模糊判断矩阵) and the method's calculation as theses print it:
 * Chang's extent analysis (fuzzy synthetic extent S_i, d(A_i) = min V(S_i ≥ S_k), weight) or
 * Buckley's geometric mean (fuzzy geometric mean r_i, fuzzy weight w_i, centroid, weight); below
 * them the consistency of the middle matrix and the method's source (the fuzzy scale once, under
 * the first matrix; judgments entered as (l, m, u) are used as entered and named). Also the
 * sentence and the sources the methods paragraph adds.
 */
import { fuzzyCalculation, isFuzzyMethod } from '../ahp/fuzzy/method.ts';
import { fuzzifyJudgment, type Tfn } from '../ahp/fuzzy/tfn.ts';
import type { AhpMethod } from '../model/project.ts';
import type { Result } from '../result.ts';
import { list, num, short } from './describe.ts';
import { formatCell, type ReportCell, type ReportTable } from './table.ts';
import { verdict } from './terms.ts';
import type { ReportWords } from './words.ts';

/** Published sources of the fuzzy methods (journal, year, volume(issue), pages). */
export const FUZZY_SOURCES = {
  chang: 'Chang D.-Y. (1996) Applications of the extent analysis method on fuzzy AHP. European Journal of Operational Research 95(3): 649–655',
  buckley: 'Buckley J. J. (1985) Fuzzy hierarchical analysis. Fuzzy Sets and Systems 17(3): 233–247',
  wang: 'Wang Y.-M., Luo Y., Hua Z. (2008) On the extent analysis method for fuzzy AHP and its applications. European Journal of Operational Research 186(2): 735–747',
} as const;

const tfnText = (x: Tfn, decimals: number, format: 'ratio' | 'number'): string => `(${x.map((v) => formatCell(v, format, decimals)).join(', ')})`;

/**
 * "A – B" for each pair (i < j) whose fuzzy judgment differs from the scale's reading of the crisp
 * one: in the node's own matrix, or with several experts in any expert's (the group matrix is
 * their geometric mean, which differs from the scale's reading of the group's crisp matrix anyway).
 */
function enteredPairs(matrices: readonly { matrix: number[][]; fuzzy?: Tfn[][] }[], names: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const differs = matrices.some((a) => {
        if (!a.fuzzy) return false;
        const scale = fuzzifyJudgment(a.matrix[i][j]);
        return a.fuzzy[i][j].some((v, k) => Math.abs(v - scale[k]) > 1e-9 * Math.max(1, scale[k]));
      });
      if (differs) out.push(`${names[i]} – ${names[j]}`);
    }
  }
  return out;
}

/** True when some node's fuzzy matrix holds judgments entered as (l, m, u). */
export function hasEnteredFuzzy(result: Result): boolean {
  return result.ahp.nodes.some((s) => s.aggregated.fuzzy !== undefined || s.experts.some((e) => e.fuzzy !== undefined));
}

/** The two tables per parent node with two or more children; [] unless the AHP method is fuzzy. */
export function fuzzyAhpTables(result: Result, w: ReportWords): ReportTable[] {
  const method = result.ahp.method;
  if (!isFuzzyMethod(method)) return [];
  const { t, locale } = w;
  const out: ReportTable[] = [];
  const entered = hasEnteredFuzzy(result);
  for (const s of result.ahp.nodes) {
    if (s.items.length < 2) continue;
    const a = s.aggregated;
    const calc = fuzzyCalculation(a.matrix, method, a.fuzzy);
    const names = s.items.map((it) => it.name);
    // the scale is said once, under the first matrix; a matrix with entered judgments names them
    const pairs = enteredPairs(s.experts.length > 1 ? s.experts : [a], names);
    const matrixNotes = out.length === 0 ? [entered ? t('report.fuzzy.scale.entered', { scale: t('report.fuzzy.scale') }) : t('report.fuzzy.scale')] : [];
    if (pairs.length > 0) matrixNotes.push(t('report.fuzzy.entered', { list: list(pairs, locale) }));
    out.push({
      id: `fuzzy-matrix:${s.node}`,
      title: t('report.fuzzy.matrix.title', { name: s.name }),
      columns: [s.name, ...names],
      rows: calc.fuzzy.map((row, i) => [names[i], ...row.map((x) => tfnText(x, 3, 'ratio'))]),
      notes: matrixNotes,
    });
    const consistency = t('report.fuzzy.consistency', { lambda: num(a.lambdaMax), ci: num(a.ci, 4), ri: short(a.ri), cr: num(a.cr, 4), verdict: verdict(w, a.consistent) });
    const notes = [consistency];
    if (s.experts.length > 1) {
      notes.push(t(result.ahp.aggregation === 'aip' ? 'report.fuzzy.group.aip' : 'report.fuzzy.group.aij', { experts: s.experts.length }));
    }
    if (calc.method === 'fuzzy-chang') {
      const zero = calc.weights.map((w, i) => (w === 0 ? names[i] : null)).filter((x): x is string => x !== null);
      if (zero.length > 0) {
        notes.push(t(zero.length === 1 ? 'report.fuzzy.zero.one' : 'report.fuzzy.zero', { list: list(zero, locale) }));
      }
      const source = zero.length > 0 ? t('report.fuzzy.source.more', { source: FUZZY_SOURCES.chang, more: FUZZY_SOURCES.wang }) : FUZZY_SOURCES.chang;
      notes.push(t('report.fuzzy.source', { source }));
      const rows: ReportCell[][] = calc.extents.map((x, i) => [names[i], tfnText(x, 4, 'number'), calc.degrees[i], calc.weights[i]]);
      out.push({
        id: `fuzzy-weights:${s.node}`,
        title: t('report.fuzzy.chang.title', { name: s.name }),
        columns: [s.name, t('report.fuzzy.chang.col.extent'), t('report.fuzzy.chang.col.degree'), t('report.fuzzy.col.weight')],
        rows,
        notes,
        decimals: 4,
      });
    } else {
      notes.push(t('report.fuzzy.source', { source: FUZZY_SOURCES.buckley }));
      const rows: ReportCell[][] = calc.means.map((r, i) => [names[i], tfnText(r, 4, 'number'), tfnText(calc.fuzzyWeights[i], 4, 'number'), calc.centroids[i], calc.weights[i]]);
      out.push({
        id: `fuzzy-weights:${s.node}`,
        title: t('report.fuzzy.buckley.title', { name: s.name }),
        columns: [s.name, ...(['mean', 'weight', 'centroid'] as const).map((c) => t(`report.fuzzy.buckley.col.${c}`)), t('report.fuzzy.col.weight')],
        rows,
        notes,
        decimals: 4,
      });
    }
  }
  return out;
}

/** The methods paragraph's fuzzy AHP sentence, or '' for a crisp method. */
export function fuzzySentence(method: AhpMethod, { t }: ReportWords, result?: Result): string {
  if (!isFuzzyMethod(method)) return '';
  const how = t(method === 'fuzzy-chang' ? 'report.fuzzy.how.chang' : 'report.fuzzy.how.buckley');
  const entered = result !== undefined && hasEnteredFuzzy(result);
  return t('report.fuzzy.sentence', { scale: t(entered ? 'report.fuzzy.sentence.scale.entered' : 'report.fuzzy.sentence.scale'), how });
}

/** Source items for the methods paragraph's source sentence ([what, source] pairs). */
export function fuzzySources(method: AhpMethod, { t }: ReportWords, result?: Result): [string, string][] {
  if (!isFuzzyMethod(method)) return [];
  if (method === 'fuzzy-buckley') return [[t('report.fuzzy.sources.buckley'), FUZZY_SOURCES.buckley]];
  const out: [string, string][] = [[t('report.fuzzy.sources.chang'), FUZZY_SOURCES.chang]];
  const zero = result?.ahp.nodes.some((s) => s.items.length >= 2 && s.local.some((w) => w === 0)) ?? false;
  if (zero) out.push([t('report.fuzzy.sources.zero'), FUZZY_SOURCES.wang]);
  return out;
}

/**
 * Fuzzy AHP tables (issue 10 item 7), printed when the AHP method is fuzzy: per parent node the
 * triangular fuzzy judgment matrix (模糊判断矩阵) and the method's calculation as theses print it:
 * Chang's extent analysis (fuzzy synthetic extent S_i, d(A_i) = min V(S_i ≥ S_k), weight) or
 * Buckley's geometric mean (fuzzy geometric mean r_i, fuzzy weight w_i, centroid, weight); below
 * them the consistency of the middle matrix and the method's source (the fuzzy scale once, under
 * the first matrix; judgments entered as (l, m, u) are used as entered and named). Also the
 * sentence and the sources the methods paragraph adds.
 */
import { fuzzyCalculation, isFuzzyMethod, type FuzzyMethod } from '../ahp/fuzzy/method.ts';
import { fuzzifyJudgment, type Tfn } from '../ahp/fuzzy/tfn.ts';
import type { AhpMethod } from '../model/project.ts';
import type { Result } from '../result.ts';
import { list, num, short } from './describe.ts';
import { formatCell, type ReportCell, type ReportTable } from './table.ts';
import { VERDICT, type ReportLocale } from './terms.ts';

/** Published sources of the fuzzy methods (journal, year, volume(issue), pages). */
export const FUZZY_SOURCES = {
  chang: 'Chang D.-Y. (1996) Applications of the extent analysis method on fuzzy AHP. European Journal of Operational Research 95(3): 649–655',
  buckley: 'Buckley J. J. (1985) Fuzzy hierarchical analysis. Fuzzy Sets and Systems 17(3): 233–247',
  wang: 'Wang Y.-M., Luo Y., Hua Z. (2008) On the extent analysis method for fuzzy AHP and its applications. European Journal of Operational Research 186(2): 735–747',
} as const;

const tfnText = (x: Tfn, decimals: number, format: 'ratio' | 'number'): string => `(${x.map((v) => formatCell(v, format, decimals)).join(', ')})`;

function scaleNote(locale: ReportLocale, entered: boolean): string {
  const scale =
    locale === 'zh-CN'
      ? '三角模糊数标度：1 → (1, 1, 1)，k = 2…8 → (k − 1, k, k + 1)，9 → (9, 9, 9)，倒数判断 1/a → (1/u, 1/m, 1/l)；非整数判断 a（如群决策几何平均）取 (max(1, a − 1), a, min(9, a + 1))。'
      : 'Triangular fuzzy scale: 1 → (1, 1, 1), k = 2…8 → (k − 1, k, k + 1), 9 → (9, 9, 9); a reciprocal 1/a → (1/u, 1/m, 1/l); a non-integer judgment a (a group geometric mean) → (max(1, a − 1), a, min(9, a + 1)).';
  if (!entered) return scale;
  return locale === 'zh-CN'
    ? `直接输入为三角模糊数 (l, m, u) 的判断按输入取值（其倒数取 (1/u, 1/m, 1/l)，多位专家时逐元素几何平均），其余判断按标度读取。${scale}`
    : `Judgments entered as triangular fuzzy numbers (l, m, u) are used as entered (their reciprocals as (1/u, 1/m, 1/l); with several experts, the element-wise geometric mean); the others are read by the scale. ${scale}`;
}

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
export function fuzzyAhpTables(result: Result, locale: ReportLocale): ReportTable[] {
  const method = result.ahp.method;
  if (!isFuzzyMethod(method)) return [];
  const zh = locale === 'zh-CN';
  const out: ReportTable[] = [];
  const entered = hasEnteredFuzzy(result);
  for (const s of result.ahp.nodes) {
    if (s.items.length < 2) continue;
    const a = s.aggregated;
    const calc = fuzzyCalculation(a.matrix, method, a.fuzzy);
    const names = s.items.map((it) => it.name);
    // the scale is said once, under the first matrix; a matrix with entered judgments names them
    const pairs = enteredPairs(s.experts.length > 1 ? s.experts : [a], names);
    const matrixNotes = out.length === 0 ? [scaleNote(locale, entered)] : [];
    if (pairs.length > 0) matrixNotes.push(zh ? `直接输入的模糊判断：${list(pairs, locale)}。` : `Entered as (l, m, u): ${list(pairs, locale)}.`);
    out.push({
      id: `fuzzy-matrix:${s.node}`,
      title: zh ? `三角模糊判断矩阵（${s.name}）` : `Triangular fuzzy judgment matrix: ${s.name}`,
      columns: [s.name, ...names],
      rows: calc.fuzzy.map((row, i) => [names[i], ...row.map((x) => tfnText(x, 3, 'ratio'))]),
      notes: matrixNotes,
    });
    const verdict = VERDICT[a.consistent ? 'pass' : 'fail'][locale];
    const consistency = zh
      ? `一致性检验按中值矩阵（各模糊判断的 m 值，即原判断矩阵）计算：λmax = ${num(a.lambdaMax)}，CI = ${num(a.ci, 4)}，RI = ${short(a.ri)}，CR = ${num(a.cr, 4)}，${verdict}。`
      : `Consistency of the middle matrix (the m values, i.e. the crisp judgments): λmax = ${num(a.lambdaMax)}, CI = ${num(a.ci, 4)}, RI = ${short(a.ri)}, CR = ${num(a.cr, 4)}: ${verdict}.`;
    const notes = [consistency];
    if (s.experts.length > 1) {
      notes.push(
        result.ahp.aggregation === 'aip'
          ? zh
            ? `本表按 ${s.experts.length} 位专家判断的逐元素几何平均矩阵计算；节点权重为各专家权重的几何平均（AIP），可能与本表末列略有不同。`
            : `This table is computed from the element-wise geometric mean of ${s.experts.length} experts' judgments; the node's weights are the geometric mean of the experts' weights (AIP) and may differ slightly from the last column.`
          : zh
            ? `判断矩阵为 ${s.experts.length} 位专家判断的逐元素几何平均（AIJ）。`
            : `The matrix is the element-wise geometric mean of ${s.experts.length} experts' judgments (AIJ).`,
      );
    }
    if (calc.method === 'fuzzy-chang') {
      const zero = calc.weights.map((w, i) => (w === 0 ? names[i] : null)).filter((x): x is string => x !== null);
      if (zero.length > 0) {
        notes.push(
          zh
            ? `${list(zero, locale)} 的权重为 0：其模糊综合程度值整体低于另一项（d = 0），这是范围分析法的已知性质（Wang 等，2008），并非计算错误；需要非零权重时可改用 Buckley 几何平均法。`
            : `${list(zero, locale)} ${zero.length === 1 ? 'has' : 'have'} weight 0: the synthetic extent lies wholly below another one (d = 0), a known property of extent analysis (Wang et al., 2008), not an error; Buckley's geometric mean gives non-zero weights.`,
        );
      }
      notes.push((zh ? '方法文献：' : 'Source: ') + FUZZY_SOURCES.chang + (zero.length > 0 ? (zh ? '；' : '; ') + FUZZY_SOURCES.wang : ''));
      const rows: ReportCell[][] = calc.extents.map((x, i) => [names[i], tfnText(x, 4, 'number'), calc.degrees[i], calc.weights[i]]);
      out.push({
        id: `fuzzy-weights:${s.node}`,
        title: zh ? `模糊层次分析法权重（Chang 范围分析法，${s.name}）` : `Fuzzy AHP weights (Chang's extent analysis): ${s.name}`,
        columns: zh ? [s.name, '模糊综合程度值 S_i (l, m, u)', 'd(A_i) = min V(S_i ≥ S_k)', '权重'] : [s.name, 'Fuzzy synthetic extent S_i (l, m, u)', 'd(A_i) = min V(S_i ≥ S_k)', 'Weight'],
        rows,
        notes,
        decimals: 4,
      });
    } else {
      notes.push((zh ? '方法文献：' : 'Source: ') + FUZZY_SOURCES.buckley);
      const rows: ReportCell[][] = calc.means.map((r, i) => [names[i], tfnText(r, 4, 'number'), tfnText(calc.fuzzyWeights[i], 4, 'number'), calc.centroids[i], calc.weights[i]]);
      out.push({
        id: `fuzzy-weights:${s.node}`,
        title: zh ? `模糊层次分析法权重（Buckley 几何平均法，${s.name}）` : `Fuzzy AHP weights (Buckley's geometric mean): ${s.name}`,
        columns: zh
          ? [s.name, '模糊几何平均 r_i (l, m, u)', '模糊权重 w_i (l, m, u)', '去模糊化（重心）', '权重']
          : [s.name, 'Fuzzy geometric mean r_i (l, m, u)', 'Fuzzy weight w_i (l, m, u)', 'Defuzzified (centroid)', 'Weight'],
        rows,
        notes,
        decimals: 4,
      });
    }
  }
  return out;
}

/** The methods paragraph's fuzzy AHP sentence, or '' for a crisp method. */
export function fuzzySentence(method: AhpMethod, locale: ReportLocale, result?: Result): string {
  if (!isFuzzyMethod(method)) return '';
  const zh = locale === 'zh-CN';
  const how: Record<FuzzyMethod, [string, string]> = {
    'fuzzy-chang': [
      '按 Chang 范围分析法计算各项的模糊综合程度值 S_i 与可能度 d(A_i) = min V(S_i ≥ S_k)，归一化后得到权重',
      "weighted by Chang's extent analysis (fuzzy synthetic extents S_i, d(A_i) = min V(S_i ≥ S_k), normalised)",
    ],
    'fuzzy-buckley': [
      '按 Buckley 几何平均法计算模糊权重，以重心 (l + m + u)/3 去模糊化后归一化',
      "weighted by Buckley's fuzzy geometric mean, defuzzified by the centroid (l + m + u)/3 and normalised",
    ],
  };
  const entered = result !== undefined && hasEnteredFuzzy(result);
  const scale = zh
    ? `${entered ? '部分判断由专家直接给出三角模糊数 (l, m, u)，其余' : ''}判断按三角模糊数标度读取（1 → (1, 1, 1)，k = 2…8 → (k − 1, k, k + 1)，9 → (9, 9, 9)，倒数取 (1/u, 1/m, 1/l)）`
    : `${entered ? 'some judgments were given directly as triangular fuzzy numbers (l, m, u), the others were' : 'the judgments were'} read as triangular fuzzy numbers (1 → (1, 1, 1), k = 2…8 → (k − 1, k, k + 1), 9 → (9, 9, 9), reciprocals (1/u, 1/m, 1/l))`;
  return zh
    ? `模糊层次分析法：${scale}，${how[method][0]}；一致性检验按中值矩阵（原判断矩阵）的最大特征根计算`
    : `Fuzzy AHP: ${scale}, ${how[method][1]}; consistency was checked on the middle (crisp) matrix with its principal eigenvalue`;
}

/** Source items for the methods paragraph's source sentence ([what, source] pairs). */
export function fuzzySources(method: AhpMethod, locale: ReportLocale, result?: Result): [string, string][] {
  if (!isFuzzyMethod(method)) return [];
  const zh = locale === 'zh-CN';
  if (method === 'fuzzy-buckley') return [[zh ? '模糊层次分析法（Buckley 几何平均法）' : "fuzzy AHP (Buckley's geometric mean)", FUZZY_SOURCES.buckley]];
  const out: [string, string][] = [[zh ? '模糊层次分析法（Chang 范围分析法）' : "fuzzy AHP (Chang's extent analysis)", FUZZY_SOURCES.chang]];
  const zero = result?.ahp.nodes.some((s) => s.items.length >= 2 && s.local.some((w) => w === 0)) ?? false;
  if (zero) out.push([zh ? '范围分析法的零权重' : 'zero weights of extent analysis', FUZZY_SOURCES.wang]);
  return out;
}

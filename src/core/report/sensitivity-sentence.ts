/**
 * The methods paragraph's sentence on the weight sensitivity analysis (issue 10 items 2 and 6),
 * when it was run: what was perturbed (how many judgments, how many weights, by how much), what
 * was counted, the largest effects and the published sources of the procedure. '' when the
 * result holds no sensitivity analysis.
 */
import type { Result } from '../result.ts';
import type { SensitivityRow } from '../sensitivity/analyse.ts';
import type { ReportLocale } from './terms.ts';

const SOURCES = {
  triantaphyllou: 'Triantaphyllou E., Sánchez A. (1997) A sensitivity analysis approach for some deterministic multi-criteria decision-making methods. Decision Sciences 28(1): 151–194',
  kuhn: 'Kuhn H. W. (1955) The Hungarian method for the assignment problem. Naval Research Logistics Quarterly 2(1–2): 83–97',
};

const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;

function largest(rows: SensitivityRow[], pick: (r: SensitivityRow) => number | null): { value: number; row: SensitivityRow } | null {
  let best: { value: number; row: SensitivityRow } | null = null;
  for (const r of rows) {
    const v = pick(r);
    if (r.failed || v === null || !Number.isFinite(v)) continue;
    if (best === null || v > best.value) best = { value: v, row: r };
  }
  return best;
}

function factorName(r: SensitivityRow, zh: boolean): string {
  if (r.kind === 'weight') return zh ? `${r.indicatorName}的权重` : `the weight of ${r.indicatorName}`;
  return zh ? `判断“${r.rowName}相对于${r.colName}”` : `the judgment ${r.rowName} vs ${r.colName}`;
}

export function sensitivitySentence(result: Result, locale: ReportLocale): string {
  const s = result.sensitivity;
  if (!s || s.rows.length === 0) return '';
  const zh = locale === 'zh-CN';
  const judgments = new Set(s.rows.filter((r) => r.kind === 'judgment').map((r) => `${r.node}|${r.expert}|${r.row}|${r.col}`)).size;
  const weights = new Set(s.rows.filter((r) => r.kind === 'weight').map((r) => r.indicator)).size;
  const step = Math.round(s.weightStep * 100);
  const top = Math.round(s.topShare * 100);
  const rev = largest(s.rows, (r) => r.rankReversals);
  const topMax = largest(s.rows, (r) => r.topChange);
  const seg = s.segments ? largest(s.rows, (r) => r.segmentChange) : null;
  const quad = largest(s.rows, (r) => r.quadrantChange);
  if (zh) {
    const what = [
      judgments > 0 ? `将 ${judgments} 个判断逐一沿 Saaty 1–9 标度上调和下调一级` : '',
      weights > 0 ? `将 ${weights} 个最终权重逐一上下调整 ${step}%（再归一化）` : '',
    ].filter(Boolean).join('，并');
    const counted = ['指标权重排序逆转的对数', `按综合得分排名前 ${top}%（${s.topCount} 位）的客户中跌出这一范围的比例`];
    if (s.segments) counted.push('改变细分类别的客户比例（以相同的方法、k 值和随机种子重新聚类，并用匈牙利算法一一匹配类别）');
    if (quad) counted.push('改变 2×2 象限的客户比例');
    const skip = s.segments ? '' : s.segmentsSkipped === 'too-many' ? `；客户数超过 ${s.segmentLimit}，未重新聚类` : s.segmentsSkipped === 'no-clustering' ? '；没有聚类结果，未计算细分类别变动' : '';
    const most = [
      rev ? `排序逆转最多 ${rev.value} 对（${factorName(rev.row, true)}）` : '',
      topMax ? `前 ${top}% 客户最多变动 ${pct(topMax.value)}` : '',
      seg ? `细分类别最多变动 ${pct(seg.value)}（${factorName(seg.row, true)}）` : '',
    ].filter(Boolean).join('，');
    return `敏感性分析：每次只改动一处，${what}，计算${counted.join('、')}${skip}；${most}（方法：${SOURCES.triantaphyllou}${s.segments ? `；${SOURCES.kuhn}` : ''}）`;
  }
  const what = [
    judgments > 0 ? `each of ${judgments} judgments was moved one step along Saaty's 1–9 scale up and down` : '',
    weights > 0 ? `each of ${weights} final weights by ±${step} % (rescaled to sum 1)` : '',
  ].filter(Boolean).join(' and ');
  const counted = ['the indicator rank reversals', `the share of the top ${top} % of customers by composite score (${s.topCount}) who leave it`];
  if (s.segments) counted.push('the share of customers who change segment (segments re-run with the same method, k and seed, clusters matched one-to-one by the Hungarian method)');
  if (quad) counted.push('the share who change 2×2 quadrant');
  const skip = s.segments ? '' : s.segmentsSkipped === 'too-many' ? `; above ${s.segmentLimit} customers the segments were not re-run` : s.segmentsSkipped === 'no-clustering' ? '; there was no clustering to re-run' : '';
  const most = [
    rev ? `at most ${rev.value} rank ${rev.value === 1 ? 'reversal' : 'reversals'} (${factorName(rev.row, false)})` : '',
    topMax ? `at most ${pct(topMax.value)} of the top ${top} % changed` : '',
    seg ? `at most ${pct(seg.value)} of customers changed segment (${factorName(seg.row, false)})` : '',
  ].filter(Boolean).join(', ');
  const lastCounted = counted.length > 1 ? `${counted.slice(0, -1).join(', ')} and ${counted.at(-1)}` : counted[0];
  return `Sensitivity analysis: one change at a time, ${what}; for each change ${lastCounted} were counted${skip}; ${most} (method: ${SOURCES.triantaphyllou}${s.segments ? `; ${SOURCES.kuhn}` : ''})`;
}

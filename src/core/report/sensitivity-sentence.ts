/**
 * The methods paragraph's sentence on the weight sensitivity analysis (issue 10 items 2 and 6),
 * when it was run: what was perturbed (how many judgments, how many weights, by how much), what
 * was counted, the largest effects and the published sources of the procedure. '' when the
 * result holds no sensitivity analysis.
 */
import type { Result } from '../result.ts';
import type { SensitivityRow } from '../sensitivity/analyse.ts';
import type { ReportWords } from './words.ts';

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

function factorName(r: SensitivityRow, { t }: ReportWords): string {
  if (r.kind === 'weight') return t('report.sens.factor.weight', { name: String(r.indicatorName) });
  return t('report.sens.factor.judgment', { row: String(r.rowName), col: String(r.colName) });
}

export function sensitivitySentence(result: Result, w: ReportWords): string {
  const s = result.sensitivity;
  if (!s || s.rows.length === 0) return '';
  const { t } = w;
  const judgments = new Set(s.rows.filter((r) => r.kind === 'judgment').map((r) => `${r.node}|${r.expert}|${r.row}|${r.col}`)).size;
  const weights = new Set(s.rows.filter((r) => r.kind === 'weight').map((r) => r.indicator)).size;
  const step = Math.round(s.weightStep * 100);
  const top = Math.round(s.topShare * 100);
  const rev = largest(s.rows, (r) => r.rankReversals);
  const topMax = largest(s.rows, (r) => r.topChange);
  const seg = s.segments ? largest(s.rows, (r) => r.segmentChange) : null;
  const quad = largest(s.rows, (r) => r.quadrantChange);
  const what = [judgments > 0 ? t('report.sens.what.judgments', { n: judgments }) : '', weights > 0 ? t('report.sens.what.weights', { n: weights, step }) : '']
    .filter(Boolean)
    .join(t('report.sens.what.join'));
  const counted = [t('report.sens.counted.reversals'), t('report.sens.counted.top', { top, count: s.topCount })];
  if (s.segments) counted.push(t('report.sens.counted.segments'));
  if (quad) counted.push(t('report.sens.counted.quadrants'));
  const countedText = counted.length > 1 ? `${counted.slice(0, -1).join(t('report.sens.counted.sep'))}${t('report.sens.counted.last')}${counted.at(-1)}` : counted[0];
  const skip = s.segments ? '' : s.segmentsSkipped === 'too-many' ? t('report.sens.skip.tooMany', { limit: s.segmentLimit }) : s.segmentsSkipped === 'no-clustering' ? t('report.sens.skip.noClustering') : '';
  const most = [
    rev ? t(rev.value === 1 ? 'report.sens.most.reversals.one' : 'report.sens.most.reversals', { value: rev.value, factor: factorName(rev.row, w) }) : '',
    topMax ? t('report.sens.most.top', { pct: pct(topMax.value), top }) : '',
    seg ? t('report.sens.most.segments', { pct: pct(seg.value), factor: factorName(seg.row, w) }) : '',
  ]
    .filter(Boolean)
    .join(t('report.sens.most.sep'));
  const sources = SOURCES.triantaphyllou + (s.segments ? t('report.sens.kuhn', { source: SOURCES.kuhn }) : '');
  return t('report.sens.sentence', { what, counted: countedText, skip, most, sources });
}

/**
 * The weight sensitivity (core/sensitivity) in the report: one table of every perturbation and a
 * tornado figure of the share of customers who change segment (or, without re-run segments, who
 * leave the top 10 %) when each judgment or weight is moved down (left) or up (right).
 */
import { formatRatio } from '../ahp/judgment.ts';
import type { Project } from '../model/project.ts';
import type { Result } from '../result.ts';
import type { SensitivityRow } from '../sensitivity/analyse.ts';
import type { Figure } from './charts/figures.ts';
import { Raster, type Rgb } from './charts/raster.ts';
import type { ReportTable } from './table.ts';
import type { ReportWords } from './words.ts';

function factor(r: SensitivityRow, { t }: ReportWords, experts: number, expertName: (id: string) => string): string {
  if (r.kind === 'weight') return t('report.sensTable.factor.weight', { name: String(r.indicatorName) });
  const who = experts > 1 ? t('report.sensTable.factor.expert', { expert: expertName(r.expert ?? '') }) : '';
  return t('report.sensTable.factor.judgment', { row: String(r.rowName), col: String(r.colName), who });
}

const key = (r: SensitivityRow): string => (r.kind === 'weight' ? `w|${r.indicator}` : `j|${r.node}|${r.expert}|${r.row}|${r.col}`);

/** The measure the figure shows: segment change when segments were re-run, else top-10 % change. */
const measure = (result: Result): 'segmentChange' | 'topChange' => (result.sensitivity?.segments ? 'segmentChange' : 'topChange');

/** Factors (judgments and weights) with their down and up rows, largest swing first. */
function factors(result: Result): { key: string; down: SensitivityRow | null; up: SensitivityRow | null; first: SensitivityRow; swing: number }[] {
  const s = result.sensitivity;
  if (!s) return [];
  const m = measure(result);
  const map = new Map<string, { key: string; down: SensitivityRow | null; up: SensitivityRow | null; first: SensitivityRow; swing: number }>();
  for (const r of s.rows) {
    const k = key(r);
    let f = map.get(k);
    if (!f) map.set(k, (f = { key: k, down: null, up: null, first: r, swing: 0 }));
    f[r.step] = r;
  }
  const list = [...map.values()];
  for (const f of list) f.swing = Math.max(f.down?.[m] ?? 0, f.up?.[m] ?? 0);
  return list.map((f, i) => ({ f, i })).sort((a, b) => b.f.swing - a.f.swing || a.i - b.i).map((x) => x.f);
}

export function sensitivityTables(result: Result, project: Project, w: ReportWords): ReportTable[] {
  const s = result.sensitivity;
  if (!s || s.rows.length === 0) return [];
  const { t } = w;
  const expertName = (id: string) => project.experts.find((e) => e.id === id)?.name || id;
  const value = (r: SensitivityRow, v: number) => (r.kind === 'judgment' ? formatRatio(v) : v.toFixed(4));
  const step = String(Math.round(s.weightStep * 100));
  const top = String(Math.round(s.topShare * 100));
  const rows = factors(result).flatMap((f) => [f.down, f.up].filter((r): r is SensitivityRow => r !== null));
  const notes = [t('report.sensTable.source', { step })];
  if (!s.segments) notes.push(s.segmentsSkipped === 'too-many' ? t('report.sensTable.tooMany', { limit: s.segmentLimit }) : t('report.sensTable.noClustering'));
  if (!s.judgmentsApply) notes.push(t('report.sensTable.weightsOnly'));
  return [
    {
      id: 'sensitivity',
      title: t('report.sensTable.title', { changes: s.rows.length, top, count: s.topCount }),
      columns: (['changed', 'node', 'from', 'to', 'reversals', 'top', 'segment', 'quadrant'] as const).map((c) => t(`report.sensTable.col.${c}`, { top })),
      rows: rows.map((r) => [
        factor(r, w, project.experts.length, expertName),
        r.kind === 'judgment' ? (r.nodeName ?? '') : '',
        value(r, r.from),
        value(r, r.to),
        r.failed ? null : r.rankReversals,
        r.topChange,
        r.segmentChange,
        r.quadrantChange,
      ]),
      notes,
      decimals: 3,
      formats: [null, null, null, null, 'integer', 'percent', 'percent', 'percent'],
    },
  ];
}

// The colours and resolution of the other figures (charts/figures.ts, not imported: it imports this file).
const INK: Rgb = [36, 41, 47];
const GRID: Rgb = [216, 222, 228];
const BLUE: Rgb = [31, 119, 180];
const ORANGE: Rgb = [255, 127, 14];
const FIGURE_DPI = 300;

/** The tornado figure: up to 15 factors, down to the left, up to the right; null without a sensitivity analysis. */
export function tornadoFigure(result: Result, w: ReportWords): Figure | null {
  const s = result.sensitivity;
  const list = factors(result).slice(0, 15);
  if (!s || list.length === 0) return null;
  const { t } = w;
  const m = measure(result);
  const W = 1650;
  const rowH = 56;
  const M = { left: 140, right: 60, top: 90, bottom: 110 };
  const H = M.top + M.bottom + list.length * rowH;
  const r = new Raster(W, H);
  const max = Math.max(0.005, ...list.map((f) => f.swing)) * 100 * 1.1;
  const pw = W - M.left - M.right;
  const x = (v: number) => M.left + ((v + max) / (2 * max)) * pw;
  const stepRaw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(stepRaw));
  const tick = [1, 2, 5, 10].map((k) => k * mag).find((v) => v >= stepRaw) ?? stepRaw;
  for (let t = -Math.floor(max / tick) * tick; t <= max + 1e-9; t += tick) {
    r.rect(x(t) - 1, M.top, 3, list.length * rowH, GRID);
    r.text(`${+Math.abs(t).toFixed(2)}%`, x(t), M.top + list.length * rowH + 24, 5, INK, 'center');
  }
  list.forEach((f, i) => {
    const y = M.top + i * rowH + 8;
    const d = (f.down?.[m] ?? 0) * 100;
    const u = (f.up?.[m] ?? 0) * 100;
    r.rect(x(-d), y, x(0) - x(-d), rowH - 16, ORANGE);
    r.rect(x(0), y, x(u) - x(0), rowH - 16, BLUE);
    r.text(String(i + 1), M.left - 24, y + 4, 5, INK, 'right');
  });
  r.rect(x(0) - 2, M.top, 5, list.length * rowH, INK);
  r.rect(M.left, M.top + list.length * rowH, pw, 4, INK);
  // Legend swatches: orange = down, blue = up (named in the note).
  r.rect(M.left, 20, 40, 40, ORANGE);
  r.text('-', M.left + 55, 28, 5, INK);
  r.rect(M.left + 160, 20, 40, 40, BLUE);
  r.text('+', M.left + 215, 28, 5, INK);
  const names = list.map((f, i) => `${i + 1} = ${factor(f.first, w, 1, (id) => id)}`).join(t('report.sensTable.numbered.sep'));
  const what = m === 'segmentChange' ? t('report.sensTable.what.segment') : t('report.sensTable.what.top', { top: Math.round(s.topShare * 100) });
  return {
    id: 'tornado',
    title: t('report.sensTable.tornado.title'),
    note: t('report.sensTable.tornado.note', { what, step: Math.round(s.weightStep * 100), names }),
    png: r.png(FIGURE_DPI),
    svg: r.svg(FIGURE_DPI),
    width: W,
    height: H,
  };
}

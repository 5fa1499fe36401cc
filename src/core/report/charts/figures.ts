/**
 * The thesis figures as PNG pictures at 300 dpi (raster.ts): indicator weights, the value matrix,
 * the elbow and silhouette curves of the k sweep, and the segment profiles. Each figure has its
 * caption title and a note that names what the picture shows by number (indicators 1…n, segments
 * by colour), since the picture itself carries only numbers.
 */
import type { Project } from '../../model/project.ts';
import type { Result } from '../../result.ts';
import { segmentName } from '../describe.ts';
import type { ReportWords } from '../words.ts';
import { tornadoFigure } from '../sensitivity.ts';
import { Raster, type Rgb } from './raster.ts';

export interface Figure {
  id: string;
  title: string;
  note: string;
  png: Uint8Array;
  /** The same picture as SVG (a vector picture for Word, the PNG its fallback); absent for a figure drawn another way. */
  svg?: string;
  /** Pixels; the picture is meant to print at 300 dpi. */
  width: number;
  height: number;
}

export const FIGURE_DPI = 300;
const W = 1650; // 5.5 in
const H = 1050; // 3.5 in
const M = { left: 230, right: 60, top: 60, bottom: 150 };
const INK: Rgb = [36, 41, 47];
/** The names of the PALETTE colours, in its order ('report.figures.colour.<name>'), for the profiles legend. */
const COLOURS = ['blue', 'orange', 'green', 'red', 'purple', 'brown', 'pink', 'grey', 'olive', 'cyan'] as const;
const GRID: Rgb = [216, 222, 228];
export const PALETTE: Rgb[] = [
  [31, 119, 180],
  [255, 127, 14],
  [44, 160, 44],
  [214, 39, 40],
  [148, 103, 189],
  [140, 86, 75],
  [227, 119, 194],
  [127, 127, 127],
  [188, 189, 34],
  [23, 190, 207],
];
const FONT = 5;

function ticks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const step0 = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= step0) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return out;
}

function label(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${+(v / 1e6).toFixed(1)}E6`;
  if (a >= 1e4) return `${+(v / 1e3).toFixed(0)}k`;
  return String(+v.toFixed(a < 1 && a > 0 ? 2 : a < 10 ? 1 : 0));
}

interface Frame {
  r: Raster;
  x: (v: number) => number;
  y: (v: number) => number;
}

/** Axes with gridlines and numbered ticks; `xTicks` given for categories (k, indicator numbers). */
function frame(xDomain: [number, number], yDomain: [number, number], xTicks?: number[]): Frame {
  const r = new Raster(W, H);
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const [x0, x1] = xDomain;
  let [y0, y1] = yDomain;
  if (y1 === y0) [y0, y1] = [y0 - 1, y1 + 1];
  const x = (v: number) => M.left + ((v - x0) / (x1 - x0 || 1)) * pw;
  const y = (v: number) => M.top + ph - ((v - y0) / (y1 - y0)) * ph;
  for (const t of ticks(y0, y1)) {
    r.rect(M.left, y(t) - 1, pw, 3, GRID);
    r.text(label(t), M.left - 24, y(t) - 3.5 * FONT, FONT, INK, 'right');
  }
  for (const t of xTicks ?? ticks(x0, x1)) {
    r.rect(x(t) - 2, M.top + ph, 4, 18, INK);
    r.text(label(t), x(t), M.top + ph + 34, FONT, INK, 'center');
  }
  r.rect(M.left, M.top + ph, pw, 5, INK);
  r.rect(M.left - 2, M.top, 5, ph + 5, INK);
  return { r, x, y };
}

function figure(id: string, title: string, note: string, r: Raster): Figure {
  return { id, title, note, png: r.png(FIGURE_DPI), svg: r.svg(FIGURE_DPI), width: r.width, height: r.height };
}

function numbered(names: string[], w: ReportWords): string {
  return names.map((n, i) => `${i + 1} = ${n}`).join(w.t('report.figures.sep'));
}

export function weightsFigure(result: Result, w: ReportWords): Figure {
  const ind = result.weights.indicators;
  const max = Math.max(...ind.map((w) => w.final), 0.01);
  const f = frame([0.4, ind.length + 0.6], [0, max * 1.1], ind.map((_, i) => i + 1));
  const bw = ((W - M.left - M.right) / (ind.length + 0.2)) * 0.6;
  ind.forEach((w, i) => f.r.rect(f.x(i + 1) - bw / 2, f.y(w.final), bw, f.y(0) - f.y(w.final), PALETTE[0]));
  return figure('weights', w.t('report.figures.weights.title'), w.t('report.figures.weights.note', { list: numbered(ind.map((x) => x.name), w) }), f.r);
}

export function valueMatrixFigure(result: Result, w: ReportWords): Figure | null {
  const cur = result.scores.current;
  const pot = result.scores.potential;
  const matrix = result.matrix;
  if (!cur || !pot || !matrix) return null;
  const f = frame([0, 100], [0, 100]);
  const step = Math.max(1, Math.floor(cur.length / 5000));
  for (let i = 0; i < cur.length; i += step) {
    if (!Number.isFinite(cur[i]) || !Number.isFinite(pot[i])) continue;
    f.r.disc(f.x(cur[i]), f.y(pot[i]), 6, PALETTE[(matrix.quadrant[i] ?? 0) % PALETTE.length]);
  }
  f.r.dashed(f.x(matrix.cut.current), f.y(0), f.x(matrix.cut.current), f.y(100), 4, INK);
  f.r.dashed(f.x(0), f.y(matrix.cut.potential), f.x(100), f.y(matrix.cut.potential), 4, INK);
  return figure(
    'value-matrix',
    w.t('report.figures.matrix.title'),
    w.t('report.figures.matrix.note', { current: matrix.cut.current.toFixed(2), potential: matrix.cut.potential.toFixed(2) }),
    f.r,
  );
}

function sweepFigure(result: Result, w: ReportWords, which: 'inertia' | 'silhouette'): Figure {
  const rows = result.clustering.sweep.filter((s) => s[which] !== null && Number.isFinite(s[which] as number));
  const ks = rows.map((s) => s.k);
  const vs = rows.map((s) => s[which] as number);
  const lo = which === 'silhouette' ? Math.min(0, ...vs) : 0;
  const f = frame([Math.min(...ks) - 0.3, Math.max(...ks) + 0.3], [lo, Math.max(...vs) * 1.08], ks);
  const chosen = result.clustering.k;
  if (ks.includes(chosen)) f.r.dashed(f.x(chosen), f.y(lo), f.x(chosen), f.y(Math.max(...vs) * 1.08), 4, PALETTE[3]);
  for (let i = 1; i < rows.length; i++) f.r.line(f.x(ks[i - 1]), f.y(vs[i - 1]), f.x(ks[i]), f.y(vs[i]), 7, PALETTE[0]);
  rows.forEach((_, i) => f.r.disc(f.x(ks[i]), f.y(vs[i]), 13, PALETTE[0]));
  const title = w.t(which === 'inertia' ? 'report.figures.elbow.title' : 'report.figures.silhouette.title');
  const note = w.t('report.figures.sweep.note', { k: chosen });
  return figure(which === 'inertia' ? 'elbow' : 'silhouette', title, note, f.r);
}

export function profilesFigure(result: Result, project: Project, w: ReportWords): Figure {
  const ind = result.weights.indicators;
  const segs = result.segments;
  const zs = segs.flatMap((s) => s.z.filter((v) => Number.isFinite(v)));
  const lim = Math.max(1, ...zs.map(Math.abs));
  const f = frame([0.4, ind.length + 0.6], [-lim * 1.1, lim * 1.1], ind.map((_, i) => i + 1));
  const group = ((W - M.left - M.right) / (ind.length + 0.2)) * 0.8;
  const bw = group / Math.max(1, segs.length);
  segs.forEach((s, k) =>
    s.z.forEach((v, i) => {
      if (!Number.isFinite(v)) return;
      const x = f.x(i + 1) - group / 2 + k * bw;
      f.r.rect(x, Math.min(f.y(v), f.y(0)), bw * 0.9, Math.abs(f.y(v) - f.y(0)), PALETTE[k % PALETTE.length]);
    }),
  );
  f.r.rect(M.left, f.y(0) - 1, W - M.left - M.right, 3, INK);
  // Legend: a swatch and the segment's number.
  segs.forEach((s, k) => {
    const x = M.left + 40 + k * 170;
    f.r.rect(x, 18, 40, 40, PALETTE[k % PALETTE.length]);
    f.r.text(String(s.cluster), x + 55, 20, FONT, INK);
  });
  const legend = segs
    .map((s, k) => w.t('report.figures.profiles.legend', { cluster: s.cluster, name: segmentName(s, w.locale, project), colour: w.t(`report.figures.colour.${COLOURS[k % COLOURS.length]}`) }))
    .join(w.t('report.figures.sep'));
  return figure('profiles', w.t('report.figures.profiles.title'), w.t('report.figures.profiles.note', { list: numbered(ind.map((x) => x.name), w), legend }), f.r);
}

/** Every figure of the chapter, in order. */
export function chapterFigures(result: Result, project: Project, w: ReportWords): Figure[] {
  const out = [weightsFigure(result, w)];
  const matrix = valueMatrixFigure(result, w);
  if (matrix) out.push(matrix);
  if (result.clustering.sweep.length > 0) out.push(sweepFigure(result, w, 'inertia'), sweepFigure(result, w, 'silhouette'));
  if (result.segments.length > 0) out.push(profilesFigure(result, project, w));
  const tornado = tornadoFigure(result, w);
  if (tornado) out.push(tornado);
  return out;
}

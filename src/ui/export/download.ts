/**
 * Files made in the browser: a Blob handed to the browser's download through a temporary
 * `<a download>` and a blob: URL (allowed by the page's CSP, nothing leaves the machine), and
 * charts on the page as standalone SVG text or as a PNG drawn on a canvas.
 */

import { replaceCanvasLayers, type BitmapNote } from './canvas-layers.ts';

/** Offers `blob` as a download named `fileName`. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; give slow browsers time before freeing the URL.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file-name stem from any text (letters of every script kept, other runs become '-'); `fallback` when nothing is left. */
export function fileStem(text: string, fallback: string): string {
  const stem = text
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return stem || fallback;
}

/** A chart on the page: the figure's accessible name and its main SVG. */
export interface PageChart {
  label: string;
  svg: SVGSVGElement;
}

/** The charts in `root`: every `figure[aria-label]` (see `chartOf`), in page order. */
export function findCharts(root: ParentNode = document): PageChart[] {
  return [...root.querySelectorAll<HTMLElement>('figure[aria-label]')].map(chartOf).filter((c) => c !== null);
}

/**
 * A figure's chart: its label and its largest top-level SVG (not a legend swatch); null without
 * either, or for the printable report's copies of the page's charts.
 */
export function chartOf(figure: HTMLElement): PageChart | null {
  if (figure.closest('[data-testid="print-report"]')) return null;
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg')].filter((s) => !s.parentElement?.closest('svg'));
  let best: SVGSVGElement | null = null;
  let area = -1;
  for (const s of svgs) {
    const { width, height } = size(s);
    if (width * height > area) {
      best = s;
      area = width * height;
    }
  }
  const label = figure.getAttribute('aria-label')?.trim();
  return best && label ? { label, svg: best } : null;
}

/** The drawn size of an SVG in CSS pixels: its width/height attributes, else its viewBox, else its box. */
function size(svg: SVGSVGElement): { width: number; height: number } {
  const w = Number.parseFloat(svg.getAttribute('width') ?? '');
  const h = Number.parseFloat(svg.getAttribute('height') ?? '');
  if (w > 0 && h > 0) return { width: w, height: h };
  const vb = svg.viewBox?.baseVal;
  if (vb && vb.width > 0 && vb.height > 0) return { width: vb.width, height: vb.height };
  const r = svg.getBoundingClientRect();
  return { width: r.width, height: r.height };
}

/**
 * A chart as a standalone SVG file: a copy with the SVG namespaces, explicit width and height and
 * a white background (Plot's output already carries its styles inline), serialised by XMLSerializer.
 * Canvas layers become circles or an image (`replaceCanvasLayers`; `note` words the image's note).
 */
export function svgText(svg: SVGSVGElement, note?: BitmapNote): string {
  const { width, height } = size(svg);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (!copy.getAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // Text drawn in currentColor needs a colour outside the page.
  copy.style.color = getComputedStyle(svg).color || '#000';
  copy.style.background = '#fff';
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('x', '0');
  bg.setAttribute('y', '0');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#fff');
  // A canvas layer (a scatter's dots) becomes SVG circles, or an image of its pixels above a few thousand dots.
  replaceCanvasLayers(copy, svg, note);
  const firstDrawn = [...copy.children].find((c) => c.tagName.toLowerCase() !== 'style' && c.tagName.toLowerCase() !== 'defs') ?? null;
  copy.insertBefore(bg, firstDrawn);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** A chart as a PNG at `scale` × its drawn size (2 by default), on white. */
export async function svgPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = size(svg);
  return svgTextPng(svgText(svg), width, height, scale);
}

/** SVG file text drawn `width` × `height` CSS pixels, as a PNG at `scale` × that size, on white. */
export async function svgTextPng(text: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

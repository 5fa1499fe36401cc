/**
 * Exported charts that stand alone (issue 8): the SVG file carries the chart's title (its
 * figure's name) and its legend (Plot's colour swatches, which live outside the chart's SVG on
 * the page) above the chart, whose axes carry their own labels; the PNG is drawn from that SVG,
 * at 2× for the screen or at 300 dpi for print (the pHYs chunk says so to word processors).
 */
import type { BitmapNote } from './canvas-layers.ts';
import { physBody, pngChunk } from '../../core/report/charts/png.ts';
import { svgText, svgTextPng } from './download.ts';

const NS = 'http://www.w3.org/2000/svg';
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The colour swatches of the legend(s) in `figure` (Plot's `…-swatch` spans), in order. */
export function legendOf(figure: Element | null): { colour: string; label: string }[] {
  if (!figure) return [];
  const out: { colour: string; label: string }[] = [];
  for (const span of figure.querySelectorAll('[class$="-swatch"], [class*="-swatch "]')) {
    const sw = span.querySelector('svg');
    const colour = sw?.getAttribute('fill') ?? sw?.querySelector('[fill]')?.getAttribute('fill') ?? '';
    const label = span.textContent?.trim() ?? '';
    if (colour && label) out.push({ colour, label });
  }
  return out;
}

/** Width of `text` at `px` pixels: CJK characters count full, others about 0.6 of the size. */
const textWidth = (text: string, px: number): number => [...text].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? px : px * 0.6), 0);

/** The chart as a standalone SVG: title, legend rows wrapped to the chart's width, then the chart. */
export function standaloneSvg(svg: SVGSVGElement, title: string, note?: BitmapNote): { text: string; width: number; height: number } {
  const inner = svgText(svg, note).replace(/^<\?xml[^>]*>\s*/, '');
  const width = Number.parseFloat(/^<svg[^>]*?\swidth="([\d.]+)"/.exec(inner)?.[1] ?? '') || svg.getBoundingClientRect().width || 640;
  const chartHeight = Number.parseFloat(/^<svg[^>]*?\sheight="([\d.]+)"/.exec(inner)?.[1] ?? '') || svg.getBoundingClientRect().height || 400;
  const parts: string[] = [];
  let y = 8;
  if (title) {
    y += 16;
    parts.push(`<text x="8" y="${y}" font-family="system-ui, sans-serif" font-size="15" font-weight="600" fill="#1f2328">${esc(title)}</text>`);
    y += 8;
  }
  const legend = legendOf(svg.closest('figure'));
  if (legend.length) {
    let x = 8;
    y += 14;
    for (const { colour, label } of legend) {
      const w = 18 + textWidth(label, 12) + 14;
      if (x > 8 && x + w > width - 8) {
        x = 8;
        y += 18;
      }
      parts.push(`<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${esc(colour)}"/>`);
      parts.push(`<text x="${x + 17}" y="${y}" font-family="system-ui, sans-serif" font-size="12" fill="#1f2328">${esc(label)}</text>`);
      x += w;
    }
    y += 8;
  }
  const top = y;
  const height = Math.ceil(top + chartHeight);
  const nested = inner.replace(/^<svg/, `<svg x="0" y="${top}"`);
  const text =
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="${NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${esc(title)}</title><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}${nested}</svg>`;
  return { text, width, height };
}

/** The standalone chart as a PNG at `scale` × its size; with `dpi`, marked as printed at that resolution. */
export async function standalonePng(svg: SVGSVGElement, title: string, options: { scale?: number; dpi?: number } = {}): Promise<Blob> {
  const { text, width, height } = standaloneSvg(svg, title);
  const scale = options.dpi ? options.dpi / 96 : (options.scale ?? 2);
  const png = await svgTextPng(text, width, height, scale);
  return options.dpi ? withDpi(new Uint8Array(await png.arrayBuffer()), options.dpi) : png;
}

/** `png` with a pHYs chunk (pixels per metre at `dpi`) right after its header chunk. */
export function withDpi(png: Uint8Array, dpi: number): Blob {
  const chunk = pngChunk('pHYs', physBody(dpi));
  const ihdrEnd = 8 + 4 + 4 + 13 + 4; // signature, IHDR length, type, data, CRC
  return new Blob([png.subarray(0, ihdrEnd) as BlobPart, chunk as BlobPart, png.subarray(ihdrEnd) as BlobPart], { type: 'image/png' });
}

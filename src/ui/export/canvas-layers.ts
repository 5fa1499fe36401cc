/**
 * A chart copied for export keeps its canvas layers (a scatter's dots, see canvas-dots.ts) as
 * empty `<foreignObject>`s: a copied canvas has no pixels. Here each becomes SVG circles — vectors
 * that print sharp and can be edited — when the canvas drew at most `VECTOR_DOTS_MAX` dots, or else
 * an `<image>` of its pixels with a note under the plot saying so (thousands of circles make files
 * that word processors and browsers handle slowly).
 */
import { drawnDots, VECTOR_DOTS_MAX } from '../canvas-dots.ts';

const NS = 'http://www.w3.org/2000/svg';

/**
 * What the exports say under a plot: `bitmap` when its dots are an image (`count` dots, more than
 * `max`); `sample` when the dots are a sample of `total` customers.
 */
export type BitmapNote = (count: number, max: number, kind?: 'bitmap' | 'sample', total?: number) => string;

function noteText(x: number, y: number, text: string): SVGTextElement {
  const el = document.createElementNS(NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  el.setAttribute('text-anchor', 'start'); // Plot's svg sets middle for all its text
  el.setAttribute('font-family', 'system-ui, sans-serif');
  el.setAttribute('font-size', '10');
  el.setAttribute('fill', '#57606a');
  el.setAttribute('data-testid', 'bitmap-note');
  el.textContent = text;
  return el;
}

/**
 * Replaces the canvas layers of `copy` (a clone of `original`) by circles or an image (see the
 * module comment). `note` words the bitmap note; without it the image has no note.
 */
export function replaceCanvasLayers(copy: Element, original: Element, note?: BitmapNote): void {
  const originals = original.querySelectorAll('foreignObject');
  copy.querySelectorAll('foreignObject').forEach((fo, i) => {
    const canvas = originals[i]?.querySelector('canvas');
    if (!canvas) return;
    const x = Number.parseFloat(fo.getAttribute('x') ?? '0') || 0;
    const y = Number.parseFloat(fo.getAttribute('y') ?? '0') || 0;
    const dots = drawnDots(canvas);
    const count = Number(canvas.getAttribute('data-dots') ?? '0');
    const total = Number(canvas.getAttribute('data-total') ?? '0');
    // The note goes in the bottom-left corner, clear of the axis labels (bottom right, top left).
    const left = x + 4;
    const bottom = y + (Number.parseFloat(fo.getAttribute('height') ?? '0') || 0) - 4;
    if (dots) {
      const layer = document.createElementNS(NS, 'g');
      layer.setAttribute('data-dots', String(dots.cx.length));
      layer.setAttribute('fill-opacity', String(dots.opacity));
      if (x || y) layer.setAttribute('transform', `translate(${x},${y})`);
      const groups = dots.colours.map((colour) => {
        const g = document.createElementNS(NS, 'g');
        g.setAttribute('fill', colour);
        return g;
      });
      const r = String(+dots.r.toFixed(2));
      for (let k = 0; k < dots.cx.length; k++) {
        const c = document.createElementNS(NS, 'circle');
        c.setAttribute('cx', String(+dots.cx[k].toFixed(1)));
        c.setAttribute('cy', String(+dots.cy[k].toFixed(1)));
        c.setAttribute('r', r);
        groups[dots.cls[k]].append(c);
      }
      for (const g of groups) if (g.firstChild) layer.append(g);
      if (note && total > count) {
        const g = document.createElementNS(NS, 'g');
        g.append(layer, noteText(left, bottom, note(count, VECTOR_DOTS_MAX, 'sample', total)));
        fo.replaceWith(g);
      } else fo.replaceWith(layer);
      return;
    }
    const image = document.createElementNS(NS, 'image');
    for (const a of ['x', 'y', 'width', 'height']) image.setAttribute(a, fo.getAttribute(a) ?? '0');
    image.setAttribute('href', canvas.toDataURL('image/png'));
    image.setAttribute('data-dots', String(count));
    if (!note) {
      fo.replaceWith(image);
      return;
    }
    const g = document.createElementNS(NS, 'g');
    g.append(image, noteText(left, bottom, note(count, VECTOR_DOTS_MAX, 'bitmap', total)));
    fo.replaceWith(g);
  });
}

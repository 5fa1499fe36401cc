/**
 * A scatter's dots as an Observable Plot mark drawn on a canvas inside the chart's SVG (in a
 * `<foreignObject>`), for charts of thousands of dots: the axes, grid, split lines and labels
 * stay SVG, while the dots cost one image to lay out and paint instead of one element each.
 * The canvas carries `data-dots` (how many dots it drew). Up to `VECTOR_DOTS_MAX` dots their
 * positions are kept (`drawnDots`), so that the SVG, PNG and printed exports draw them as SVG
 * circles (vectors); above that the exports use an `<image>` of the pixels with a note
 * (see export/canvas-layers.ts).
 */
import type { RenderFunction } from '@observablehq/plot';

export interface CanvasDotsOptions {
  /** Fill colour by class (`cls[i]` indexes it). */
  colours: readonly string[];
  /** Radius in px. */
  r: number;
  /** Fill opacity. */
  opacity: number;
  /** All customers when `rows` is a sample of them: the exports say so. */
  total?: number;
}

/** Up to this many dots the exports draw a canvas layer's dots as SVG circles. */
export const VECTOR_DOTS_MAX = 5000;

/** The dots a canvas drew, in pixels of its layer, for the exports. */
export interface DrawnDots {
  cx: Float32Array;
  cy: Float32Array;
  /** Index into `colours`. */
  cls: Uint16Array;
  colours: readonly string[];
  r: number;
  opacity: number;
}

const drawn = new WeakMap<Element, DrawnDots>();

/** The dots `canvas` drew when there were at most `VECTOR_DOTS_MAX`; null otherwise (or for another element). */
export function drawnDots(canvas: Element): DrawnDots | null {
  return drawn.get(canvas) ?? null;
}

/** Dots at (x[i], y[i]) for each i of `rows`, filled by `colours[cls[i]]`. */
export function canvasDots(rows: ArrayLike<number>, x: ArrayLike<number>, y: ArrayLike<number>, cls: ArrayLike<number>, options: CanvasDotsOptions): RenderFunction {
  return (_index, scales, _values, dimensions, context) => {
    const doc = context.document;
    const { width, height } = dimensions;
    const sx = scales.x!;
    const sy = scales.y!;
    /** Calls `dot` with the pixel position of each row of colour c, in row order (a position that is not finite is skipped). */
    const eachDot = (c: number, dot: (px: number, py: number) => void): void => {
      for (let k = 0; k < rows.length; k++) {
        const i = rows[k];
        if (cls[i] !== c) continue;
        const px = sx(x[i]) as number;
        const py = sy(y[i]) as number;
        if (Number.isFinite(px) && Number.isFinite(py)) dot(px, py);
      }
    };
    // At least 2× so the PNG export (2× its size) stays sharp.
    const ratio = Math.max(2, Math.ceil(globalThis.devicePixelRatio ?? 1));
    const fo = doc.createElementNS('http://www.w3.org/2000/svg', 'foreignObject');
    fo.setAttribute('x', '0');
    fo.setAttribute('y', '0');
    fo.setAttribute('width', String(width));
    fo.setAttribute('height', String(height));
    fo.setAttribute('aria-hidden', 'true');
    const canvas = doc.createElementNS('http://www.w3.org/1999/xhtml', 'canvas') as HTMLCanvasElement;
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    canvas.style.display = 'block';
    canvas.setAttribute('data-dots', String(rows.length));
    fo.append(canvas);
    const { r, colours } = options;
    if (options.total !== undefined && options.total > rows.length) canvas.setAttribute('data-total', String(options.total));
    if (rows.length <= VECTOR_DOTS_MAX) {
      // Kept for the exports, in the order drawn (by colour, so later colours lie on top as on the canvas).
      const cx = new Float32Array(rows.length);
      const cy = new Float32Array(rows.length);
      const cl = new Uint16Array(rows.length);
      let n = 0;
      for (let c = 0; c < colours.length; c++) {
        eachDot(c, (px, py) => {
          cx[n] = px;
          cy[n] = py;
          cl[n++] = c;
        });
      }
      drawn.set(canvas, { cx: cx.subarray(0, n), cy: cy.subarray(0, n), cls: cl.subarray(0, n), colours, r, opacity: options.opacity });
    }
    const g = canvas.getContext('2d');
    if (!g) return fo;
    g.scale(ratio, ratio);
    g.globalAlpha = options.opacity;
    // One path per colour: a few fills instead of one per dot.
    for (let c = 0; c < colours.length; c++) {
      g.beginPath();
      eachDot(c, (px, py) => {
        g.moveTo(px + r, py);
        g.arc(px, py, r, 0, 2 * Math.PI);
      });
      g.fillStyle = colours[c];
      g.fill();
    }
    return fo;
  };
}

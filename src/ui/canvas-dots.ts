/**
 * A scatter's dots as an Observable Plot mark drawn on a canvas inside the chart's SVG (in a
 * `<foreignObject>`), for charts of thousands of dots: the axes, grid, split lines and labels
 * stay SVG, while the dots cost one image to lay out and paint instead of one element each.
 * The canvas carries `data-dots` (how many dots it drew); the SVG and PNG exports replace it
 * by an `<image>` of its pixels.
 */
import type { RenderFunction } from '@observablehq/plot';

export interface CanvasDotsOptions {
  /** Fill colour by class (`cls[i]` indexes it). */
  colours: readonly string[];
  /** Radius in px. */
  r: number;
  /** Fill opacity. */
  opacity: number;
}

/** Dots at (x[i], y[i]) for each i of `rows`, filled by `colours[cls[i]]`. */
export function canvasDots(rows: ArrayLike<number>, x: ArrayLike<number>, y: ArrayLike<number>, cls: ArrayLike<number>, options: CanvasDotsOptions): RenderFunction {
  return (_index, scales, _values, dimensions, context) => {
    const doc = context.document;
    const { width, height } = dimensions;
    const sx = scales.x!;
    const sy = scales.y!;
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
    const g = canvas.getContext('2d');
    if (!g) return fo;
    g.scale(ratio, ratio);
    g.globalAlpha = options.opacity;
    const { r, colours } = options;
    // One path per colour: a few fills instead of one per dot.
    for (let c = 0; c < colours.length; c++) {
      g.beginPath();
      for (let k = 0; k < rows.length; k++) {
        const i = rows[k];
        if (cls[i] !== c) continue;
        const px = sx(x[i]) as number;
        const py = sy(y[i]) as number;
        if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
        g.moveTo(px + r, py);
        g.arc(px, py, r, 0, 2 * Math.PI);
      }
      g.fillStyle = colours[c];
      g.fill();
    }
    return fo;
  };
}

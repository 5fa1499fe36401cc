import { describe, expect, it } from 'vitest';
import { canvasDots, VECTOR_DOTS_MAX } from '../../../src/ui/canvas-dots.ts';
import { replaceCanvasLayers } from '../../../src/ui/export/canvas-layers.ts';

const NS = 'http://www.w3.org/2000/svg';

/** A chart's SVG holding the canvas layer `canvasDots` makes for `n` dots at (i, 2i), classes alternating. */
function chart(n: number, total?: number): SVGSVGElement {
  const rows = Int32Array.from({ length: n }, (_, i) => i);
  const x = Float64Array.from(rows, (i) => i);
  const y = Float64Array.from(rows, (i) => 2 * i);
  const cls = Int32Array.from(rows, (i) => i % 2);
  const render = canvasDots(rows, x, y, cls, { colours: ['#1f77b4', '#ff7f0e'], r: 2.4, opacity: 0.75, ...(total ? { total } : {}) });
  const scale = (v: number) => v + 10;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const fo = (render as any)([], { x: scale, y: scale }, {}, { width: 300, height: 200 }, { document }) as Element;
  const svg = document.createElementNS(NS, 'svg') as SVGSVGElement;
  svg.append(fo);
  return svg;
}

const note = (count: number, max: number, kind = 'bitmap', total = 0) => `${kind}:${count}/${max}/${total}`;

describe('canvas layers in exported charts', () => {
  it('become one SVG circle per dot, at the drawn positions, grouped by colour with the opacity, up to the limit', () => {
    const svg = chart(5);
    const copy = svg.cloneNode(true) as SVGSVGElement;
    replaceCanvasLayers(copy, svg, note);
    expect(copy.querySelector('foreignObject')).toBeNull();
    expect(copy.querySelector('image')).toBeNull();
    const layer = copy.querySelector('g[data-dots]')!;
    expect(layer.getAttribute('data-dots')).toBe('5');
    expect(layer.getAttribute('fill-opacity')).toBe('0.75');
    const groups = [...layer.children].map((g) => [g.getAttribute('fill'), [...g.children].map((c) => [c.getAttribute('cx'), c.getAttribute('cy'), c.getAttribute('r')])]);
    expect(groups).toEqual([
      ['#1f77b4', [['10', '10', '2.4'], ['12', '14', '2.4'], ['14', '18', '2.4']]],
      ['#ff7f0e', [['11', '12', '2.4'], ['13', '16', '2.4']]],
    ]);
    expect(copy.querySelector('[data-testid="bitmap-note"]')).toBeNull();
  });

  it('say when the dots are a sample of more customers', () => {
    const svg = chart(4, 10_000);
    const copy = svg.cloneNode(true) as SVGSVGElement;
    replaceCanvasLayers(copy, svg, note);
    expect(copy.querySelectorAll('circle')).toHaveLength(4);
    expect(copy.querySelector('[data-testid="bitmap-note"]')?.textContent).toBe(`sample:4/${VECTOR_DOTS_MAX}/10000`);
  });

  it('above the limit become an image of the pixels with a note naming the count', () => {
    const svg = chart(VECTOR_DOTS_MAX + 1);
    const canvas = svg.querySelector('canvas') as HTMLCanvasElement;
    canvas.toDataURL = () => 'data:image/png;base64,AAAA';
    const copy = svg.cloneNode(true) as SVGSVGElement;
    replaceCanvasLayers(copy, svg, note);
    expect(copy.querySelectorAll('circle')).toHaveLength(0);
    const image = copy.querySelector('image')!;
    expect(image.getAttribute('href')).toBe('data:image/png;base64,AAAA');
    expect(image.getAttribute('data-dots')).toBe(String(VECTOR_DOTS_MAX + 1));
    expect(copy.querySelector('[data-testid="bitmap-note"]')?.textContent).toBe(`bitmap:${VECTOR_DOTS_MAX + 1}/${VECTOR_DOTS_MAX}/0`);
  });
});

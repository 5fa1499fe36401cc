import { describe, expect, it } from 'vitest';
import { Raster } from '../../../src/core/report/charts/raster.ts';


describe('a figure drawn on the raster is also recorded as SVG', () => {
  it('records each shape once, in drawing order, with its colour, on a white page sized in points for 300 dpi', () => {
    const r = new Raster(600, 300);
    r.rect(10, 20, 30, -10, [31, 119, 180]);
    r.disc(100, 50, 6, [214, 39, 40]);
    r.line(0, 0, 50, 60, 7, [0, 0, 0]);
    r.dashed(0, 100, 200, 100, 4, [36, 41, 47], 24);
    r.text('12.5% 中', 300, 40, 5, [36, 41, 47], 'right');
    const svg = r.svg(300);
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="144pt" height="72pt" viewBox="0 0 600 300" font-family="Arial, Helvetica, \'Liberation Sans\', sans-serif">' +
        '<rect width="600" height="300" fill="#ffffff"/>' +
        '<rect x="10" y="10" width="30" height="10" fill="#1f77b4"/>' +
        '<circle cx="100" cy="50" r="6" fill="#d62728"/>' +
        '<line x1="0" y1="0" x2="50" y2="60" stroke="#000000" stroke-width="7" stroke-linecap="round"/>' +
        '<line x1="0" y1="100" x2="200" y2="100" stroke="#24292f" stroke-width="4" stroke-linecap="round" stroke-dasharray="24 24"/>' +
        // Only the characters the raster font draws (the Chinese one is left out of both), baseline under the 7 glyph rows.
        '<text x="300" y="75" font-size="48" text-anchor="end" fill="#24292f">12.5% </text>' +
        '</svg>',
    );
  });

  it('is well-formed XML that escapes what it writes', () => {
    const r = new Raster(10, 10);
    r.text('<&>', 0, 0, 1, [0, 0, 0]);
    expect(r.svg()).not.toContain('<&>');
  });

  it('draws the same pixels as before recording (a text is its glyphs, a line its dots)', () => {
    const a = new Raster(40, 20);
    a.text('1', 0, 0, 2, [0, 0, 0]);
    // The glyph "1" (rows 4,12,4,4,4,4,14): the top row's single pixel at column 2, scaled by 2.
    const px = (x: number, y: number) => a.data[(y * 40 + x) * 3];
    expect([px(4, 0), px(5, 1), px(0, 0), px(6, 0)]).toEqual([0, 0, 255, 255]);
  });
});

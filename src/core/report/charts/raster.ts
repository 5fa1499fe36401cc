/**
 * A small pure-TypeScript raster canvas and PNG encoder for the thesis figures, so the Word
 * chapter gets real pictures at 300 dpi in Node (CLI) and in the page alike, without a browser
 * canvas or a native module. It draws what the figures need — filled rectangles, thick lines,
 * dots, and numbers and Latin letters in a 5×7 pixel font scaled up — and nothing more; words in
 * other scripts (Chinese axis titles) go in the caption and notes, which Word sets in its fonts.
 * Every drawing call is also recorded as an SVG element (`svg()`), so the same figure exists as a
 * vector picture (Word's SVG in .docx, with this PNG as the fallback for older Word).
 */
import { zlibSync } from 'fflate';
import { physBody, pngChunk } from './png.ts';

export type Rgb = [number, number, number];

const hex = (c: Rgb) => '#' + c.map((v) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')).join('');
/** A coordinate in the SVG: at most one decimal. */
const n = (v: number) => String(Math.round(v * 10) / 10);
const escXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export class Raster {
  readonly data: Uint8Array;
  private readonly shapes: string[] = [];
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8Array(width * height * 3).fill(255);
  }

  private set(x: number, y: number, c: Rgb): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (y * this.width + x) * 3;
    this.data[i] = c[0];
    this.data[i + 1] = c[1];
    this.data[i + 2] = c[2];
  }

  rect(x: number, y: number, w: number, h: number, c: Rgb): void {
    this.shapes.push(`<rect x="${n(Math.min(x, x + w))}" y="${n(Math.min(y, y + h))}" width="${n(Math.abs(w))}" height="${n(Math.abs(h))}" fill="${hex(c)}"/>`);
    this.fillRect(x, y, w, h, c);
  }

  private fillRect(x: number, y: number, w: number, h: number, c: Rgb): void {
    const x0 = Math.max(0, Math.round(Math.min(x, x + w)));
    const x1 = Math.min(this.width, Math.round(Math.max(x, x + w)));
    const y0 = Math.max(0, Math.round(Math.min(y, y + h)));
    const y1 = Math.min(this.height, Math.round(Math.max(y, y + h)));
    for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) this.set(xx, yy, c);
  }

  disc(cx: number, cy: number, r: number, c: Rgb): void {
    this.shapes.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${hex(c)}"/>`);
    this.fillDisc(cx, cy, r, c);
  }

  private fillDisc(cx: number, cy: number, r: number, c: Rgb): void {
    for (let y = Math.floor(cy - r); y <= Math.ceil(cy + r); y++) {
      for (let x = Math.floor(cx - r); x <= Math.ceil(cx + r); x++) if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) this.set(x, y, c);
    }
  }

  /** A line `w` pixels thick (dots stamped along it). */
  line(x0: number, y0: number, x1: number, y1: number, w: number, c: Rgb): void {
    this.shapes.push(`<line x1="${n(x0)}" y1="${n(y0)}" x2="${n(x1)}" y2="${n(y1)}" stroke="${hex(c)}" stroke-width="${n(w)}" stroke-linecap="round"/>`);
    this.stroke(x0, y0, x1, y1, w, c);
  }

  private stroke(x0: number, y0: number, x1: number, y1: number, w: number, c: Rgb): void {
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / Math.max(1, w / 3)));
    for (let s = 0; s <= steps; s++) this.fillDisc(x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps, w / 2, c);
  }

  dashed(x0: number, y0: number, x1: number, y1: number, w: number, c: Rgb, dash = 24): void {
    this.shapes.push(`<line x1="${n(x0)}" y1="${n(y0)}" x2="${n(x1)}" y2="${n(y1)}" stroke="${hex(c)}" stroke-width="${n(w)}" stroke-linecap="round" stroke-dasharray="${n(dash)} ${n(dash)}"/>`);
    const len = Math.hypot(x1 - x0, y1 - y0);
    for (let t = 0; t < len; t += 2 * dash) {
      const a = t / len;
      const b = Math.min(1, (t + dash) / len);
      this.stroke(x0 + (x1 - x0) * a, y0 + (y1 - y0) * a, x0 + (x1 - x0) * b, y0 + (y1 - y0) * b, w, c);
    }
  }

  /** Text in the 5×7 font, `scale` pixels per font pixel; `align` of `x`. Unknown characters are skipped. */
  text(s: string, x: number, y: number, scale: number, c: Rgb, align: 'left' | 'center' | 'right' = 'left'): void {
    const chars = [...s].filter((ch) => FONT[ch] !== undefined);
    const w = chars.length * 6 * scale - scale;
    let at = align === 'left' ? x : align === 'center' ? x - w / 2 : x - w;
    // In the SVG, the same characters in a sans-serif font whose capitals are the glyphs' 7 rows high.
    if (chars.length) {
      const anchor = align === 'left' ? 'start' : align === 'center' ? 'middle' : 'end';
      this.shapes.push(`<text x="${n(x)}" y="${n(y + 7 * scale)}" font-size="${n(9.6 * scale)}" text-anchor="${anchor}" fill="${hex(c)}">${escXml(chars.join(''))}</text>`);
    }
    for (const ch of chars) {
      const rows = FONT[ch];
      for (let r = 0; r < 7; r++) for (let col = 0; col < 5; col++) if (rows[r] & (16 >> col)) this.fillRect(at + col * scale, y + r * scale, scale, scale, c);
      at += 6 * scale;
    }
  }

  /**
   * The same picture as SVG: every shape drawn, in order, on white; sized in inches for `dpi`
   * (a 1650-pixel-wide figure at 300 dpi is 5.5 in wide), the pixels as its user units.
   */
  svg(dpi = 300): string {
    const { width, height } = this;
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" width="${n((width / dpi) * 72)}pt" height="${n((height / dpi) * 72)}pt" viewBox="0 0 ${width} ${height}" font-family="Arial, Helvetica, 'Liberation Sans', sans-serif">` +
      `<rect width="${width}" height="${height}" fill="#ffffff"/>${this.shapes.join('')}</svg>`
    );
  }

  /** The picture as PNG, with its resolution (`dpi`) recorded so Word sizes it right. */
  png(dpi = 300): Uint8Array {
    const { width, height, data } = this;
    const raw = new Uint8Array((width * 3 + 1) * height);
    for (let y = 0; y < height; y++) {
      raw[y * (width * 3 + 1)] = 0;
      raw.set(data.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
    }
    const ihdr = new Uint8Array(13);
    const v = new DataView(ihdr.buffer);
    v.setUint32(0, width);
    v.setUint32(4, height);
    ihdr.set([8, 2, 0, 0, 0], 8);
    const chunks = [pngChunk('IHDR', ihdr), pngChunk('pHYs', physBody(dpi)), pngChunk('IDAT', zlibSync(raw, { level: 6 })), pngChunk('IEND', new Uint8Array(0))];
    const sig = [137, 80, 78, 71, 13, 10, 26, 10];
    const out = new Uint8Array(8 + chunks.reduce((n, c) => n + c.length, 0));
    out.set(sig, 0);
    let at = 8;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** 5×7 glyphs (rows top to bottom, bit 4 = leftmost column). */
const FONT: Record<string, number[]> = {
  '0': [14, 17, 19, 21, 25, 17, 14],
  '1': [4, 12, 4, 4, 4, 4, 14],
  '2': [14, 17, 1, 2, 4, 8, 31],
  '3': [31, 2, 4, 2, 1, 17, 14],
  '4': [2, 6, 10, 18, 31, 2, 2],
  '5': [31, 16, 30, 1, 1, 17, 14],
  '6': [6, 8, 16, 30, 17, 17, 14],
  '7': [31, 1, 2, 4, 8, 8, 8],
  '8': [14, 17, 17, 14, 17, 17, 14],
  '9': [14, 17, 17, 15, 1, 2, 12],
  '.': [0, 0, 0, 0, 0, 12, 12],
  ',': [0, 0, 0, 0, 12, 4, 8],
  '-': [0, 0, 0, 31, 0, 0, 0],
  '+': [0, 4, 4, 31, 4, 4, 0],
  '%': [24, 25, 2, 4, 8, 19, 3],
  '=': [0, 0, 31, 0, 31, 0, 0],
  ' ': [0, 0, 0, 0, 0, 0, 0],
  '(': [2, 4, 8, 8, 8, 4, 2],
  ')': [8, 4, 2, 2, 2, 4, 8],
  ':': [0, 12, 12, 0, 12, 12, 0],
  '/': [1, 1, 2, 4, 8, 16, 16],
  k: [16, 16, 18, 20, 24, 20, 18],
  K: [17, 18, 20, 24, 20, 18, 17],
  C: [14, 17, 16, 16, 16, 17, 14],
  S: [15, 16, 16, 14, 1, 1, 30],
  E: [31, 16, 16, 30, 16, 16, 31],
  I: [14, 4, 4, 4, 4, 4, 14],
  Q: [14, 17, 17, 17, 21, 18, 13],
  W: [17, 17, 17, 21, 21, 21, 10],
  z: [0, 0, 31, 2, 4, 8, 31],
  x: [0, 0, 17, 10, 4, 10, 17],
  y: [0, 0, 17, 17, 15, 1, 14],
};

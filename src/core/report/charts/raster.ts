/**
 * A small pure-TypeScript raster canvas and PNG encoder for the thesis figures, so the Word
 * chapter gets real pictures at 300 dpi in Node (CLI) and in the page alike, without a browser
 * canvas or a native module. It draws what the figures need — filled rectangles, thick lines,
 * dots, and numbers and Latin letters in a 5×7 pixel font scaled up — and nothing more; words in
 * other scripts (Chinese axis titles) go in the caption and notes, which Word sets in its fonts.
 */
import { zlibSync } from 'fflate';
import { physBody, pngChunk } from './png.ts';

export type Rgb = [number, number, number];

export class Raster {
  readonly data: Uint8Array;
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
    const x0 = Math.max(0, Math.round(Math.min(x, x + w)));
    const x1 = Math.min(this.width, Math.round(Math.max(x, x + w)));
    const y0 = Math.max(0, Math.round(Math.min(y, y + h)));
    const y1 = Math.min(this.height, Math.round(Math.max(y, y + h)));
    for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) this.set(xx, yy, c);
  }

  disc(cx: number, cy: number, r: number, c: Rgb): void {
    for (let y = Math.floor(cy - r); y <= Math.ceil(cy + r); y++) {
      for (let x = Math.floor(cx - r); x <= Math.ceil(cx + r); x++) if ((x - cx) ** 2 + (y - cy) ** 2 <= r * r) this.set(x, y, c);
    }
  }

  /** A line `w` pixels thick (dots stamped along it). */
  line(x0: number, y0: number, x1: number, y1: number, w: number, c: Rgb): void {
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / Math.max(1, w / 3)));
    for (let s = 0; s <= steps; s++) this.disc(x0 + ((x1 - x0) * s) / steps, y0 + ((y1 - y0) * s) / steps, w / 2, c);
  }

  dashed(x0: number, y0: number, x1: number, y1: number, w: number, c: Rgb, dash = 24): void {
    const len = Math.hypot(x1 - x0, y1 - y0);
    for (let t = 0; t < len; t += 2 * dash) {
      const a = t / len;
      const b = Math.min(1, (t + dash) / len);
      this.line(x0 + (x1 - x0) * a, y0 + (y1 - y0) * a, x0 + (x1 - x0) * b, y0 + (y1 - y0) * b, w, c);
    }
  }

  /** Text in the 5×7 font, `scale` pixels per font pixel; `align` of `x`. Unknown characters are skipped. */
  text(s: string, x: number, y: number, scale: number, c: Rgb, align: 'left' | 'center' | 'right' = 'left'): void {
    const chars = [...s].filter((ch) => FONT[ch] !== undefined);
    const w = chars.length * 6 * scale - scale;
    let at = align === 'left' ? x : align === 'center' ? x - w / 2 : x - w;
    for (const ch of chars) {
      const rows = FONT[ch];
      for (let r = 0; r < 7; r++) for (let col = 0; col < 5; col++) if (rows[r] & (16 >> col)) this.rect(at + col * scale, y + r * scale, scale, scale, c);
      at += 6 * scale;
    }
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

/**
 * Line breaks of a CSV file read in pieces: papaparse's guess of the style, the styles a file
 * uses, and mixed styles brought to \n outside quoted fields. Split out of read.ts.
 */

/**
 * Papaparse's line-ending guess (`ParserHandle.guessLineEndings`), made here on the first
 * 1 MB of the text so that a file read in pieces is split exactly as the whole text would be.
 */
export function guessLineEndings(input: string): '\n' | '\r\n' | '\r' {
  const text = input.substring(0, 1024 * 1024).replace(/"([^]*?)"/gm, '');
  const r = text.split('\r');
  const n = text.split('\n');
  const nAppearsFirst = n.length > 1 && n[0].length < r[0].length;
  if (r.length === 1 || nAppearsFirst) return '\n';
  let numWithN = 0;
  for (let i = 0; i < r.length; i++) if (r[i][0] === '\n') numWithN++;
  return numWithN >= r.length / 2 ? '\r\n' : '\r';
}

/**
 * Papaparse splits records on one line-break style per file (guessed from the start), so a
 * file mixing \r\n, \n and lone \r (rows pasted together from several sources) would lose
 * rows. Such a file has its line breaks outside quoted fields brought to \n as it streams
 * through; breaks inside quoted cells are kept as written. Line numbers do not change: every
 * break counts once either way (see lines.ts). A quote opens a quoted field at the start of a
 * field (spaces before it allowed); `""` inside one is an escaped quote.
 */
export class LineBreakUnifier {
  private inQuotes = false;
  private fieldStart = true;
  /** The last piece ended with a \r outside quotes (not yet written: it may be half of \r\n). */
  private heldCR = false;
  /** The last piece ended with a quote inside a quoted field (closing, or half of `""`). */
  private heldQuote = false;
  constructor(private readonly delimiter: number) {}

  push(text: string, final: boolean): string {
    const parts: string[] = [];
    let from = 0;
    let i = 0;
    if (this.heldCR) {
      this.heldCR = false;
      this.fieldStart = true;
      if (text.charCodeAt(0) === 10) i = 1; // \r\n: the \n stays
      else if (text.length > 0 || final) parts.push('\n');
      else this.heldCR = true;
    } else if (this.heldQuote && text.length > 0) {
      this.heldQuote = false;
      if (text.charCodeAt(0) === 34) i = 1; // an escaped quote: still quoted
      else this.inQuotes = false;
    }
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.inQuotes) {
        if (c === 34) {
          if (i + 1 === text.length && !final) this.heldQuote = true;
          else if (text.charCodeAt(i + 1) === 34) i++;
          else this.inQuotes = false;
        }
        continue;
      }
      if (c === 13) {
        parts.push(text.slice(from, i));
        this.fieldStart = true;
        if (i + 1 === text.length && !final) {
          this.heldCR = true;
          from = i + 1;
        } else if (text.charCodeAt(i + 1) === 10) {
          from = i + 1; // keep the \n of \r\n
          i++;
        } else {
          parts.push('\n');
          from = i + 1;
        }
        continue;
      }
      if (c === 10 || c === this.delimiter) {
        this.fieldStart = true;
        continue;
      }
      if (c === 34 && this.fieldStart) this.inQuotes = true;
      if (c !== 32) this.fieldStart = false;
    }
    if (final && this.heldCR) {
      this.heldCR = false;
      parts.push(text.slice(from), '\n');
      return parts.join('');
    }
    parts.push(text.slice(from));
    return parts.join('');
  }
}

/** Which line-break styles a text uses (looked at piece by piece). */
export class LineBreakKinds {
  crlf = false;
  loneCR = false;
  loneLF = false;
  private lastCR = false;
  get mixed(): boolean {
    return (this.crlf ? 1 : 0) + (this.loneCR ? 1 : 0) + (this.loneLF ? 1 : 0) >= 2;
  }
  push(t: string): void {
    if (t === '') return;
    let from = 0;
    if (this.lastCR) {
      if (t.charCodeAt(0) === 10) {
        this.crlf = true;
        from = 1;
      } else this.loneCR = true;
    }
    this.lastCR = t.charCodeAt(t.length - 1) === 13;
    if (t.indexOf('\r', from) < 0) {
      if (!this.loneLF && t.indexOf('\n', from) >= 0) this.loneLF = true;
      return;
    }
    if (!this.crlf && t.indexOf('\r\n', from) >= 0) this.crlf = true;
    if (!this.loneCR && /\r(?=[^\n])/.test(from ? t.slice(from) : t)) this.loneCR = true;
    if (!this.loneLF && /(?<!\r)\n/.test(from ? t.slice(from) : t)) this.loneLF = true;
  }
  finish(): void {
    if (this.lastCR) this.loneCR = true;
  }
}

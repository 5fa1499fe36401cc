/**
 * File line numbers from character offsets. A line break is `\r\n`, `\n` or a lone `\r`,
 * as a text editor counts them, so line numbers match what the user sees in an editor.
 */

/** Number of line breaks in `text[from, to)`. A `\r\n` pair counts once (when both are in range). */
export function countLineBreaks(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/** 1-based line on which the character at `offset` stands. */
export function lineOfOffset(text: string, offset: number): number {
  return 1 + countLineBreaks(text, 0, Math.min(offset, text.length));
}

/**
 * Walks forward through a text, turning increasing offsets into 1-based line numbers in
 * linear total time (each character is looked at once).
 */
export class LineCounter {
  private pos = 0;
  private line: number;
  /**
   * `line` is the line of `text[0]`; `afterCR` says the character just before `text` (in
   * the whole file) was a `\r`, so a `\n` at `text[0]` ends that line rather than starting
   * a new one (a file read in pieces may be cut between `\r` and `\n`).
   */
  constructor(
    private readonly text: string,
    line = 1,
    private readonly afterCR = false,
  ) {
    this.line = line;
  }

  /** Line of the character at `offset`; offsets must not decrease between calls. */
  lineAt(offset: number): number {
    if (offset > this.pos) {
      // A `\r\n` split by a previous offset between `\r` and `\n` was already counted at `\r`.
      let from = this.pos;
      const prevCR = from > 0 ? this.text.charCodeAt(from - 1) === 13 : this.afterCR;
      if (prevCR && this.text.charCodeAt(from) === 10) from++;
      if (offset > from) this.line += countLineBreaks(this.text, from, offset);
      this.pos = offset;
    }
    return this.line;
  }
}

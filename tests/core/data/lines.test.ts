import { describe, expect, it } from 'vitest';
import { countLineBreaks, LineCounter, lineOfOffset } from '../../../src/core/data/lines.ts';

describe('line counting', () => {
  it('counts \\n, \\r\\n and lone \\r once each', () => {
    expect(countLineBreaks('a\nb\r\nc\rd')).toBe(3);
    expect(lineOfOffset('a\nb\r\nc\rd', 7)).toBe(4); // "d"
  });

  it('gives the same lines walking forward as counting from the start, even between \\r and \\n', () => {
    const text = 'h\r\nx\r\n\r\ny\rz\nw';
    const counter = new LineCounter(text);
    for (let i = 0; i <= text.length; i++) expect(counter.lineAt(i), `offset ${i}`).toBe(lineOfOffset(text, i));
  });
});

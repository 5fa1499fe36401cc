import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTable } from '../../src/core/data/read.ts';
import { scoreProject } from '../../src/core/pipeline.ts';
import type { Project } from '../../src/core/model/project.ts';

const root = new URL('../../', import.meta.url);
const sample = readTable(readFileSync(new URL('datasets/corporate_customers.csv', root)));
const project = (): Project => JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8'));

describe('the score summary made with the scores', () => {
  it("holds the composite score's mean, median and histogram, as a plain sort and count find them", () => {
    const s = scoreProject(project(), sample.table, { lines: sample.lines });
    const v = Array.from(s.scores.composite);
    const sorted = [...v].sort((a, b) => a - b);
    const n = v.length;
    expect(n).toBe(600);
    expect(s.scoreSummary.mean).toBeCloseTo(v.reduce((a, b) => a + b, 0) / n, 12);
    expect(s.scoreSummary.median).toBe((sorted[n / 2 - 1] + sorted[n / 2]) / 2);
    const bins = s.scoreSummary.bins;
    expect(bins.reduce((a, b) => a + b.count, 0)).toBe(n);
    // Contiguous bins of one width covering every score, each counting the scores in [x1, x2).
    const width = bins[0].x2 - bins[0].x1;
    for (let k = 0; k < bins.length; k++) {
      expect(bins[k].x2 - bins[k].x1).toBeCloseTo(width, 9);
      if (k > 0) expect(bins[k].x1).toBeCloseTo(bins[k - 1].x2, 9);
      const inside = v.filter((x) => x >= bins[k].x1 && (k === bins.length - 1 ? x <= bins[k].x2 : x < bins[k].x2)).length;
      expect(inside).toBe(bins[k].count);
    }
    expect(bins[0].x1).toBeLessThanOrEqual(sorted[0]);
    expect(bins[bins.length - 1].x2).toBeGreaterThanOrEqual(sorted[n - 1]);
  });
});

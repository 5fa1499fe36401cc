import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readTable } from '../../src/core/data/read.ts';
import { scoreProject } from '../../src/core/pipeline.ts';
import { abcClasses } from '../../src/core/scoring/abc.ts';
import { resultDisplay } from '../../src/workers/display.ts';
import { paretoPoints } from '../../src/workers/protocol.ts';
import type { Project } from '../../src/core/model/project.ts';

const root = new URL('../../', import.meta.url);
const project = JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8')) as Project;
const { table, report, lines } = readTable(readFileSync(new URL('datasets/corporate_customers.csv', root)), { fileName: 'corporate_customers.csv' });

describe('resultDisplay (made in the worker beside a result)', () => {
  it('orders the customers by composite score, largest first, ties in row order, as a comparison sort does', () => {
    const s = scoreProject(project, table, { lines, report });
    const d = resultDisplay(s, project, table);
    const c = s.scores.composite;
    const want = Array.from({ length: c.length }, (_, i) => i).sort((a, b) => c[b] - c[a] || a - b);
    expect(Array.from(d.rankOrder)).toEqual(want);
  });

  it('gives the Pareto curve and value shares of the ABC source the page would draw, for a score and for a data column', () => {
    for (const source of ['score:composite', 'avg_daily_deposits']) {
      const p: Project = { ...project, options: { ...project.options, scoring: { ...project.options.scoring, abc: { ...project.options.scoring.abc, source } } } };
      const s = scoreProject(p, table, { lines, report });
      const d = resultDisplay(s, p, table);
      const col = table.column(source) as unknown as Float64Array | undefined;
      const values = source === 'score:composite' ? s.scores.composite : Float64Array.from(s.rows, (r) => col![r]);
      const r = abcClasses(values, { cuts: s.abc!.cuts });
      expect(d.pareto?.source).toBe(source);
      expect(d.pareto?.points).toEqual(paretoPoints(r.curve));
      expect(d.pareto?.valueShare).toEqual([...r.valueShare]);
      expect(d.pareto!.points[0]).toEqual({ x: 0, y: 0 });
      expect(d.pareto!.points.at(-1)!.x).toBe(100);
    }
  });
});

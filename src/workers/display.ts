/**
 * What the page draws from a result that takes a sort of every customer: the ranking's order
 * (largest composite score first) and the Pareto curve of the ABC panel. Made here in the
 * worker and sent beside the result, so the page's main thread does not sort a million
 * customers when a result arrives (it still can, when this is missing).
 */
import type { ColumnTable } from 'arquero';
import type { Project } from '../core/model/project.ts';
import type { Scored } from '../core/result.ts';
import { abcClasses } from '../core/scoring/abc.ts';
import { orderDescending } from '../core/stats/order.ts';
import { paretoPoints, type ParetoDisplay, type ResultDisplay } from './protocol.ts';
import { resolveScore } from '../core/sources.ts';

/** The ABC source's values for the rows of the result, as the page's `sourceValues` reads them. */
function sourceValues(source: string, scored: Scored, table: ColumnTable): Float64Array | null {
  const score = resolveScore(source, scored.scores);
  if (score !== undefined) return score;
  if (!table.columnNames().includes(source)) return null;
  const col = table.column(source) as unknown as ArrayLike<unknown>;
  if (!(col instanceof Float64Array)) return null;
  const out = new Float64Array(scored.rows.length);
  for (let i = 0; i < out.length; i++) out[i] = col[scored.rows[i]];
  return out;
}

export function resultDisplay(scored: Scored, project: Project, table: ColumnTable): ResultDisplay {
  const rankOrder = orderDescending(scored.scores.composite);
  let pareto: ParetoDisplay | null = null;
  const abc = scored.abc;
  const source = project.options.scoring.abc.source;
  if (abc) {
    const values = sourceValues(source, scored, table);
    if (values && values.every((v) => Number.isFinite(v))) {
      try {
        const r = abcClasses(values, { cuts: abc.cuts });
        pareto = { source, cuts: [abc.cuts[0], abc.cuts[1]], points: paretoPoints(r.curve), valueShare: [...r.valueShare] };
      } catch {
        pareto = null;
      }
    }
  }
  return { rankOrder, pareto };
}

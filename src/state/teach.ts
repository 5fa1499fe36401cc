/**
 * The indicator columns the weights step works on, for its "Show the calculation" panels: the
 * project's indicators read from the loaded data, derived indicators computed from them with the
 * core's `addDerivedColumns` (as the pipeline does, core/pipeline/score.ts), and passed through
 * the missing-value policy with the core's own `handleMissing` (stage 2). With a column that is
 * not numeric, or a derived column the core refuses, there is nothing to show (null) and the
 * panel says so; the step shows the pipeline's own message.
 */
import { addDerivedColumns } from '../core/data/derived.ts';
import { handleMissing } from '../core/data/missing.ts';
import { columnTable } from '../core/data/table.ts';
import { listIndicators } from '../core/model/hierarchy.ts';
import type { Direction, Project } from '../core/model/project.ts';
import type { Dataset } from './notebook.svelte.ts';

export interface IndicatorColumns {
  /** Display names of the indicators. */
  names: string[];
  /** Column names in the data. */
  columns: string[];
  directions: Direction[];
  cols: Float64Array[];
  /** Data rows kept (0-based), as the result's `rows`. */
  rows: Int32Array;
}

export function indicatorColumns(project: Project, dataset: Pick<Dataset, 'loaded'> | null): IndicatorColumns | null {
  if (!dataset) return null;
  const indicators = listIndicators(project.hierarchy);
  if (indicators.length === 0) return null;
  const { columns: data, lines } = dataset.loaded;
  const derived = project.data.derived ?? [];
  const own = new Map<string, Float64Array>();
  try {
    if (derived.length > 0) {
      // Only numeric columns can be inputs: they are Float64Arrays as read, nothing is unpacked.
      const numeric = Object.keys(data).filter((n) => data[n] instanceof Float64Array);
      const added = addDerivedColumns(columnTable(numeric.map((n) => [n, data[n] as Float64Array] as const), numeric), derived, { lines }).table;
      for (const d of derived) own.set(d.name, added.column(d.name) as unknown as Float64Array);
    }
    const raw: Float64Array[] = [];
    for (const ind of indicators) {
      const c = own.get(ind.column) ?? (Object.hasOwn(data, ind.column) ? data[ind.column] : undefined);
      if (!(c instanceof Float64Array)) return null;
      raw.push(c);
    }
    const columns = indicators.map((i) => i.column);
    const m = handleMissing(raw, columns, project.options.missing, lines);
    return { names: indicators.map((i) => i.name), columns, directions: indicators.map((i) => i.direction), cols: m.columns, rows: m.rows };
  } catch {
    return null; // the step shows the pipeline's own message
  }
}

/**
 * The indicator columns the weights step works on, for its "Show the calculation" panel: the
 * project's indicators read from the loaded data and passed through the missing-value policy
 * with the core's own `handleMissing`, as the pipeline does (core/pipeline.ts, stage 2). Derived
 * indicators are computed by the pipeline only: with one of those, or a column that is not
 * numeric, there is nothing to show (null) and the panel says so.
 */
import { handleMissing } from '../core/data/missing.ts';
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
}

export function indicatorColumns(project: Project, dataset: Pick<Dataset, 'loaded'> | null): IndicatorColumns | null {
  if (!dataset) return null;
  const indicators = listIndicators(project.hierarchy);
  if (indicators.length === 0) return null;
  const raw: Float64Array[] = [];
  for (const ind of indicators) {
    const c = Object.hasOwn(dataset.loaded.columns, ind.column) ? dataset.loaded.columns[ind.column] : undefined;
    if (!(c instanceof Float64Array)) return null;
    raw.push(c);
  }
  const columns = indicators.map((i) => i.column);
  try {
    const m = handleMissing(raw, columns, project.options.missing);
    return { names: indicators.map((i) => i.name), columns, directions: indicators.map((i) => i.direction), cols: m.columns };
  } catch {
    return null; // the step shows the pipeline's own message
  }
}

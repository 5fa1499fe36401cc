/**
 * The page's data with the project's derived columns (issue 9, item 2), for exports that read
 * cells by column name (the customers CSV): the derived indicators (ICBC's 星点值) are computed
 * by the core's `addDerivedColumns` from the numeric columns and read beside the file's own.
 */
import { addDerivedColumns } from '../../core/data/derived.ts';
import { columnTable } from '../../core/data/table.ts';
import type { Project } from '../../core/model/project.ts';
import type { CellTable } from '../../core/report/csv.ts';
import type { ColumnData } from '../../workers/protocol.ts';

export function withDerived(table: CellTable, columns: Record<string, ColumnData>, project: Project, lines?: ArrayLike<number>): CellTable {
  const derived = project.data.derived ?? [];
  if (derived.length === 0) return table;
  // Only numeric columns can be inputs: they are Float64Arrays as read, nothing is unpacked.
  const numeric = Object.keys(columns).filter((n) => columns[n] instanceof Float64Array);
  const added = addDerivedColumns(columnTable(numeric.map((n) => [n, columns[n] as Float64Array] as const), numeric), derived, { lines }).table;
  const own = new Map(derived.map((d) => [d.name, added.column(d.name) as unknown as Float64Array]));
  return {
    numRows: () => table.numRows(),
    column: (name) => {
      const c = own.get(name);
      return c ? { at: (i: number) => (Number.isFinite(c[i]) ? c[i] : null) } : table.column(name);
    },
  };
}

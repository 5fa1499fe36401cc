/** The categorical columns of a table (by the read report's types) on the rows used, as strings or null. */
import type { ColumnTable } from 'arquero';
import type { ReadReport } from '../data/types.ts';

export function categoricalColumns(table: ColumnTable, report: ReadReport | undefined, rows: ArrayLike<number>): { column: string; values: (string | null)[] }[] {
  const types = new Map((report?.columns ?? []).map((c) => [c.name, c.type]));
  return table
    .columnNames()
    .filter((name) => {
      const type = types.get(name);
      return type ? type === 'categorical' : !((table.column(name) as unknown) instanceof Float64Array);
    })
    .map((name) => {
      const col = table.column(name) as unknown as ArrayLike<unknown>;
      return { column: name, values: Array.from(rows, (r) => (col[r] == null ? null : String(col[r]))) };
    });
}

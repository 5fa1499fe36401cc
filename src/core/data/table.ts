/**
 * An Arquero table from named columns, safe for any column name. `aq.table` copies the columns
 * into a plain object (`data[name] = values`), so a column named `__proto__` would set that
 * object's prototype and vanish; building the column object without a prototype keeps every
 * name (`__proto__`, `constructor`, `toString` …) an ordinary own key. Column names are only
 * ever keys here: nothing is compiled from them.
 */
import { ColumnTable } from 'arquero';

export function columnTable(columns: Iterable<readonly [string, ArrayLike<unknown>]>, names: readonly string[]): ColumnTable {
  const data: Record<string, ArrayLike<unknown>> = Object.create(null);
  for (const [name, values] of columns) data[name] = values;
  return new ColumnTable(data as never, names.slice());
}

/** A column of a table, or undefined when the table has no column of that name (never an inherited member such as `constructor`). */
export function columnOf(table: ColumnTable, name: string): ArrayLike<unknown> | undefined {
  return table.columnNames().includes(name) ? (table.column(name) as unknown as ArrayLike<unknown>) : undefined;
}

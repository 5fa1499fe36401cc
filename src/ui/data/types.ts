/** A record with its keys in order, so that two records compare equal as JSON whatever their key order. */
export function sorted<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

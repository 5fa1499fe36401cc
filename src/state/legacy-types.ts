/**
 * Column types used to be remembered per file name in localStorage (`valueseg.columnTypes`);
 * they now live in the project (`data.types`), so that export, import and autosave carry them.
 * `takeLegacyTypes` moves the old entry once: it returns the types remembered for `fileName`
 * (null when none) and removes the old key, whatever it held.
 */
import type { ColumnType } from '../core/data/types.ts';

export const LEGACY_TYPES_KEY = 'valueseg.columnTypes';

const TYPES = new Set(['identifier', 'numeric', 'categorical']);

export function takeLegacyTypes(fileName: string | undefined, storage?: Pick<Storage, 'getItem' | 'removeItem'>): Record<string, ColumnType> | null {
  let raw: unknown;
  try {
    // Reading `localStorage` itself throws when the browser denies site storage.
    const store = storage ?? localStorage;
    const text = store.getItem(LEGACY_TYPES_KEY);
    if (text === null) return null;
    store.removeItem(LEGACY_TYPES_KEY);
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (fileName === undefined || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const entry = (raw as Record<string, unknown>)[fileName];
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
  const out: Record<string, ColumnType> = {};
  for (const [column, type] of Object.entries(entry)) if (typeof type === 'string' && TYPES.has(type)) out[column] = type as ColumnType;
  return Object.keys(out).length ? out : null;
}

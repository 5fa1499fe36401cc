/**
 * Column types the user chose, per data file name, remembered in this browser so that loading
 * the same file again (or reopening the page) reads it the same way.
 */
import type { ColumnType } from '../../core/data/types.ts';

type Types = Record<string, ColumnType>;
const KEY = 'valueseg.columnTypes';

function load(): Record<string, Types> {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  } catch {
    return {};
  }
}

export const typeOverrides: Record<string, Types> = $state(load());

function save(): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(typeOverrides));
  } catch {
    // not remembered across visits; still used in this one
  }
}

/** The overrides of one file (a copy). */
export function overridesFor(fileName: string): Types {
  return { ...(typeOverrides[fileName] ?? {}) };
}

export function setOverride(fileName: string, column: string, type: ColumnType): Types {
  typeOverrides[fileName] = { ...(typeOverrides[fileName] ?? {}), [column]: type };
  save();
  return overridesFor(fileName);
}

export function clearOverrides(fileName: string): void {
  delete typeOverrides[fileName];
  save();
}

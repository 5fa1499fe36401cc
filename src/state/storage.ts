/**
 * Autosave in the browser: the project (small JSON) in localStorage, the data file's bytes in
 * IndexedDB when they fit. Every function reports failure instead of throwing, so a full or
 * denied storage (private mode) is said to the user, never a crash.
 */
import { parseJsonSafely } from '../core/model/file.ts';
import type { Project } from '../core/model/project.ts';

const PROJECT_KEY = 'valueseg.project';
const UI_KEY = 'valueseg.ui';
const DB = 'valueseg';
const STORE = 'files';
/** Data files above this size are not kept (the project still is). */
export const MAX_SAVED_BYTES = 50 * 2 ** 20;

export type SaveOutcome = { ok: true } | { ok: false; reason: 'denied' | 'full' | 'too-large' };

/**
 * Why storing failed: 'full' for a quota error (QuotaExceededError; Firefox's older
 * NS_ERROR_DOM_QUOTA_REACHED; legacy code 22), 'denied' for anything else (SecurityError when
 * the browser blocks site storage, storage missing in private modes, an IndexedDB that will not open).
 */
export function failureReason(e: unknown): 'full' | 'denied' {
  const ex = e as { name?: unknown; code?: unknown } | null;
  const name = typeof ex?.name === 'string' ? ex.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || ex?.code === 22 ? 'full' : 'denied';
}

export function saveProject(project: Project): SaveOutcome {
  try {
    localStorage.setItem(PROJECT_KEY, JSON.stringify(project));
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: failureReason(e) };
  }
}

export function loadProject(): unknown | null {
  try {
    const s = localStorage.getItem(PROJECT_KEY);
    // The saved text is read like an imported file: __proto__/constructor keys are dropped.
    return s ? parseJsonSafely(s).value : null;
  } catch {
    return null;
  }
}

export function saveUi(ui: Record<string, unknown>): void {
  try {
    localStorage.setItem(UI_KEY, JSON.stringify(ui));
  } catch {
    // the UI position is a convenience
  }
}

/** The autosaved project's text as stored, or null (nothing saved, storage denied). */
export function loadProjectText(): string | null {
  try {
    return localStorage.getItem(PROJECT_KEY);
  } catch {
    return null;
  }
}

export function loadUi(): Record<string, unknown> {
  try {
    return JSON.parse(localStorage.getItem(UI_KEY) ?? '{}') ?? {};
  } catch {
    return {};
  }
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // `indexedDB` itself may be missing or throw (storage blocked): the caller reports it.
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export interface SavedFile {
  fileName: string;
  bytes: Uint8Array;
  /** For the second period's file: the period-1 file it was loaded beside. */
  first?: string;
}

/** Where a file is kept: the data set ('data') or the second period's file ('period2'). */
export type FileSlot = 'data' | 'period2';

export async function saveFile(file: SavedFile, slot: FileSlot = 'data'): Promise<SaveOutcome> {
  if (file.bytes.byteLength > MAX_SAVED_BYTES) return { ok: false, reason: 'too-large' };
  try {
    const db = await openDb();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put({ ...file, fileName: file.fileName, bytes: file.bytes }, slot);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    db.close();
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: failureReason(e) };
  }
}

/** Forgets the saved data file (a newer one was too large to keep). */
export async function clearSavedFile(slot: FileSlot = 'data'): Promise<void> {
  try {
    const db = await openDb();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).delete(slot);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    db.close();
  } catch {
    // nothing saved, or storage denied: nothing to forget
  }
}

export async function loadFile(slot: FileSlot = 'data'): Promise<SavedFile | null> {
  try {
    const db = await openDb();
    const value = await new Promise<SavedFile | undefined>((resolve, reject) => {
      const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(slot);
      req.onsuccess = () => resolve(req.result as SavedFile | undefined);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return value ?? null;
  } catch {
    return null;
  }
}

export function clearSaved(): void {
  try {
    localStorage.removeItem(PROJECT_KEY);
  } catch {
    // nothing to clear
  }
}

/** Field checks for reading a scoring model: each names the field (its JSON path) and what was expected. */
import { InputError } from '../errors.ts';

export type Obj = Record<string, unknown>;

export function invalid(path: string, expected: string): never {
  throw new InputError('model.invalid', `The scoring model is not valid: ${path} must be ${expected}.`, { path }, { path, expected });
}

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export function obj(v: unknown, path: string): Obj {
  if (!isObj(v)) invalid(path, 'an object');
  return v;
}
export function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) invalid(path, 'an array');
  return v;
}
export function str(v: unknown, path: string): string {
  if (typeof v !== 'string') invalid(path, 'a string');
  return v;
}
export function num(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) invalid(path, 'a finite number');
  return v;
}
export function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
  if (!(allowed as readonly unknown[]).includes(v)) invalid(path, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
  return v as T;
}


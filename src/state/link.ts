/**
 * Links that open an analysis (issue 14): the project, compressed, in the URL fragment — which
 * browsers never send to a server. The fragment reads `#data=<shipped data set>&project=<payload>`
 * (`data=` only when the project runs on a data set shipped with the app; a user's own file is
 * never put in a link), where the payload is the project file's JSON text, UTF-8, compressed
 * with deflate-raw (the browser's CompressionStream, no dependency) and written in base64url.
 *
 * Opening a link reads the project exactly as an imported project file is read
 * (`readProjectFile`: size limit, depth limit, `__proto__`/`constructor`/`prototype` keys
 * removed with a warning, `validateProject`). Before that, the fragment's length is limited
 * and the decompression stops as soon as its output passes `MAX_LINK_PROJECT_BYTES`, so a small
 * link cannot inflate into a large allocation.
 */
import type { Problem } from '../core/errors.ts';
import { concatBytes } from '../core/data/decode.ts';
import { readProjectFile } from '../core/model/file.ts';
import type { Project } from '../core/model/project.ts';
import type { ColumnInfo } from '../core/model/validate.ts';

/** Longest fragment read, in characters (the payload of a typical project is 1–3 thousand). */
export const MAX_LINK_CHARS = 256 * 1024;
/** Largest project a link carries, in bytes of JSON text once decompressed (1 MiB). */
export const MAX_LINK_PROJECT_BYTES = 2 ** 20;
/** Longest data set name a link names (a shipped file name is a few dozen characters). */
const MAX_DATASET_CHARS = 200;

/** The fragment's parameter holding the project. */
export const PROJECT_PARAM = 'project';
/** The fragment's parameter naming a shipped data set. */
export const DATA_PARAM = 'data';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charCodeAt(i)] = i;

/** Bytes as base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
  }
  return out;
}

/** base64url text (padding `=` allowed at the end) as bytes; null when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  const s = text.replace(/=+$/, '');
  if (s.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    let n = 0;
    const m = Math.min(4, s.length - i);
    for (let j = 0; j < 4; j++) {
      let v = 0;
      if (j < m) {
        const c = s.charCodeAt(i + j);
        v = c < 128 ? INDEX[c] : -1;
        if (v < 0) return null;
      }
      n = (n << 6) | v;
    }
    out[o++] = (n >> 16) & 255;
    if (m > 2) out[o++] = (n >> 8) & 255;
    if (m > 3) out[o++] = n & 255;
  }
  return out;
}

/** Runs `bytes` through a (de)compression stream, stopping with null once the output passes `max` bytes. */
async function pipe(stream: CompressionStream | DecompressionStream, bytes: Uint8Array, max: number): Promise<Uint8Array | null> {
  const writer = stream.writable.getWriter();
  // Not awaited: the writes wait for the reads below (backpressure); their failure shows there.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > max) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return concatBytes(chunks, total);
}

export type LinkEncoding =
  | { ok: true; fragment: string }
  | { ok: false; reason: 'too-large'; bytes: number; max: number };

/**
 * The fragment (without `#`) opening `project`, with `dataset` (the name of a shipped data set)
 * when the project runs on one. Refused when the project's JSON is above `MAX_LINK_PROJECT_BYTES`
 * or the fragment would be longer than `MAX_LINK_CHARS` (export the project file instead).
 */
export async function encodeLink(project: Project, dataset?: string): Promise<LinkEncoding> {
  const json = new TextEncoder().encode(JSON.stringify(project));
  if (json.length > MAX_LINK_PROJECT_BYTES) return { ok: false, reason: 'too-large', bytes: json.length, max: MAX_LINK_PROJECT_BYTES };
  const packed = (await pipe(new CompressionStream('deflate-raw'), json, Infinity))!;
  const parts: string[] = [];
  if (dataset !== undefined) parts.push(`${DATA_PARAM}=${encodeURIComponent(dataset)}`);
  parts.push(`${PROJECT_PARAM}=${toBase64Url(packed)}`);
  const fragment = parts.join('&');
  if (fragment.length > MAX_LINK_CHARS) return { ok: false, reason: 'too-large', bytes: json.length, max: MAX_LINK_PROJECT_BYTES };
  return { ok: true, fragment };
}

/** True when a fragment (with or without `#`) is a link to a project (it has a `project=` part). */
export function isProjectLink(fragment: string): boolean {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  return f.split('&').some((part) => part.startsWith(`${PROJECT_PARAM}=`));
}

export type LinkOutcome =
  | {
      ok: true;
      project: Project;
      /** The shipped data set the link names, or null: the project's data is the sharer's own. */
      dataset: string | null;
      /** Problems binding the project to `columns` (when given): the viewer may load other data. */
      binding: Problem[];
      /** Warnings of the project file read (unsafe keys removed, unknown fields). */
      warnings: Problem[];
    }
  | { ok: false; reason: 'too-long'; chars: number; max: number }
  | { ok: false; reason: 'not-base64' | 'not-deflate' | 'not-utf8' }
  | { ok: false; reason: 'too-large'; max: number }
  | { ok: false; reason: 'unknown-dataset'; dataset: string }
  | { ok: false; reason: 'not-json' | 'too-deep'; problem: Problem }
  | { ok: false; reason: 'invalid'; problems: Problem[] };

/**
 * Reads a link's fragment (with or without `#`). `datasets` are the names of the shipped data
 * sets a link may name (any other is refused); `columns` those of the data loaded now, for the
 * binding problems. Never throws on any input.
 */
export async function decodeLink(fragment: string, options: { datasets: readonly string[]; columns?: ColumnInfo[] }): Promise<LinkOutcome> {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (f.length > MAX_LINK_CHARS) return { ok: false, reason: 'too-long', chars: f.length, max: MAX_LINK_CHARS };
  let payload: string | null = null;
  let dataset: string | null = null;
  for (const part of f.split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    if (key === PROJECT_PARAM) payload = value;
    else if (key === DATA_PARAM) {
      let name: string;
      try {
        name = decodeURIComponent(value);
      } catch {
        name = value;
      }
      dataset = name.slice(0, MAX_DATASET_CHARS);
    }
  }
  if (payload === null) return { ok: false, reason: 'not-base64' };
  if (dataset !== null && !options.datasets.includes(dataset)) return { ok: false, reason: 'unknown-dataset', dataset };
  const packed = fromBase64Url(payload);
  if (!packed || packed.length === 0) return { ok: false, reason: 'not-base64' };
  let bytes: Uint8Array | null;
  try {
    bytes = await pipe(new DecompressionStream('deflate-raw'), packed, MAX_LINK_PROJECT_BYTES);
  } catch {
    return { ok: false, reason: 'not-deflate' };
  }
  if (!bytes) return { ok: false, reason: 'too-large', max: MAX_LINK_PROJECT_BYTES };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
  const r = readProjectFile(text, options.columns);
  if (r.ok) return { ok: true, project: r.project, dataset, binding: r.binding, warnings: r.warnings };
  if (r.reason === 'invalid') return { ok: false, reason: 'invalid', problems: r.problems };
  if (r.reason === 'too-large') return { ok: false, reason: 'too-large', max: MAX_LINK_PROJECT_BYTES };
  return { ok: false, reason: r.reason, problem: r.problem };
}

/**
 * The zip container of an .xlsx: the central directory read from the end of the file, and one
 * entry at a time inflated in pieces (fflate's `Inflate`), so a sheet of 10⁶ rows never exists
 * as one string and a zip bomb is stopped as soon as it passes the size limit — before inflating
 * when the directory admits it, while inflating when the directory lies.
 */
import { Inflate } from 'fflate';
import { InputError } from '../../errors.ts';

/** Uncompressed bytes one workbook part may have (a sheet of 1,048,576 × 16 numbers is about 600 MB). */
export const MAX_PART_BYTES = 1024 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  offset: number;
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;

const mb = (n: number) => `${Math.round(n / 2 ** 20).toLocaleString('en-US')} MB`;

function broken(detail: string): InputError {
  return new InputError('xlsx.broken', `The workbook cannot be opened: ${detail}. Open it in Excel and save it again as .xlsx (or as "CSV UTF-8").`, {}, { detail });
}

export function bombError(name: string, limit: number): InputError {
  return new InputError(
    'xlsx.too-large',
    `The workbook part ${name} unpacks to more than ${mb(limit)}, the limit for one part (a damaged file or a "zip bomb"); nothing was read. Save the sheet as "CSV UTF-8" if it is a real sheet.`,
    {},
    { part: name, limit: mb(limit) },
  );
}

/** The entries of a zip file by name (names as stored, `/` separated). */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  // End of central directory: the last "PK\x05\x06" within 64 KB + 22 bytes of the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw broken('the end of the zip directory is missing (the file is cut short or is not a zip file)');
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  if (at === 0xffffffff || count === 0xffff) throw broken('it is a zip64 file larger than 4 GB');
  const entries = new Map<string, ZipEntry>();
  const utf8 = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw broken('the zip directory is damaged');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLen = u16(bytes, at + 28);
    const extraLen = u16(bytes, at + 30);
    const commentLen = u16(bytes, at + 32);
    const offset = u32(bytes, at + 42);
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLen)).replace(/\\/g, '/').replace(/^\//, '');
    entries.set(name, { name, method, flags, compressedSize, size, offset });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export interface InflateOptions {
  /** Uncompressed bytes allowed (default `MAX_PART_BYTES`). */
  limit?: number;
  /** Compressed bytes handed to the inflater at a time (default 256 KB). */
  step?: number;
  /** Called after each piece with the compressed bytes consumed so far. */
  onProgress?: (consumed: number, total: number) => void;
}

/** Feeds an entry's uncompressed bytes to `sink` in pieces; throws `xlsx.too-large` past the limit. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, sink: (piece: Uint8Array) => void, options: InflateOptions = {}): void {
  const limit = options.limit ?? MAX_PART_BYTES;
  if (entry.flags & 1) {
    throw new InputError('xlsx.encrypted', 'The workbook is protected with a password (its contents are encrypted), so it cannot be read. In Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it) and save it again.', {}, {});
  }
  if (entry.size > limit) throw bombError(entry.name, limit);
  const h = entry.offset;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw broken(`the part ${entry.name} is damaged`);
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw broken(`the part ${entry.name} is cut short`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > limit) throw bombError(entry.name, limit);
    sink(data);
    options.onProgress?.(data.length, data.length);
    return;
  }
  if (entry.method !== 8) throw broken(`the part ${entry.name} uses compression method ${entry.method}, which Excel does not write`);
  let out = 0;
  const inflater = new Inflate((piece) => {
    out += piece.length;
    if (out > limit) throw bombError(entry.name, limit);
    sink(piece);
  });
  const step = options.step ?? 256 * 1024;
  try {
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < data.length; i += step) {
      const last = i + step >= data.length;
      inflater.push(data.subarray(i, Math.min(i + step, data.length)), last);
      options.onProgress?.(Math.min(i + step, data.length), data.length);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw broken(`the part ${entry.name} cannot be unpacked (${(e as Error)?.message ?? e})`);
  }
}

/** An entry's whole text (UTF-8), for the small parts: workbook, relationships, styles. */
export function entryText(bytes: Uint8Array, entry: ZipEntry, options: InflateOptions = {}): string {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  inflateEntry(bytes, entry, (p) => parts.push(decoder.decode(p, { stream: true })), options);
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Bytes → text. CSV files from Chinese Excel are GBK ("ANSI" on zh-CN Windows), files from
 * "CSV UTF-8" have a BOM, others are plain UTF-8; a few tools write UTF-16. The rule:
 * a byte-order mark decides; otherwise UTF-8 if the bytes are valid UTF-8 (checked with a
 * fatal decoder, so nothing is silently replaced); otherwise GB18030, a superset of GBK and
 * GB2312 (the WHATWG `gbk` decoder is the same decoder); otherwise Windows-1252.
 */
import { InputError, type Problem } from '../errors.ts';
import { countLineBreaks } from './lines.ts';
import type { Encoding } from './types.ts';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /**
   * When the bytes were not UTF-8: the file line (1-based) of the first byte that is not
   * valid UTF-8, so the report can say why another encoding was used.
   */
  notUtf8Line?: number;
}

const SAMPLE = 4096;

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** UTF-16 without a BOM: ASCII text then has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd >= 0.4 * pairs && zeroEven <= 0.05 * pairs) return 'utf-16le';
  if (zeroEven >= 0.4 * pairs && zeroOdd <= 0.05 * pairs) return 'utf-16be';
  return null;
}

function rejectWorkbook(bytes: Uint8Array): void {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new InputError(
      'csv.not-text',
      'This is an Excel workbook (.xlsx) or another zip file, not CSV text. In Excel, choose File → Save As → "CSV UTF-8 (Comma delimited)" and open that file.',
      {},
      {},
      'xlsx',
    );
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new InputError(
      'csv.not-text',
      'This is an old Excel workbook (.xls), not CSV text. In Excel, choose File → Save As → "CSV UTF-8 (Comma delimited)" and open that file.',
      {},
      {},
      'xls',
    );
  }
}

function rejectBinary(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0) {
      throw new InputError('csv.not-text', `This file contains binary data (a zero byte at byte ${i + 1}), so it is not a CSV text file.`, {}, { byte: i + 1 }, 'binary');
    }
  }
}

function decode(bytes: Uint8Array, label: string, fatal: boolean): string {
  return new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes);
}

/**
 * Decodes a file's bytes and says which encoding was used.
 *
 * - BOM `EF BB BF` → `utf-8-bom`, `FF FE` → `utf-16le`, `FE FF` → `utf-16be` (the BOM is removed).
 * - UTF-16 without a BOM is recognised by its zero bytes (ASCII-heavy text only).
 * - Valid UTF-8 → `utf-8`; else valid GB18030/GBK → `gb18030`; else `windows-1252`.
 *   Any GBK file is valid GB18030; a Latin-1 file can happen to be valid GB18030 too, and is
 *   then read as Chinese — the read report names the encoding so the user can notice.
 * - Empty input → empty text, `utf-8`.
 *
 * @throws InputError `csv.not-text` for Excel workbooks (.xlsx, .xls) and binary files
 *   (a zero byte within the first 4 KB of a file that is not UTF-16).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  rejectWorkbook(bytes);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { text: decode(bytes.subarray(3), 'utf-8', false), encoding: 'utf-8-bom' };
  if (startsWith(bytes, [0xff, 0xfe])) return { text: decode(bytes.subarray(2), 'utf-16le', false), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: decode(bytes.subarray(2), 'utf-16be', false), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decode(bytes, utf16, false), encoding: utf16 };
  rejectBinary(bytes);
  try {
    return { text: decode(bytes, 'utf-8', true), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through
  }
  const lossy = decode(bytes, 'utf-8', false);
  const bad = lossy.indexOf('\uFFFD');
  const notUtf8Line = 1 + countLineBreaks(lossy, 0, Math.max(bad, 0));
  try {
    return { text: decode(bytes, 'gb18030', true), encoding: 'gb18030', notUtf8Line };
  } catch {
    return { text: decode(bytes, 'windows-1252', false), encoding: 'windows-1252', notUtf8Line };
  }
}

/** "锟斤拷": replacement characters (EF BF BD) saved as UTF-8 and read back as GBK. */
const DOUBLE_MOJIBAKE = '锟斤拷';

export interface MisdecodedOptions {
  /**
   * `text` (default): the text came to us already decoded, e.g. from `file.text()` or a paste.
   * `bytes`: we decoded it ourselves, so a � was already in the file as a character.
   */
  source?: 'text' | 'bytes';
}

/**
 * Detects text that was decoded with the wrong encoding before it reached us — typically a
 * GBK file read as UTF-8 by the browser (`file.text()`) or pasted from such a view: the
 * undecodable bytes became U+FFFD (�). Also recognises "锟斤拷", the trace of a file that was
 * damaged that way and then saved again. Returns a warning (`csv.misdecoded`) naming the
 * first such line, or null when the text looks fine.
 */
export function looksMisdecoded(text: string, options: MisdecodedOptions = {}): Problem | null {
  const mojibake = text.indexOf(DOUBLE_MOJIBAKE);
  const bad = text.indexOf('\uFFFD');
  if (mojibake < 0 && bad < 0) return null;
  const first = mojibake >= 0 && (bad < 0 || mojibake <= bad) ? mojibake : bad;
  const line = 1 + countLineBreaks(text, 0, first);
  const where = { row: line };
  if (first === mojibake) {
    return {
      severity: 'warning',
      code: 'csv.misdecoded',
      message: `Line ${line} contains "锟斤拷", the trace of characters lost when a GBK file was read as UTF-8 and saved again; the original text cannot be recovered from this file. Export the data again from its source (in Excel: "CSV UTF-8 (Comma delimited)").`,
      where,
      params: { line },
      variant: 'mojibake',
    };
  }
  let count = 0;
  for (let i = bad; i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
  if (options.source === 'bytes') {
    return {
      severity: 'warning',
      code: 'csv.misdecoded',
      message: `Line ${line} contains the replacement character � (${count} in all): this file was already damaged — it was probably read with the wrong encoding and saved again, and the original characters are lost. Export the data again from its source (in Excel: "CSV UTF-8 (Comma delimited)").`,
      where,
      params: { line, count },
      variant: 'damaged',
    };
  }
  return {
    severity: 'warning',
    code: 'csv.misdecoded',
    message: `The file is not valid UTF-8 (line ${line} has undecodable bytes, shown as �; ${count} in all); it looks like a GBK/GB18030 export from Chinese Excel that was read as UTF-8. Open the file itself rather than pasting its text, so its encoding is detected, or save it from Excel as "CSV UTF-8 (Comma delimited)".`,
    where,
    params: { line, count },
    variant: 'gbk-as-utf8',
  };
}

/**
 * Bytes → text. CSV files from Chinese Excel are GBK ("ANSI" on zh-CN Windows), files from
 * "CSV UTF-8" have a BOM, others are plain UTF-8; a few tools write UTF-16. The rule:
 * a byte-order mark decides; otherwise UTF-8 if the bytes are valid UTF-8 (checked with a
 * fatal decoder, so nothing is silently replaced); otherwise GB18030, a superset of GBK and
 * GB2312 (the WHATWG `gbk` decoder is the same decoder); otherwise Windows-1252.
 */
import { InputError, type Problem } from '../errors.ts';
import { countLineBreaks } from './lines.ts';
import { isOleBytes, oleError } from './ole.ts';
import type { Encoding } from './types.ts';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /**
   * When the bytes were not UTF-8: the file line (1-based) of the first byte that is not
   * valid UTF-8, so the report can say why another encoding was used.
   */
  notUtf8Line?: number;
  /**
   * The file ends inside a character (its last bytes start a UTF-8 or GB18030 character whose
   * rest is missing: the file was cut off): the line of that character, which was left out.
   */
  truncatedLine?: number;
}

const SAMPLE = 4096;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Shift-JIS (Japanese Excel's "ANSI") is mostly valid GB18030 too, so validity cannot tell them
 * apart; what can is the text: Japanese decoded as Shift-JIS is full of kana (あ…ン), while GBK
 * Chinese decoded as Shift-JIS gives half-width katakana pairs and almost no full-width kana.
 * True when the bytes are valid Shift-JIS and at least 10 % of their non-ASCII characters (and
 * at least 2) are full-width hiragana or katakana.
 */
export function looksShiftJis(bytes: Uint8Array, final = true): boolean {
  let text: string;
  try {
    text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes, { stream: !final });
  } catch {
    return false;
  }
  let kana = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0x3041 && c <= 0x30fe) kana++;
    else other++;
  }
  return kana >= 2 && kana >= 0.1 * (kana + other);
}

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

function rejectWorkbook(bytes: Uint8Array, fileName?: string): void {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new InputError(
      'csv.not-text',
      'This is an Excel workbook (.xlsx) or another zip file, not CSV text. In Excel, choose File → Save As → "CSV UTF-8 (Comma delimited)" and open that file.',
      {},
      {},
      'xlsx',
    );
  }
  // An Excel 97–2003 .xls (or a password-protected workbook): the message every other path gives, naming the file when known.
  if (isOleBytes(bytes)) throw oleError(bytes, fileName);
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
 * - Valid UTF-8 → `utf-8`; else valid GB18030/GBK → `gb18030` (or `shift_jis` when the text
 *   reads as Japanese, see `looksShiftJis`); else `windows-1252`.
 *   Any GBK file is valid GB18030; a Latin-1 file can happen to be valid GB18030 too, and is
 *   then read as Chinese — the read report names the encoding so the user can notice.
 * - A file that is UTF-8 (or GB18030) up to an incomplete last character (cut off) is read in
 *   that encoding without the incomplete character; `truncatedLine` names its line. (When all
 *   before it is ASCII there is no evidence for UTF-8, and the fallbacks above apply.)
 * - Empty input → empty text, `utf-8`.
 *
 * @throws InputError `csv.not-text` for an .xlsx workbook and binary files (a zero byte within
 *   the first 4 KB of a file that is not UTF-16); `xlsx.xls` (naming `fileName` when given) for an
 *   Excel 97–2003 .xls, `xlsx.encrypted` for a password-protected workbook.
 */
export function decodeBytes(bytes: Uint8Array, fileName?: string): Decoded {
  const d = new StreamDecoder(fileName !== undefined ? { fileName } : {});
  const text = d.push(bytes) + d.finish();
  return {
    text,
    encoding: d.encoding as Encoding,
    ...(d.notUtf8Line !== undefined ? { notUtf8Line: d.notUtf8Line } : {}),
    ...(d.truncatedLine !== undefined ? { truncatedLine: 1 + countLineBreaks(text) } : {}),
  };
}

/** What a reader must be started again with (see `RestartReading`). */
export interface RestartWith {
  encoding?: Encoding;
  notUtf8Line?: number;
  /** The file mixes line-break styles: bring those outside quoted cells to `\n` from the start. */
  unifyLineBreaks?: boolean;
}

/**
 * Thrown while a file is read in pieces when a later piece proves a choice made from the
 * first ones wrong and text already handed out or parsed would come out differently: the
 * encoding (by `StreamDecoder`: read again with `new StreamDecoder({ encoding, notUtf8Line })`),
 * or the file turns out to mix line-break styles (by the table reader). The file must be read
 * again from the start with `restartWith` added to the options. (When everything before was
 * ASCII, which every candidate encoding decodes alike, the decoder switches by itself.)
 */
export class RestartReading extends Error {
  constructor(readonly restartWith: RestartWith) {
    super(
      restartWith.encoding
        ? `The file is not ${restartWith.encoding === 'gb18030' ? 'UTF-8' : 'GB18030 or Shift-JIS'} after all; read it again as ${restartWith.encoding}.`
        : 'The file mixes line-break styles; read it again bringing them to one.',
    );
    this.name = 'RestartReading';
  }
}

export interface StreamDecoderOptions {
  /** Skip detection and use this encoding (after a `RestartReading`). */
  encoding?: Encoding;
  /** With `encoding`: the line given in the report as the first one that is not UTF-8. */
  notUtf8Line?: number;
  /**
   * Where the text handed out so far ends: its last line (1-based) and whether its last
   * character is `\r`; and the line of the first U+FFFD in it, if any. Used to name the first
   * line that is not UTF-8 when that is found after the first bytes.
   */
  /** The file's name, for the message an Excel 97–2003 .xls gets (`xlsx.xls`). */
  fileName?: string;
  /** Tests only: bytes looked at before choosing (default `DECIDE_AFTER`; at least 8, for the signatures). */
  decideAfter?: number;
  position?: () => { line: number; afterCR: boolean; firstReplacementLine?: number };
}

/** Bytes looked at before the encoding is chosen (the whole file when it is smaller). */
export const DECIDE_AFTER = 65_536;

/** The parts one after another (`length` = their total size); a single part is returned as it is. */
export function concatBytes(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Decodes a file that arrives in pieces (split anywhere, even inside a character) with the
 * same rules as `decodeBytes`: the encoding is chosen from the first 64 KB (or the whole file
 * when smaller); UTF-8 and GB18030 are then decoded strictly, so a later piece that is not
 * valid in the chosen encoding falls back (UTF-8 → GB18030 → Windows-1252) — in place when
 * all earlier bytes were ASCII, else by throwing `RestartReading`.
 */
export class StreamDecoder {
  encoding: Encoding | undefined;
  notUtf8Line: number | undefined;
  /** Set by `finish` when the file ends inside a character (see `Decoded.truncatedLine`). */
  truncatedLine: number | undefined;
  private head: Uint8Array[] = [];
  private headLength = 0;
  private decoder: TextDecoder | null = null;
  private strict = false;
  /** True while every byte decoded so far is ASCII (each candidate decodes those alike). */
  private ascii = true;
  /** True once a decoded character is not ASCII: the evidence that the strict encoding is right. */
  private sawNonAscii = false;

  constructor(private readonly options: StreamDecoderOptions = {}) {
    if (options.encoding) {
      this.encoding = options.encoding;
      this.notUtf8Line = options.notUtf8Line;
    }
  }

  /** Text of the next piece ('' while the first bytes are being collected). */
  push(bytes: Uint8Array): string {
    if (this.decoder) return this.decodeMore(bytes, false);
    if (bytes.length > 0) {
      this.head.push(bytes);
      this.headLength += bytes.length;
    }
    return this.headLength >= Math.max(8, this.options.decideAfter ?? DECIDE_AFTER) ? this.decide(false) : '';
  }

  /** The rest of the text at the end of the file. */
  finish(): string {
    if (!this.decoder) return this.decide(true);
    return this.decodeMore(null, true);
  }

  private current(): TextDecoder {
    return this.decoder as TextDecoder;
  }

  private use(encoding: Encoding, strict: boolean): void {
    this.encoding = encoding;
    this.strict = strict;
    this.decoder = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding, { fatal: strict, ignoreBOM: true });
  }

  private decide(final: boolean): string {
    const bytes = concatBytes(this.head, this.headLength);
    this.head = [];
    const stream = { stream: !final };
    if (this.options.encoding) {
      const e = this.options.encoding;
      this.use(e, e === 'utf-8' || e === 'gb18030' || e === 'shift_jis');
      return this.decodeMore(bytes, final);
    }
    rejectWorkbook(bytes, this.options.fileName);
    let skip = 0;
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
      this.use('utf-8-bom', false);
      skip = 3;
    } else if (startsWith(bytes, [0xff, 0xfe])) {
      this.use('utf-16le', false);
      skip = 2;
    } else if (startsWith(bytes, [0xfe, 0xff])) {
      this.use('utf-16be', false);
      skip = 2;
    } else {
      const utf16 = utf16WithoutBom(bytes);
      if (utf16) this.use(utf16, false);
    }
    if (this.decoder) {
      const d = this.decoder;
      return d.decode(bytes.subarray(skip), stream);
    }
    rejectBinary(bytes);
    for (const e of ['utf-8', 'gb18030'] as const) {
      this.use(e, true);
      try {
        let text = this.current().decode(bytes, { stream: true });
        if (e === 'gb18030' && looksShiftJis(bytes, final)) {
          this.use('shift_jis', true);
          text = this.current().decode(bytes, { stream: true });
        }
        this.ascii = text.length === bytes.length;
        this.noteNonAscii(text);
        if (final) text += this.flush(text, null);
        return text;
      } catch {
        if (e === 'utf-8') {
          const lossy = decode(bytes, 'utf-8', false);
          const bad = lossy.indexOf('\uFFFD');
          this.notUtf8Line = 1 + countLineBreaks(lossy, 0, Math.max(bad, 0));
        }
      }
    }
    this.use('windows-1252', false);
    return this.current().decode(bytes, stream);
  }

  private decodeMore(bytes: Uint8Array | null, final: boolean): string {
    const d = this.decoder as TextDecoder;
    const input = bytes ?? new Uint8Array(0);
    if (!this.strict) return d.decode(input, { stream: !final });
    let text: string;
    try {
      text = d.decode(input, { stream: true });
      if (this.ascii && text.length !== input.length) this.ascii = false;
      this.noteNonAscii(text);
      if (final) text += this.flush(text, this.options.position?.() ?? null);
    } catch {
      return this.fallBack(input, final);
    }
    return text;
  }

  /**
   * The end of the file in a strict encoding, after `text` (the last piece's text) was handed
   * out: '' when no character is left incomplete. When the last bytes start a character whose
   * rest is missing and the file has non-ASCII characters before (evidence for the encoding),
   * the incomplete character is left out and its line kept in `truncatedLine`; with only
   * ASCII before, throws so that the next encoding is tried.
   */
  private noteNonAscii(text: string): void {
    if (!this.sawNonAscii && NON_ASCII.test(text)) this.sawNonAscii = true;
  }

  private flush(text: string, at: { line: number; afterCR: boolean } | null): string {
    try {
      return this.current().decode();
    } catch (e) {
      if (!this.sawNonAscii) throw e;
      const from = at && at.afterCR && text.charCodeAt(0) === 10 ? 1 : 0;
      this.truncatedLine = (at ? at.line : 1) + countLineBreaks(text, from, text.length);
      return '';
    }
  }

  /** The chosen encoding failed on `bytes`: the next one, in place if all before was ASCII. */
  private fallBack(bytes: Uint8Array, final: boolean): string {
    const next: Encoding = this.encoding === 'utf-8' ? 'gb18030' : 'windows-1252';
    if (this.encoding === 'utf-8') {
      const at = this.options.position?.() ?? { line: 1, afterCR: false };
      if (at.firstReplacementLine !== undefined) this.notUtf8Line = at.firstReplacementLine;
      else {
        // Everything before decoded as UTF-8, so the first bad byte is in this piece (or
        // is the incomplete character held from the one before, when not all was ASCII).
        const lossy = decode(bytes, 'utf-8', false);
        const bad = Math.max(lossy.indexOf('\uFFFD'), 0);
        const from = at.afterCR && lossy.charCodeAt(0) === 10 ? 1 : 0;
        this.notUtf8Line = at.line + countLineBreaks(lossy, from, Math.max(bad, from));
      }
    }
    if (!this.ascii) throw new RestartReading({ encoding: next, notUtf8Line: this.notUtf8Line as number });
    this.use(next, next === 'gb18030');
    return this.decodeMore(bytes, final);
  }
}

/** "锟斤拷": replacement characters (EF BF BD) saved as UTF-8 and read back as GBK. */
export const DOUBLE_MOJIBAKE = '锟斤拷';

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
  let count = 0;
  if (first !== mojibake) for (let i = bad; i >= 0; i = text.indexOf('\uFFFD', i + 1)) count++;
  return misdecodedProblem(first === mojibake ? 'mojibake' : 'replacement', line, count, options);
}

/** The `csv.misdecoded` warning for the first trace found on `line` (`count` replacement characters in all). */
export function misdecodedProblem(kind: 'mojibake' | 'replacement', line: number, count: number, options: MisdecodedOptions = {}): Problem {
  const where = { row: line };
  if (kind === 'mojibake') {
    return {
      severity: 'warning',
      code: 'csv.misdecoded',
      message: `Line ${line} contains "锟斤拷", the trace of characters lost when a GBK file was read as UTF-8 and saved again; the original text cannot be recovered from this file. Export the data again from its source (in Excel: "CSV UTF-8 (Comma delimited)").`,
      where,
      params: { line },
      variant: 'mojibake',
    };
  }
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

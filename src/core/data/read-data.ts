/**
 * Any data file → table + read report: an .xlsx/.xlsm workbook (by its zip signature, whatever
 * its name) is read by `readWorkbook`, CSV/TSV/TXT by `readTable`. An old binary workbook
 * (.xls, Excel 97–2003) and a password-protected workbook (an encrypted OOXML package is the same
 * kind of container) get a clear message instead; a file named .xlsx that holds CSV text is read
 * as CSV, and said.
 */
import { InputError } from '../errors.ts';
import { readTable, type ReadResult, type TableReaderOptions } from './read.ts';
import { readWorkbook, type WorkbookReadOptions } from './xlsx/read.ts';

export interface DataReadOptions extends TableReaderOptions, Pick<WorkbookReadOptions, 'sheet' | 'headerRow' | 'partLimit' | 'onProgress'> {}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

export function isWorkbookBytes(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP);
}

/** True when an OLE container holds an encrypted OOXML package (its `EncryptionInfo` stream name, UTF-16LE). */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = 'EncryptionInfo';
  const limit = Math.min(bytes.length, 1 << 20) - name.length * 2;
  outer: for (let i = 0; i < limit; i++) {
    for (let k = 0; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** The message for a file in the old binary container (.xls 97–2003, or an encrypted workbook); an .xls is named by `fileName` when given. */
export function oleError(bytes: Uint8Array, fileName?: string): InputError {
  if (isEncryptedPackage(bytes)) {
    return new InputError(
      'xlsx.encrypted',
      'The workbook is protected with a password (its contents are encrypted), so it cannot be read. In Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it) and save it again.',
      {},
      {},
    );
  }
  const how = 'which ValueSeg does not read. In Excel or WPS, choose File → Save As → "Excel Workbook (.xlsx)" (or "CSV UTF-8") and open that file.';
  if (!fileName) return new InputError('xlsx.xls', `This is an old Excel 97–2003 workbook (.xls), ${how}`, {}, {}, 'unnamed');
  return new InputError('xlsx.xls', `${fileName} is an old Excel 97–2003 workbook (.xls), ${how}`, {}, { file: fileName });
}

/** Reads a data file of any supported kind (see the module comment). */
export function readData(bytes: Uint8Array, options: DataReadOptions = {}): ReadResult {
  if (startsWith(bytes, ZIP)) {
    const { table, report, lines } = readWorkbook(bytes, options);
    return { table, report, lines };
  }
  if (startsWith(bytes, OLE)) throw oleError(bytes, options.fileName);
  const result = readTable(bytes, options);
  if (/\.xls[xm]?$/i.test(options.fileName ?? '')) {
    result.report.problems.unshift({
      severity: 'info',
      code: 'xlsx.really-text',
      message: `${options.fileName} is named like an Excel workbook but holds text; it was read as CSV.`,
      where: {},
      params: { file: options.fileName ?? '' },
    });
  }
  return result;
}

/**
 * Any data file → table + read report: an .xlsx/.xlsm workbook (by its zip signature, whatever
 * its name) is read by `readWorkbook`, CSV/TSV/TXT by `readTable`. An old binary workbook
 * (.xls, Excel 97–2003) and a password-protected workbook (an encrypted OOXML package is the same
 * kind of container) get a clear message instead; a file named .xlsx that holds CSV text is read
 * as CSV, and said.
 */
import { isOleBytes, oleError } from './ole.ts';
import { readTable, type ReadResult, type TableReaderOptions } from './read.ts';
import { readWorkbook, type WorkbookReadOptions } from './xlsx/read.ts';

export interface DataReadOptions extends TableReaderOptions, Pick<WorkbookReadOptions, 'sheet' | 'headerRow' | 'partLimit' | 'onProgress'> {}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

export { oleError } from './ole.ts';

export function isWorkbookBytes(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP);
}

/** Reads a data file of any supported kind (see the module comment). */
export function readData(bytes: Uint8Array, options: DataReadOptions = {}): ReadResult {
  if (startsWith(bytes, ZIP)) {
    const { table, report, lines } = readWorkbook(bytes, options);
    return { table, report, lines };
  }
  if (isOleBytes(bytes)) throw oleError(bytes, options.fileName);
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

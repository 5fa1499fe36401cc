/**
 * The old binary container (OLE compound file: an Excel 97–2003 .xls, or a password-protected
 * workbook, whose encrypted OOXML package is stored in the same kind of container): recognised by
 * its signature, and the message the user gets for it wherever it is met (the reader, the CSV
 * decoder, the read worker, the CLI), naming the file when its name is known.
 */
import { InputError } from '../errors.ts';

export const OLE_SIGNATURE: readonly number[] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOleBytes(bytes: Uint8Array): boolean {
  return bytes.length >= OLE_SIGNATURE.length && OLE_SIGNATURE.every((b, i) => bytes[i] === b);
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

/**
 * The parts of an .xlsx around the sheets: the list of sheets (workbook.xml and its
 * relationships), the shared strings, and which cell styles are dates (styles.xml). Data only:
 * macros (.xlsm), drawings and external links are never looked at.
 */
import { InputError } from '../../errors.ts';
import { attribute, attributes, decodeEntities, decodeOoxmlEscapes, XmlScanner } from './xml.ts';
import { entryText, inflateEntry, readZipDirectory, type InflateOptions, type ZipEntry } from './zip.ts';

export type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet';

export interface SheetInfo {
  /** 1-based position in the workbook's tab order (what `--sheet N` means). */
  index: number;
  name: string;
  kind: SheetKind;
  hidden: boolean;
}

export interface Workbook {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
  sheets: SheetInfo[];
  /** Zip path of each sheet's part, by index - 1. */
  paths: (string | null)[];
  date1904: boolean;
  sharedStringsPath: string | null;
  stylesPath: string | null;
  limits: InflateOptions;
}

function notWorkbook(detail: string, variant: string): InputError {
  return new InputError('xlsx.not-workbook', `This zip file is not an Excel workbook (${detail}). Open an .xlsx saved by Excel, WPS or LibreOffice, or a CSV file.`, {}, { detail }, variant);
}

/** `xl/worksheets/../x.xml` → `xl/x.xml`; targets are relative to the part's folder unless absolute. */
function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/');
  parts.pop();
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsPath(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** Elements named `name` with their attributes, in document order (small parts only). */
function elements(xml: string, names: string[]): { name: string; attrs: Record<string, string> }[] {
  const out: { name: string; attrs: Record<string, string> }[] = [];
  const wanted = new Set(names);
  const s = new XmlScanner({
    open(name, attrs) {
      if (wanted.has(name)) out.push({ name, attrs: attributes(attrs) });
    },
    close() {},
    text() {},
  });
  s.push(xml, true);
  return out;
}

function relationships(wb: { bytes: Uint8Array; entries: Map<string, ZipEntry>; limits: InflateOptions }, part: string): Map<string, { type: string; target: string }> {
  const e = wb.entries.get(relsPath(part));
  const out = new Map<string, { type: string; target: string }>();
  if (!e) return out;
  for (const r of elements(entryText(wb.bytes, e, wb.limits), ['Relationship'])) {
    if (r.attrs.Id && r.attrs.Target && r.attrs.TargetMode !== 'External') out.set(r.attrs.Id, { type: r.attrs.Type ?? '', target: resolve(part, r.attrs.Target) });
  }
  return out;
}

/** Opens the workbook's directory and sheet list (cheap: no sheet is unpacked). */
export function openWorkbook(bytes: Uint8Array, limits: InflateOptions = {}): Workbook {
  const entries = readZipDirectory(bytes);
  const base = { bytes, entries, limits };
  let wbPath = 'xl/workbook.xml';
  for (const r of relationships(base, '').values()) if (r.type.endsWith('/officeDocument')) wbPath = r.target;
  const wbEntry = entries.get(wbPath);
  if (!wbEntry) {
    if (entries.has('word/document.xml')) throw notWorkbook('it is a Word document', 'docx');
    if (entries.has('ppt/presentation.xml')) throw notWorkbook('it is a PowerPoint presentation', 'pptx');
    if (entries.has('content.xml')) throw notWorkbook('it is an OpenDocument file; save it as .xlsx', 'ods');
    throw notWorkbook('it has no xl/workbook.xml', 'other');
  }
  const xml = entryText(bytes, wbEntry, limits);
  const rels = relationships(base, wbPath);
  const sheets: SheetInfo[] = [];
  const paths: (string | null)[] = [];
  let date1904 = false;
  for (const el of elements(xml, ['sheet', 'workbookPr'])) {
    if (el.name === 'workbookPr') {
      date1904 = el.attrs.date1904 === '1' || el.attrs.date1904 === 'true';
      continue;
    }
    const rel = rels.get(el.attrs.id ?? '');
    const type = rel?.type ?? '';
    const kind: SheetKind = type.endsWith('/chartsheet') ? 'chartsheet' : type.endsWith('/dialogsheet') ? 'dialogsheet' : /macrosheet$/.test(type) ? 'macrosheet' : 'worksheet';
    sheets.push({ index: sheets.length + 1, name: el.attrs.name ?? `Sheet${sheets.length + 1}`, kind, hidden: el.attrs.state === 'hidden' || el.attrs.state === 'veryHidden' });
    paths.push(rel && entries.has(rel.target) ? rel.target : null);
  }
  let sharedStringsPath: string | null = null;
  let stylesPath: string | null = null;
  for (const r of rels.values()) {
    if (r.type.endsWith('/sharedStrings') && entries.has(r.target)) sharedStringsPath = r.target;
    if (r.type.endsWith('/styles') && entries.has(r.target)) stylesPath = r.target;
  }
  return { bytes, entries, sheets, paths, date1904, sharedStringsPath, stylesPath, limits };
}

/** The shared string table: each `<si>`'s text runs joined; phonetic runs (`<rPh>`) left out. */
export function readSharedStrings(wb: Workbook): string[] {
  const out: string[] = [];
  if (!wb.sharedStringsPath) return out;
  let inT = false;
  let inPhonetic = false;
  let current = '';
  const scanner = new XmlScanner({
    open(name, _a, selfClosing) {
      if (name === 'si') current = '';
      else if (name === 't' && !inPhonetic && !selfClosing) inT = true;
      else if (name === 'rPh') inPhonetic = true;
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') out.push(decodeOoxmlEscapes(decodeEntities(current)));
    },
    text(raw) {
      if (inT) current += raw;
    },
  });
  const decoder = new TextDecoder('utf-8');
  inflateEntry(wb.bytes, wb.entries.get(wb.sharedStringsPath) as ZipEntry, (p) => scanner.push(decoder.decode(p, { stream: true })), wb.limits);
  scanner.push(decoder.decode(), true);
  return out;
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, with the CJK ids). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** True when a format code shows a date or time: y, m, d, h or s outside quotes, brackets and escapes. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  // Only the first section decides (positive numbers).
  const first = bare.split(';')[0];
  return /[ymdhs]/i.test(first) && !/^general$/i.test(first.trim());
}

/** For each cell style (the `s` attribute of a cell), whether it shows a date. */
export function readDateStyles(wb: Workbook): boolean[] {
  if (!wb.stylesPath) return [];
  const xml = entryText(wb.bytes, wb.entries.get(wb.stylesPath) as ZipEntry, wb.limits);
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  let inCellXfs = false;
  const scanner = new XmlScanner({
    open(name, attrs, selfClosing) {
      if (name === 'numFmt') custom.set(Number(attribute(attrs, 'numFmtId')), attribute(attrs, 'formatCode') ?? '');
      else if (name === 'cellXfs' && !selfClosing) inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attribute(attrs, 'numFmtId') ?? 0);
        const code = custom.get(id);
        out.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  });
  scanner.push(xml, true);
  return out;
}

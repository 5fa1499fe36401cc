/**
 * A minimal SpreadsheetML writer: sheets of text and number cells with a bold header row, a
 * number format per column, column widths and a frozen header, zipped with fflate. Strings are
 * inline (`t="inlineStr"`), escaped, and characters XML cannot hold are dropped; a string that
 * starts like a formula stays text (cells never hold formulas).
 */
import { zipSync } from 'fflate';

export type XlsxCell = string | number | null;

export interface XlsxSheet {
  name: string;
  /** First row is the header (bold). */
  rows: XlsxCell[][];
  /** Excel number format per column ('0.0000', '0.0%', '0'); null: General. */
  formats?: (string | null)[];
  /** Rows after the table (notes), written as text under it after a blank row. */
  notes?: string[];
}

const enc = (s: string) => new TextEncoder().encode(s);
const esc = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function col(j: number): string {
  let s = '';
  for (let n = j + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique (case-insensitive). */
export function sheetNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const base = (raw.replace(/[:\\/?*[\]]/g, ' ').trim() || 'Sheet').slice(0, 31);
    let name = base;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base.slice(0, 31 - String(k).length - 1)}~${k}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

export function writeXlsx(sheets: XlsxSheet[]): Uint8Array {
  // Styles: 0 General, 1 bold header, then one per distinct number format.
  const formats: string[] = [];
  for (const s of sheets) for (const f of s.formats ?? []) if (f && !formats.includes(f)) formats.push(f);
  const styleOf = (f: string | null | undefined) => (f ? 2 + formats.indexOf(f) : 0);
  const names = sheetNames(sheets.map((s) => s.name));
  const files: Record<string, Uint8Array> = {};
  const sheetXml = (s: XlsxSheet): string => {
    const rows: string[] = [];
    const widths: number[] = [];
    const cell = (v: XlsxCell, r: number, j: number, style: number): string => {
      const ref = `${col(j)}${r}`;
      const st = style ? ` s="${style}"` : '';
      if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '';
      const len = typeof v === 'number' ? 10 : [...v].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
      widths[j] = Math.min(60, Math.max(widths[j] ?? 8, len + 2));
      if (typeof v === 'number') return `<c r="${ref}"${st}><v>${v}</v></c>`;
      return `<c r="${ref}"${st} t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
    };
    s.rows.forEach((row, i) => {
      const r = i + 1;
      rows.push(`<row r="${r}">${row.map((v, j) => cell(v, r, j, i === 0 ? 1 : typeof v === 'number' ? styleOf(s.formats?.[j]) : 0)).join('')}</row>`);
    });
    (s.notes ?? []).forEach((n, k) => {
      const r = s.rows.length + 2 + k;
      rows.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t xml:space="preserve">${esc(n)}</t></is></c></row>`);
    });
    const cols = widths.length ? `<cols>${widths.map((w, j) => `<col min="${j + 1}" max="${j + 1}" width="${w ?? 8}" customWidth="1"/>`).join('')}</cols>` : '';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>${cols}<sheetData>${rows.join('')}</sheetData></worksheet>`;
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = enc(sheetXml(s))));
  files['[Content_Types].xml'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
  );
  files['_rels/.rels'] = enc(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  files['xl/workbook.xml'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = enc(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="${formats.length}">${formats.map((f, k) => `<numFmt numFmtId="${164 + k}" formatCode="${esc(f)}"/>`).join('')}</numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${2 + formats.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>${formats.map((_, k) => `<xf numFmtId="${164 + k}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  );
  const entries: Record<string, [Uint8Array, { level: 6; mtime: Date }]> = {};
  const mtime = new Date(Date.UTC(2024, 0, 1));
  for (const [k, v] of Object.entries(files)) entries[k] = [v, { level: 6, mtime }];
  return zipSync(entries);
}

/**
 * A report table for the clipboard: tab-separated text for Excel (one line per row, the cells
 * as the page shows them, tabs and line breaks inside cells turned into spaces) and HTML in
 * three-line style for Word (inline styles: Word keeps them on paste), title above, notes below.
 */
import { THREE_LINE_CELL_CSS, THREE_LINE_CSS, THREE_LINE_HEADER_CSS } from './html-chapter.ts';
import { formatRows, type ReportTable } from './table.ts';

const flat = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function tableTsv(table: ReportTable): string {
  return [table.columns, ...formatRows(table, '')].map((r) => r.map(flat).join('\t')).join('\r\n') + '\r\n';
}

export function tableHtml(table: ReportTable, caption = table.title): string {
  const rows = formatRows(table, '');
  return (
    `<p style="text-align:center;font-weight:bold">${esc(caption)}</p>` +
    `<table style="${THREE_LINE_CSS}"><thead><tr>${table.columns.map((c) => `<th style="${THREE_LINE_HEADER_CSS}">${esc(c)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.map((r) => `<tr>${r.map((c) => `<td style="${THREE_LINE_CELL_CSS}">${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>` +
    (table.notes ?? []).map((n) => `<p style="font-size:9pt">${esc(n)}</p>`).join('')
  );
}

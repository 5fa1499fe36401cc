/**
 * The thesis chapter as one self-contained HTML page (`cli report --format html`): the same
 * headings, methods paragraph, three-line tables with numbered captions and figures as the Word
 * chapter. Each figure is its vector picture (the SVG the raster recorded, inline, so it prints
 * sharp at any size and its dots can be counted); a figure drawn without one is its 300-dpi PNG as
 * a data: URL. All text is escaped; no script.
 */
import type { Project } from '../model/project.ts';
import type { Result } from '../result.ts';
import type { Figure } from './charts/figures.ts';
import type { ChapterOptions } from './docx/chapter.ts';
import { methodsParagraph } from './methods.ts';
import { formatRows } from './table.ts';
import { reportTables } from './tables.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * A figure's picture: its SVG inline (named for screen readers, sized by its own width and height
 * in points, scaled down to the page), or the PNG where the figure has no SVG.
 */
function figurePicture(f: Figure): string {
  if (f.svg?.startsWith('<svg ')) return `<svg role="img" aria-label="${esc(f.title)}" data-figure="${esc(f.id)}" ${f.svg.slice('<svg '.length)}`;
  return `<img src="data:image/png;base64,${base64(f.png)}" width="${Math.round((f.width / 300) * 96)}" alt="${esc(f.title)}" data-figure="${esc(f.id)}">`;
}

/** Three-line table CSS, shared with the page's "Copy table" HTML. */
export const THREE_LINE_CSS =
  'border-collapse:collapse;border-top:1.5pt solid #000;border-bottom:1.5pt solid #000;';
export const THREE_LINE_HEADER_CSS = 'border-bottom:0.75pt solid #000;padding:2pt 6pt;';
export const THREE_LINE_CELL_CSS = 'padding:2pt 6pt;';

export function chapterHtml(project: Project, result: Result, options: ChapterOptions): string {
  const w = options.words;
  const { t } = w;
  const ch = options.chapter ?? 4;
  const font = `'${options.fontEn ?? 'Times New Roman'}', '${options.fontCn ?? '宋体'}', SimSun, serif`;
  const parts: string[] = [];
  parts.push(`<h1>${esc(options.title ?? t('report.chapter.title', { chapter: ch }))}</h1>`);
  parts.push(`<h2>${ch}.1 ${t('report.chapter.method')}</h2>`);
  parts.push(`<p class="body">${esc(t('report.chapter.intro.html', { methods: methodsParagraph(project, result, w) }))}</p>`);
  [...reportTables(result, project, w), ...(options.surveyTables ?? []), ...(options.extraTables ?? [])].forEach((table, i) => {
    const rows = formatRows(table, '');
    parts.push(
      `<p class="caption">${esc(t('report.chapter.html.table', { number: `${ch}-${i + 1}`, title: table.title }))}</p><table style="${THREE_LINE_CSS}"><thead><tr>${table.columns.map((c) => `<th style="${THREE_LINE_HEADER_CSS}">${esc(c)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c) => `<td style="${THREE_LINE_CELL_CSS}">${esc(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>${(table.notes ?? []).map((n, k) => `<p class="note">${esc(k === 0 ? t('report.chapter.note', { note: n }) : n)}</p>`).join('')}`,
    );
  });
  (options.figures ?? []).forEach((f, i) => {
    parts.push(`<figure>${figurePicture(f)}<figcaption>${esc(t('report.chapter.html.figure', { number: `${ch}-${i + 1}`, title: f.title }))}</figcaption><p class="note">${esc(f.note)}</p></figure>`);
  });
  const size = options.tableSize ?? 10.5;
  return `<!doctype html>
<html lang="${w.locale}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"><title>${esc(t('report.chapter.docTitle'))}</title>
<style>body{font-family:${font};font-size:${options.bodySize ?? 12}pt;max-width:46em;margin:2em auto;line-height:1.5}table{margin:0 auto;font-size:${size}pt}th,td{text-align:center}td:first-child,th:first-child{text-align:left}.caption,figcaption{text-align:center;font-weight:bold;font-size:${size}pt;margin:1em 0 .3em}.note{font-size:${size - 1.5}pt;margin:.2em 0}.body{text-indent:2em}figure{text-align:center;margin:1.5em 0}img,figure>svg{max-width:100%;height:auto}</style></head>
<body>${parts.join('\n')}</body></html>
`;
}

/**
 * The analysis as a thesis chapter in Word (.docx), built with the `docx` package: headings,
 * the methods paragraph, every report table in three-line style (top and bottom rules 1.5 pt, a
 * 0.75 pt rule under the header, no vertical rules) with its caption above (表 4-1) and notes
 * below, and the figures as 300-dpi pictures with their caption below (图 4-1). The chapter
 * number, the fonts (宋体 / Times New Roman by default) and the table font size (五号 = 10.5 pt)
 * are settable; zh-CN or en.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Project } from '../../model/project.ts';
import type { Result } from '../../result.ts';
import type { Figure } from '../charts/figures.ts';
import { methodsParagraph } from '../methods.ts';
import { formatRows, type ReportTable } from '../table.ts';
import { reportTables } from '../tables.ts';
import type { ReportWords } from '../words.ts';

export interface ChapterOptions {
  /** The words of the chapter's language (src/i18n/report.ts `reportWords`). */
  words: ReportWords;
  /** Chapter number used in headings and captions (表 4-1, 图 4-1). Default 4. */
  chapter?: number;
  /** East Asian font (default 宋体) and Latin font (default Times New Roman). */
  fontCn?: string;
  fontEn?: string;
  /** Font size of body text and of tables, in points (default 12 = 小四 and 10.5 = 五号). */
  bodySize?: number;
  tableSize?: number;
  /** The pictures (charts.ts `chapterFigures`, or the page's own). */
  figures?: Figure[];
  title?: string;
  /** Tables after the method's own, in a section of their own (the two-period migration matrices, `cli report --next`). */
  extraTables?: ReportTable[];
  /** Survey tables (report/survey-tables.ts: reliability, satisfaction by segment), in a section of their own before the migration. */
  surveyTables?: ReportTable[];
}

const RULE = 12; // eighths of a point: 1.5 pt
const HEADER_RULE = 6; // 0.75 pt
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** Which figure follows which table (by table id prefix). */
const FIGURE_AFTER: Record<string, string> = { 'global-weights': 'weights', 'k-sweep': 'elbow' };

export function chapterDocument(project: Project, result: Result, options: ChapterOptions): Document {
  const w = options.words;
  const { t: say } = w;
  const ch = options.chapter ?? 4;
  const font = { ascii: options.fontEn ?? 'Times New Roman', hAnsi: options.fontEn ?? 'Times New Roman', eastAsia: options.fontCn ?? '宋体', cs: options.fontEn ?? 'Times New Roman' };
  const body = Math.round((options.bodySize ?? 12) * 2);
  const small = Math.round((options.tableSize ?? 10.5) * 2);
  const run = (text: string, extra: { bold?: boolean; size?: number } = {}) => new TextRun({ text, font, size: extra.size ?? body, bold: extra.bold });
  const para = (text: string, extra: { size?: number; center?: boolean; bold?: boolean; indent?: boolean } = {}) =>
    new Paragraph({
      children: [run(text, extra)],
      alignment: extra.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      spacing: { line: 360, before: 0, after: 0 },
      ...(extra.indent ? { indent: { firstLine: body * 20 } } : {}),
    });
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ heading: level, children: [new TextRun({ text, font, bold: true, size: level === HeadingLevel.HEADING_1 ? 32 : 28, color: '000000' })], spacing: { before: 240, after: 120 } });

  let tableNo = 0;
  let figureNo = 0;
  const figures = new Map((options.figures ?? []).map((f) => [f.id, f]));
  const used = new Set<string>();

  function threeLine(t: ReportTable): (Paragraph | Table)[] {
    tableNo++;
    const caption = para(say('report.chapter.docx.table', { number: `${ch}-${tableNo}`, title: t.title }), { center: true, bold: true, size: small });
    const rows = formatRows(t, '');
    const cell = (text: string, header: boolean, first: boolean) =>
      new TableCell({
        children: [new Paragraph({ alignment: first ? AlignmentType.LEFT : AlignmentType.CENTER, children: [run(text, { size: small, bold: header })] })],
        borders: { top: NONE, left: NONE, right: NONE, bottom: header ? { style: BorderStyle.SINGLE, size: HEADER_RULE, color: '000000' } : NONE },
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
      });
    const table = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: {
        top: { style: BorderStyle.SINGLE, size: RULE, color: '000000' },
        bottom: { style: BorderStyle.SINGLE, size: RULE, color: '000000' },
        left: NONE,
        right: NONE,
        insideHorizontal: NONE,
        insideVertical: NONE,
      },
      rows: [
        new TableRow({ tableHeader: true, children: t.columns.map((c, j) => cell(c, true, j === 0)) }),
        ...rows.map((r) => new TableRow({ children: r.map((c, j) => cell(c, false, j === 0)) })),
      ],
    });
    const notes = (t.notes ?? []).map((n, i) => para(i === 0 ? say('report.chapter.note', { note: n }) : n, { size: small - 3 }));
    return [caption, table, ...notes, para('')];
  }

  /** The figure as Word's vector picture (SVG, asvg:svgBlip) with the 300-dpi PNG as the fallback older Word shows; the PNG alone without an SVG. */
  function picture(f: Figure, size: { width: number; height: number }): ImageRun {
    const altText = { name: f.id, title: f.title, description: f.note };
    if (!f.svg) return new ImageRun({ type: 'png', data: f.png, transformation: size, altText });
    return new ImageRun({ type: 'svg', data: new TextEncoder().encode(f.svg), fallback: { type: 'png', data: f.png }, transformation: size, altText });
  }

  function figure(f: Figure): Paragraph[] {
    used.add(f.id);
    figureNo++;
    const inches = (px: number) => (px / 300) * 96; // docx sizes images in 96-dpi pixels
    return [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [picture(f, { width: inches(f.width), height: inches(f.height) })] }),
      para(say('report.chapter.docx.figure', { number: `${ch}-${figureNo}`, title: f.title }), { center: true, bold: true, size: small }),
      para(say('report.chapter.note', { note: f.note }), { size: small - 3 }),
      para(''),
    ];
  }

  const children: (Paragraph | Table)[] = [];
  children.push(heading(options.title ?? say('report.chapter.title', { chapter: ch }), HeadingLevel.HEADING_1));
  children.push(heading(say('report.chapter.heading', { number: `${ch}.1`, name: say('report.chapter.method') }), HeadingLevel.HEADING_2));
  children.push(para(say('report.chapter.intro.docx', { methods: methodsParagraph(project, result, w) }), { indent: true }));
  const survey = new Set(options.surveyTables ?? []);
  const tables = [...reportTables(result, project, w), ...survey, ...(options.extraTables ?? [])];
  const extra = new Set(options.extraTables ?? []);
  const sections: [string, (t: ReportTable) => boolean][] = [
    [say('report.chapter.section.weights'), (t) => t.id.startsWith('ahp') || t.id.includes('weight')],
    [say('report.chapter.section.k'), (t) => t.id.startsWith('k-sweep')],
    [say('report.chapter.section.clusters'), (t) => !extra.has(t) && !survey.has(t)],
    ...(survey.size ? [[say('report.chapter.section.survey'), (t: ReportTable) => survey.has(t)] as [string, (t: ReportTable) => boolean]] : []),
    ...(extra.size ? [[say('report.chapter.section.migration'), () => true] as [string, (t: ReportTable) => boolean]] : []),
  ];
  const placed = new Set<ReportTable>();
  sections.forEach(([name, pick], s) => {
    children.push(heading(say('report.chapter.heading', { number: `${ch}.${s + 2}`, name }), HeadingLevel.HEADING_2));
    for (const t of tables) {
      if (placed.has(t) || !pick(t)) continue;
      placed.add(t);
      children.push(...threeLine(t));
      const after = Object.entries(FIGURE_AFTER).find(([prefix]) => t.id.startsWith(prefix))?.[1];
      if (after && figures.has(after)) {
        children.push(...figure(figures.get(after) as Figure));
        if (after === 'elbow' && figures.has('silhouette')) children.push(...figure(figures.get('silhouette') as Figure));
      }
    }
    if (s === 0 && figures.has('value-matrix')) children.push(...figure(figures.get('value-matrix') as Figure));
  });
  for (const f of figures.values()) if (!used.has(f.id)) children.push(...figure(f));

  return new Document({
    creator: 'ValueSeg',
    title: options.title ?? say('report.chapter.docTitle'),
    styles: { default: { document: { run: { font, size: body } } } },
    sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: 1584, right: 1584 } } }, children }],
  });
}

/** The chapter as .docx bytes. */
export async function chapterDocx(project: Project, result: Result, options: ChapterOptions): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(chapterDocument(project, result, options)));
}

/**
 * Behaviour-preservation check for the report prose (issue 13: the words move from src/core to
 * the i18n catalogues): the full text of the report — every table (title, columns, formatted
 * rows, notes), the methods paragraph, the SPSS / fuzzy AHP / segment-test / sensitivity /
 * survey / migration tables, the figure captions, the HTML chapter, the Word chapter's
 * document.xml and the Excel workbook — of the sample project, its SPSS, hierarchical, fuzzy AHP
 * and TOPSIS variants, and the icbc-star and spdb-survey templates, in en and zh-CN, compared
 * with snapshot files written from main before the move (tests/fixtures/prose-golden/). The
 * snapshots are not a reference for correctness, only for "the same words as before".
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../../src/core/data/read.ts';
import type { Project } from '../../../src/core/model/project.ts';
import { comparePeriods } from '../../../src/core/periods/index.ts';
import { withDerived } from '../../../src/core/periods/freeze.ts';
import { runPipeline } from '../../../src/core/pipeline.ts';
import { chapterFigures } from '../../../src/core/report/charts/figures.ts';
import { chapterDocx } from '../../../src/core/report/docx/chapter.ts';
import { fuzzyAhpTables } from '../../../src/core/report/fuzzy-ahp.ts';
import { chapterHtml } from '../../../src/core/report/html-chapter.ts';
import { formatRows, methodsParagraph, reportTables, spssTables, type ReportTable } from '../../../src/core/report/index.ts';
import { comparisonJson, migrationCustomersCsv, migrationTables } from '../../../src/core/report/migration.ts';
import { segmentTestTables } from '../../../src/core/report/segment-tests.ts';
import { sensitivitySentence } from '../../../src/core/report/sensitivity-sentence.ts';
import { tornadoFigure } from '../../../src/core/report/sensitivity.ts';
import { projectSurveyTables } from '../../../src/core/report/survey-tables.ts';
import { analysisWorkbook } from '../../../src/core/report/xlsx/analysis.ts';
import { findTemplate, templateProject } from '../../../src/core/templates/index.ts';
import { templatePeriod2 } from '../../../src/core/templates/next-period.ts';
import { reportWords } from '../../../src/i18n/report.ts';

const root = new URL('../../../', import.meta.url);
const sampleCsv = new Uint8Array(readFileSync(new URL('datasets/corporate_customers.csv', root)));
const sampleProject = (): Project => JSON.parse(readFileSync(new URL('datasets/corporate_customers.project.json', root), 'utf8'));
const LOCALES = ['en', 'zh-CN'] as const;
type L = (typeof LOCALES)[number];

const sha = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

function tableText(t: ReportTable): string {
  const rows = formatRows(t, '').map((r) => r.join(' | '));
  return [`## ${t.id}: ${t.title}`, t.columns.join(' | '), ...rows, ...(t.notes ?? []).map((n) => `note: ${n}`)].join('\n');
}

interface Case {
  name: string;
  project: (locale: L) => Project;
  csv: () => Uint8Array | string;
  next?: () => string;
}

const variant = (edit: (p: Project) => void) => (): Project => {
  const p = sampleProject();
  edit(p);
  return p;
};

const template = (id: string): Pick<Case, 'project' | 'csv' | 'next'> => {
  const t = findTemplate(id)!;
  return { project: (locale) => templateProject(t, locale), csv: () => t.generate(), next: () => templatePeriod2(t) };
};

const CASES: Case[] = [
  { name: 'sample', project: variant(() => {}), csv: () => sampleCsv },
  { name: 'sample-quick-cluster', project: variant((p) => Object.assign(p.options.segmentation, { clusterMethod: 'quick-cluster', quickCluster: { mxiter: 2 } })), csv: () => sampleCsv },
  { name: 'sample-hclust', project: variant((p) => Object.assign(p.options.segmentation, { clusterMethod: 'hclust', hclust: { linkage: 'ward', thenKMeans: true } })), csv: () => sampleCsv },
  {
    name: 'sample-fuzzy-topsis',
    project: variant((p) => {
      p.options.ahp.method = 'fuzzy-chang';
      p.options.weighting.method = 'combined';
      p.options.scoring.method = 'topsis';
    }),
    csv: () => sampleCsv,
  },
  { name: 'icbc-star', ...template('icbc-star') },
  { name: 'spdb-survey', ...template('spdb-survey') },
];

async function render(c: Case, locale: L): Promise<string> {
  const project = c.project(locale);
  const { table, report, lines } = readTable(c.csv());
  const result = runPipeline(project, table, { lines, report, sensitivity: true });
  const out: string[] = [];
  const tables = reportTables(result, project, reportWords(locale));
  out.push('# report tables', ...tables.map(tableText));
  out.push('# methods', methodsParagraph(project, result, reportWords(locale)));
  out.push('# spss', ...spssTables(result, reportWords(locale)).map(tableText));
  out.push('# fuzzy', ...fuzzyAhpTables(result, reportWords(locale)).map(tableText));
  out.push('# segment tests', ...segmentTestTables(result, reportWords(locale)).map(tableText));
  out.push('# sensitivity', sensitivitySentence(result, reportWords(locale)));
  const tornado = tornadoFigure(result, reportWords(locale));
  if (tornado) out.push(`figure ${tornado.id}: ${tornado.title} / ${tornado.note} / ${sha(tornado.png)}`);
  const full = withDerived(project, table, lines).table;
  const surveyTables = projectSurveyTables(project, full, result, reportWords(locale));
  out.push('# survey', ...surveyTables.map(tableText));
  let extraTables: ReportTable[] = [];
  if (c.next) {
    const next = readTable(c.next());
    const comparison = comparePeriods(project, table, result, next.table, { lines1: lines, lines2: next.lines });
    extraTables = migrationTables(comparison, reportWords(locale));
    out.push('# migration', ...extraTables.map(tableText));
    out.push('# migration csv', migrationCustomersCsv(comparison, reportWords(locale)).split('\r\n').slice(0, 3).join('\n'));
    out.push('# migration json', JSON.stringify(comparisonJson(comparison, locale)).slice(0, 2000));
  }
  const figures = chapterFigures(result, project, reportWords(locale));
  out.push('# figures', ...figures.map((f) => `figure ${f.id}: ${f.title} / ${f.note} / ${sha(f.png)}`));
  const options = { words: reportWords(locale), chapter: 4, tableSize: 10.5, figures, extraTables, surveyTables } as const;
  // The picture of a figure (a PNG or, since the HTML chapter draws vectors, an inline SVG) is left out: its words are in the caption and note.
  const html = chapterHtml(project, result, options).replace(/<figure>[\s\S]*?<figcaption>/g, '<figure>[picture]<figcaption>');
  out.push('# html', html);
  const docx = unzipSync(await chapterDocx(project, result, options));
  // The Word chapter: the text of each paragraph (its runs joined), then a hash of the whole document.xml.
  const xml = strFromU8(docx['word/document.xml']);
  const paragraphs = xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  out.push('# docx', ...paragraphs.filter((p) => p !== ''), `document.xml ${sha(xml)}`);
  const xlsx = unzipSync(analysisWorkbook(full, result, project, { words: reportWords(locale), extraTables: [...surveyTables, ...extraTables] }));
  out.push('# xlsx', ...Object.keys(xlsx).sort().map((k) => `${k} ${sha(xlsx[k])}`));
  return out.join('\n') + '\n';
}

describe('report prose golden files', () => {
  for (const c of CASES) {
    for (const locale of LOCALES) {
      it(`renders the ${c.name} report in ${locale} with the same words as the snapshot from before the catalogue move`, async () => {
        await expect(await render(c, locale)).toMatchFileSnapshot(`../../fixtures/prose-golden/${c.name}.${locale}.txt`);
      }, 60_000);
    }
  }
});

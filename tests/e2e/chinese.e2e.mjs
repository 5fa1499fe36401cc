// Chinese throughout (issue 8): in zh-CN no English word is left in any step, with the sample
// project and with a Chinese data file made into a project. Words of the data itself (column
// names and cells of the file) and acronyms/units are allowed.
import { readFileSync } from 'node:fs';
import { englishWords } from './newproject.e2e.mjs';
import { expect } from './helpers.mjs';

const STEPS = ['data', 'indicators', 'judgments', 'weights', 'scores', 'clusters', 'segments', 'export'];
const GBK = readFileSync(new URL('../fixtures/newproject/wholesale_gbk.csv', import.meta.url));
const wordsOf = (text) => text.match(/[A-Za-z][A-Za-z0-9_'’-]*/g) ?? [];
const SAMPLE_WORDS = wordsOf(readFileSync(new URL('../../datasets/corporate_customers.csv', import.meta.url), 'utf8'));
const GBK_WORDS = wordsOf(new TextDecoder('gbk').decode(GBK));
/** Names of the shipped data sets in the picker, and terms the page keeps in English on purpose. */
const ALLOWED = ['csv', 'bank_churners', 'bank_marketing', 'cc_general', 'churn_modelling', 'corporate_customers', 'islr_credit', 'wholesale_customers', 'iris', 'wine',
  // method names, index abbreviations and symbols the Chinese literature writes in Latin letters
  'Lloyd', 'Kneedle', 'Saaty', 'Alonso-Lamata', 'AIJ', 'AIP', 'max', 'Spearman', 'Calinski', 'Harabasz', 'Davies', 'Bouldin', 'CH', 'DB', 'WSS', 'SPSS', 'BOM', 'Alonso', 'Lamata', 'df', 'IBM', 'Statistics', 'PDF', 'Word', 'LaTeX', 'GB18030',
  // file extensions, formula symbols (p_ij, ln, min) and method names
  'xlsx', 'xlsm', 'SPSSAU', 'TOPSIS', 'min', 'p_ij', 'ij', 'ln',
  // the Word export (issue 11): the file extension as Word itself names it ("Word 章节（.docx）") and
  // the print resolution unit ("300 dpi"), which Chinese writes in Latin letters like xlsx above
  'docx', 'dpi',
  // the segment tests (issue 10): test and method names as SPSS and the Chinese literature write
  // them (Cramér's V is cut at the é, so 'Cram'), the F test's degrees of freedom df1/df2
  'k-means', 'Levene', 'Cohen', 'LSD', 'Tukey', 'HSD', 'Games-Howell', 'Pearson', 'Cram', 'df1', 'df2',
  // the warehouse export (issue 12): SQL and the names of the database products it targets
  'SQL', 'NULL', 'SELECT', 'DuckDB', 'PostgreSQL', 'Greenplum', 'Citus', 'openGauss', 'GaussDB', 'DWS', 'Spark', 'Hive', 'ClickHouse'];
/**
 * Words allowed in one step only: the export step's SQL hint names the columns the SELECT returns
 * (identifiers the warehouse sees as they are, so not translated); elsewhere they still count.
 */
const STEP_ALLOWED = { export: ['id', 'composite', 'current', 'potential', 'tier', 'quadrant', 'segment', 'segment_name'] };
/**
 * Titles of the published sources the table notes cite (Cohen 1988, Levene 1960, Cramér 1946): a
 * Chinese thesis cites an English book under its own title, so exactly these are not words to
 * translate. Any other English text around them still counts.
 */
const CITED_TITLES = ['Statistical Power Analysis for the Behavioral Sciences', 'Contributions to Probability and Statistics', 'Stanford University Press',
  'Mathematical Methods of Statistics', 'Princeton University Press',
  // the weight sensitivity's sources (issue 10, item 6): authors, title and journals
  'A sensitivity analysis approach for some deterministic multi-criteria decision-making methods', 'Decision Sciences', 'Naval Research Logistics Quarterly', 'Triantaphyllou', 'Sánchez', 'Kuhn',
  // the method sources under the formulas (出处, src/i18n/messages/cite.ts): titles, journals, publishers, authors
  'The Analytic Hierarchy Process', 'New York', 'McGraw-Hill', 'A note on the analysis of subjective judgment matrices', 'Journal of Mathematical Psychology',
  'Applications of the extent analysis method on fuzzy AHP', 'European Journal of Operational Research', 'Fuzzy hierarchical analysis', 'Fuzzy Sets and Systems',
  'Determining objective weights in multiple criteria problems: the CRITIC method', 'Computers & Operations Research',
  'Multiple Attribute Decision Making: Methods and Applications', 'Berlin', 'Springer', 'Control problems of grey systems', 'Systems & Control Letters',
  'Introduction to grey system theory', 'The Journal of Grey System', 'Crawford', 'Williams', 'Chang', 'Buckley', 'Diakoulaki', 'Mavrotas', 'Papayannakis', 'Hwang', 'Yoon', 'Deng'];

/**
 * A step's visible text without what is code rather than language: read-only text areas (the
 * generated SQL, whose keywords and column names are SQL's and the data's) and `back-quoted`
 * command lines the user types as they are; the cited titles are taken out too.
 */
async function stepText(section) {
  const visible = await section.evaluate((el) => {
    const code = [...el.querySelectorAll('textarea[readonly]')];
    const display = code.map((c) => c.style.display);
    for (const c of code) c.style.display = 'none';
    const text = el.innerText;
    code.forEach((c, i) => (c.style.display = display[i]));
    return text;
  });
  let text = [visible, ...(await section.locator('svg text').allTextContents())].join('\n').replace(/`[^`\n]*`/g, ' ');
  for (const title of CITED_TITLES) text = text.split(title).join(' ');
  return text;
}

async function leftovers(page, extra) {
  const found = [];
  const rail = await page.locator('nav.rail').innerText();
  const head = await page.locator('header.top').innerText();
  const w0 = englishWords(`${rail}\n${head}`, extra);
  if (w0.length) found.push(`rail/header: ${[...new Set(w0)].join(', ')}`);
  for (const step of STEPS) {
    const section = page.locator(`#step-${step}`);
    const text = await stepText(section);
    // Code shown as code (command lines, SQL, file names in <code>) is not prose to translate, nor
    // are the names in a list to choose from.
    const code = wordsOf((await section.locator('code, pre, kbd, samp, select').allInnerTexts()).join('\n'));
    const words = englishWords(text, [...extra, ...code, ...(STEP_ALLOWED[step] ?? [])]);
    if (words.length) found.push(`${step}: ${[...new Set(words)].slice(0, 30).join(', ')}`);
    // ASCII ; , : between Chinese characters (Chinese sentences use ；，：).
    const punct = text.match(/[\u4e00-\u9fff][;,:][\u4e00-\u9fff]/g) ?? [];
    if (punct.length) found.push(`${step}: ASCII punctuation in Chinese text: ${[...new Set(punct)].join(' ')}`);
  }
  return found;
}

export const tests = {
  async 'in zh-CN the sample project shows no English word in any step'({ newContext, base }) {
    const context = await newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    await page.getByTestId('segment-card').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    const found = await leftovers(page, [...SAMPLE_WORDS, ...ALLOWED]);
    expect(found.length === 0, `English words left:\n${found.join('\n')}`);
  },

  async 'in zh-CN a project made from a Chinese data file shows no English word in any step'({ newContext, base }) {
    const context = await newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    await page.getByTestId('file-input').setInputFiles({ name: '批发客户.csv', mimeType: 'text/csv', buffer: GBK });
    await page.locator('#step-data').getByTestId('report-file').filter({ hasText: '批发客户.csv' }).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: '用此文件新建项目' }).click();
    await page.getByRole('status').filter({ hasText: /440/ }).waitFor({ timeout: 20_000 });
    await page.getByTestId('segment-card').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(500);
    const found = await leftovers(page, [...GBK_WORDS, ...ALLOWED]);
    expect(found.length === 0, `English words left:\n${found.join('\n')}`);
  },
};

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
  'xlsx', 'xlsm', 'docx', 'dpi', 'SPSSAU', 'TOPSIS', 'min', 'p_ij', 'ij', 'ln', 'SQL'];

async function leftovers(page, extra) {
  const found = [];
  const rail = await page.locator('nav.rail').innerText();
  const head = await page.locator('header.top').innerText();
  const w0 = englishWords(`${rail}\n${head}`, extra);
  if (w0.length) found.push(`rail/header: ${[...new Set(w0)].join(', ')}`);
  for (const step of STEPS) {
    const section = page.locator(`#step-${step}`);
    const text = [await section.innerText(), ...(await section.locator('svg text').allTextContents())].join('\n');
    // Code shown as code (command lines, SQL, file names in <code>) is not prose to translate.
    // So are a read-only SQL text, the names in a list to choose from, and `backquoted` commands.
    const code = wordsOf([...(await section.locator('code, pre, kbd, samp, select').allInnerTexts()), ...(await section.locator('textarea[readonly]').evaluateAll((els) => els.map((e) => e.value)))].join('\n'));
    const words = englishWords(text.replace(/`[^`]*`/g, ''), [...extra, ...code]);
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

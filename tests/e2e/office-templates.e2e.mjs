// The thesis templates in the printed report and the Office exports (issue 9): the SPDB survey
// template's reliability tables (Cronbach's α as numpy computes it, tests/fixtures/templates/
// reliability.json) and satisfaction by segment in the printed report, the Word chapter and the
// workbook; the ICBC template (a derived indicator, the value index) exported to Word and Excel
// with its value index and every customer's ABC strategy in the customers sheet. zh-CN and en.
import { readFileSync } from 'node:fs';
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const REF = JSON.parse(readFileSync('tests/fixtures/templates/reliability.json', 'utf8'))['spdb-service'];
const TEXT = {
  'zh-CN': { survey: '问卷信度与各细分的满意度', reliability: '各维度信度（Cronbach α）', abcStrategy: 'ABC分类策略', customers: '客户' },
  en: { survey: 'Survey reliability and satisfaction by segment', reliability: 'Reliability per dimension (Cronbach’s α)', abcStrategy: 'ABC strategy', customers: 'Customers' },
};

async function openTemplate(page, id, rows) {
  await page.getByTestId('start-template').click();
  await page.getByTestId('template-gallery').getByTestId(`template-${id}`).getByTestId('template-open').click();
  await page.getByRole('status').filter({ hasText: new RegExp(String(rows)) }).waitFor({ timeout: 30_000 });
}

async function download(page, testid) {
  const button = page.getByTestId(testid);
  await button.scrollIntoViewIfNeeded();
  await page.waitForFunction((id) => !document.querySelector(`[data-testid="${id}"]`)?.disabled, testid, { timeout: 60_000 });
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
  const { unzipSync, strFromU8 } = await import('fflate');
  const files = unzipSync(new Uint8Array(readFileSync(await dl.path())));
  return (name) => strFromU8(files[name]);
}

/** The cells of the first sheet of a workbook as text, row by row (inline strings and shared strings). */
function firstSheetText(file) {
  const shared = [...(file('xl/sharedStrings.xml') ?? '').matchAll(/<si>(.*?)<\/si>/gs)].map((m) => [...m[1].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(''));
  return file('xl/worksheets/sheet1.xml').replace(/<c [^>]*t="s"[^>]*><v>(\d+)<\/v><\/c>/g, (_, i) => shared[Number(i)]);
}

async function run(page, base, locale) {
  const tx = TEXT[locale];
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });

  // The survey template: its tables in the printed report…
  await openTemplate(page, 'spdb-survey', 300);
  await page.getByTestId('survey').waitFor({ timeout: 30_000 });
  await page.emulateMedia({ media: 'print' });
  const section = page.getByTestId('report-survey');
  await section.waitFor({ timeout: 20_000 });
  const text = await section.innerText();
  expect(text.includes(tx.survey) && text.includes(tx.reliability), `the survey section: ${text.slice(0, 200)}`);
  const first = await section.locator('table').first().locator('tbody tr').first().locator('td').allInnerTexts();
  expect(first.includes(REF.alpha.toFixed(3)), `α ${first} is numpy's ${REF.alpha.toFixed(3)}`);
  expect((await section.locator('table').count()) === 3, 'three survey tables in the report');
  await section.screenshot({ path: `${OUT}/report-survey-${locale}.png` });
  await page.emulateMedia({ media: 'screen' });

  // …in the Word chapter and in the workbook.
  const docx = await download(page, 'export-docx');
  const xml = docx('word/document.xml');
  expect(xml.includes(tx.survey), 'the survey section in the Word chapter');
  expect(xml.includes(`>${REF.alpha.toFixed(3)}<`), `numpy's α ${REF.alpha.toFixed(3)} in the Word chapter`);
  const book = await download(page, 'export-xlsx');
  expect(book('xl/workbook.xml').includes(tx.reliability.slice(0, 31)), 'the reliability sheet in the workbook');

  // The ICBC template (a derived value index) exports to Word and Excel.
  await openTemplate(page, 'icbc-star', 600);
  await until(() => page.getByTestId('export-xlsx').isDisabled(), (d) => !d, 'the export is ready', 60_000);
  const icbc = await download(page, 'export-xlsx');
  const sheet = firstSheetText(icbc);
  expect(sheet.includes('value_index'), 'the value index in the customers sheet');
  expect(sheet.includes(tx.abcStrategy), 'an ABC strategy column in the customers sheet');
  const icbcDocx = await download(page, 'export-docx');
  expect(icbcDocx('word/document.xml').includes('星点值'), 'the value index (星点值) in the Word chapter');
  expect((await page.getByTestId('office-export').locator('.error').count()) === 0, 'no export failed');
  await page.getByTestId('office-export').screenshot({ path: `${OUT}/office-icbc-${locale}.png` });
}

export const tests = {
  async 'in Chinese, the survey tables are in the printed report, the Word chapter and the workbook, and the ICBC template with its derived value index exports to Word and Excel'({ newContext, base }) {
    const context = await newContext({ locale: 'zh-CN' });
    await run(await context.newPage(), base, 'zh-CN');
  },
  async 'in English, the survey tables are in the printed report, the Word chapter and the workbook, and the ICBC template with its derived value index exports to Word and Excel'({ page, base }) {
    await run(page, base, 'en');
  },
};

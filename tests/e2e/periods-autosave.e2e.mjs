// Two periods (issue 9, item 7), autosave and worker: the period-2 file loaded for the ICBC
// template is kept in the browser like the period-1 data, so after a reload the migration matrix
// is there again without loading it; the comparison runs in its own worker (periods.worker), not
// on the page's main thread; removing period 2 forgets it for the next reload. zh-CN and en.
import { readFileSync } from 'node:fs';
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const REF = JSON.parse(readFileSync('tests/fixtures/periods/icbc-reference.json', 'utf8'));

async function starRow(page) {
  const rows = await page.getByTestId('migration-matrix').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent.replace(/,/g, '')))));
  return JSON.stringify(rows.slice(0, 7).map((r) => r.slice(0, 7)));
}

async function run(page, base, locale) {
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
  await page.getByTestId('start-template').click();
  await page.getByTestId('template-gallery').getByTestId('template-icbc-star').getByTestId('template-open').click();
  await page.getByTestId('segment-cards').waitFor({ timeout: 30_000 });
  await page.getByTestId('period2-example').click();
  await page.getByTestId('migration-matrix').waitFor({ timeout: 30_000 });
  expect((await starRow(page)) === JSON.stringify(REF.migrations.tier.matrix), 'the star-level matrix is the reference’s');
  expect(workers.some((u) => u.includes('periods.worker')), `the comparison ran in a periods worker: ${workers.join(', ')}`);

  // A reload brings period 2 back from the browser's storage.
  await page.waitForTimeout(500);
  await page.reload();
  const summary = page.getByTestId('periods-summary');
  await summary.waitFor({ timeout: 40_000 });
  expect((await summary.innerText()).includes('icbc-star-period2.csv'), 'period 2 is the saved file');
  expect((await starRow(page)) === JSON.stringify(REF.migrations.tier.matrix), 'the same matrix after a reload');
  await page.getByTestId('periods').scrollIntoViewIfNeeded();
  await page.getByTestId('periods').screenshot({ path: `${OUT}/periods-restored-${locale}.png` });

  // Removed: not there after the next reload.
  await page.getByTestId('period2-clear').click();
  await page.waitForTimeout(1500);
  await page.getByTestId('periods').screenshot({ path: `${OUT}/periods-cleared-${locale}.png` });
  await until(() => page.getByTestId('migration-matrix').count(), (n) => n === 0, 'the matrix goes');
  await page.waitForTimeout(500);
  await page.reload();
  await page.getByTestId('segment-cards').waitFor({ timeout: 40_000 });
  await page.waitForTimeout(2000);
  expect((await page.getByTestId('migration-matrix').count()) === 0, 'no period 2 after it was removed and the page reloaded');
}

export const tests = {
  async 'in Chinese, the period-2 file is autosaved and comes back after a reload, compared in a worker'({ newContext, base }) {
    const context = await newContext({ locale: 'zh-CN' });
    await run(await context.newPage(), base, 'zh-CN');
  },
  async 'in English, the period-2 file is autosaved and comes back after a reload, compared in a worker'({ page, base }) {
    await run(page, base, 'en');
  },
};

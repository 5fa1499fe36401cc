// Two periods (issue 9, item 7): the icbc-star template opened from the gallery, its period-2
// example loaded (zh-CN) or its period-2 file chosen (en) in the segments step; the migration
// matrix of the star levels is drawn with the counts of the pandas reference
// (tests/fixtures/periods/icbc-reference.json), the alluvial chart is drawn, the scheme can be
// switched, and both CSV downloads carry the matrix and the customers' moves.
import { readFileSync } from 'node:fs';
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const REF = JSON.parse(readFileSync('tests/fixtures/periods/icbc-reference.json', 'utf8'));

async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: dl.suggestedFilename(), text: readFileSync(await dl.path(), 'utf8') };
}

async function openIcbc(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
  await page.getByTestId('start-template').click();
  await page.getByTestId('template-gallery').getByTestId('template-icbc-star').getByTestId('template-open').click();
  await page.getByTestId('segment-cards').waitFor({ timeout: 30_000 });
}

/** The star-level matrix on the page: the body rows' counts, lowest star first as in the reference. */
async function starMatrix(page) {
  const rows = await page.getByTestId('migration-matrix').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number(td.textContent.replace(/,/g, '')))));
  // 7 star levels, then the new customers' row and the totals: the first 7 rows, 7 columns each.
  return rows.slice(0, 7).map((r) => r.slice(0, 7));
}

async function check(page, locale) {
  const panel = page.getByTestId('periods');
  const table = page.getByTestId('migration-matrix');
  await table.waitFor({ timeout: 20_000 });
  const got = await starMatrix(page);
  expect(JSON.stringify(got) === JSON.stringify(REF.migrations.tier.matrix), `star-level matrix ${JSON.stringify(got)} is the reference's ${JSON.stringify(REF.migrations.tier.matrix)}`);
  const summary = await page.getByTestId('periods-summary').innerText();
  for (const n of [REF.customers.matched, REF.customers.new, REF.customers.lost]) expect(summary.includes(String(n)), `summary names ${n}: ${summary}`);
  const notes = await panel.locator('.notes').innerText();
  expect(notes.includes(String(REF.migrations.tier.up)) && notes.includes(String(REF.migrations.tier.down)), `moves: ${notes}`);
  expect(notes.includes(locale === 'zh-CN' ? '升级' : 'upgraded'), `moves in words: ${notes}`);
  const chart = page.getByTestId('migration-chart');
  const bands = await chart.locator('svg path').count();
  expect(bands >= 10, `the alluvial chart draws its bands (${bands} paths)`);
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${OUT}/periods-stars-${locale}.png` });

  const matrix = await download(page, () => page.getByTestId('periods-download-matrix').click());
  expect(matrix.name.endsWith('.csv') && matrix.text.includes('★★★★★★★'), `matrix CSV ${matrix.name}`);
  const customers = await download(page, () => page.getByTestId('periods-download-customers').click());
  const lines = customers.text.trim().split(/\r\n/);
  expect(lines.length === 1 + REF.customers.matched + REF.customers.new + REF.customers.lost, `one CSV row per customer of either period (${lines.length - 1})`);
  expect(lines[0].includes(locale === 'zh-CN' ? '客户编号' : 'id'), `customers CSV header: ${lines[0]}`);

  await page.getByTestId('periods-scheme').selectOption('segment');
  await until(() => table.locator('caption').innerText(), (c) => c.includes(locale === 'zh-CN' ? '客户细分' : 'Segments'), 'the segment matrix is shown');
  const seg = await table.locator('tbody tr').first().locator('td').allInnerTexts();
  expect(seg.slice(0, 4).map(Number).join() === REF.migrations.segment.matrix[0].join(), `segment 1 row ${seg} is the reference's`);
  await panel.screenshot({ path: `${OUT}/periods-segments-${locale}.png` });

  // The printable report carries the migration matrices (numbered after the method's tables) and the chart.
  await page.emulateMedia({ media: 'print' });
  const report = page.getByTestId('report-periods');
  await report.waitFor({ timeout: 10_000 });
  const text = await report.innerText();
  expect(text.includes(locale === 'zh-CN' ? '两期客户迁移矩阵' : 'Customer migration between two periods') && text.includes('★★★★★★★'), `report section: ${text.slice(0, 200)}`);
  const figures = await page.getByTestId('report-figures').innerText();
  expect(figures.includes(locale === 'zh-CN' ? '第一期到第二期的客户迁移' : 'Migration between period 1 and period 2'), 'the migration chart is among the report figures');
  await report.screenshot({ path: `${OUT}/periods-report-${locale}.png` });
  await page.emulateMedia({ media: 'screen' });
}

export const tests = {
  async 'in Chinese, the ICBC template with its period-2 example shows the star-level migration matrix and chart'({ newContext, base }) {
    const context = await newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await openIcbc(page, base);
    await page.locator('#step-segments').scrollIntoViewIfNeeded();
    await page.getByTestId('period2-example').click();
    await check(page, 'zh-CN');
  },

  async 'in English, a period-2 file chosen for the ICBC template shows the migration of star levels and segments'({ page, base }) {
    await openIcbc(page, base);
    await page.getByTestId('period2-input').setInputFiles({ name: 'icbc-next.csv', mimeType: 'text/csv', buffer: readFileSync('datasets/templates/period2/icbc-star.csv') });
    await check(page, 'en');
  },
};

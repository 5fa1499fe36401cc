// Survey reliability in the page (issue 9, item 9): the SPDB template opened from the gallery
// shows, in the segments step, Cronbach's α per dimension and per item — the service dimension's
// α, corrected item–total correlations and α if deleted as numpy computes them
// (tests/fixtures/templates/reliability.json) — and satisfaction by segment, in zh-CN and English.
import { readFileSync } from 'node:fs';
import { expect } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const REF = JSON.parse(readFileSync('tests/fixtures/templates/reliability.json', 'utf8'))['spdb-service'];

async function run(page, base, locale) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
  await page.getByTestId('start-template').click();
  await page.getByTestId('template-gallery').getByTestId('template-spdb-survey').getByTestId('template-open').click();
  const survey = page.getByTestId('survey');
  await survey.waitFor({ timeout: 30_000 });
  const first = await page.getByTestId('survey:reliability').locator('tbody tr').first().locator('td').allInnerTexts();
  // items, rows, α, standardised α (3 decimals)
  expect(first[0] === '4' && first[1] === String(REF.n), `items and rows: ${first}`);
  expect(first[2] === REF.alpha.toFixed(3) && first[3] === REF.standardisedAlpha.toFixed(3), `α ${first[2]} / ${first[3]} is numpy's ${REF.alpha.toFixed(3)} / ${REF.standardisedAlpha.toFixed(3)}`);
  const items = await page.getByTestId('survey:items').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
  REF.columns.forEach((c, i) => {
    const row = items.find((r) => r[0] === c);
    expect(row && row[2] === REF.citc[i].toFixed(3) && row[3] === REF.alphaIfDeleted[i].toFixed(3), `${c}: ${row} is numpy's ${REF.citc[i].toFixed(3)}, ${REF.alphaIfDeleted[i].toFixed(3)}`);
  });
  const cross = await page.getByTestId('survey:by-segment').locator('tbody tr').count();
  expect(cross >= 2, `satisfaction by segment: ${cross} segments`);
  await survey.scrollIntoViewIfNeeded();
  await survey.screenshot({ path: `${OUT}/survey-${locale}.png` });
}

export const tests = {
  async 'in Chinese, the SPDB survey template shows Cronbach’s α per dimension and item and satisfaction by segment'({ newContext, base }) {
    const context = await newContext({ locale: 'zh-CN' });
    await run(await context.newPage(), base, 'zh-CN');
  },
  async 'in English, the SPDB survey template shows Cronbach’s α per dimension and item and satisfaction by segment'({ page, base }) {
    await run(page, base, 'en');
  },
};

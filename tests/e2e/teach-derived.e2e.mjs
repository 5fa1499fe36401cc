// "Show the calculation" with a derived indicator (issue 14): on the ICBC template the value index
// (value_index = balances × fixed coefficients, a derived column) is an indicator; the weights
// step's entropy and CRITIC calculations and the scores step's one-customer score are shown and
// give the step's own figures, in English and in Chinese.
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const text = async (loc) => ((await loc.evaluate((el) => (el instanceof HTMLElement ? el.innerText : el.textContent))) ?? '').trim();
const num = (s) => Number(String(s).replace(/[,\s]/g, '').match(/-?\d+(?:\.\d+)?/)?.[0]);

async function run(page, base, locale) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
  await page.getByTestId('start-template').click();
  await page.getByTestId('template-gallery').getByTestId('template-icbc-star').getByTestId('template-open').click();
  await page.getByTestId('segment-cards').waitFor({ timeout: 30_000 });
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  const picker = page.locator('#step-indicators select').filter({ has: page.locator('option[value="value_index"]') }).first();
  await picker.waitFor({ state: 'attached' });
  expect((await picker.inputValue()) === 'value_index', 'an indicator of the template is the derived value_index');

  const step = page.locator('#step-weights');
  await step.getByTestId('weights-table').waitFor();
  const details = step.getByTestId('calc-weights-details');
  await details.locator('summary').click();
  await details.getByTestId('calc-entropy').waitFor();
  const names = await details.getByTestId('calc-entropy').locator('thead th').allInnerTexts();
  expect(names.some((n) => /星|value/i.test(n)), `the derived indicator is not a column of the entropy table: ${names}`);
  for (const k of ['entropy', 'critic']) {
    const stepW = (await step.getByTestId('weights-table').locator(`[data-testid^="w-${k}-"]`).allInnerTexts()).map(num);
    const panelW = (await details.getByTestId(`calc-${k}`).locator(`[data-testid^="calc-${k}-w-"]`).allInnerTexts()).map(num);
    expect(stepW.length > 0 && stepW.length === panelW.length, `${k}: ${stepW.length} step and ${panelW.length} panel weights`);
    panelW.forEach((w, j) => expect(Math.abs(w - stepW[j]) <= 0.0006, `${k} weight ${j + 1}: panel ${w}, step ${stepW[j]}`));
  }
  await details.screenshot({ path: `${OUT}/teach-derived-weights-${locale}.png` });

  const scores = page.locator('#step-scores');
  const ranking = scores.getByTestId('ranking');
  await ranking.locator('tbody tr').first().waitFor();
  const headers = await ranking.locator('thead th').allInnerTexts();
  const col = headers.findIndex((h) => /Composite|综合得分/.test(h));
  const first = num(await ranking.locator('tbody tr').first().locator('td').nth(col).innerText());
  const sd = scores.getByTestId('calc-score-details');
  await sd.locator('summary').click();
  const shown = num(await until(() => sd.getByTestId('calc-score-composite').count().then(async (c) => (c ? text(sd.getByTestId('calc-score-composite')) : '')), (v) => v !== '', 'the score panel'));
  expect(Math.abs(shown - first) <= 0.0051, `the panel's composite ${shown} is not the ranking's first score ${first}`);
}

export const tests = {
  async 'in English, the weights and score calculations are shown with a derived indicator and give the steps’ figures'({ page, base }) {
    await run(page, base, 'en');
  },
  async 'in Chinese, the weights and score calculations are shown with a derived indicator and give the steps’ figures'({ newContext, base }) {
    const context = await newContext({ locale: 'zh-CN' });
    await run(await context.newPage(), base, 'zh-CN');
  },
};

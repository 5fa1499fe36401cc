// Derived columns in the page's column pickers (issue 9, item 2): on the ICBC template the value
// index (value_index = balances × fixed coefficients, a derived column) is an ordinary choice of
// the indicator's column picker and of the ABC source picker, and the data step shows its
// definition, in zh-CN and in English.
import { expect } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';

async function run(page, base, locale) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
  await page.getByTestId('start-template').click();
  await page.getByTestId('template-gallery').getByTestId('template-icbc-star').getByTestId('template-open').click();
  await page.getByTestId('segment-cards').waitFor({ timeout: 30_000 });
  // The data step lists the derived column with its definition (the template's coefficients).
  const list = page.getByTestId('derived-list');
  await list.waitFor({ timeout: 10_000 });
  const definition = await list.locator('li').allInnerTexts();
  expect(JSON.stringify(definition) === JSON.stringify(['value_index = 0.01 × deposits_6m_avg + 0.01 × wealth_6m_avg + 0.005 × loans_6m_avg + 0.1 × fee_income']), `the data step shows the definition: ${JSON.stringify(definition)}`);
  await list.screenshot({ path: `${OUT}/derived-list-${locale}.png` });
  // The indicator bound to the derived column shows it as a column, not as a missing one.
  const picker = page.locator('#step-indicators select').filter({ has: page.locator('option[value="value_index"]') }).first();
  expect((await picker.inputValue()) === 'value_index', 'the 星点值 indicator is bound to value_index');
  const shown = await picker.locator('option:checked').innerText();
  expect(shown === 'value_index', `the picker names the derived column as it is (${shown})`);
  // The ABC source picker offers it beside the data's columns and the scores.
  const abc = page.getByTestId('abc-source');
  expect((await abc.inputValue()) === 'value_index', 'ABC by the value index');
  const options = await abc.locator('option').evaluateAll((os) => os.map((o) => o.value));
  expect(options.includes('value_index') && options.includes('deposits_6m_avg') && options.includes('score:composite'), `ABC sources: ${options}`);
  // Choosing another column and back is an ordinary edit.
  await abc.selectOption('deposits_6m_avg');
  await abc.selectOption('value_index');
  expect((await abc.inputValue()) === 'value_index', 'value_index chosen again');
  await picker.scrollIntoViewIfNeeded();
  await page.locator('#step-indicators').screenshot({ path: `${OUT}/derived-picker-${locale}.png` });
}

export const tests = {
  async 'in Chinese, a derived column is a choice of the indicator and ABC column pickers'({ newContext, base }) {
    const context = await newContext({ locale: 'zh-CN' });
    await run(await context.newPage(), base, 'zh-CN');
  },
  async 'in English, a derived column is a choice of the indicator and ABC column pickers'({ page, base }) {
    await run(page, base, 'en');
  },
};

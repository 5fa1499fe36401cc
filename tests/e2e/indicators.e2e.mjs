// Step 2 Indicators: editing the hierarchy (criteria, sub-criteria, indicators, roles, order),
// inline validation next to the node it names, and the thesis presets on real data. After every
// edit the pipeline must still compute (the status line) — the judgments follow the hierarchy.
import { expect } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const status = (page) => page.getByTestId('status');
const step = (page) => page.locator('#step-indicators');

/** Waits until the status line reports a finished computation matching `re`, and no error. */
async function computed(page, re, timeout = 20_000) {
  await status(page).filter({ hasText: re }).waitFor({ timeout });
  expect((await status(page).locator('.error').count()) === 0, `status shows an error: ${await status(page).textContent()}`);
}

/** A screenshot of one step, taken on the full page so the sticky header does not cover it. */
async function stepShot(page, id, file) {
  const box = await page.locator(`#step-${id}`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
  });
  await page.evaluate(() => window.scrollTo(0, 0)); // the sticky header stays at the top of the page
  await page.screenshot({ path: `${OUT}/${file}`, fullPage: true, clip: box });
}

const criterionNames = (page) => step(page).locator('[data-testid="criterion"] > .head input[type="text"]').evaluateAll((els) => els.map((e) => e.value));
const indicatorNames = (card) => card.locator('[data-testid="indicator"] td:first-child input').evaluateAll((els) => els.map((e) => e.value));

export const tests = {
  async 'a new criterion is flagged in place until a column is bound to it, then the hierarchy computes'({ page, base }) {
    await page.goto(base);
    await computed(page, /600 customers, 10 indicators/);
    const s = step(page);
    // free a column: remove "Overdue days" from Potential value
    await s.getByRole('button', { name: 'Remove Overdue days' }).click();
    await computed(page, /600 customers, 9 indicators/);
    // a new, empty criterion is flagged next to it until an indicator is bound
    await s.getByRole('button', { name: 'Add criterion' }).click();
    const card = s.locator('[data-testid="criterion"][data-id="criterion"]');
    await card.getByTestId('criterion-problems').filter({ hasText: 'Bind at least one indicator' }).waitFor();
    expect((await page.locator('nav .badge').first().textContent()).trim() !== '', 'the step rail counts the problem');
    // the new criterion's name is focused and selected: typing renames it
    await page.keyboard.type('Risk');
    await page.keyboard.press('Enter');
    await card.getByLabel('Column to bind to Risk').selectOption('overdue_days');
    await card.getByRole('button', { name: 'Add indicator to Risk' }).click();
    await card.getByLabel('Direction of overdue_days').selectOption('cost');
    await card.getByLabel('Name of indicator overdue_days').fill('Overdue days');
    await card.getByLabel('Name of indicator overdue_days').press('Enter');
    expect((await card.getByTestId('criterion-problems').count()) === 0, 'the problem is gone');
    await computed(page, /600 customers, 10 indicators/);
    // the judgments step compares the three criteria
    await page.locator('#step-judgments').getByText('Risk').first().waitFor();
    await stepShot(page, 'indicators', 'indicators-added.png');
  },

  async 'reordering and removing criteria and indicators keep the judgments and the computation going, and undo restores'({ page, base }) {
    await page.goto(base);
    await computed(page, /600 customers, 10 indicators/);
    const s = step(page);
    await s.getByRole('button', { name: 'Remove Overdue days' }).click();
    await s.getByRole('button', { name: 'Add criterion' }).click();
    const card = s.locator('[data-testid="criterion"][data-id="criterion"]');
    await card.getByLabel('Name of Criterion 3').fill('Risk');
    await card.getByLabel('Name of Criterion 3').press('Enter');
    await card.getByRole('button', { name: 'Add indicator to Risk' }).click();
    await computed(page, /600 customers, 10 indicators/);
    // reorder: Risk up above Potential value, Loan balance below Intermediary income
    await s.getByRole('button', { name: 'Move Risk up' }).click();
    expect(JSON.stringify(await criterionNames(page)) === JSON.stringify(['Current value', 'Risk', 'Potential value']), `order: ${await criterionNames(page)}`);
    const current = s.locator('[data-testid="criterion"][data-id="current"]');
    // by keyboard: the focus stays on the arrow of the moved row
    await current.getByRole('button', { name: 'Move Loan balance down' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect((await indicatorNames(current))[3] === 'Loan balance', `Loan balance moved down twice: ${await indicatorNames(current)}`);
    expect((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) === 'Move Loan balance down', 'focus kept');
    await computed(page, /600 customers, 10 indicators/);
    // remove the criterion again
    await s.getByRole('button', { name: 'Remove Risk' }).click();
    expect(JSON.stringify(await criterionNames(page)) === JSON.stringify(['Current value', 'Potential value']), 'Risk removed');
    await computed(page, /600 customers, 9 indicators/);
    // undo brings it back, with its indicator
    await page.getByRole('button', { name: 'Undo' }).click();
    expect((await criterionNames(page)).includes('Risk'), 'undo restores Risk');
    await computed(page, /600 customers, 10 indicators/);
  },

  async 'sub-criteria: a criterion with two sub-criteria gets its own equal judgments and computes'({ page, base }) {
    await page.goto(base);
    await computed(page, /600 customers, 10 indicators/);
    const s = step(page);
    await s.getByRole('button', { name: 'Remove Overdue days' }).click();
    await s.getByRole('button', { name: 'Remove Years of cooperation' }).click();
    await s.getByRole('button', { name: 'Add criterion' }).click();
    const rel = s.locator('[data-testid="criterion"][data-id="criterion"]');
    await rel.getByLabel('Name of Criterion 3').fill('Relationship');
    await rel.getByLabel('Name of Criterion 3').press('Enter');
    await rel.getByRole('button', { name: 'Add a sub-criterion to Relationship' }).click();
    await rel.getByRole('button', { name: 'Add a sub-criterion to Relationship' }).click();
    const subs = rel.locator('.subs > [data-testid="criterion"]');
    await subs.nth(1).waitFor();
    await subs.nth(0).getByLabel('Column to bind to Sub-criterion 1').selectOption('years_of_cooperation');
    await subs.nth(0).getByRole('button', { name: 'Add indicator to Sub-criterion 1' }).click();
    await subs.nth(1).getByLabel('Column to bind to Sub-criterion 2').selectOption('overdue_days');
    await subs.nth(1).getByRole('button', { name: 'Add indicator to Sub-criterion 2' }).click();
    await subs.nth(1).getByLabel('Direction of overdue_days').selectOption('cost');
    await computed(page, /600 customers, 10 indicators/);
    // the value role moves: Relationship takes "current value", Current value loses it
    await rel.getByLabel('Value role of Relationship').selectOption('current');
    expect((await s.getByLabel('Value role of Current value').inputValue()) === '', 'role taken from Current value');
    await computed(page, /600 customers, 10 indicators/);
    await stepShot(page, 'indicators', 'indicators-subcriteria.png');
  },

  async 'on bank_churners.csv the old indicators are flagged in place, and the retail preset binds 9 columns and computes'({ page, base, shot }) {
    await page.goto(base);
    await computed(page, /600 customers/);
    const data = page.locator('#step-data');
    await data.getByLabel('Shipped data sets').selectOption('bank_churners.csv');
    await data.getByRole('button', { name: 'Load data set' }).click();
    await data.getByTestId('report-rows').filter({ hasText: '10,127' }).waitFor({ timeout: 10_000 });
    const s = step(page);
    const deposits = s.locator('[data-testid="indicator"][data-id="deposits"] + tr');
    await deposits.getByText('There is no column “avg_daily_deposits” in the data: choose another column.').waitFor();
    expect((await s.getByTestId('indicator-problems').count()) === 10, 'each of the 10 indicators is flagged');
    await stepShot(page, 'indicators', 'indicators-unbound.png');
    await s.getByLabel('Preset').selectOption('retail');
    await s.getByRole('button', { name: 'Apply preset' }).click();
    const outcome = s.getByTestId('preset-outcome');
    await outcome.getByText(/9 indicators bound/).waitFor();
    const text = await outcome.textContent();
    expect(text.includes('No column found for: Average daily deposits, Financial assets (AUM), Intermediary income, Overdue, Income, Mobile banking use, Loyalty and activity.'), `unmatched: ${text}`);
    expect((await s.getByTestId('indicator-problems').count()) === 0, 'no indicator problem left');
    expect((await s.getByLabel('Goal').inputValue()) === 'Retail customer value', 'goal from the preset');
    expect((await s.getByLabel('Column of Months inactive').inputValue()) === 'Months_Inactive_12_mon', 'inactivity bound');
    expect((await s.getByLabel('Direction of Months inactive').inputValue()) === 'cost', 'inactivity is a cost');
    await computed(page, /10,?127 customers, 9 indicators/, 30_000);
    expect((await page.locator('#step-data').getByTestId('project-fit').count()) === 0, 'the project fits the data');
    await stepShot(page, 'indicators', 'indicators-retail-preset.png');
    await shot('indicators-retail-preset-page.png');
  },

  async 'adding all unbound numeric columns, and the corporate preset in Chinese'({ page, base }) {
    await page.goto(base);
    await computed(page, /600 customers, 10 indicators/);
    const s = step(page);
    await s.getByRole('button', { name: 'Remove Credit rating' }).click();
    await s.getByRole('button', { name: 'Remove Loan balance' }).click();
    await computed(page, /600 customers, 8 indicators/);
    await s.getByRole('button', { name: 'Add all 2 unbound numeric columns to Potential value' }).click();
    expect((await indicatorNames(s.locator('[data-testid="criterion"][data-id="potential"]'))).slice(-2).join() === 'loan_balance,credit_rating', 'both added in data order');
    expect((await s.getByTestId('unbound-note').textContent()).trim() === 'Every numeric column of the data is bound.', 'nothing left to bind');
    await computed(page, /600 customers, 10 indicators/);
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    await s.getByLabel('预设').selectOption('corporate');
    await s.getByRole('button', { name: '应用预设' }).click();
    await s.getByTestId('preset-outcome').getByText(/绑定 10 个指标/).waitFor();
    expect((await s.getByLabel('目标层').inputValue()) === '对公客户价值', 'goal in Chinese');
    expect(JSON.stringify(await criterionNames(page)) === JSON.stringify(['当前价值', '潜在价值']), 'criteria in Chinese');
    await status(page).filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    expect((await status(page).locator('.error').count()) === 0, 'computes');
    await stepShot(page, 'indicators', 'indicators-zh.png');
  },
};

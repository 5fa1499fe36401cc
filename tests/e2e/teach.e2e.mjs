// Teaching aids (issue 14): "Show the calculation" panels whose λmax, CI and CR are the step's
// own figures (for the current matrix and after an edit), the exercises' verdicts and worked
// solutions, and the glossary linked from the steps; in English and in Chinese.
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';

/** Opens the page in a context of `locale`, waits for the sample, returns the page. */
async function openIn(newContext, base, locale) {
  const context = await newContext({ locale });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.locator('#step-judgments').getByTestId('judgments-node-current').getByTestId('cr').waitFor();
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  return page;
}

const text = async (loc) => ((await loc.evaluate((el) => (el instanceof HTMLElement ? el.innerText : el.textContent))) ?? "").trim();

/** The step's λmax, CI, CR (the stats list of the card) and the panel's, as shown. */
async function figures(card) {
  const stats = card.getByTestId('stats');
  const dd = stats.locator('dd');
  return {
    step: [await text(dd.nth(0)), await text(dd.nth(1)), await text(stats.getByTestId('cr'))],
    panel: [await text(card.getByTestId('calc-ahp-lambda')), await text(card.getByTestId('calc-ahp-ci')), await text(card.getByTestId('calc-ahp-cr'))],
  };
}

async function calculationPanel({ newContext, base }, locale, show, file) {
  const page = await openIn(newContext, base, locale);
  const card = page.locator('#step-judgments').getByTestId('judgments-node-current');
  await card.getByText(show, { exact: true }).click();
  await card.getByTestId('calc-ahp').waitFor();
  const before = await figures(card);
  expect(JSON.stringify(before.panel) === JSON.stringify(before.step), `panel ${before.panel} differs from the step's ${before.step}`);
  expect(before.step[2] === '0.015', `the sample's Current value CR is ${before.step[2]}, expected 0.015`);
  // the formula with the numbers put in, typeset in MathML
  expect((await card.locator('math').count()) >= 3, 'λmax, CI and CR are not typeset as MathML');
  const box = await card.getByTestId('calc-ahp-lambda-formula').boundingBox();
  expect(box && box.height > 20, 'the λmax formula is not laid out as a formula (MathML not rendered)');
  await card.getByTestId('calc-ahp').screenshot({ path: `${OUT}/teach-ahp-${locale}.png` });

  // an edit: the first slider one step to the right; the panel follows the step's new figures
  await card.getByRole('slider').first().focus();
  await page.keyboard.press('ArrowRight');
  await until(async () => (await figures(card)).step[2], (cr) => cr !== before.step[2], 'CR after the edit');
  const after = await until(() => figures(card), (f) => JSON.stringify(f.panel) === JSON.stringify(f.step), 'the panel follows the edit');
  expect(after.step[2] !== before.step[2], 'the edit did not change CR');
  await card.getByTestId('calc-ahp').screenshot({ path: `${OUT}/${file}` });

  // the method: column (和积法) shows the normalised matrix, geometric the row roots
  await page.getByTestId('ahp-method').selectOption('column');
  await until(() => text(card.getByTestId('calc-ahp')), (x) => /sum-product|和积法/.test(x), 'the column method table');
  await until(() => figures(card), (f) => JSON.stringify(f.panel) === JSON.stringify(f.step), 'column method figures');
  await page.getByTestId('ahp-method').selectOption('geometric');
  await until(() => text(card.getByTestId('calc-ahp')), (x) => /geometric mean method|方根法/.test(x), 'the geometric method table');
  await until(() => figures(card), (f) => JSON.stringify(f.panel) === JSON.stringify(f.step), 'geometric method figures');
  await card.getByTestId('calc-ahp').screenshot({ path: `${OUT}/teach-ahp-${locale}-geometric.png` });
  return page;
}

export const tests = {
  async "in English, Show the calculation on a judgment matrix gives the step's λmax, CI and CR, and again after an edit"(t) {
    await calculationPanel(t, 'en', 'Show the calculation', 'teach-ahp-en-edited.png');
  },

  async "in Chinese, 显示计算过程 on a judgment matrix gives the step's λmax, CI and CR, and again after an edit"(t) {
    await calculationPanel(t, 'zh-CN', '显示计算过程', 'teach-ahp-zh-CN-edited.png');
  },

  async 'the glossary is linked from the judgments step and opens at the consistency ratio, in both languages'({ newContext, base }) {
    for (const [locale, name, term] of [['en', 'Consistency ratio CR', /CR = CI \/ RI/], ['zh-CN', '一致性比率 CR', /通过一致性检验/]]) {
      const page = await openIn(newContext, base, locale);
      const links = page.locator('#step-judgments').getByTestId('glossary-links');
      await links.getByRole('link', { name, exact: true }).click();
      await until(() => page.evaluate(() => location.hash), (h) => h === '#glossary-cr', 'hash');
      const entry = page.locator('#glossary-cr');
      expect(await entry.isVisible(), 'the entry is not shown');
      expect(term.test(await text(entry)), `entry text: ${await text(entry)}`);
      expect((await page.getByTestId('glossary').locator('dt').count()) >= 20, 'fewer than 20 terms');
      await page.getByTestId('glossary').screenshot({ path: `${OUT}/teach-glossary-${locale}.png` });
    }
  },
};

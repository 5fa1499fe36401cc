// Tier rules editable in the page (issue 9, item 4): the Joint-stock Bank A template's tiers on
// several columns opened from the gallery; a condition's value, the combination, a new
// condition and a new tier edited; an invalid value and an empty label named by tier, level,
// condition and field; undo; and the edits kept after a reload (autosave). In zh-CN and en.
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const TEXT = {
  'zh-CN': { name: '股份制 A 银行对公客户分层管理', badValue: '等级“核心客户”（自下而上第 3 级）第 2 个条件的数值', badLabel: '自下而上第 2 级（未命名）的名称', twice: '“基础客户”也是另一个等级的名称' },
  en: { name: 'Joint-stock Bank A: corporate customer layers', badValue: 'Tier "核心客户" (level 3 from the bottom), condition 2, value', badLabel: 'Tier at level 2 from the bottom (no label), label', twice: '"基础客户" is the label of another tier too' },
};

/** The count shown for each rule, top tier first, then the unmatched customers. */
async function counts(page) {
  const rules = await page.getByTestId('tier-rule-count').allInnerTexts();
  return [...rules, await page.getByTestId('tier-unmatched-count').innerText()];
}

async function run(page, base, locale) {
  const tx = TEXT[locale];
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
  await page.getByTestId('start-template').click();
  await page.getByTestId('template-gallery').getByTestId('template-banka-corporate').getByTestId('template-open').click();
  await until(() => page.getByTestId('project-name').inputValue(), (v) => v === tx.name, 'the template is open', 20_000);
  await page.getByRole('status').filter({ hasText: /450/ }).waitFor({ timeout: 30_000 });
  const table = page.getByTestId('tier-rules');
  await table.waitFor();
  await until(() => counts(page), (c) => c.every((x) => /^\d+$/.test(x)), 'counts shown');
  const before = await counts(page);
  expect(before.reduce((a, b) => a + Number(b), 0) === 450, `every customer in one tier: ${before}`);
  const rows = page.getByTestId('tier-rule');
  expect((await rows.count()) === 3, 'three rules');
  const top = rows.nth(0);
  expect((await top.getByTestId('tier-rule-label').inputValue()) === '核心客户', 'the top tier first');

  // An invalid value stays as typed and is named by tier, level, condition and field.
  const products = top.getByTestId('tier-condition-value').nth(1);
  await products.fill('5x');
  await products.press('Enter');
  const problems = page.getByTestId('tier-rule-problems');
  await until(() => problems.innerText().catch(() => ''), (v) => v.includes(tx.badValue), 'the invalid value is named');
  expect((await products.inputValue()) === '5x', 'the typed text stays');
  await page.screenshot({ path: `${OUT}/tier-rules-invalid-${locale}.png`, fullPage: false });

  // A stricter top tier: products held ≥ 8 moves customers down.
  await products.fill('8');
  await products.press('Enter');
  await until(() => problems.count(), (n) => n === 0, 'the message goes once the value is valid');
  await until(() => counts(page), (c) => c.every((x) => /^\d+$/.test(x)) && Number(c[0]) < Number(before[0]), 'fewer customers in the top tier');
  const stricter = await counts(page);
  expect(Number(stricter[1]) + Number(stricter[0]) === Number(before[1]) + Number(before[0]), `the top tier's lost customers go to the next one: ${before} → ${stricter}`);

  // "all of" → "any of" on the top tier takes more customers.
  await top.getByTestId('tier-rule-match').selectOption('any');
  await until(() => counts(page), (c) => /^\d+$/.test(c[0]) && Number(c[0]) > Number(stricter[0]), 'any of takes more customers');

  // Undo brings "all of" back.
  await page.getByTestId('undo').click();
  await until(() => top.getByTestId('tier-rule-match').inputValue(), (v) => v === 'all', 'undo restores all of');
  await until(() => counts(page), (c) => c.join() === stricter.join(), 'undo restores the counts');

  // A condition added to the lowest rule, on another column.
  const lowest = rows.nth(2);
  await lowest.getByTestId('tier-condition-add').click();
  await until(() => lowest.getByTestId('tier-condition').count(), (n) => n === 2, 'a second condition');
  await lowest.getByTestId('tier-condition-source').nth(1).selectOption('products_held');
  await lowest.getByTestId('tier-condition-value').nth(1).fill('2');
  await lowest.getByTestId('tier-condition-value').nth(1).press('Enter');

  // An empty label and a label used twice are named.
  const middle = rows.nth(1);
  await middle.getByTestId('tier-rule-label').fill('');
  await middle.getByTestId('tier-rule-label').press('Enter');
  await until(() => problems.innerText().catch(() => ''), (v) => v.includes(tx.badLabel), 'the empty label is named');
  await middle.getByTestId('tier-rule-label').fill('基础客户');
  await middle.getByTestId('tier-rule-label').press('Enter');
  await until(() => problems.innerText().catch(() => ''), (v) => v.includes(tx.twice), 'the label used twice is named');
  await page.screenshot({ path: `${OUT}/tier-rules-label-${locale}.png`, fullPage: false });
  await middle.getByTestId('tier-rule-label').fill('重点客户');
  await middle.getByTestId('tier-rule-label').press('Enter');
  await until(() => problems.count(), (n) => n === 0, 'valid again');

  // A new tier above the top.
  await page.getByTestId('tier-rule-add').click();
  await until(() => rows.count(), (n) => n === 4, 'four rules');
  await until(() => counts(page), (c) => c.length === 5 && c.every((x) => /^\d+$/.test(x)), 'counts for four tiers');
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/tier-rules-edited-${locale}.png`, fullPage: false });
  const edited = await counts(page);

  // Autosaved: the edits are there after a reload.
  await page.waitForTimeout(1500);
  await page.reload();
  await until(() => page.getByTestId('tier-rule').count(), (n) => n === 4, 'four rules after a reload', 30_000);
  expect((await page.getByTestId('tier-rule').nth(1).getByTestId('tier-condition-value').nth(1).inputValue()) === '8', 'the edited value after a reload');
  expect((await page.getByTestId('tier-rule').nth(3).getByTestId('tier-condition').count()) === 2, 'the added condition after a reload');
  await until(() => counts(page), (c) => c.join() === edited.join(), 'the same counts after a reload', 30_000);
}

export const tests = {
  async 'in Chinese, the tier rules of a template are edited in the page: values, all/any, conditions, tiers, named problems, undo, autosave'({ newContext, base }) {
    const context = await newContext({ locale: 'zh-CN' });
    await run(await context.newPage(), base, 'zh-CN');
  },
  async 'in English, the tier rules of a template are edited in the page: values, all/any, conditions, tiers, named problems, undo, autosave'({ page, base }) {
    await run(page, base, 'en');
  },
};

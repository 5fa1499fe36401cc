// Strategies per tier (star level) and ABC class (issue 9, item 6): on the ICBC template, the
// seven-star strategy and the C-class strategy are edited in the scores step, undone and redone,
// saved in the project file, printed in the report and written into the customers CSV, in zh-CN
// and in English.
import { readFileSync } from 'node:fs';
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';

async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await dl.path(), 'utf8');
}

async function run(page, base, locale) {
  const zh = locale === 'zh-CN';
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
  await page.getByTestId('start-template').click();
  await page.getByTestId('template-gallery').getByTestId('template-icbc-star').getByTestId('template-open').click();
  const panel = page.getByTestId('class-strategies');
  await panel.waitFor({ timeout: 30_000 });
  // The template's project computed through to its segments before typing.
  await page.getByTestId('segment-cards').waitFor({ timeout: 30_000 });
  await until(() => page.getByTestId('undo').getAttribute('title'), (v) => /ICBC|工商银行/.test(v ?? ''), 'the template is the last edit');
  const tiers = panel.getByTestId('tier-strategies');
  const seven = tiers.getByTestId('class-strategy').first();
  const template = await seven.inputValue();
  expect(template.length > 10, 'the top star level starts with the template');
  const own = zh ? '七星客户：私人银行一对一服务' : 'Seven stars: private banking, one adviser each';
  await seven.fill(own);
  await seven.blur();
  await until(() => tiers.innerText(), (x) => x.includes(zh ? '本项目所写' : 'Written for this project'), 'the text is marked as the project’s');
  const c = panel.getByTestId('abc-strategies').getByTestId('class-strategy').nth(2);
  const ownC = zh ? 'C 类：线上化批量服务' : 'C: online service in bulk';
  await c.fill(ownC);
  await c.blur();
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${OUT}/strategies-${locale}.png` });

  // Undo brings the template back for C, redo the own text.
  await page.getByTestId('undo').click();
  await until(() => panel.getByTestId('abc-strategies').getByTestId('class-strategy').nth(2).inputValue(), (v) => v !== ownC, 'undo restores the template');
  await page.getByTestId('redo').click();
  await until(() => panel.getByTestId('abc-strategies').getByTestId('class-strategy').nth(2).inputValue(), (v) => v === ownC, 'redo restores the own text');

  // Saved with the project.
  const project = JSON.parse(await download(page, () => page.getByTestId('export-project').click()));
  expect(project.strategies?.tiers?.[0]?.label === '★★★★★★★' && project.strategies.tiers[0].strategy === own, `project file: ${JSON.stringify(project.strategies)}`);
  expect(project.strategies?.abc?.[0]?.class === 'C' && project.strategies.abc[0].strategy === ownC, 'project file holds the C strategy');

  // The customers CSV has a strategy column per scheme, the own text for the classes it was written for.
  await until(() => page.getByTestId('export-csv').isEnabled(), (v) => v, 'the customers export is ready', 20_000);
  const csv = await download(page, () => page.getByTestId('export-csv').click());
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  const header = lines[0].split(',');
  const tierS = header.indexOf(zh ? '客户等级策略' : 'Tier strategy');
  const abcS = header.indexOf(zh ? 'ABC分类策略' : 'ABC strategy');
  expect(tierS > 0 && abcS > 0, `strategy columns in ${lines[0]}`);
  expect(lines.length === 601, `one row per customer (${lines.length - 1})`);
  expect(lines.some((l) => l.includes(own)) && lines.some((l) => l.includes(ownC)), 'own strategies in the CSV');

  // The printed report has the strategy tables.
  await page.emulateMedia({ media: 'print' });
  const report = page.getByTestId('print-report');
  await report.waitFor();
  const text = await report.innerText();
  expect(text.includes(zh ? '各客户等级的营销策略' : 'Strategy per tier') && text.includes(own) && text.includes(ownC), 'report strategy tables with the own texts');
  await report.locator('[data-table="strategies:tiers"]').screenshot({ path: `${OUT}/strategies-report-${locale}.png` });
  await page.emulateMedia({ media: 'screen' });
}

export const tests = {
  async 'in Chinese, tier (star) and ABC strategies are edited, undone, saved, printed and exported'({ newContext, base }) {
    const context = await newContext({ locale: 'zh-CN' });
    await run(await context.newPage(), base, 'zh-CN');
  },
  async 'in English, tier (star) and ABC strategies are edited, undone, saved, printed and exported'({ page, base }) {
    await run(page, base, 'en');
  },
};

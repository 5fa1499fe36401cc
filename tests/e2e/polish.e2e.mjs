// Issue 8 item 10, the small things, in Chinese and English: share spacing per language, ANOVA
// mean squares with thousands separators, the translated import button, no "methods disagree"
// warning while every AHP weight is equal, a run error's badge on the step that holds it, the
// clusters step's method select inside its box at 390 px; screenshots of the charts whose labels moved.
import { readFileSync } from 'node:fs';
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const computed = (page, n = 600) => page.getByRole('status').filter({ hasText: new RegExp(`${n}`) }).first().waitFor({ timeout: 30_000 });
const setLang = (page, locale) => page.getByLabel('Language').or(page.getByLabel('语言')).selectOption(locale);
const badges = (page) =>
  page.locator('nav.rail a').evaluateAll((links) => links.map((a) => ({ step: a.getAttribute('href'), badge: a.querySelector('.badge')?.textContent?.trim() ?? '' })).filter((x) => x.badge));

export const tests = {
  async 'small things in zh-CN and en: "238（39.7%）" / "238 (39.7%)", ANOVA 1,234.5, a translated import button, chart labels clear of lines'({ page, base }) {
    await page.goto(base);
    await computed(page);
    for (const locale of ['zh-CN', 'en']) {
      await setLang(page, locale);
      const cell = page.locator('#step-scores td.num', { has: page.getByTestId('quadrant-count-hh') }).first();
      await until(() => cell.innerText(), (s) => (locale === 'zh-CN' ? /^\d+（\d+(\.\d)?%）$/ : /^\d+ \(\d+(\.\d)?%\)$/).test(s.trim()), `${locale}: the quadrant count and share spaced as the language writes them`);
      const anova = await page.getByTestId('anova').locator('tbody td').allInnerTexts();
      expect(anova.some((s) => /^\d{1,3}(,\d{3})+\.\d+$/.test(s.trim())), `${locale}: no ANOVA cell with thousands separators: ${anova.slice(0, 12).join(' | ')}`);
      expect(!anova.some((s) => /^\d{4,}\.\d+$/.test(s.trim())), `${locale}: an ANOVA cell of 1,000 or more without separators`);
      const label = page.locator('#step-export label.file');
      const text = (await label.innerText()).trim();
      expect(text === (locale === 'zh-CN' ? '导入项目文件（JSON）' : 'Import a project (JSON)'), `${locale}: import button reads ${text}`);
      const input = await page.getByTestId('import-project').boundingBox();
      expect(!input || input.width <= 2, `${locale}: the browser's own file input is visible (${input?.width} px)`);
    }
    await page.locator('#step-export .row').first().screenshot({ path: `${OUT}/polish-import-button-en.png` });
    await page.getByTestId('elbow').screenshot({ path: `${OUT}/polish-elbow-en.png` });
    await page.getByTestId('weights-chart').screenshot({ path: `${OUT}/polish-weights-en.png` });
    await page.getByTestId('value-matrix').screenshot({ path: `${OUT}/polish-value-matrix-en.png` });
  },

  async 'with every AHP weight equal (a new project from a file) the weights step says so instead of warning that the methods disagree, in both languages'({ page, base }) {
    await page.goto(base);
    await computed(page);
    await page.getByTestId('file-input').setInputFiles({ name: '批发客户.csv', mimeType: 'text/csv', buffer: readFileSync('tests/fixtures/newproject/wholesale_gbk.csv') });
    await page.locator('#step-data').getByTestId('report-file').filter({ hasText: '批发客户.csv' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'New project from this file' }).click();
    await computed(page, 440);
    const step = page.locator('#step-weights');
    await step.getByTestId('rank-ahp-equal').waitFor({ timeout: 20_000 });
    expect((await step.getByTestId('rank-warning').count()) === 0, 'the methods-disagree warning is shown with equal AHP weights');
    expect((await step.getByTestId('rank-ahp-equal').innerText()).startsWith('All AHP weights are equal'), 'English note');
    await setLang(page, 'zh-CN');
    await until(() => step.getByTestId('rank-ahp-equal').innerText(), (s) => s.startsWith('层次分析法的权重全部相等'), 'Chinese note');
    await step.screenshot({ path: `${OUT}/polish-weights-ahp-equal-zh.png` });
  },

  async 'a run error on the missing-value policy puts its badge on the Data step, not on Weights (zh-CN and en)'({ page, base }) {
    await page.goto(base);
    await computed(page);
    // The sample's columns, ten customers, nine without a loan balance (an indicator): dropping them leaves one.
    const lines = readFileSync('datasets/corporate_customers.csv', 'utf8').split('\n');
    const cut = (l) => l.split(',').map((c, j) => (j === 4 ? '' : c)).join(',');
    const csv = [lines[0], ...lines.slice(1, 10).map(cut), lines[10]].join('\n') + '\n';
    await page.getByTestId('file-input').setInputFiles({ name: 'ten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.locator('#step-data').getByTestId('report-file').filter({ hasText: 'ten.csv' }).waitFor({ timeout: 15_000 });
    await computed(page, 10);
    expect((await badges(page)).length === 0, `badges before the error: ${JSON.stringify(await badges(page))}`);
    await page.getByTestId('missing-policy').locator('select').selectOption('drop');
    const found = await until(() => badges(page), (b) => b.length > 0, 'a badge after choosing to drop rows');
    expect(found.length === 1 && found[0].step === '#step-data', `the run error's badge is on ${JSON.stringify(found)}, expected the Data step only`);
    await setLang(page, 'zh-CN');
    const zh = await until(() => badges(page), (b) => b.length > 0, 'the badge in Chinese');
    expect(zh.length === 1 && zh[0].step === '#step-data', `zh: the badge is on ${JSON.stringify(zh)}`);
    await page.locator('nav.rail').screenshot({ path: `${OUT}/polish-badge-data-zh.png` });
  },

  async 'at 390 px the clusters step\'s method select stays inside its box, in both languages'({ newContext, base }) {
    const context = await newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(base);
    await computed(page);
    for (const locale of ['en', 'zh-CN']) {
      await setLang(page, locale);
      const box = page.getByTestId('cluster-method-settings');
      await box.scrollIntoViewIfNeeded();
      const [outer, select] = await Promise.all([box.boundingBox(), page.getByTestId('cluster-method').boundingBox()]);
      expect(select.x + select.width <= outer.x + outer.width + 0.5, `${locale}: the select ends at ${select.x + select.width}, its box at ${outer.x + outer.width}`);
      await page.locator('#step-clusters').screenshot({ path: `${OUT}/polish-clusters-390-${locale}.png` });
    }
  },
};

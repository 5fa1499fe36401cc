// Your own data, first (issue 8), the parts newproject.e2e does not walk through: the first
// screen and its summary card (item 9), the New project menu's blank project and project from
// the current file with every step saying why it has nothing (items 1 and 2), the column table
// under "New project from this file" (item 1), and the fixes offered where a project does not fit
// (item 2).
import { readFileSync } from 'node:fs';
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const GBK = readFileSync(new URL('../fixtures/newproject/wholesale_gbk.csv', import.meta.url));
const SAMPLE_CSV = readFileSync(new URL('../../datasets/corporate_customers.csv', import.meta.url), 'utf8');
const saved = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('valueseg.project') ?? 'null'));
const computed = (page, n = 600) => page.getByRole('status').filter({ hasText: new RegExp(`${n}`) }).waitFor({ timeout: 30_000 });

export const tests = {
  async 'the first screen says what the tool does and offers the three ways to start above the fold; its summary card gives n, the three largest weights, k and each segment with its size, linking to the steps, in English and Chinese'({ newContext, base }) {
    const context = await newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(base);
    await computed(page);
    const first = page.getByTestId('first-screen');
    const card = first.getByTestId('summary-card');
    await card.waitFor({ timeout: 20_000 });
    const want = {
      en: { pitch: 'Segment your customers by value in this browser', own: 'Open your own file', sample: 'Open the sample project', template: 'Start from a thesis template', summary: 'Computed: 600 customers, k = 4', sep: ': ' },
      'zh-CN': { pitch: '在本浏览器中按价值细分客户', own: '打开自己的数据文件', sample: '打开示例项目', template: '从论文模板开始', summary: '已计算：600 个客户，k = 4', sep: '：' },
    };
    for (const [lang, w] of Object.entries(want)) {
      await page.getByLabel(/Language|语言/).selectOption(lang);
      await until(() => first.innerText(), (t) => t.includes(w.pitch), `the pitch in ${lang}`);
      // Above the fold: the pitch, the three ways to start and the card are inside the first 800 px.
      for (const [id, label] of [['start-own-file', w.own], ['start-sample', w.sample], ['start-template', w.template]]) {
        const b = first.getByTestId(id);
        expect((await b.innerText()).trim() === label, `${id}: ${await b.innerText()}`);
        expect(await b.isEnabled(), `${id} is disabled`);
      }
      const box = await first.boundingBox();
      expect(box.y + box.height <= 800, `the first screen ends at ${box.y + box.height} px, below the fold`);
      const text = await card.innerText();
      expect(text.includes(w.summary), `summary: ${text}`);
      const chips = await card.locator('.chip').allInnerTexts();
      expect(chips.length === 3 + 4, `3 weights and 4 segments: ${chips.join(' | ')}`);
      const weights = chips.slice(0, 3).map((c) => Number(c.split(' ').pop()));
      expect(weights.every((x, i) => x > 0 && x < 1 && (i === 0 || x <= weights[i - 1])), `the largest weights, largest first: ${weights}`);
      const sizes = chips.slice(3).map((c) => Number(c.split(w.sep).pop().replace(/,/g, '')));
      expect(sizes.reduce((a, b) => a + b, 0) === 600, `segment sizes add up to 600: ${chips.slice(3).join(' | ')}`);
      await page.screenshot({ path: `${OUT}/firstrun-first-screen-${lang}.png` });
    }
    // The card's links go to their steps.
    for (const [i, step] of [[0, 'clusters'], [1, 'weights'], [2, 'segments']]) {
      await card.locator('a').nth(i).click();
      await until(() => page.locator(`#step-${step}`).evaluate((el) => Math.round(el.getBoundingClientRect().top)), (top) => top >= -5 && top < 400, `step ${step} scrolled into view`);
      expect((await card.locator('a').nth(i).getAttribute('href')) === `#step-${step}`, `link ${i} goes to ${step}`);
    }
    // The sample button opens the sample project again (here after a rename).
    await page.evaluate(() => window.scrollTo(0, 0));
    const name = page.getByTestId('project-name');
    await name.fill('Renamed');
    await name.press('Enter');
    await first.getByTestId('start-sample').click();
    await until(() => name.inputValue(), (v) => v !== 'Renamed', 'the sample project reopened');
    await computed(page);
  },

  async 'in Chinese, with a file the project does not fit, every step without a result says why and links to the step that holds the problem, never "computing"; 新建项目 gives a blank project, then one from the current file, computed'({ newContext, base }) {
    const context = await newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(base);
    await computed(page);
    page.on('dialog', (d) => d.accept());
    await page.getByTestId('file-input').setInputFiles({ name: '批发客户.csv', mimeType: 'text/csv', buffer: GBK });
    await page.locator('#step-data').getByTestId('project-fit').waitFor({ timeout: 15_000 });
    const notes = page.getByTestId('not-computed');
    await until(() => notes.count(), (n) => n >= 3, 'the steps say they are not computed');
    await page.waitForTimeout(1500); // nothing runs: the notes stay what they are
    for (const t of await notes.allInnerTexts()) {
      expect(t.startsWith('未计算'), `a step says "${t}" instead of why it is not computed`);
      expect(!/正在|Computing/.test(t), `a step says it is computing: ${t}`);
    }
    // Each note links to a step, and that step carries a badge on the rail (the problem is there).
    const links = await notes.locator('a').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
    expect(links.length > 0, 'the notes link nowhere');
    for (const href of links) expect((await page.locator(`nav.rail a[href="${href}"] .badge`).count()) === 1, `a note sends to ${href}, which has no badge`);
    await page.locator('#step-scores').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/firstrun-not-computed-zh.png` });
    // 新建项目 → 空白项目: a project with nothing in it, said on the status line and badged where it is empty.
    await page.getByTestId('new-project').click();
    await page.getByTestId('new-blank').click();
    await until(() => page.locator('nav.rail a[href="#step-indicators"] .badge').count(), (n) => n === 1, 'the indicators step is badged');
    expect((await saved(page)).hierarchy.criteria.every((c) => c.indicators.length === 0), 'the blank project has indicators');
    // 新建项目 → 用当前文件: the file's numeric columns become the indicators, computed.
    await page.getByTestId('new-project').click();
    const fromFile = page.getByTestId('new-from-file');
    expect((await fromFile.innerText()).includes('用当前文件（批发客户.csv）'), await fromFile.innerText());
    await fromFile.click();
    await computed(page, 440);
    await page.getByRole('figure', { name: '肘部法则图' }).locator('svg circle').first().waitFor({ timeout: 20_000 });
    const p = await saved(page);
    expect(p.name === '批发客户', `project name ${p.name}`);
    const columns = p.hierarchy.criteria.flatMap((c) => c.indicators.map((x) => x.column));
    expect(columns.join() === '生鲜,奶制品,杂货,冷冻,洗涤纸品,熟食', `indicators: ${columns}`);
    expect(p.hierarchy.criteria.map((c) => c.name).join() === '当前价值,潜在价值', `criteria: ${p.hierarchy.criteria.map((c) => c.name)}`);
    await until(() => page.locator('nav.rail .badge').count(), (n) => n === 0, 'no problem badge');
  },

  async 'the column table under "New project from this file" is the project made: a column moved to potential value as a cost, one left out, another composition column'({ page, base }) {
    await page.goto(base);
    await computed(page);
    await page.getByTestId('file-input').setInputFiles({ name: 'wholesale.csv', mimeType: 'text/csv', buffer: GBK });
    const panel = page.getByTestId('new-project-panel');
    await panel.waitFor({ timeout: 15_000 });
    // The table opens by itself when the project does not fit the file; opened by hand otherwise.
    await panel.getByLabel('Criterion: 生鲜').waitFor({ timeout: 3000 }).catch(() => panel.locator('summary').click());
    const table = panel.getByTestId('new-project-layout');
    // The proposal: the first half of the numeric columns under current value, the rest under potential.
    const proposed = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.dataset.column, tr.querySelectorAll('select')[0].value]));
    expect(JSON.stringify(proposed) === JSON.stringify([['生鲜', 'current'], ['奶制品', 'current'], ['杂货', 'current'], ['冷冻', 'potential'], ['洗涤纸品', 'potential'], ['熟食', 'potential']]), `proposal ${JSON.stringify(proposed)}`);
    await panel.getByLabel('Criterion: 生鲜').selectOption('potential');
    await panel.getByLabel('Direction: 生鲜').selectOption('cost');
    await panel.getByLabel('Criterion: 冷冻').selectOption('none');
    expect(await panel.getByLabel('Direction: 冷冻').isDisabled(), 'a column left out has no direction to choose');
    await panel.getByLabel('Describe segments by').selectOption('地区');
    await page.locator('#step-data').screenshot({ path: `${OUT}/firstrun-layout-en.png` });
    await panel.getByTestId('new-project-from-file').click();
    await computed(page, 440);
    await page.getByRole('figure', { name: 'Elbow chart' }).locator('svg circle').first().waitFor({ timeout: 20_000 });
    const p = await saved(page);
    const [current, potential] = p.hierarchy.criteria;
    expect(current.indicators.map((x) => x.column).join() === '奶制品,杂货', `current: ${current.indicators.map((x) => x.column)}`);
    expect(potential.indicators.map((x) => x.column).join() === '生鲜,洗涤纸品,熟食', `potential: ${potential.indicators.map((x) => x.column)}`);
    expect(potential.indicators[0].direction === 'cost', `生鲜 is ${potential.indicators[0].direction}`);
    expect(p.options.segmentation.compositionColumn === '地区', `composition ${p.options.segmentation.compositionColumn}`);
    expect(p.data.idColumn === '客户编号', `id ${p.data.idColumn}`);
    // Equal judgments: every matrix is all ones.
    expect(p.judgments.every((j) => j.matrix.every((r) => r.every((v) => v === 1))), 'judgments are equal');
  },

  async 'a project that does not fit the file says so in words with a fix at hand: another column picked, an indicator removed, the settings pointed at the file; then it computes with no badge, in English and Chinese'({ page, base }) {
    await page.goto(base);
    await computed(page);
    const csv = SAMPLE_CSV.replace(/^[^\n]*/, (h) => h.replace('avg_daily_deposits', 'deposits_avg').replace('loan_balance', 'loans'));
    await page.getByTestId('file-input').setInputFiles({ name: 'renamed.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const fit = page.locator('#step-data').getByTestId('project-fit');
    await fit.waitFor({ timeout: 15_000 });
    const deposits = fit.locator('li', { hasText: 'Indicator “Average daily deposits” is bound to column avg_daily_deposits, which is not in the data.' });
    const loans = fit.locator('li', { hasText: 'Indicator “Loan balance” is bound to column loan_balance, which is not in the data.' });
    await deposits.waitFor();
    await loans.waitFor();
    expect(!(await fit.innerText()).includes('hierarchy.criteria['), 'a raw path is shown');
    expect((await deposits.getAttribute('title')) === 'hierarchy.criteria[0].indicators[0].column', 'the path is in the tooltip');
    await page.getByLabel('Language').selectOption('zh-CN');
    await fit.filter({ hasText: '项目与 renamed.csv 尚不匹配' }).waitFor();
    await fit.locator('li', { hasText: '绑定的字段 avg_daily_deposits 不在数据中' }).getByRole('button', { name: '删除该指标' }).waitFor();
    await page.locator('#step-data').screenshot({ path: `${OUT}/firstrun-fit-zh.png` });
    await page.getByLabel('语言').selectOption('en');
    await deposits.locator('select').selectOption('deposits_avg');
    await loans.getByRole('button', { name: 'Remove the indicator' }).click();
    // The tier and ABC sources still name avg_daily_deposits: one click points them at this file.
    const point = fit.getByRole('button', { name: 'Point these settings at this file’s columns' });
    if (await point.count()) await point.click();
    await fit.waitFor({ state: 'detached', timeout: 15_000 });
    await computed(page);
    await until(() => page.locator('nav.rail .badge').count(), (n) => n === 0, 'no problem badge');
    const p = await saved(page);
    const columns = p.hierarchy.criteria.flatMap((c) => c.indicators.map((x) => x.column));
    expect(columns.includes('deposits_avg') && !columns.includes('loan_balance') && !columns.includes('loans') && columns.length === 9, `indicators: ${columns}`);
  },
};

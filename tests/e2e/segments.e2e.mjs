// Step 7 Segments: cards named by the 2×2 rule, editable names and strategies saved with the
// project (autosave), the naming scheme, the composition column, the ANOVA table.
import { expect, until } from './helpers.mjs';

const GBANK = ['High quality', 'High present value', 'High potential', 'Low quality'];
const BANKA = ['Optimal customers', 'General customers', 'Sub-optimal customers', 'Low-value customers'];

async function open(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.getByTestId('segment-card').first().waitFor();
  // The sticky page header would cover element screenshots.
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
}

const names = (page) => page.getByTestId('segment-name').evaluateAll((els) => els.map((e) => e.value));
const card = (page, n) => page.locator(`[data-testid="segment-card"][data-cluster="${n}"]`);

/** Polls `read` until `ok` holds for its value (or fails after `ms` with the last value). */
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const out = (file) => `${process.env.E2E_OUT ?? '.ci-out'}/${file}`;

async function savedProject(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('valueseg.project') ?? 'null'));
}

export const tests = {
  async 'a name saved for a segment says so on its card when k changes under it, and can be kept or cleared'({ page, base }) {
    await open(page, base);
    const name = card(page, 2).getByTestId('segment-name');
    await name.fill('Steady earners');
    await name.press('Enter');
    await until(() => savedProject(page).then((p) => p?.segments), (v) => same(v, [{ cluster: 2, basis: { k: 4, type: 'hl' }, name: 'Steady earners' }]), 'the name saved with the segment it was written for');
    expect((await page.getByTestId('stale-edits').count()) === 0, 'no notice while the segments are those it was written for');
    await page.getByTestId('cluster-k').selectOption('5');
    await page.getByTestId('segment-card').nth(4).waitFor({ timeout: 20_000 });
    const notice = card(page, 2).getByTestId('stale-edits');
    await notice.waitFor({ timeout: 20_000 });
    const text = await notice.innerText();
    expect(text.includes('written when k = 4') && text.includes('“High present value”'), `names what it was written for: ${text}`);
    expect((await name.inputValue()) === 'Steady earners', 'the text is kept, not lost');
    await card(page, 2).screenshot({ path: out('segments-stale-edits.png') });
    await notice.getByRole('button', { name: 'Keep it for this segment' }).click();
    await notice.waitFor({ state: 'detached' });
    expect((await name.inputValue()) === 'Steady earners', 'kept');
    const kept = await savedProject(page);
    expect(kept.segments[0].basis.k === 5, `basis follows the kept segment: ${JSON.stringify(kept.segments)}`);
    // back to k = 4: written for k = 5 now, so the card asks again; clearing restores the rule's name
    await page.getByTestId('cluster-k').selectOption('4');
    await until(() => page.getByTestId('segment-card').count(), (c) => c === 4, 'four cards');
    await card(page, 2).getByTestId('stale-edits').waitFor({ timeout: 20_000 });
    await page.getByLabel('Language').selectOption('zh-CN');
    const zh = await card(page, 2).getByTestId('stale-edits').innerText();
    expect(zh.includes('写于 k = 5'), `in Chinese: ${zh}`);
    await card(page, 2).screenshot({ path: out('segments-stale-edits-zh.png') });
    await card(page, 2).getByRole('button', { name: '清除' }).click();
    await until(() => names(page), (v) => v[1] === '高现值型', 'the rule name after clearing');
    expect((await page.getByTestId('stale-edits').count()) === 0, 'no notice after clearing');
  },

  async 'first load shows four segment cards named by the value matrix rule, each with a z-score profile chart, and the ANOVA table with the SPSS note'({ page, base }) {
    await open(page, base);
    const count = await page.getByTestId('segment-card').count();
    if (count !== 4) throw new Error(`expected 4 segment cards, got ${count}`);
    const got = await names(page);
    if (!same(got, GBANK)) throw new Error(`segment names ${JSON.stringify(got)}, expected ${JSON.stringify(GBANK)} (cluster 1 = most valuable)`);
    for (let n = 1; n <= 4; n++) {
      const fig = page.getByRole('figure', { name: `Segment ${n} profile` });
      const bars = await fig.locator('svg g[aria-label="bar"] rect').count();
      if (bars !== 10) throw new Error(`Segment ${n} profile has ${bars} bars, expected one per indicator (10)`);
      const text = await card(page, n).innerText();
      if (!/customers, \d+\.\d% of all/.test(text)) throw new Error(`card ${n} lacks size and share: ${text.slice(0, 200)}`);
      if (!/Sets it apart: /.test(text)) throw new Error(`card ${n} lacks its distinctive indicators`);
    }
    // Profile in raw units: indicator names and means against the population.
    await card(page, 1).getByText('Profile in raw units').click();
    const profile = card(page, 1).getByTestId('segment-profile');
    const prow = await profile.locator('tbody tr').count();
    if (prow !== 10) throw new Error(`profile table has ${prow} rows, expected 10`);
    if (!(await profile.innerText()).includes('Average daily deposits')) throw new Error('profile table lacks the indicator names');
    // Strategy text from the template, in the current language.
    const strategy = await card(page, 1).getByTestId('segment-strategy').inputValue();
    if (!strategy.startsWith('Characteristics: ') || !strategy.includes('Strategy: ')) throw new Error(`strategy template not shown: ${strategy.slice(0, 80)}`);

    const anova = page.getByTestId('anova');
    const rows = await anova.locator('tbody tr').count();
    if (rows !== 10) throw new Error(`ANOVA table has ${rows} rows, expected 10 indicators`);
    const head = await anova.locator('thead').innerText();
    for (const h of ['Indicator', 'Cluster means', 'Cluster mean square', 'df', 'Error mean square', 'F', 'Sig.']) if (!head.includes(h)) throw new Error(`ANOVA header lacks "${h}": ${head}`);
    const first = await anova.locator('tbody tr').first().locator('td').allInnerTexts();
    if (first.length !== 4 + 6) throw new Error(`ANOVA row has ${first.length} cells, expected 4 cluster means + 6`);
    if (first[5] !== '3' || first[7] !== '596') throw new Error(`ANOVA df should be 3 and 596 (k − 1, n − k): ${first.join(' | ')}`);
    if (!/^<0\.001$|^0\.\d{3}$/.test(first[9])) throw new Error(`Sig. not formatted: ${first[9]}`);
    const notes = await page.getByTestId('anova-notes').innerText();
    if (!/F tests are only descriptive/.test(notes) || !/IBM SPSS/.test(notes)) throw new Error(`ANOVA note missing: ${notes}`);
    await card(page, 1).screenshot({ path: out('segments-card-1.png') });
    await page.getByTestId('anova').screenshot({ path: out('segments-anova.png') });
  },

  async 'renaming a segment keeps the new name after a reload (autosave), and reset restores the rule’s name'({ page, base }) {
    await open(page, base);
    // Type while a recompute (another naming scheme) arrives: the typed text must survive it.
    await page.getByLabel('Naming scheme').selectOption('bankA');
    const input = card(page, 2).getByTestId('segment-name');
    await input.fill('Key accounts <b>重点</b>');
    await until(() => names(page), (v) => v[0] === 'Optimal customers', 'Bank A names while typing');
    if ((await input.inputValue()) !== 'Key accounts <b>重点</b>') throw new Error('a recompute overwrote the name being typed');
    await input.press('Enter');
    await card(page, 2).getByText('By the rule: General customers').waitFor();
    await until(() => page.getByTestId('segments').innerText(), (t) => t.includes('Key accounts <b>重点</b>'), 'the value scores table shows the new name');
    const saved = await savedProject(page);
    if (!same(saved?.segments, [{ cluster: 2, basis: { k: 4, type: 'hl' }, name: 'Key accounts <b>重点</b>' }])) throw new Error(`project.segments not autosaved: ${JSON.stringify(saved?.segments)}`);

    await page.reload();
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    await until(() => names(page), (v) => same(v, ['Optimal customers', 'Key accounts <b>重点</b>', 'Sub-optimal customers', 'Low-value customers']), 'names after reload');
    if ((await page.locator('#step-segments b').count()) !== 0) throw new Error('the name was rendered as HTML');

    await page.getByRole('button', { name: 'Reset the name of segment 2 to the rule’s name' }).click();
    await until(() => names(page), (v) => same(v, BANKA), 'names after reset');
    if ((await savedProject(page))?.segments !== undefined) throw new Error('reset left an override in the project');
    // Undo brings the custom name back (the edit went through nb.edit).
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(() => names(page), (v) => v[1] === 'Key accounts <b>重点</b>', 'names after undo');
  },

  async 'editing a strategy text saves it with the project, and reset restores the template'({ page, base }) {
    await open(page, base);
    const area = card(page, 3).getByTestId('segment-strategy');
    const template = await area.inputValue();
    if (!template.includes('Nurturing marketing')) throw new Error(`segment 3 (high potential) should show the nurturing template: ${template.slice(0, 120)}`);
    const text = 'Characteristics: young firms with fast growth.\n\nStrategy: assign a growth team; supply-chain credit; review quarterly.';
    await area.fill(text);
    await area.press('Tab');
    await card(page, 3).getByText('Edited: saved with the project.').waitFor();
    const saved = await savedProject(page);
    if (!same(saved?.segments, [{ cluster: 3, basis: { k: 4, type: 'lh' }, strategy: text }])) throw new Error(`strategy not saved: ${JSON.stringify(saved?.segments)}`);
    await card(page, 3).screenshot({ path: out('segments-strategy-edited.png') });
    await page.reload();
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    const after = await card(page, 3).getByTestId('segment-strategy').inputValue();
    if (after !== text) throw new Error(`strategy after reload: ${after}`);
    await page.getByRole('button', { name: 'Reset to the template: strategy of segment 3' }).click();
    await until(() => card(page, 3).getByTestId('segment-strategy').inputValue(), (v) => v === template, 'strategy after reset');
  },

  async 'switching the naming scheme to Bank A renames every segment, in English and in Chinese'({ page, base }) {
    await open(page, base);
    await page.getByLabel('Naming scheme').selectOption('bankA');
    await until(() => names(page), (v) => same(v, BANKA), 'Bank A names');
    if ((await savedProject(page))?.options.segmentation.naming !== 'bankA') throw new Error('naming scheme not saved');
    await page.getByLabel('Language').selectOption('zh-CN');
    await until(() => names(page), (v) => same(v, ['最优选客户', '一般客户', '次优选客户', '低价值客户']), 'Bank A names in Chinese');
    await page.getByRole('figure', { name: '第 1 类客户画像' }).waitFor();
    const strategy = await card(page, 1).getByTestId('segment-strategy').inputValue();
    if (!strategy.startsWith('特征：')) throw new Error(`Chinese strategy template expected: ${strategy.slice(0, 40)}`);
    await page.locator('#step-segments').screenshot({ path: out('segments-bankA-zh.png') });
  },

  async 'choosing the composition column breaks every segment down by that column'({ page, base }) {
    await open(page, base);
    const select = page.getByLabel('Composition by');
    const options = await select.locator('option').allInnerTexts();
    if (!same(options, ['None', 'industry', 'region'])) throw new Error(`composition options should be the categorical columns: ${JSON.stringify(options)}`);
    await select.selectOption('region');
    await until(() => card(page, 1).getByTestId('segment-composition').locator('summary, caption').count().then(() => card(page, 1).innerText()), (t) => t.includes('Composition by region') && t.includes('Lanzhou'), 'composition by region');
    let total = 0;
    for (let n = 1; n <= 4; n++) {
      const table = card(page, n).getByTestId('segment-composition');
      const counts = (await table.locator('tbody tr td:nth-child(2)').allInnerTexts()).map(Number);
      if (counts.length !== 5) throw new Error(`segment ${n}: ${counts.length} regions, expected 5`);
      const size = Number((await card(page, n).innerText()).match(/(\d+) customers,/)[1]);
      const sum = counts.reduce((a, b) => a + b, 0);
      if (sum !== size) throw new Error(`segment ${n}: region counts sum to ${sum}, segment has ${size}`);
      total += sum;
    }
    if (total !== 600) throw new Error(`composition counts sum to ${total}, expected 600`);
    if ((await savedProject(page))?.options.segmentation.compositionColumn !== 'region') throw new Error('composition column not saved');
    await card(page, 4).screenshot({ path: out('segments-composition-region.png') });
    await select.selectOption('');
    await until(() => page.getByTestId('segment-composition').count(), (c) => c === 0, 'no composition without a column');
    if ((await savedProject(page))?.options.segmentation.compositionColumn !== undefined) throw new Error('"None" should remove the composition column from the project');
  },
};

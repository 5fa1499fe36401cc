// Issue 16 hostile input through the page: autosaves this version cannot open are kept, said and
// offered for export or discard (never overwritten, never a stuck page); hostile files given to
// the import and the file input get their message and the page keeps working.
import { readFileSync } from 'node:fs';
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
// The fixtures too big to commit, built as tests/fixtures/bad/make.ts builds them (Node here cannot import TypeScript).
const sampleProject = JSON.parse(readFileSync('datasets/corporate_customers.project.json', 'utf8'));
const big = {
  'csv-long-digits.csv': Buffer.from(`customer_id,deposits\n${Array.from({ length: 9 }, (_, i) => `C0${i + 1},${(i + 1) * 10}\n`).join('')}C10,${'1'.repeat(150_000)}x\n`),
  'project-deep-nesting.json': Buffer.from(JSON.stringify(sampleProject, null, 2).replace(/\n\}$/, `,\n  "notes": ${'['.repeat(200_000)}${']'.repeat(200_000)}\n}`) + '\n'),
  'csv-long-header.csv': Buffer.from(`customer_id,${'x'.repeat(200_000)},${'x'.repeat(200_000)},loans\nC01,1,2,300\nC02,3,4,150\nC03,5,6,820\nC04,7,8,45\n`),
  'project-60000-problems.json': Buffer.from(
    JSON.stringify({ ...sampleProject, data: { ...sampleProject.data, types: Object.fromEntries(Array.from({ length: 60_000 }, (_, i) => [`c${i + 1}`, 'money'])) } }, null, 2) + '\n',
  ),
};
const bad = (name) => (big[name] ? Buffer.from(big[name]) : readFileSync(`tests/fixtures/bad/${name}`));

const computed = (page) => page.getByTestId('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 30_000 });

/** Opens the page with `text` as the autosaved project (written before the app reads it). */
async function withAutosave(page, base, text) {
  await page.goto(base);
  await computed(page);
  // Written as the next page starts (the page leaving saves its own project on pagehide).
  await page.addInitScript((t) => {
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem('valueseg.project', t);
    sessionStorage.setItem('seeded', '1');
  }, text);
  await page.reload();
}

/** The autosave is still exactly `text` after the page computed and was edited. */
async function keptUnchanged(page, text) {
  await computed(page);
  const name = page.locator('[data-testid="segment-card"][data-cluster="1"]').getByTestId('segment-name');
  await name.fill('An edit after reopening');
  await name.press('Enter');
  await computed(page);
  const stored = await page.evaluate(() => localStorage.getItem('valueseg.project'));
  expect(stored === text, `the held autosave was overwritten (${stored?.length} characters, first ${stored?.slice(0, 80)})`);
}

/** Export gives the saved text as it was; discard (confirmed) forgets it and autosave resumes. */
async function exportThenDiscard(page, text, fileName) {
  const box = page.getByTestId('held-project');
  const [dl] = await Promise.all([page.waitForEvent('download'), box.getByTestId('held-export').click()]);
  expect(dl.suggestedFilename() === fileName, `file name ${dl.suggestedFilename()}`);
  expect(readFileSync(await dl.path(), 'utf8') === text, 'the exported file differs from the saved text');
  page.once('dialog', (d) => d.accept());
  await box.getByTestId('held-discard').click();
  await box.waitFor({ state: 'detached' });
  const saved = await until(() => page.evaluate(() => localStorage.getItem('valueseg.project')), (s) => s !== null && s !== text, 'autosave after discard');
  expect(JSON.parse(saved).version === 1, 'autosave after discard is not the open project');
}

/** Puts a file in the data step's file input and waits for its read report. */
async function upload(page, name) {
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer: bad(name) });
  await page.getByTestId('report-file').filter({ hasText: name }).waitFor({ timeout: 15_000 });
}

export const tests = {
  async 'case 3: a file with ±1.7e308 and 5e-324 columns loads with their summaries and histograms, no internal error'({ page, base }) {
    await page.goto(base);
    await computed(page);
    await upload(page, 'csv-extreme-range.csv');
    const step = page.locator('#step-data');
    await step.filter({ hasText: 'huge' }).waitFor();
    const text = await page.locator('body').innerText();
    expect(!/Internal error|内部错误/.test(text), `an internal error is shown: ${text.match(/.*Internal error.*/)?.[0]}`);
    expect((await page.getByTestId('data-problem').count()) === 0, 'the file was refused');
    await step.screenshot({ path: `${OUT}/hostile-extreme-range.png` });
  },

  async 'cases 8, 9, 10: the read report names mixed currencies, invisible header characters and an Excel "sep=;" line, and reads 千 萬 億 amounts'({ page, base }) {
    await page.goto(base);
    await computed(page);
    const problems = page.getByTestId('read-problems');
    await upload(page, 'csv-mixed-currency.csv');
    await problems.locator('li', { hasText: 'mixes currencies: "$", "¥" (first seen on lines 2, 3); line 4 ("$5元") names two currencies in one cell' }).waitFor({ timeout: 10_000 });
    await page.locator('#step-data').screenshot({ path: `${OUT}/hostile-mixed-currency.png` });
    await page.getByLabel('Language').selectOption('zh-CN');
    await problems.locator('li', { hasText: '混用了多种货币："$", "¥"（依次首见于第 2, 3 行）；第 4 行（“$5元”）在一个单元格中写了两种货币' }).waitFor();
    await page.locator('#step-data').screenshot({ path: `${OUT}/hostile-mixed-currency-zh.png` });
    await page.getByLabel('语言').selectOption('en');
    await upload(page, 'csv-invisible-header.csv');
    await problems.locator('li', { hasText: 'The name of column 3, "lo<U+200B>ans", holds invisible characters' }).waitFor({ timeout: 10_000 });
    await problems.locator('li', { hasText: 'The name of column 4, "<U+202E>growth", holds invisible characters' }).waitFor();
    await page.getByLabel('Language').selectOption('zh-CN');
    await problems.locator('li', { hasText: '第 4 列的列名“<U+202E>growth”含有不可见字符' }).waitFor();
    await page.getByLabel('语言').selectOption('en');
    await upload(page, 'csv-excel-sep.csv');
    await problems.locator('li', { hasText: 'Line 1 ("sep=;") is Excel\'s note of the delimiter, not data' }).waitFor({ timeout: 10_000 });
    await upload(page, 'csv-number-multipliers.csv');
    await page.getByTestId('report-file').filter({ hasText: 'csv-number-multipliers.csv' }).waitFor();
    expect((await problems.count()) === 0 || (await problems.locator('li').count()) === 0, `problems shown: ${await problems.innerText().catch(() => '')}`);
  },

  async 'case 4: a 150,000-digit cell is named by line with its length, and the file loads'({ page, base }) {
    await page.goto(base);
    await computed(page);
    await upload(page, 'csv-long-digits.csv');
    const item = page.getByTestId('read-problems').locator('li', { hasText: 'The cell on line 11 has 150,001 characters; a number has at most 400' });
    await item.first().waitFor({ timeout: 10_000 });
    const shown = await item.first().innerText();
    expect(shown.length < 600, `the message repeats the cell (${shown.length} characters)`);
  },


  async 'case 5: an autosave from a newer release (version 2) is kept unchanged, said with its version in both languages, exported as saved, discarded only when asked'({ page, base }) {
    const text = bad('project-wrong-version.json').toString('utf8');
    await withAutosave(page, base, text);
    const box = page.getByTestId('held-project');
    await box.filter({ hasText: 'written by a newer ValueSeg (project version 2); this version reads version 1' }).waitFor({ timeout: 20_000 });
    await box.filter({ hasText: 'is kept unchanged and is not overwritten' }).waitFor();
    await keptUnchanged(page, text);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${OUT}/hostile-held-newer-en.png` });
    await page.getByLabel('Language').selectOption('zh-CN');
    await box.filter({ hasText: '由更新版本的 ValueSeg 写入（项目版本 2）' }).waitFor();
    await page.screenshot({ path: `${OUT}/hostile-held-newer-zh.png` });
    await page.getByLabel('语言').selectOption('en');
    await exportThenDiscard(page, text, 'valueseg-autosave-version-2.json');
  },

  async 'case 2: an autosave nested 200,000 levels deep never locks the page: the sample computes, the autosave is kept and can be exported or discarded'({ page, base }) {
    const text = bad('project-deep-nesting.json').toString('utf8');
    await withAutosave(page, base, text);
    const box = page.getByTestId('held-project');
    await box.filter({ hasText: 'could not be opened (The JSON nests lists or objects more than 64 levels deep (line 261, column 75)' }).waitFor({ timeout: 20_000 });
    await keptUnchanged(page, text);
    // Reloading again still opens (the held text is not a trap).
    await page.reload();
    await box.waitFor({ timeout: 20_000 });
    await computed(page);
    await exportThenDiscard(page, text, 'valueseg-autosave.json');
  },

  async 'case 1: an autosave with numbers where text belongs is held, naming the field, instead of sticking on "Computing…"'({ page, base }) {
    const text = bad('project-number-for-text.json').toString('utf8');
    await withAutosave(page, base, text);
    await page.getByTestId('held-project').filter({ hasText: 'could not be opened (data.source: is 7; expected a file name as text)' }).waitFor({ timeout: 20_000 });
    await keptUnchanged(page, text);
  },

  async 'case 1 and 2 by import: a project with numbers for text is refused naming each field; one nested 200,000 deep is refused naming where'({ page, base }) {
    await page.goto(base);
    await computed(page);
    const input = page.getByLabel('Import a project (JSON)');
    await input.setInputFiles({ name: 'project-number-for-text.json', mimeType: 'application/json', buffer: bad('project-number-for-text.json') });
    const step = page.locator('#step-export');
    await step.filter({ hasText: 'project-number-for-text.json is not a valid project; the current project is kept. 3 problem(s):' }).waitFor({ timeout: 10_000 });
    for (const t of ['data.idColumn', 'is 5; expected a column name as text', 'options.segmentation.compositionColumn']) await step.filter({ hasText: t }).waitFor();
    await input.setInputFiles({ name: 'project-deep-nesting.json', mimeType: 'application/json', buffer: bad('project-deep-nesting.json') });
    await step.filter({ hasText: 'project-deep-nesting.json nests lists or objects too deep for a project file (more than 64 levels, line 261); the current project is kept.' }).waitFor({ timeout: 10_000 });
    await computed(page);
    await step.screenshot({ path: `${OUT}/hostile-import-deep.png` });
  },

  async 'cases 7, 8, 10 through the file input, in English and Chinese: truncated UTF-8 and Shift-JIS read by their evidence, ¥ vs 元, unread number styles explained, a header quote named'({ page, base }) {
    await page.goto(base);
    await computed(page);
    const problems = page.getByTestId('read-problems');
    const step = page.locator('#step-data');
    await upload(page, 'csv-utf8-truncated.csv');
    await problems.locator('li', { hasText: 'The file ends in the middle of a character (line 4, the last line)' }).waitFor({ timeout: 10_000 });
    expect((await step.innerText()).includes('批发零售'), 'the Chinese text is read as UTF-8, not as Windows-1252 mojibake');
    await page.getByLabel('Language').selectOption('zh-CN');
    await problems.locator('li', { hasText: '文件在一个字符的中间结束（第 4 行，即最后一行）' }).waitFor();
    await step.screenshot({ path: `${OUT}/hostile-utf8-truncated-zh.png` });
    await upload(page, 'csv-shift-jis.csv');
    await problems.locator('li', { hasText: '已按 Shift-JIS（日文 Excel 的编码）读取' }).waitFor({ timeout: 10_000 });
    expect((await step.innerText()).includes('顧客番号'), 'the Japanese header is read as Shift-JIS');
    await upload(page, 'csv-currency-yen-yuan.csv');
    await problems.locator('li', { hasText: '“¥”既是人民币（元）也是日元的符号' }).waitFor({ timeout: 10_000 });
    await upload(page, 'csv-foreign-numbers.csv');
    await problems.locator('li', { hasText: '列“deposits”按标识列读取，没有按数字读取：已填写的 6 个单元格中有 4 个（67%）是用逗号作小数点的数字（第 2 行：“1.234,5”）' }).waitFor({ timeout: 10_000 });
    await step.screenshot({ path: `${OUT}/hostile-foreign-numbers-zh.png` });
    await page.getByLabel('语言').selectOption('en');
    await problems.locator('li', { hasText: `Column "loans" is read as identifier, not as numbers: 3 of its 6 filled cells (50%) are numbers written with ' between thousands` }).waitFor();
    await page.getByTestId('file-input').setInputFiles({ name: 'csv-quote-header.csv', mimeType: 'text/csv', buffer: bad('csv-quote-header.csv') });
    const refused = page.getByTestId('data-problem');
    await refused.waitFor({ timeout: 10_000 });
    const said = await refused.innerText();
    expect(said.includes('The header on line 1 opens a quoted field ("deposits,loans…") that is never closed'), `the header quote is named: ${said}`);
    expect(!said.includes('no data rows.'), `still says "no data rows": ${said}`);
    await page.getByLabel('Language').selectOption('zh-CN');
    await refused.filter({ hasText: '第 1 行的表头打开了一个引号字段' }).waitFor();
    await step.screenshot({ path: `${OUT}/hostile-quote-header-zh.png` });
  },

  async 'case 6 and 10 by import, in English and Chinese: a project comparing 31 items is refused naming the matrix and the cap of 30; 60,000 problems are listed as the first 100 and a count; the project is kept'({ page, base }) {
    await page.goto(base);
    await computed(page);
    const box = page.getByTestId('import-problems');
    const step = page.locator('#step-export');
    const cases = {
      en: { input: 'Import a project (JSON)', cap: 'The judgment matrix (node Current value) compares 31 items; AHP compares at most 30 (that is already 435 judgments)', more: 'and 59,900 more problems, not listed (59,900 of them errors)' },
      'zh-CN': { input: '导入项目文件（JSON）', cap: '判断矩阵（节点“Current value”）比较 31 项；AHP 最多比较 30 项（这已是 435 个判断）', more: '另有 59900 个问题未列出（其中 59900 个为错误）' },
    };
    for (const [lang, want] of Object.entries(cases)) {
      await page.getByLabel(/Language|语言/).selectOption(lang);
      const input = page.getByLabel(want.input);
      await input.setInputFiles({ name: 'project-31-items.json', mimeType: 'application/json', buffer: bad('project-31-items.json') });
      await box.filter({ hasText: 'project-31-items.json' }).waitFor({ timeout: 10_000 });
      const cap = box.locator('li', { hasText: want.cap });
      await cap.waitFor({ timeout: 10_000 });
      expect((await cap.locator('code').innerText()) === 'judgments[1].items', 'the matrix is named by its path');
      await step.screenshot({ path: `${OUT}/hostile-import-31-items-${lang}.png` });
      await input.setInputFiles({ name: 'project-60000-problems.json', mimeType: 'application/json', buffer: bad('project-60000-problems.json') });
      await box.filter({ hasText: 'project-60000-problems.json' }).waitFor({ timeout: 20_000 });
      await box.locator('li', { hasText: want.more }).waitFor({ timeout: 10_000 });
      const items = await box.locator('li').count();
      expect(items === 101, `the import lists ${items} problems, expected the first 100 and the count`);
      // The current project is kept: still the sample, computed (the status in either language).
      await page.getByTestId('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
      const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('valueseg.project') ?? 'null'));
      expect(saved && saved.hierarchy.criteria[0].indicators.length === 5 && Object.keys(saved.data.types ?? {}).length < 100, 'a refused import reached the saved project');
    }
  },

  async 'case 10 through the file input, in English and Chinese: a 200,000-character header name is clipped to 60 characters in the read report'({ page, base }) {
    await page.goto(base);
    await computed(page);
    const problems = page.getByTestId('read-problems');
    await upload(page, 'csv-long-header.csv');
    const x60 = 'x'.repeat(60);
    await problems.locator('li', { hasText: `Columns 2 and 3 are both named "${x60}…"; column 3 is renamed to "${x60}…".` }).waitFor({ timeout: 10_000 });
    expect((await problems.innerText()).length < 2000, 'the read report repeats the 200,000-character name');
    await page.getByLabel('Language').selectOption('zh-CN');
    await problems.locator('li', { hasText: `第 2 列和第 3 列都叫“${x60}…”` }).waitFor();
    expect((await problems.innerText()).length < 2000, 'the Chinese read report repeats the 200,000-character name');
    await page.locator('#step-data').screenshot({ path: `${OUT}/hostile-long-header-zh.png` });
  },

  async 'case 10 through the file input, in English and Chinese: an unreadable cell in the tier source is named with its first line and count instead of stopping the run without a line'({ page, base }) {
    // The sample project on its own first 40 customers, two deposits unreadable (lines 5 and 10).
    await page.goto(base);
    await computed(page);
    await upload(page, 'csv-abc-unreadable.csv');
    // The status names the field; each step without a result says it and links to the scores step.
    await page.getByTestId('status').filter({ hasText: 'options.scoring.tiers.source: column "avg_daily_deposits" has a missing or unreadable value on line 5 (2 rows in all) in the rows used' }).waitFor({ timeout: 20_000 });
    const notes = page.getByTestId('not-computed');
    await notes.filter({ hasText: 'column "avg_daily_deposits" has a missing or unreadable value on line 5 (2 rows in all)' }).first().waitFor();
    expect((await notes.first().locator('a').getAttribute('href')) === '#step-scores', 'the note sends to the scores step');
    expect((await page.locator('nav.rail a[href="#step-scores"] .badge').count()) === 1, 'the scores step carries the badge');
    await page.getByLabel('Language').selectOption('zh-CN');
    const zh = notes.filter({ hasText: '客户分级所依据的列“avg_daily_deposits”在第 5 行有缺失或无法读取的值（所用的行中共 2 处）' }).first();
    await zh.waitFor({ timeout: 10_000 });
    await zh.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/hostile-tier-missing-zh.png` });
  },

  async 'case 10 through the autosave and the file input, in English and Chinese: with the tiers on the score, an unreadable cell in the ABC source is named with its first line and count'({ page, base }) {
    // The autosaved project has its tiers on the composite score, so the ABC classes (on deposits) meet the cells.
    await withAutosave(page, base, bad('project-abc-source.json').toString('utf8'));
    await computed(page);
    await upload(page, 'csv-abc-unreadable.csv');
    await page.getByTestId('status').filter({ hasText: 'options.scoring.abc.source: column "avg_daily_deposits" has a missing or unreadable value on line 5 (2 rows in all) in the rows used' }).waitFor({ timeout: 20_000 });
    await page.getByLabel('Language').selectOption('zh-CN');
    const zh = page.getByTestId('not-computed').filter({ hasText: 'ABC 分类所依据的列“avg_daily_deposits”在第 5 行有缺失或无法读取的值（所用的行中共 2 处）' }).first();
    await zh.waitFor({ timeout: 10_000 });
    await zh.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/hostile-abc-missing-zh.png` });
  },
};

// Checks that are even (issue 8, item 8): every numeric field of the page refuses a value out of
// its range in place, with a message naming the allowed range, keeps the typed text, and never
// lets the value reach the project (or the download, the exercise, the re-read). Fixing the text
// removes the message. In English and in Chinese, on one page each.
import { readFileSync } from 'node:fs';
import { expect, until } from './helpers.mjs';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BANK = readFileSync(new URL('../fixtures/xlsx/bank-export.xlsx', import.meta.url));

/** NumberField's range message (src/i18n/messages/scores.ts 'scores.number.range'), per language. */
const RANGE = {
  en: (min, max) => `Type a number from ${min} to ${max}.`,
  'zh-CN': (min, max) => `请输入 ${min} 到 ${max} 之间的数。`,
};
const LANGS = ['en', 'zh-CN'];

const savedProject = (page) => page.evaluate(() => localStorage.getItem('valueseg.project'));

/** The autosaved project once it has stopped changing (an edit is saved after a short delay). */
async function settled(page) {
  let last = await savedProject(page);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    const now = await savedProject(page);
    if (now === last) return now;
    last = now;
  }
  return last;
}

async function setLanguage(page, lang) {
  await page.getByLabel(/Language|语言/).selectOption(lang);
  await until(() => page.locator('html').getAttribute('lang'), (v) => v === lang, `the page in ${lang}`);
}

/**
 * Types `typed` into the numeric field `testid` (first of its name under `root`) and presses
 * Enter: the field's message must be exactly the range message (or match `range` when a RegExp),
 * the text stays, the field is marked invalid, and the autosaved project does not change. Then
 * the field's previous text is typed back, which removes the message.
 */
async function refused(page, root, testid, typed, range, lang) {
  const field = root.getByTestId(testid).first();
  await field.scrollIntoViewIfNeeded();
  const before = await field.inputValue();
  const saved = await settled(page);
  await field.fill(typed);
  await field.press('Enter');
  const msg = root.getByTestId(`${testid}-error`).first();
  await msg.waitFor({ timeout: 5000 });
  const text = (await msg.innerText()).trim();
  const want = range instanceof RegExp ? range : RANGE[lang](...range);
  expect(want instanceof RegExp ? want.test(text) : text === want, `${testid} = "${typed}" (${lang}): message "${text}", expected ${want}`);
  expect((await field.inputValue()) === typed, `${testid}: the typed "${typed}" did not stay`);
  expect((await field.getAttribute('aria-invalid')) === 'true', `${testid}: not marked invalid`);
  await page.waitForTimeout(300);
  expect((await savedProject(page)) === saved, `${testid} = "${typed}" reached the project`);
  return async () => {
    await field.fill(before);
    await field.press('Enter');
    await msg.waitFor({ state: 'detached', timeout: 5000 });
  };
}

/** refused(), then the previous value typed back at once. */
async function refusedAndFixed(page, root, testid, typed, range, lang) {
  const fix = await refused(page, root, testid, typed, range, lang);
  await fix();
}

async function open(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
  await page.getByTestId('segment-card').first().waitFor({ timeout: 30_000 });
  // The sticky header would cover fields scrolled to the top.
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
}

const shotDir = process.env.E2E_OUT ?? '.ci-out';

export const tests = {
  async 'every numeric field of the clusters step refuses a value out of range in place with its range, in English and Chinese: k from 1, kMin above kMax, kMax 51, restarts 0, seed −1, silhouette sample 5, batch size 5, MXITER 0, convergence 2, walk-through sample 0, silhouette customer 0'({ page, base }) {
    await open(page, base);
    const step = page.locator('#step-clusters');
    for (const lang of LANGS) {
      await setLanguage(page, lang);
      const kMax = Number(await step.getByTestId('k-max').inputValue());
      expect(kMax === 10, `the sample's kMax is ${kMax}`);
      await refusedAndFixed(page, step, 'k-min', '1', [2, kMax], lang); // k from 1
      await refusedAndFixed(page, step, 'k-min', '12', [2, kMax], lang); // kMin > kMax
      await refusedAndFixed(page, step, 'k-max', '51', [2, 50], lang);
      await refusedAndFixed(page, step, 'k-max', '1', [2, 50], lang);
      await refusedAndFixed(page, step, 'restarts', '0', [1, 1000], lang);
      await refusedAndFixed(page, step, 'seed', '-1', [0, 4294967295], lang);
      await refusedAndFixed(page, step, 'silhouette-sample', '5', [10, 10000000], lang);
      // The teaching walk-throughs under the step's charts.
      const walk = step.getByTestId('calc-kmeans-details');
      if (!(await walk.getAttribute('open'))) await walk.locator('summary').click();
      await refusedAndFixed(page, walk, 'calc-kmeans-size', '0', [5, 60], lang);
      await walk.locator('summary').click();
      const sil = step.getByTestId('calc-silhouette-details');
      if (!(await sil.getAttribute('open'))) await sil.locator('summary').click();
      await refusedAndFixed(page, sil, 'calc-silhouette-customer', '0', [1, 600], lang);
      await refusedAndFixed(page, sil, 'calc-silhouette-customer', '601', [1, 600], lang);
      await sil.locator('summary').click();
      if (lang === 'en') await step.screenshot({ path: `${shotDir}/numeric-fields-clusters-en.png` }).catch(() => {});
    }
    // Mini-batch k-means and SPSS QUICK CLUSTER bring fields of their own.
    await step.getByTestId('cluster-algorithm').selectOption('mini-batch');
    await step.getByTestId('batch-size').waitFor();
    for (const lang of LANGS) {
      await setLanguage(page, lang);
      await refusedAndFixed(page, step, 'batch-size', '5', [10, 1000000], lang);
    }
    await step.getByTestId('cluster-algorithm').selectOption('exact');
    await step.getByTestId('cluster-method').selectOption('quick-cluster');
    await step.getByTestId('qc-mxiter').waitFor();
    for (const lang of LANGS) {
      await setLanguage(page, lang);
      await refusedAndFixed(page, step, 'qc-mxiter', '0', [1, 999], lang);
      await refusedAndFixed(page, step, 'qc-converge', '2', [0, 1], lang);
      if (lang === 'zh-CN') await step.getByTestId('cluster-method-settings').screenshot({ path: `${shotDir}/numeric-fields-qc-zh.png` });
    }
  },

  async 'the weights and scores steps refuse a given weight −1, GRA ρ 0 and 1.5, an ABC cut 150 and a customer 601 of 600 in place with their ranges, in English and Chinese'({ page, base }) {
    await open(page, base);
    const weights = page.locator('#step-weights');
    const scores = page.locator('#step-scores');
    await weights.getByTestId('weighting-method').selectOption('given');
    await weights.getByTestId('given-weight').first().waitFor();
    await scores.getByTestId('scoring-method').selectOption('gra');
    await scores.getByTestId('scoring-rho').waitFor();
    for (const lang of LANGS) {
      await setLanguage(page, lang);
      await refusedAndFixed(page, weights, 'given-weight', '-1', [0, '∞'], lang);
      await refusedAndFixed(page, scores, 'scoring-rho', '0', [0.01, 1], lang);
      await refusedAndFixed(page, scores, 'scoring-rho', '1.5', [0.01, 1], lang);
      await refusedAndFixed(page, scores, 'abc-cut-a', '150', [0, 100], lang);
      const calc = scores.getByTestId('calc-score-details');
      if (!(await calc.getAttribute('open'))) await calc.locator('summary').click();
      const shown = await calc.getByTestId('calc-score').locator('h4').first().innerText();
      await refusedAndFixed(page, calc, 'calc-score-customer', '601', [1, 600], lang);
      const fix = await refused(page, calc, 'calc-score-customer', '0', [1, 600], lang);
      // Not silently replaced by the top customer: the calculation shown stays the one it was.
      expect((await calc.getByTestId('calc-score').locator('h4').first().innerText()) === shown, 'the calculation changed for a refused customer');
      await fix();
      await calc.locator('summary').click();
      if (lang === 'zh-CN') await scores.locator('.scoring-method').screenshot({ path: `${shotDir}/numeric-fields-rho-zh.png` });
    }
    // A value in range is still taken: ρ 0.3 reaches the project.
    const rho = scores.getByTestId('scoring-rho');
    await rho.fill('0.3');
    await rho.press('Enter');
    await until(() => savedProject(page), (s) => JSON.parse(s).options.scoring.rho === 0.3, 'ρ 0.3 saved');
  },

  async 'the export step and the exercises refuse a chapter 0, a table size 30 and a seed −1 in place, and the Word button waits until they are fixed, in English and Chinese'({ page, base }) {
    await open(page, base);
    const office = page.getByTestId('office-export');
    const word = office.getByTestId('export-docx');
    const ex = page.getByTestId('exercises');
    for (const lang of LANGS) {
      await setLanguage(page, lang);
      const fixChapter = await refused(page, office, 'docx-chapter', '0', [1, 99], lang);
      expect(await word.isDisabled(), 'the Word button is enabled with a chapter 0');
      await office.screenshot({ path: `${shotDir}/numeric-fields-office-${lang}.png` });
      await fixChapter();
      expect(!(await word.isDisabled()), 'the Word button stays disabled after the chapter was fixed');
      await refusedAndFixed(page, office, 'docx-chapter', '1.5', lang === 'en' ? /^Type a whole number\.$/ : /^请输入整数。$/, lang);
      const fixSize = await refused(page, office, 'docx-table-size', '30', [6, 20], lang);
      expect(await word.isDisabled(), 'the Word button is enabled with a table size 30');
      await fixSize();
      const seed = await ex.getAttribute('data-seed');
      const fixSeed = await refused(page, ex, 'exercise-seed', '-1', [0, 4294967295], lang);
      expect((await ex.getAttribute('data-seed')) === seed, 'a refused seed changed the exercise');
      await fixSeed();
    }
  },

  async 'an Excel file\'s header row 0 is refused in place with its range and Re-read waits; emptied, the row is detected again, in English and Chinese'({ page, base }) {
    await open(page, base);
    const step = page.locator('#step-data');
    await page.getByTestId('file-input').setInputFiles({ name: 'bank-export.xlsx', mimeType: XLSX, buffer: BANK });
    await step.getByTestId('report-file').filter({ hasText: 'bank-export.xlsx' }).waitFor({ timeout: 15_000 });
    const reread = step.getByTestId('sheet-reread');
    for (const lang of LANGS) {
      await setLanguage(page, lang);
      const fix = await refused(page, step, 'header-row', '0', [1, 1048576], lang);
      expect(await reread.isDisabled(), 'Re-read is enabled with a header row 0');
      if (lang === 'zh-CN') await step.getByTestId('sheet-picker').screenshot({ path: `${shotDir}/numeric-fields-header-row-zh.png` });
      await fix();
      expect(!(await reread.isDisabled()), 'Re-read stays disabled after the row was fixed');
    }
    // Empty means "detect the header row": allowed, no message, Re-read enabled.
    const field = step.getByTestId('header-row');
    await field.fill('');
    await field.press('Enter');
    await page.waitForTimeout(200);
    expect((await step.getByTestId('header-row-error').count()) === 0, 'an empty header row is refused');
    expect(!(await reread.isDisabled()), 'Re-read is disabled with an empty header row');
  },
};

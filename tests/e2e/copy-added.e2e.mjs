// Copy table on the tables added in issue 9 and 10 (issue 11, item 4): the fuzzy AHP tables and the
// weight sensitivity table in the weights step, the survey tables (SPDB template) and the tier-rule
// editor (Bank A template). Each
// puts tab-separated text and three-line HTML on the clipboard, and both hold the numbers the
// page shows, cell by cell, in en and zh-CN.
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const WORDS = {
  en: { done: /600 customers/, copy: 'Copy table', fuzzyMatrix: 'Triangular fuzzy judgment matrix', fuzzyWeights: 'Fuzzy AHP weights', reliability: 'Cronbach', tiers: 'Tiers', noRule: /meets no rule/ },
  'zh-CN': { done: /600 个客户/, copy: '复制表格', fuzzyMatrix: '三角模糊判断矩阵', fuzzyWeights: '模糊层次分析法权重', reliability: 'Cronbach', tiers: '客户等级', noRule: /不满足任何规则/ },
};

/** Presses the Copy table button inside `box` and reads both clipboard flavours. */
async function copyFrom(page, box) {
  await box.scrollIntoViewIfNeeded();
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await box.getByTestId('copy-table').first().click();
  await box.locator('.copied').first().waitFor({ timeout: 10_000 });
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const get = async (type) => (item.types.includes(type) ? (await item.getType(type)).text() : '');
    const text = await get('text/plain');
    const html = await get('text/html');
    // The HTML read back by the browser's parser: its caption, cells row by row and the rules' styles.
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const table = doc.querySelector('table');
    return {
      text,
      caption: doc.querySelector('p')?.textContent ?? '',
      htmlRows: table ? [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent)) : [],
      tableStyle: table?.getAttribute('style') ?? '',
      headStyle: table?.querySelector('th')?.getAttribute('style') ?? '',
    };
  });
}

const tsvRows = (text) =>
  text
    .split('\r\n')
    .filter(Boolean)
    .map((l) => l.split('\t'));
/** The page shows thousands separators (display only); the clipboard has plain digits. */
const plain = (s) => s.trim().replace(/(\d),(?=\d{3}\b)/g, '$1');

/** Checks the copied table: TSV and HTML alike, rectangular, three-line, with the button's label. */
function checkShape(got, what, w, button) {
  const rows = tsvRows(got.text);
  expect(rows.length >= 2 && rows.every((r) => r.length === rows[0].length), `${what}: a rectangular tab-separated table, got ${JSON.stringify(got.text.slice(0, 200))}`);
  expect(JSON.stringify(rows) === JSON.stringify(got.htmlRows), `${what}: the HTML holds the same cells as the text:\n${JSON.stringify(got.htmlRows).slice(0, 400)}\n${JSON.stringify(rows).slice(0, 400)}`);
  expect(/border-top:1\.5pt solid/.test(got.tableStyle) && /border-bottom:1\.5pt solid/.test(got.tableStyle) && /border-bottom:0\.75pt solid/.test(got.headStyle), `${what}: three-line rules: ${got.tableStyle} / ${got.headStyle}`);
  expect(button === w.copy, `${what}: the button reads ${button}`);
  return rows;
}

/** A ReportTable as the page shows it: header and body cells, row by row. */
const pageRows = (table) => table.evaluate((t) => [...t.querySelectorAll('thead tr, tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)));

/** Copies the report table `id` inside `scope` and checks every copied cell against the page's. */
async function reportTable(page, scope, id, w, titleWord) {
  const box = scope.locator(`.report-table[data-table="${id}"]`).first();
  await box.waitFor({ timeout: 60_000 });
  const got = await copyFrom(page, box);
  const rows = checkShape(got, id, w, (await box.getByTestId('copy-table').innerText()).trim());
  const shown = (await pageRows(box.locator('table'))).map((r) => r.map(plain));
  expect(JSON.stringify(rows) === JSON.stringify(shown), `${id}: the copied cells are the page's:\npage ${JSON.stringify(shown).slice(0, 500)}\ncopy ${JSON.stringify(rows).slice(0, 500)}`);
  expect(got.caption.includes(titleWord), `${id}: the caption names "${titleWord}": ${got.caption}`);
  return rows;
}

async function open(newContext, base, locale) {
  const context = await newContext({ locale });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByTestId('status').filter({ hasText: WORDS[locale].done }).waitFor({ timeout: 30_000 });
  return page;
}

async function openTemplate(page, id, rows) {
  await page.getByTestId('start-template').click();
  await page.getByTestId('template-gallery').getByTestId(`template-${id}`).getByTestId('template-open').click();
  await page.getByRole('status').filter({ hasText: new RegExp(String(rows)) }).waitFor({ timeout: 30_000 });
}

async function fuzzy({ newContext, base }, locale, method) {
  const w = WORDS[locale];
  const page = await open(newContext, base, locale);
  await page.getByTestId('weights-ahp-method').selectOption(method);
  const panel = page.getByTestId('fuzzy-ahp');
  await panel.getByTestId('fuzzy-weights:goal').waitFor({ timeout: 30_000 });
  const ids = await panel.locator('.report-table').evaluateAll((els) => els.map((e) => e.dataset.table));
  expect(ids.length >= 6 && ids.every((id) => /^fuzzy-(matrix|weights):/.test(id)), `fuzzy tables: ${ids}`);
  // Every fuzzy table has its button; the goal's two are copied and compared cell by cell.
  expect((await panel.getByTestId('copy-table').count()) === ids.length, 'a Copy table button under every fuzzy table');
  const matrix = await reportTable(page, panel, 'fuzzy-matrix:goal', w, w.fuzzyMatrix);
  expect(matrix[1][1] === '(1, 1, 1)', `the diagonal is (1, 1, 1): ${matrix[1]}`);
  const weights = await reportTable(page, panel, 'fuzzy-weights:goal', w, w.fuzzyWeights);
  const sum = weights.slice(1).reduce((a, r) => a + Number(r.at(-1)), 0);
  expect(Math.abs(sum - 1) < 0.002, `the copied weights sum to 1: ${sum}`);
  await panel.locator('.report-table[data-table="fuzzy-weights:goal"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/copy-fuzzy-${locale}.png` });
}

async function survey({ newContext, base }, locale) {
  const w = WORDS[locale];
  const page = await open(newContext, base, locale);
  await openTemplate(page, 'spdb-survey', 300);
  const section = page.getByTestId('survey');
  await section.waitFor({ timeout: 30_000 });
  for (const id of ['survey:reliability', 'survey:items', 'survey:by-segment']) {
    const rows = await reportTable(page, section, id, w, id === 'survey:reliability' ? w.reliability : '');
    expect(rows.length >= 2, `${id}: ${rows.length} rows`);
  }
  await section.locator('.report-table').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/copy-survey-${locale}.png` });
}

async function tierRules({ newContext, base }, locale) {
  const w = WORDS[locale];
  const page = await open(newContext, base, locale);
  await openTemplate(page, 'banka-corporate', 450);
  await page.getByTestId('show-more').check();
  const table = page.getByTestId('tier-rules');
  await table.waitFor({ timeout: 30_000 });
  await until(() => page.getByTestId('tier-rule-count').allInnerTexts(), (c) => c.length === 3 && c.every((x) => /^\d+$/.test(x)), 'counts shown', 30_000);
  const box = page.getByTestId('tiers-copy');
  const got = await copyFrom(page, box);
  const rows = checkShape(got, 'tier rules', w, (await box.getByTestId('copy-table').innerText()).trim());
  expect(got.caption.includes(w.tiers), `the caption names "${w.tiers}": ${got.caption}`);
  // The page's rules, top tier first: label, the values typed into its conditions, count and share.
  const shown = await page.getByTestId('tier-rule').evaluateAll((trs) =>
    trs.map((tr) => ({
      label: tr.querySelector('[data-testid="tier-rule-label"]').value,
      values: [...tr.querySelectorAll('[data-testid="tier-condition-value"]')].map((i) => i.value),
      count: tr.querySelector('[data-testid="tier-rule-count"]').textContent.trim(),
      share: tr.querySelector('.share')?.textContent.replace(/[()（）\s]/g, '') ?? '',
    })),
  );
  const unmatched = { label: await page.getByTestId('tier-unmatched-label').inputValue(), count: (await page.getByTestId('tier-unmatched-count').innerText()).trim() };
  expect(rows.length === 1 + shown.length + 1, `a header, ${shown.length} rules and the unmatched row: ${JSON.stringify(rows)}`);
  shown.forEach((r, i) => {
    const [label, rule, count, share] = rows[1 + i];
    expect(label === r.label && count === r.count && share === r.share, `rule ${i + 1}: copied ${JSON.stringify(rows[1 + i])}, the page shows ${JSON.stringify(r)}`);
    expect(r.values.every((v) => rule.includes(v)), `rule ${i + 1}: "${rule}" names every value of its conditions (${r.values})`);
  });
  const last = rows.at(-1);
  expect(last[0] === unmatched.label && last[2] === unmatched.count && w.noRule.test(last[1]), `the unmatched row: ${JSON.stringify(last)} vs ${JSON.stringify(unmatched)}`);
  const total = rows.slice(1).reduce((a, r) => a + Number(r[2]), 0);
  expect(total === 450, `every customer in one copied row: ${total}`);
  await box.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/copy-tier-rules-${locale}.png` });
}

/** The weights step's sensitivity table (every judgment and weight moved one step): copied in the page's order with the page's cells. */
async function sensitivity({ newContext, base }, locale) {
  const w = WORDS[locale];
  const page = await open(newContext, base, locale);
  const panel = page.getByTestId('sensitivity');
  const table = panel.getByTestId('sensitivity-table');
  await table.waitFor({ timeout: 60_000 });
  const box = panel.getByTestId('sensitivity-copy');
  const got = await copyFrom(page, box);
  const rows = checkShape(got, 'sensitivity', w, (await box.getByTestId('copy-table').innerText()).trim());
  const shown = (await pageRows(table)).map((r) => r.map(plain));
  expect(rows.length === shown.length && rows.length >= 41, `sensitivity: ${rows.length} copied lines, the page has ${shown.length}`);
  expect(JSON.stringify(rows) === JSON.stringify(shown), `sensitivity: the copied cells are the page's:\npage ${JSON.stringify(shown.slice(0, 3))}\ncopy ${JSON.stringify(rows.slice(0, 3))}`);
  expect(got.caption === (await table.locator('caption').innerText()).trim(), `the caption is the table's: ${got.caption}`);
  await box.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/copy-sensitivity-${locale}.png` });
}

export const tests = {
  async 'Copy table under the weight sensitivity table copies every perturbation in the order and with the cells the page shows (en)'(t) {
    await sensitivity(t, 'en');
  },
  async 'Copy table under the weight sensitivity table copies every perturbation in the order and with the cells the page shows (zh-CN)'(t) {
    await sensitivity(t, 'zh-CN');
  },
  async "Copy table on Buckley's fuzzy AHP tables copies the page's cells as text and three-line HTML (en)"(t) {
    await fuzzy(t, 'en', 'fuzzy-buckley');
  },
  async "Copy table on Chang's fuzzy AHP tables copies the page's cells as text and three-line HTML (zh-CN)"(t) {
    await fuzzy(t, 'zh-CN', 'fuzzy-chang');
  },
  async 'Copy table on the survey tables copies the page’s reliability and satisfaction cells (en)'(t) {
    await survey(t, 'en');
  },
  async 'Copy table on the survey tables copies the page’s reliability and satisfaction cells (zh-CN)'(t) {
    await survey(t, 'zh-CN');
  },
  async 'Copy table under the tier-rule editor copies each tier’s label, rule, customers and share as the page shows them (en)'(t) {
    await tierRules(t, 'en');
  },
  async 'Copy table under the tier-rule editor copies each tier’s label, rule, customers and share as the page shows them (zh-CN)'(t) {
    await tierRules(t, 'zh-CN');
  },
};

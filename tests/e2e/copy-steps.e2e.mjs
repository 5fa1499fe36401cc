// Copy table on the in-step tables (issue 11, item 4): the weights table, a judgment matrix, the
// k sweep table and the ANOVA table each put tab-separated text and three-line HTML with the
// table's title on the clipboard, in en and zh-CN. And the .xls message in Chinese.
import { readFileSync } from 'node:fs';
import { expect } from './helpers.mjs';

const root = new URL('../../', import.meta.url);
const WORDS = {
  en: { done: /600 customers/, copy: 'Copy table', copied: 'Copied', titles: { weights: 'Indicator weights', matrix: 'Judgment matrix', sweep: 'k', anova: 'ANOVA' } },
  'zh-CN': { done: /600 个客户/, copy: '复制表格', copied: '已复制', titles: { weights: '权重', matrix: '判断矩阵', sweep: 'k', anova: '方差分析' } },
};

async function copyFrom(page, testid, step) {
  const box = page.getByTestId(testid).first();
  await box.waitFor({ timeout: 60_000 });
  await box.scrollIntoViewIfNeeded();
  await box.getByTestId('copy-table').click();
  await box.locator('.copied').waitFor({ timeout: 10_000 });
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const get = async (type) => (item.types.includes(type) ? (await item.getType(type)).text() : '');
    return { status: document.activeElement?.parentElement?.querySelector('.copied')?.textContent ?? '', text: await get('text/plain'), html: await get('text/html') };
  });
}

async function run({ newContext, base }, locale) {
  const w = WORDS[locale];
  const context = await newContext({ locale });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByTestId('status').filter({ hasText: w.done }).waitFor({ timeout: 30_000 });
  await page.getByTestId('show-more').check();
  const seen = {};
  for (const [key, testid] of [['weights', 'weights-copy'], ['matrix', 'matrix-copy'], ['sweep', 'sweep-copy'], ['anova', 'anova-copy']]) {
    const got = await copyFrom(page, testid);
    const lines = got.text.split('\r\n').filter(Boolean);
    expect(lines.length >= 3 && lines.every((l) => l.includes('\t')), `${key}: tab-separated rows expected, got ${JSON.stringify(got.text.slice(0, 120))}`);
    expect(got.html.includes('<table') && got.html.includes('border-top:1.5pt solid'), `${key}: three-line HTML expected, got ${got.html.slice(0, 160)}`);
    expect(got.html.includes(w.titles[key]), `${key}: the caption names "${w.titles[key]}": ${got.html.slice(0, 300)}`);
    expect((await page.getByTestId(testid).first().getByTestId('copy-table').innerText()).trim() === w.copy, `${key}: the button reads ${w.copy}`);
    seen[key] = lines.length;
  }
  // The k sweep table: a header and one row per k = 2..10.
  expect(seen.sweep === 10, `k sweep: ${seen.sweep} lines, expected 10`);
  await page.getByTestId('matrix-copy').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${process.env.E2E_OUT ?? '.ci-out'}/copy-steps-${locale}.png` });
}

export const tests = {
  async 'Copy table on the weights, judgment matrix, k sweep and ANOVA tables puts tab-separated text and three-line HTML on the clipboard (en)'(t) {
    await run(t, 'en');
  },
  async 'Copy table on the weights, judgment matrix, k sweep and ANOVA tables puts tab-separated text and three-line HTML on the clipboard (zh-CN)'(t) {
    await run(t, 'zh-CN');
  },
  async 'in zh-CN an Excel 97 .xls file gets a message, in Chinese, naming it and saying to save it as .xlsx in Excel or WPS'({ newContext, base }) {
    const page = await (await newContext({ locale: 'zh-CN' })).newPage();
    await page.goto(base);
    await page.getByTestId('status').filter({ hasText: /600 个客户/ }).waitFor({ timeout: 30_000 });
    await page.getByTestId('file-input').setInputFiles({ name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: readFileSync(new URL('tests/fixtures/bad/xlsx-xls97.xls', root)) });
    const problem = page.getByTestId('data-problem');
    await problem.waitFor({ timeout: 10_000 });
    const text = await problem.innerText();
    expect(text.includes('old.xls 是旧版 Excel 97–2003 工作簿（.xls）') && text.includes('WPS') && text.includes('Excel 工作簿（.xlsx）'), text);
  },
};

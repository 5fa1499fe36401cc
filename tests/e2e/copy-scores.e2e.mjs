// Copy table on the scores step's tables (issue 11, item 4): the customer ranking, the tiers, the
// value matrix counts and the ABC classes each put tab-separated text (pastes into Excel as cells)
// and three-line HTML (pastes into Word as a table) on the clipboard, with the counts the page
// shows, in en and zh-CN.
import { expect } from './helpers.mjs';

const WORDS = {
  en: { done: /600 customers/, copy: 'Copy table', titles: { ranking: 'Customer ranking', tiers: 'Tiers', matrix: 'Value matrix', abc: 'ABC classes' }, rank: 'Rank', diamond: 'Diamond', share: 'Share' },
  'zh-CN': { done: /600 个客户/, copy: '复制表格', titles: { ranking: '客户排名', tiers: '客户等级', matrix: '客户价值矩阵', abc: 'ABC 分类' }, rank: '排名', diamond: '钻石客户', share: '占比' },
};

async function copyFrom(page, testid) {
  const box = page.getByTestId(testid).first();
  await box.waitFor({ timeout: 60_000 });
  await box.scrollIntoViewIfNeeded();
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await box.getByTestId('copy-table').click();
  await box.locator('.copied').waitFor({ timeout: 10_000 });
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const get = async (type) => (item.types.includes(type) ? (await item.getType(type)).text() : '');
    return { text: await get('text/plain'), html: await get('text/html') };
  });
}

const cells = (text) =>
  text
    .split('\r\n')
    .filter(Boolean)
    .map((l) => l.split('\t'));
const count = async (page, testid) => Number((await page.getByTestId(testid).first().innerText()).replace(/[^\d]/g, ''));

async function run({ newContext, base }, locale) {
  const w = WORDS[locale];
  const context = await newContext({ locale });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByTestId('status').filter({ hasText: w.done }).waitFor({ timeout: 30_000 });
  await page.getByTestId('show-more').check();
  const got = {};
  for (const [key, testid] of [['ranking', 'ranking-copy'], ['tiers', 'tiers-copy'], ['matrix', 'matrix-counts-copy'], ['abc', 'abc-copy']]) {
    const c = await copyFrom(page, testid);
    const rows = cells(c.text);
    expect(rows.length >= 4 && rows.every((r) => r.length === rows[0].length && r.length >= 3), `${key}: a rectangular tab-separated table expected, got ${JSON.stringify(c.text.slice(0, 200))}`);
    expect(c.html.includes('<table') && c.html.includes('border-top:1.5pt solid') && c.html.includes('<th'), `${key}: three-line HTML expected, got ${c.html.slice(0, 200)}`);
    expect(c.html.includes(w.titles[key]), `${key}: the caption names "${w.titles[key]}": ${c.html.slice(0, 300)}`);
    expect((await page.getByTestId(testid).getByTestId('copy-table').innerText()).trim() === w.copy, `${key}: the button reads ${w.copy}`);
    got[key] = rows;
  }

  // Ranking: a header and all 600 customers, rank 1 first, scores falling, numbers as plain digits.
  const ranking = got.ranking;
  expect(ranking.length === 601, `ranking: ${ranking.length} lines, expected 601`);
  expect(ranking[0][0] === w.rank && ranking[1][0] === '1' && ranking[600][0] === '600', `ranking ranks: ${ranking[0][0]} ${ranking[1][0]} … ${ranking[600][0]}`);
  const composite = ranking.slice(1).map((r) => Number(r[2]));
  expect(composite.every((v, i) => Number.isFinite(v) && (i === 0 || v <= composite[i - 1])), `ranking: composite scores fall down the list: ${composite.slice(0, 5)}`);
  const firstId = (await page.getByTestId('ranking').locator('tbody tr').first().locator('td').nth(1).innerText()).trim();
  expect(ranking[1][1] === firstId, `ranking: first customer ${ranking[1][1]}, the page shows ${firstId}`);

  // Tiers: one row per tier with the page's counts, summing to 600.
  const tiers = got.tiers;
  for (let i = 0; i < 4; i++) expect(Number(tiers[1 + i][2]) === (await count(page, `tier-count-${i}`)), `tier ${i}: copied ${tiers[1 + i][2]}`);
  expect(tiers.slice(1).reduce((a, r) => a + Number(r[2]), 0) === 600 && tiers[4][0] === w.diamond && tiers[0][3] === w.share, `tiers: ${JSON.stringify(tiers)}`);

  // Value matrix: the four quadrants (hh, hl, lh, ll) with the page's counts and shares in %.
  const matrix = got.matrix;
  for (const [i, q] of ['hh', 'hl', 'lh', 'll'].entries()) expect(Number(matrix[1 + i][3]) === (await count(page, `quadrant-count-${q}`)), `quadrant ${q}: copied ${matrix[1 + i][3]}`);
  expect(matrix.slice(1).every((r) => /^\d+\.\d%$/.test(r[4])), `matrix shares: ${JSON.stringify(matrix)}`);

  // ABC: A, B, C with the page's counts.
  const abc = got.abc;
  for (const [i, c] of ['A', 'B', 'C'].entries()) expect(abc[1 + i][0] === c && Number(abc[1 + i][1]) === (await count(page, `abc-count-${c}`)), `ABC ${c}: ${JSON.stringify(abc[1 + i])}`);

  const out = process.env.E2E_OUT ?? '.ci-out';
  for (const testid of ['tiers-copy', 'matrix-counts-copy', 'abc-copy', 'ranking-copy']) {
    await page.getByTestId(testid).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/copy-scores-${testid}-${locale}.png` });
  }
}

export const tests = {
  async 'Copy table on the ranking, tiers, value matrix and ABC tables of the scores step puts the counts the page shows on the clipboard as tab-separated text and three-line HTML (en)'(t) {
    await run(t, 'en');
  },
  async 'Copy table on the ranking, tiers, value matrix and ABC tables of the scores step puts the counts the page shows on the clipboard as tab-separated text and three-line HTML (zh-CN)'(t) {
    await run(t, 'zh-CN');
  },
};

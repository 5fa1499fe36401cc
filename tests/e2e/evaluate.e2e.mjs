// The evaluation score (weighted sum, TOPSIS, entropy-weight TOPSIS, grey relational analysis) in
// the scores step, and the entropy method's normalisation and SPSSAU shift in the weights step.
import { expect } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';

async function open(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.getByTestId('ranking').waitFor();
}

async function until(fn, what, ms = 10_000) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    last = await fn();
    if (last) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out: ${what} (last: ${JSON.stringify(last)})`);
}

/** The composite scores of the first page of the ranking (rank order, highest first). */
async function topScores(page) {
  const table = page.getByTestId('ranking');
  const heads = await table.locator('thead th').allInnerTexts();
  const col = heads.findIndex((h) => /Composite|综合得分/.test(h));
  const rows = await table.locator('tbody tr').evaluateAll((trs, c) => trs.map((tr) => tr.children[c].textContent), col);
  return rows.map((s) => Number(s.replace(/,/g, '')));
}

async function shotOf(page, locator, file) {
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: `${OUT}/${file}` });
}

export const tests = {
  async 'choosing TOPSIS, entropy-weight TOPSIS or grey relational analysis rescores the ranking, and ρ is editable for GRA'({ page, base }) {
    await open(page, base);
    const sum = await topScores(page);
    const select = page.getByTestId('scoring-method');
    expect((await select.inputValue()) === 'weighted-sum', 'the default score is not the weighted sum');
    const seen = [JSON.stringify(sum)];
    for (const m of ['topsis', 'entropy-topsis', 'gra']) {
      await select.selectOption(m);
      await until(async () => !seen.includes(JSON.stringify(await topScores(page))), `ranking rescored by ${m}`);
      // Read once the table has settled (the same rows twice, 300 ms apart): a read in the middle of
      // the rescoring caught scores of the new method in the previous order (CI, once).
      let s = await topScores(page);
      for (let i = 0; i < 20; i++) {
        await page.waitForTimeout(300);
        const again = await topScores(page);
        if (JSON.stringify(again) === JSON.stringify(s)) break;
        s = again;
      }
      expect(s.every((v) => v >= 0 && v <= 100), `${m} scores out of 0–100: ${s}`);
      expect(s.every((v, i) => i === 0 || v <= s[i - 1]), `${m} ranking not in descending order: ${s}`);
      seen.push(JSON.stringify(s));
    }
    const rho = page.getByTestId('scoring-rho');
    await rho.fill('0.3');
    await rho.dispatchEvent('change');
    await until(async () => !seen.includes(JSON.stringify(await topScores(page))), 'GRA rescored with ρ = 0.3');
    await shotOf(page, page.locator('#step-scores'), 'evaluate-scores-gra.png');
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    await until(async () => (await page.locator('#step-scores').innerText()).includes('分辨系数 ρ'), 'Chinese labels');
    await shotOf(page, page.locator('#step-scores .scoring-method'), 'evaluate-scores-gra-zh.png');
  },

  async 'the SPSSAU shift and raw-data entropy change the entropy table, and the methods paragraph says so'({ page, base }) {
    await open(page, base);
    const step = page.locator('#step-weights');
    const table = step.getByTestId('entropy-table');
    const read = () => table.locator('tbody tr').first().locator('td').allInnerTexts();
    const before = await read();
    await step.getByTestId('entropy-shift').selectOption('spssau');
    const shifted = await until(async () => {
      const v = await read();
      return v.join() !== before.join() && v;
    }, 'entropy table after the shift');
    // the shift removes the zero proportions, so every entropy rises
    expect(Number(shifted[0]) > Number(before[0]), `e did not rise with the shift: ${before[0]} → ${shifted[0]}`);
    await step.getByTestId('entropy-normalisation').selectOption('none');
    await until(async () => (await read()).join() !== shifted.join(), 'entropy table on raw values');
    await shotOf(page, step, 'evaluate-weights-entropy.png');
    await step.getByTestId('weighting-method').selectOption('entropy');
    await page.getByTestId('scoring-method').selectOption('topsis');
    await page.evaluate(() => {
      window.print = () => {};
    });
    await page.getByRole('button', { name: 'Print report…' }).click();
    await page.emulateMedia({ media: 'print' });
    const methods = page.getByTestId('report-methods');
    await until(async () => {
      const text = await methods.innerText();
      return /SPSSAU’s non-negative shift/.test(text) && /Composite score by TOPSIS/.test(text) && /on the raw values/.test(text);
    }, 'methods paragraph names the raw data, the shift and TOPSIS', 15_000);
  },

  async 'the segments step shows η² and Levene per indicator, the post hoc comparisons and the chi-square tests, in English and Chinese'({ page, base }) {
    await open(page, base);
    const step = page.locator('#step-segments');
    const effect = step.getByTestId('segment-effect');
    await effect.waitFor({ timeout: 30_000 });
    const rows = await effect.locator('tbody tr').count();
    expect(rows === 10, `η² table has ${rows} rows, expected 10 indicators`);
    const eta = await effect.locator('tbody tr').first().locator('td').first().innerText();
    expect(Number(eta) > 0 && Number(eta) < 1, `η² ${eta}`);
    await step.getByText(/Multiple comparisons: LSD, Tukey HSD and Games–Howell/).click();
    const pairs = await step.getByTestId('segment-posthoc').locator('tbody tr').count();
    expect(pairs === 60, `post hoc table has ${pairs} rows, expected 10 indicators × 6 pairs`);
    // 95 % intervals (issue 10, item 8): one row per pair, each method's interval around the difference
    const ci = step.getByTestId('segment-posthoc-ci');
    expect((await ci.locator('tbody tr').count()) === 60, 'confidence interval table has one row per pair');
    const cells = (await ci.locator('tbody tr').first().locator('td').allInnerTexts()).map(Number);
    const [diff, ...bounds] = cells.slice(-7);
    for (let m = 0; m < 3; m++) expect(bounds[2 * m] <= diff && diff <= bounds[2 * m + 1], `interval ${m} ${bounds[2 * m]}..${bounds[2 * m + 1]} does not hold the difference ${diff}`);
    await shotOf(page, ci, 'evaluate-posthoc-ci-en.png');
    const chi = step.getByTestId('segment-chisquare');
    expect((await chi.locator('tbody tr').count()) >= 1, 'no chi-square row');
    await shotOf(page, step.getByTestId('segment-tests'), 'evaluate-segment-tests.png');
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    await until(async () => (await step.getByTestId('segment-tests').innerText()).includes('方差齐性'), 'Chinese tables');
    await shotOf(page, step.getByTestId('segment-chisquare'), 'evaluate-segment-chisquare-zh.png');
    await until(async () => (await step.getByTestId('segment-posthoc-ci').innerText()).includes('95% 置信区间'), 'Chinese interval table');
    await shotOf(page, step.getByTestId('segment-posthoc-ci'), 'evaluate-posthoc-ci-zh.png');
  },
};

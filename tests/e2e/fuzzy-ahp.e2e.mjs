// Fuzzy AHP in the weights step (issue 10, item 7): the method choice, the triangular fuzzy
// matrix and the method's table for each judgment matrix, in English and Chinese, at 1280 px and
// 390 px. The numbers themselves are unit-tested against numpy (tests/core/ahp/fuzzy.test.ts).
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';

async function open(page, base, method) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.getByTestId('weights-ahp-method').selectOption(method);
  const panel = page.getByTestId('fuzzy-ahp');
  await panel.getByTestId('fuzzy-weights:goal').waitFor({ timeout: 30_000 });
  return panel;
}

async function shoot(page, locator, file) {
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: `${OUT}/${file}` });
}

/** The last column of a table's body as numbers. */
async function lastColumn(table) {
  const cells = await table.locator('tbody tr td:last-child').allInnerTexts();
  return cells.map((c) => Number(c.replace(/,/g, '')));
}

export const tests = {
  async "Buckley's geometric mean shows the fuzzy matrix and the fuzzy weights of every judgment matrix, and the AHP weights follow it, in English"({ page, base }) {
    await page.setViewportSize({ width: 1280, height: 900 });
    const panel = await open(page, base, 'fuzzy-buckley');
    await panel.getByRole('heading', { name: 'Fuzzy AHP calculation' }).waitFor();
    const tables = await panel.locator('table').count();
    expect(tables >= 6 && tables % 2 === 0, `${tables} fuzzy tables (a matrix and a weights table per judgment matrix)`);
    const matrix = panel.getByTestId('fuzzy-matrix:goal');
    const first = await matrix.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(first[0] === '(1, 1, 1)', `diagonal cell ${first[0]}`);
    expect(first.every((c) => /^\(\S+, \S+, \S+\)$/.test(c)), `matrix cells are triangular fuzzy numbers: ${first.join(' ')}`);
    const weights = panel.getByTestId('fuzzy-weights:goal');
    const head = await weights.locator('thead th').allInnerTexts();
    expect(head.join('|').includes('Fuzzy weight w_i (l, m, u)') && head.join('|').includes('Defuzzified (centroid)'), `columns ${head.join('|')}`);
    const w = await lastColumn(weights);
    expect(Math.abs(w.reduce((a, b) => a + b, 0) - 1) < 0.002, `weights sum to 1: ${w.join(', ')}`);
    const notes = await weights.locator('xpath=..').innerText();
    expect(/Consistency of the middle matrix/.test(notes) && /Buckley J\. J\. \(1985\)/.test(notes), 'notes name the middle-matrix CR and the source');
    // The weights table's AHP column uses the fuzzy weights: a criterion's indicators sum to its fuzzy weight at the goal.
    const goalRows = await weights.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th').innerText.trim(), Number(r.querySelector('td:last-child').innerText)]));
    const byCriterion = await page.getByTestId('weights-table').locator('tbody tr').evaluateAll((rows) => {
      const out = {};
      let crit = '';
      for (const r of rows) {
        const c = r.querySelector('td.crit').innerText.trim();
        if (c) crit = c;
        const ahp = r.querySelector('td[data-testid^="w-ahp-"]');
        out[crit] = (out[crit] ?? 0) + Number(ahp.innerText.split('(')[0].replace(/,/g, ''));
      }
      return out;
    });
    for (const [name, wg] of goalRows) {
      expect(Math.abs(byCriterion[name] - wg) < 0.0005 * 6, `AHP weights of ${name}'s indicators sum to ${byCriterion[name]}, its fuzzy weight is ${wg}`);
    }
    // The help text names the published sources of the method (issue 10 item 8).
    const cite = await page.getByTestId('weights-cite').innerText();
    expect(cite.startsWith('Source: Saaty T. L. (1980)') && cite.includes('Buckley J. J. (1985) Fuzzy hierarchical analysis. Fuzzy Sets and Systems 17(3): 233–247'), `weights cite: ${cite}`);
    const jcite = await page.getByTestId('judgments-cite').innerText();
    expect(jcite.includes('CR < 0.10') && jcite.includes('Buckley J. J. (1985)'), `judgments cite: ${jcite}`);
    expect((await page.getByTestId('scoring-cite').innerText()).includes('Hwang C.-L., Yoon K. (1981)'), 'scoring cite names Hwang & Yoon');
    await shoot(page, panel, 'fuzzy-ahp-en-1280.png');
  },

  async "Chang's extent analysis speaks Chinese in zh-CN and fits a 390 px screen"({ page, base }) {
    await page.setViewportSize({ width: 390, height: 844 });
    const panel = await open(page, base, 'fuzzy-chang');
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    await panel.getByRole('heading', { name: '模糊层次分析法计算过程' }).waitFor();
    const text = (await panel.innerText()).replace(/\s+/g, ' ');
    for (const w of ['三角模糊判断矩阵', '模糊综合程度值 S_i (l, m, u)', 'd(A_i) = min V(S_i ≥ S_k)', '一致性检验按中值矩阵', 'Chang D.-Y. (1996)', '三角模糊数标度']) {
      expect(text.includes(w), `Chinese panel lacks "${w}"`);
    }
    expect(!/\b(Weight|Fuzzy synthetic extent|Consistency of the middle)\b/.test(text), `English words in the Chinese panel: ${text.slice(0, 300)}`);
    const cite = await page.getByTestId('weights-cite').innerText();
    expect(cite.startsWith('出处：'), `Chinese cite line: ${cite}`);
    expect(cite.includes('Chang D.-Y. (1996)'), `cite names Chang: ${cite}`);
    const w = await lastColumn(panel.getByTestId('fuzzy-weights:goal'));
    expect(Math.abs(w.reduce((a, b) => a + b, 0) - 1) < 0.002, `weights sum to 1: ${w.join(', ')}`);
    // The page does not scroll sideways: wide tables scroll inside their box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow <= 1, `page is ${overflow}px wider than the screen`);
    await shoot(page, panel, 'fuzzy-ahp-zh-390.png');
    await page.getByLabel(/Language|语言/).selectOption('en');
    await panel.getByRole('heading', { name: 'Fuzzy AHP calculation' }).waitFor();
    await shoot(page, panel, 'fuzzy-ahp-en-390.png');
  },
};

// Step 4, Weights: AHP / entropy / CRITIC / combined, the table, the grouped chart, the entropy
// table and the warning where the methods rank the indicators differently.
import { expect } from './helpers.mjs';

async function open(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  const step = page.locator('#step-weights');
  await step.getByTestId('weights-table').waitFor();
  return step;
}

async function elementShot(page, locator, file) {
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  await locator.screenshot({ path: `${process.env.E2E_OUT ?? '.ci-out'}/${file}` });
}

async function until(f, message, timeout = 8000) {
  const t0 = Date.now();
  for (;;) {
    if (await f()) return;
    if (Date.now() - t0 > timeout) throw new Error(message);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const num = (s) => Number(s.replace(/\(.*\)/, '').replace(/[^\d.-]/g, ''));
const cell = (step, k, id) => step.getByTestId(`w-${k}-${id}`);
const IDS = ['deposits', 'loans', 'fees', 'settlement', 'years', 'growth', 'rating', 'products', 'outlook', 'overdue'];

export const tests = {
  async 'first load shows the global weights by method in a table and a grouped Weights chart, the entropy table and the ranking warning'({ page, base, shot }) {
    const step = await open(page, base);
    const rows = await step.getByTestId('weights-table').locator('tbody tr').count();
    expect(rows === 10, `weights table has ${rows} rows, expected 10`);
    // AHP global weight of deposits: goal 2:1 gives current 2/3, times its local weight 0.4185 → 0.2790.
    const ahp = num(await cell(step, 'ahp', 'deposits').innerText());
    expect(Math.abs(ahp - (2 / 3) * 0.41854) < 1e-4, `AHP weight of deposits is ${ahp}`);
    // With method AHP, final = AHP.
    for (const id of IDS) {
      expect(num(await cell(step, 'final', id).innerText()) === num(await cell(step, 'ahp', id).innerText()), `final ≠ AHP for ${id}`);
    }
    const fig = page.getByRole('figure', { name: 'Weights chart' });
    await fig.locator('svg').first().waitFor();
    const bars = await fig.locator('g[aria-label="bar"] rect').count();
    expect(bars === 40, `Weights chart has ${bars} bars, expected 40 (10 indicators × AHP, entropy, CRITIC, final)`);
    const legend = await fig.innerText();
    for (const s of ['AHP', 'Entropy', 'CRITIC', 'Final']) expect(legend.includes(s), `legend lacks ${s}`);
    // Entropy table: e + d = 1 on every row, and the weight column matches the main table.
    const et = step.getByTestId('entropy-table');
    const first = await et.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(Math.abs(num(first[0]) + num(first[1]) - 1) < 2e-4, `e + d ≠ 1: ${first.join(' ')}`);
    expect(num(first[2]) === num(await cell(step, 'entropy', 'deposits').innerText()), 'entropy weight differs between tables');
    const warn = await step.getByTestId('rank-warning').innerText();
    expect(/Top indicator — AHP: Average daily deposits; Entropy: Loan balance; CRITIC: Industry outlook/.test(warn), `warning: ${warn}`);
    expect(/AHP vs CRITIC \(Spearman ρ = -0\.\d\d\)/.test(warn), `warning lacks the CRITIC ρ: ${warn}`);
    expect(/Industry outlook from no\. 9\.5 \(tied\) to no\. 1/.test(warn), `warning does not say which indicators move: ${warn}`);
    await shot('weights-first-load.png');
    await elementShot(page, step, 'weights-first-load-step.png');
  },

  async 'combined weights with α = 0.3 set from the keyboard give final = 0.3·AHP + 0.7·entropy in the table and the chart'({ page, base, shot }) {
    const step = await open(page, base);
    await step.getByTestId('weighting-method').selectOption('combined');
    const alpha = step.getByRole('slider', { name: /α \(share of AHP\)/ });
    await alpha.waitFor();
    await alpha.focus();
    for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowLeft'); // 0.50 → 0.30
    await until(async () => /α = 0\.30, objective share 0\.70/.test(await step.getByTestId('alpha-value').innerText()), 'α did not reach 0.30');
    const caption = page.getByRole('figure', { name: 'Weights chart' }).locator('figcaption');
    await until(async () => /0\.30 × AHP \+ 0\.70 × Entropy/.test(await caption.innerText()), 'chart caption does not describe the combination');
    await until(async () => {
      for (const id of IDS) {
        const a = num(await cell(step, 'ahp', id).innerText());
        const e = num(await cell(step, 'entropy', id).innerText());
        const f = num(await cell(step, 'final', id).innerText());
        if (Math.abs(f - (0.3 * a + 0.7 * e)) > 2e-4) return false;
      }
      return true;
    }, 'final weights are not 0.3·AHP + 0.7·entropy');
    // The project holds α = 0.3 (saved through nb.edit and autosaved).
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('valueseg.project') ?? 'null')?.options.weighting);
    expect(saved?.method === 'combined' && saved?.alpha === 0.3, `saved weighting: ${JSON.stringify(saved)}`);
    await shot('weights-combined-0.3.png');
    await elementShot(page, step, 'weights-combined-0.3-step.png');
    // Multiplicative with CRITIC: final ∝ AHP·CRITIC.
    await step.getByTestId('objective').selectOption('critic');
    await step.getByTestId('combination').selectOption('multiplicative');
    await until(async () => {
      const prods = [];
      for (const id of IDS) prods.push(num(await cell(step, 'ahp', id).innerText()) * num(await cell(step, 'critic', id).innerText()));
      const s = prods.reduce((x, y) => x + y, 0);
      const f = num(await cell(step, 'final', 'deposits').innerText());
      return Math.abs(f - prods[0] / s) < 2e-3;
    }, 'multiplicative final weight of deposits is not AHP·CRITIC normalised');
    expect((await step.getByTestId('alpha').count()) === 0, 'the α slider is shown for a multiplicative combination');
  },

  async 'the AHP method and entropy-only weighting change the table, and the weights step reads in Chinese'({ page, base, shot }) {
    const step = await open(page, base);
    const before = num(await cell(step, 'ahp', 'deposits').innerText());
    await step.getByTestId('weights-ahp-method').selectOption('column');
    await until(async () => num(await cell(step, 'ahp', 'deposits').innerText()) !== before, 'column-mean AHP weights did not change the table');
    await step.getByTestId('weighting-method').selectOption('entropy');
    await until(async () => num(await cell(step, 'final', 'loans').innerText()) === num(await cell(step, 'entropy', 'loans').innerText()), 'final ≠ entropy with entropy weighting');
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    await page.getByRole('figure', { name: '权重对比图' }).locator('svg').first().waitFor();
    const text = await step.innerText();
    for (const term of ['熵权法', '信息熵', '差异系数', '综合权重', '层次分析法']) expect(text.includes(term), `missing ${term}`);
    await shot('weights-zh.png');
    await elementShot(page, step, 'weights-zh-step.png');
  },
};

// Teaching aids (issue 14): "Show the calculation" panels whose λmax, CI and CR are the step's
// own figures (for the current matrix and after an edit), the exercises' verdicts and worked
// solutions, and the glossary linked from the steps; in English and in Chinese.
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';

/** Opens the page in a context of `locale`, waits for the sample, returns the page. */
async function openIn(newContext, base, locale) {
  const context = await newContext({ locale });
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.locator('#step-judgments').getByTestId('judgments-node-current').getByTestId('cr').waitFor();
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  return page;
}

const text = async (loc) => ((await loc.evaluate((el) => (el instanceof HTMLElement ? el.innerText : el.textContent))) ?? "").trim();

/** The step's λmax, CI, CR (the stats list of the card) and the panel's, as shown. */
async function figures(card) {
  const stats = card.getByTestId('stats');
  const dd = stats.locator('dd');
  return {
    step: [await text(dd.nth(0)), await text(dd.nth(1)), await text(stats.getByTestId('cr'))],
    panel: [await text(card.getByTestId('calc-ahp-lambda')), await text(card.getByTestId('calc-ahp-ci')), await text(card.getByTestId('calc-ahp-cr'))],
  };
}

async function calculationPanel({ newContext, base }, locale, show, file) {
  const page = await openIn(newContext, base, locale);
  const card = page.locator('#step-judgments').getByTestId('judgments-node-current');
  await card.getByText(show, { exact: true }).click();
  await card.getByTestId('calc-ahp').waitFor();
  const before = await figures(card);
  expect(JSON.stringify(before.panel) === JSON.stringify(before.step), `panel ${before.panel} differs from the step's ${before.step}`);
  expect(before.step[2] === '0.015', `the sample's Current value CR is ${before.step[2]}, expected 0.015`);
  // the formula with the numbers put in, typeset in MathML
  expect((await card.locator('math').count()) >= 3, 'λmax, CI and CR are not typeset as MathML');
  const box = await card.getByTestId('calc-ahp-lambda-formula').boundingBox();
  expect(box && box.height > 20, 'the λmax formula is not laid out as a formula (MathML not rendered)');
  await card.getByTestId('calc-ahp').screenshot({ path: `${OUT}/teach-ahp-${locale}.png` });

  // an edit: the first slider one step to the right; the panel follows the step's new figures
  await card.getByRole('slider').first().focus();
  await page.keyboard.press('ArrowRight');
  await until(async () => (await figures(card)).step[2], (cr) => cr !== before.step[2], 'CR after the edit');
  const after = await until(() => figures(card), (f) => JSON.stringify(f.panel) === JSON.stringify(f.step), 'the panel follows the edit');
  expect(after.step[2] !== before.step[2], 'the edit did not change CR');
  await card.getByTestId('calc-ahp').screenshot({ path: `${OUT}/${file}` });

  // the method: column (和积法) shows the normalised matrix, geometric the row roots
  await page.getByTestId('ahp-method').selectOption('column');
  await until(() => text(card.getByTestId('calc-ahp')), (x) => /sum-product|和积法/.test(x), 'the column method table');
  await until(() => figures(card), (f) => JSON.stringify(f.panel) === JSON.stringify(f.step), 'column method figures');
  await page.getByTestId('ahp-method').selectOption('geometric');
  await until(() => text(card.getByTestId('calc-ahp')), (x) => /geometric mean method|方根法/.test(x), 'the geometric method table');
  await until(() => figures(card), (f) => JSON.stringify(f.panel) === JSON.stringify(f.step), 'geometric method figures');
  await card.getByTestId('calc-ahp').screenshot({ path: `${OUT}/teach-ahp-${locale}-geometric.png` });
  return page;
}

export const tests = {
  async "in English, Show the calculation on a judgment matrix gives the step's λmax, CI and CR, and again after an edit"(t) {
    await calculationPanel(t, 'en', 'Show the calculation', 'teach-ahp-en-edited.png');
  },

  async "in Chinese, 显示计算过程 on a judgment matrix gives the step's λmax, CI and CR, and again after an edit"(t) {
    await calculationPanel(t, 'zh-CN', '显示计算过程', 'teach-ahp-zh-CN-edited.png');
  },

  async 'the glossary is linked from the judgments step and opens at the consistency ratio, in both languages'({ newContext, base }) {
    for (const [locale, name, term] of [['en', 'Consistency ratio CR', /CR = CI \/ RI/], ['zh-CN', '一致性比率 CR', /通过一致性检验/]]) {
      const page = await openIn(newContext, base, locale);
      const links = page.locator('#step-judgments').getByTestId('glossary-links');
      await links.getByRole('link', { name, exact: true }).click();
      await until(() => page.evaluate(() => location.hash), (h) => h === '#glossary-cr', 'hash');
      const entry = page.locator('#glossary-cr');
      expect(await entry.isVisible(), 'the entry is not shown');
      expect(term.test(await text(entry)), `entry text: ${await text(entry)}`);
      expect((await page.getByTestId('glossary').locator('dt').count()) >= 20, 'fewer than 20 terms');
      await page.getByTestId('glossary').screenshot({ path: `${OUT}/teach-glossary-${locale}.png` });
    }
  },
};

// ---- exercises: the expected answers computed here from the matrix and table on the page ----

/** Reads a matrix of fractions ("1/3") from a table's body cells. */
async function readMatrix(table) {
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
  return rows.map((r) => r.map((c) => (c.includes('/') ? Number(c.split('/')[0]) / Number(c.split('/')[1]) : Number(c))));
}

/** Weights by the named method, λmax, CI and CR with the given RI (independent of the app's code). */
function ahpAnswer(a, method, ri) {
  const n = a.length;
  let w;
  if (method === 'geometric') w = a.map((r) => Math.pow(r.reduce((p, v) => p * v, 1), 1 / n));
  else if (method === 'column') {
    const col = a[0].map((_, j) => a.reduce((s, r) => s + r[j], 0));
    w = a.map((r) => r.reduce((s, v, j) => s + v / col[j], 0) / n);
  } else {
    w = new Array(n).fill(1 / n);
    for (let k = 0; k < 2000; k++) {
      const next = a.map((r) => r.reduce((s, v, j) => s + v * w[j], 0));
      const t = next.reduce((s, v) => s + v, 0);
      w = next.map((v) => v / t);
    }
  }
  const sum = w.reduce((s, v) => s + v, 0);
  w = w.map((v) => v / sum);
  const lambdaMax = a.map((r, i) => r.reduce((s, v, j) => s + v * w[j], 0) / w[i]).reduce((s, v) => s + v, 0) / n;
  const ci = (lambdaMax - n) / (n - 1);
  return { w, lambdaMax, ci, cr: ci / ri };
}

/** Entropy weights of benefit columns after min–max (0·ln 0 = 0). */
function entropyAnswer(table) {
  const n = table.length;
  const d = table[0].map((_, j) => {
    const col = table.map((r) => r[j]);
    const lo = Math.min(...col);
    const hi = Math.max(...col);
    const x = col.map((v) => (v - lo) / (hi - lo));
    const s = x.reduce((a, b) => a + b, 0);
    const e = -x.reduce((a, v) => (v > 0 ? a + (v / s) * Math.log(v / s) : a), 0) / Math.log(n);
    return 1 - e;
  });
  const sd = d.reduce((a, b) => a + b, 0);
  return d.map((v) => v / sd);
}

async function exercise({ newContext, base }, locale, words) {
  const page = await openIn(newContext, base, locale);
  const ex = page.getByTestId('exercises');
  await ex.scrollIntoViewIfNeeded();
  await ex.getByTestId('exercise-seed').fill('5');
  await ex.getByTestId('exercise-seed').press('Enter');
  await until(() => ex.getAttribute('data-seed'), (v) => v === '5', 'the typed seed is taken');
  for (const seed of [5, 6]) {
    if (seed === 6) await ex.getByTestId('exercise-new').click();
    await until(() => ex.getAttribute('data-seed'), (v) => v === String(seed), `seed ${seed} taken`);
    expect((await ex.getByTestId('exercise-seed').inputValue()) === String(seed), `seed ${seed}`);
    // AHP: the asked quantity, from the matrix shown
    const task = ex.getByTestId('exercise-ahp-task');
    const ask = await task.getAttribute('data-ask');
    const item = Number(await task.getAttribute('data-item'));
    const ref = ahpAnswer(await readMatrix(ex.getByTestId('exercise-ahp-matrix')), await task.getAttribute('data-method'), Number(await task.getAttribute('data-ri')));
    const expected = ask === 'weight' ? ref.w[item] : ref[ask];
    const input = ex.getByTestId('exercise-ahp-answer');
    await input.fill((expected + 0.05).toFixed(3));
    await ex.getByTestId('exercise-ahp-check').click();
    const verdict = ex.getByTestId('exercise-ahp-verdict');
    expect(words.wrong.test(await text(verdict)), `a wrong answer (${ask}, ${(expected + 0.05).toFixed(3)}, typed ${await input.inputValue()}) gives "${await text(verdict)}"`);
    expect((await text(verdict)).includes(expected.toFixed(3)), `the verdict names the answer ${expected.toFixed(3)}: ${await text(verdict)}`);
    const solution = ex.getByTestId('exercise-ahp-calc');
    await solution.waitFor();
    const shown = { lambdaMax: 'lambda', ci: 'ci', cr: 'cr' };
    for (const [k, id] of Object.entries(shown)) {
      const v = await text(solution.getByTestId(`exercise-ahp-calc-${id}`));
      expect(v === ref[k].toFixed(3), `worked solution ${k} = ${v}, expected ${ref[k].toFixed(3)}`);
    }
    await input.fill(expected.toFixed(3));
    await ex.getByTestId('exercise-ahp-check').click();
    await until(() => text(verdict), (v) => words.right.test(v), 'the right answer is accepted');
    if (seed === 5) await ex.getByTestId('exercise-ahp').screenshot({ path: `${OUT}/teach-exercise-ahp-${locale}.png` });

    // entropy: one weight of the 5-row table
    const col = Number(await ex.getByTestId('exercise-entropy-task').getAttribute('data-column'));
    const table = await readMatrix(ex.getByTestId('exercise-entropy-table'));
    expect(table.length === 5, `the entropy table has ${table.length} rows`);
    const w = entropyAnswer(table)[col];
    const ein = ex.getByTestId('exercise-entropy-answer');
    await ein.fill((w - 0.02).toFixed(3));
    await ex.getByTestId('exercise-entropy-check').click();
    const ev = ex.getByTestId('exercise-entropy-verdict');
    expect(words.wrong.test(await text(ev)), `a wrong entropy weight gives "${await text(ev)}"`);
    const sol = ex.getByTestId('exercise-entropy-calc');
    expect((await text(sol.getByTestId(`exercise-entropy-calc-w-${col}`))) === w.toFixed(3), 'the worked solution shows the weight');
    await ein.fill(w.toFixed(3));
    await ex.getByTestId('exercise-entropy-check').click();
    await until(() => text(ev), (v) => words.right.test(v), 'the right entropy weight is accepted');
    if (seed === 5) await ex.getByTestId('exercise-entropy').screenshot({ path: `${OUT}/teach-exercise-entropy-${locale}.png` });
  }
  // not a number: said so, no verdict either way
  await ex.getByTestId('exercise-ahp-answer').fill('abc');
  await ex.getByTestId('exercise-ahp-check').click();
  await until(() => text(ex.getByTestId('exercise-ahp-verdict')), (v) => words.unreadable.test(v), 'unreadable answer');
}

tests['an exercise answered wrong and then right gives each verdict and the worked solution, in English'] = (t) =>
  exercise(t, 'en', { right: /^Right/, wrong: /^Not quite/, unreadable: /not a number/ });
tests['an exercise answered wrong and then right gives each verdict and the worked solution, in Chinese'] = (t) =>
  exercise(t, 'zh-CN', { right: /^正确/, wrong: /^不对/, unreadable: /不是一个数/ });

// ---- the weights step's entropy/CRITIC calculation and the total-ranking CR ----

const num = (s) => Number(s.match(/-?\d+(?:\.\d+)?/)?.[0]);

async function weightsAndTotal({ newContext, base }, locale, show) {
  const page = await openIn(newContext, base, locale);
  const judg = page.locator('#step-judgments');
  const totalLine = await text(judg.getByTestId('total-cr'));
  await judg.getByTestId('calc-total-details').locator('summary').click();
  const totalCr = await text(judg.getByTestId('calc-total-cr'));
  expect(totalLine.includes(totalCr), `the total-ranking panel's CR ${totalCr} is not the step's: ${totalLine}`);
  expect((await judg.getByTestId('calc-total').locator('tbody tr').count()) === 4, 'the total-ranking table has not 3 nodes and a sum row');
  await judg.getByTestId('calc-total').screenshot({ path: `${OUT}/teach-total-${locale}.png` });

  const step = page.locator('#step-weights');
  await step.getByTestId('weights-table').waitFor();
  const details = step.getByTestId('calc-weights-details');
  await details.getByText(show, { exact: true }).click();
  await details.getByTestId('calc-entropy').waitFor();
  for (const k of ['entropy', 'critic']) {
    const stepW = (await step.getByTestId('weights-table').locator(`[data-testid^="w-${k}-"]`).allInnerTexts()).map(num);
    const panelW = (await details.getByTestId(`calc-${k}`).locator(`[data-testid^="calc-${k}-w-"]`).allInnerTexts()).map(num);
    expect(stepW.length === 10 && panelW.length === 10, `${k}: ${stepW.length} step and ${panelW.length} panel weights`);
    panelW.forEach((w, j) => expect(Math.abs(w - stepW[j]) <= 0.0006, `${k} weight ${j + 1}: panel ${w}, step ${stepW[j]}`));
  }
  await details.screenshot({ path: `${OUT}/teach-weights-${locale}.png` });
}

tests["in English, the weights step's calculation gives the step's entropy and CRITIC weights, and the total-ranking table its CR"] = (t) => weightsAndTotal(t, 'en', 'Show the calculation');
tests["in Chinese, the weights step's calculation gives the step's entropy and CRITIC weights, and the total-ranking table its CR"] = (t) => weightsAndTotal(t, 'zh-CN', '显示计算过程');

// ---- the scores step: one customer's score ----

async function scorePanel({ newContext, base }, locale, show) {
  const page = await openIn(newContext, base, locale);
  const step = page.locator('#step-scores');
  const ranking = step.getByTestId('ranking');
  await ranking.locator('tbody tr').first().waitFor();
  const headers = await ranking.locator('thead th').allInnerTexts();
  const col = headers.findIndex((h) => /Composite|综合得分/.test(h));
  expect(col >= 0, `no composite column in ${headers}`);
  const first = num(await ranking.locator('tbody tr').first().locator('td').nth(col).innerText());
  const details = step.getByTestId('calc-score-details');
  await details.getByText(show, { exact: true }).click();
  const shown = num(await text(details.getByTestId('calc-score-composite')));
  expect(Math.abs(shown - first) <= 0.0051, `the panel's composite ${shown} is not the ranking's first score ${first}`);
  // the products add up to the score shown (100 × Σ w·x / Σ w)
  const rows = await details.getByTestId('calc-score').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
  const body = rows.slice(0, -1);
  const terms = body.reduce((s, r) => s + Number(r[3]), 0);
  const weights = body.reduce((s, r) => s + Number(r[2]), 0);
  expect(body.length === 10 && Math.abs((100 * terms) / weights - shown) < 0.6, `10 indicators whose products give the score: ${body.length}, ${(100 * terms) / weights} vs ${shown}`);
  await details.screenshot({ path: `${OUT}/teach-score-${locale}.png` });
}

tests["in English, the scores step's calculation gives the top-ranked customer's composite score"] = (t) => scorePanel(t, 'en', 'Show the calculation');
tests["in Chinese, the scores step's calculation gives the top-ranked customer's composite score"] = (t) => scorePanel(t, 'zh-CN', '显示计算过程');

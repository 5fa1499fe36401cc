// Fuzzy judgments entered as (l, m, u) on the judgments step (issue 10): with a fuzzy method each
// pair shows its triangular fuzzy number; entering l and u makes it "entered", the weights step's
// fuzzy tables use it and name it, the project saves it, undo takes it back, and a bad value is
// refused with a message naming the pair and the field, in English and Chinese. The numbers are
// unit-tested (tests/core/ahp/fuzzy-judgments.test.ts, fuzzy-buckley-published.test.ts).
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';

/** The sample computed, Buckley's method chosen on the judgments step; the Current value card's first pair. */
async function open(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.getByTestId('ahp-method').selectOption('fuzzy-buckley');
  const section = page.getByTestId('judgments-node-current').getByTestId('fuzzy-judgments-current');
  await section.waitFor({ timeout: 20_000 });
  return { section, pair: section.getByTestId('fuzzy-pair-0-1') };
}

const field = (pair, f) => pair.locator(`input[data-field="${f}"]`);
const values = async (pair) => Promise.all(['l', 'm', 'u'].map((f) => field(pair, f).inputValue()));

async function enter(pair, f, text) {
  const input = field(pair, f);
  await input.fill(text);
  await input.press('Enter');
  await input.blur();
}

/** The saved project's fuzzy judgments of the Current value node (autosaved in localStorage). */
const savedFuzzy = (page) =>
  page.evaluate(() => {
    const p = JSON.parse(localStorage.getItem('valueseg.project') ?? '{}');
    return (p.judgments ?? []).find((j) => j.node === 'current')?.fuzzy ?? null;
  });

async function shoot(page, locator, file) {
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: `${OUT}/${file}` });
}

export const tests = {
  async 'a fuzzy judgment entered as (l, m, u) is used by the weights, named in the fuzzy tables, saved, and undone, in English'({ page, base }) {
    await page.setViewportSize({ width: 1280, height: 900 });
    const { section, pair } = await open(page, base);
    await section.getByRole('heading', { name: 'Fuzzy judgments (l, m, u)' }).waitFor();
    expect((await values(pair)).join(' ') === '1 2 3', `Deposits vs Loans = 2 read by the scale: ${(await values(pair)).join(' ')}`);
    expect((await pair.locator('td.src').innerText()) === 'by the scale', 'the pair starts by the scale');
    const names = (await pair.locator('th').innerText()).trim();
    const weights = page.getByTestId('fuzzy-ahp').getByTestId('fuzzy-weights:current');
    await weights.waitFor({ timeout: 30_000 });
    const before = await weights.locator('tbody tr td:last-child').allInnerTexts();

    await enter(pair, 'l', '1.5');
    await enter(pair, 'u', '5');
    await until(() => pair.locator('td.src').innerText(), (s) => s === 'entered', 'the pair is entered');
    expect((await values(pair)).join(' ') === '1.5 2 5', `entered values: ${(await values(pair)).join(' ')}`);
    const matrixBox = page.getByTestId('fuzzy-ahp').getByTestId('fuzzy-matrix:current').locator('xpath=..');
    await until(() => matrixBox.innerText(), (t) => t.includes(`Entered as (l, m, u): ${names}.`), 'the fuzzy matrix names the entered pair');
    const cell = await page.getByTestId('fuzzy-ahp').getByTestId('fuzzy-matrix:current').locator('tbody tr').first().locator('td').nth(1).innerText();
    expect(/^\(1\.50*, 2, 5\)$/.test(cell), `the fuzzy matrix shows the entered judgment: ${cell}`);
    const after = await until(() => weights.locator('tbody tr td:last-child').allInnerTexts(), (w) => w.join() !== before.join(), 'the fuzzy weights change');
    expect(Number(after[0]) > Number(before[0]), `a wider upper bound for Deposits raises its weight: ${before[0]} → ${after[0]}`);
    const saved = await until(() => savedFuzzy(page), (f) => f && JSON.stringify(f[0][1]) === '[1.5,2,5]', 'the project saves the fuzzy judgment');
    expect(saved[1][0] === null, 'the reciprocal cell is left to follow');
    await shoot(page, section, 'fuzzy-judgments-en-1280.png');

    // two edits (l, then u): undo takes back u, then l; redo puts both back
    await page.getByTestId('undo').click();
    await until(() => values(pair), (v) => v.join(' ') === '1.5 2 3', 'undo takes back u');
    await page.getByTestId('undo').click();
    await until(() => pair.locator('td.src').innerText(), (s) => s === 'by the scale', 'undo reads the pair by the scale again');
    await until(() => savedFuzzy(page), (f) => f === null, 'undo saves the project without it');
    await page.getByTestId('redo').click();
    await page.getByTestId('redo').click();
    await until(() => values(pair), (v) => v.join(' ') === '1.5 2 5', 'redo enters it again');

    // a bad value is refused, naming the pair and the field, and nothing is saved
    await enter(pair, 'l', '3');
    const alert = section.getByRole('alert');
    await alert.waitFor();
    const message = await alert.innerText();
    expect(message.includes(`Fuzzy judgment "${names.split(' – ')[0]}" vs "${names.split(' – ')[1]}"`) && message.includes('has l = 3 above m = 2'), `message: ${message}`);
    expect(JSON.stringify((await savedFuzzy(page))[0][1]) === '[1.5,2,5]', 'the refused value is not saved');
    // "Use the scale" goes back to the scale's reading
    await pair.getByRole('button', { name: /by the fuzzy scale again/ }).click();
    await until(() => values(pair), (v) => v.join(' ') === '1 2 3', 'Use the scale');
  },

  async 'the fuzzy judgments editor and its messages speak Chinese in zh-CN'({ page, base }) {
    await page.setViewportSize({ width: 1280, height: 900 });
    const { section, pair } = await open(page, base);
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    await section.getByRole('heading', { name: '模糊判断 (l, m, u)' }).waitFor();
    expect((await pair.locator('td.src').innerText()) === '按标度', 'the pair starts 按标度');
    await enter(pair, 'u', '4');
    await until(() => pair.locator('td.src').innerText(), (s) => s === '自定', 'the pair is entered (自定)');
    const text = (await section.innerText()).replace(/\s+/g, ' ');
    for (const w of ['比较对', '来源', '改回按标度', '三角模糊数']) expect(text.includes(w), `the Chinese editor lacks "${w}"`);
    expect(!/\b(Pair|Source|entered|by the scale|Use the scale)\b/.test(text), `English words in the Chinese editor: ${text.slice(0, 300)}`);
    const matrixBox = page.getByTestId('fuzzy-ahp').getByTestId('fuzzy-matrix:current').locator('xpath=..');
    await until(() => matrixBox.innerText(), (t) => /直接输入的模糊判断：/.test(t), 'the Chinese fuzzy matrix names the entered pair');
    await enter(pair, 'm', '5');
    const alert = section.getByRole('alert');
    await alert.waitFor();
    const message = await alert.innerText();
    expect(/模糊判断“[^”]+”对“[^”]+”（节点 [^，]+，专家 [^）]+）的 u = 4 小于 m = 5/.test(message), `Chinese message names the pair and the field: ${message}`);
    await shoot(page, section, 'fuzzy-judgments-zh-1280.png');
  },
};
